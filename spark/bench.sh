#!/usr/bin/env bash
# The Spark job at local[1] and local[2] against evaluate --batch, on COUNT documents of the benchmarks' generator
# (seed 42) in a province's mix (ProvinceGenerator, asOf 2026-11-30). Prints a Markdown table; add it to
# benchmarks/results.md by hand. Usage: spark/bench.sh [COUNT=20000]
# Needs the library installed (mvn -B -ntp install -DskipTests in the project root). Extra Maven options (e.g. -o)
# may be given in MVN_OPTS.
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${1:-20000}
MVN="mvn -B -ntp -q ${MVN_OPTS:-}"
(cd spark && $MVN test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/classpath.txt)
CP="spark/target/test-classes:spark/target/classes:$(cat spark/target/classpath.txt)"
# the generator alone (it needs only Jackson), compiled from benchmarks/ as it is
mkdir -p spark/target/generator
javac -d spark/target/generator -cp "$CP" benchmarks/src/main/java/dev/safegrade/bench/FactGenerator.java \
  benchmarks/src/main/java/dev/safegrade/bench/ProvinceGenerator.java
INPUT=spark/target/bench-$COUNT.ndjson
java -cp "spark/target/generator:$CP" dev.safegrade.bench.ProvinceGenerator --count "$COUNT" --seed 42 --as-of 2026-11-30 -o "$INPUT"
SPARK_LOCAL_IP=127.0.0.1 java -Xmx4g -cp "$CP" \
  dev.safegrade.spark.SparkBenchmark "$INPUT" spark/target/bench-$COUNT.md
