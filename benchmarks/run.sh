#!/usr/bin/env bash
# Builds SafeGrade and the benchmarks, runs the JMH benchmarks and the batch benchmark, and writes
# benchmarks/results.md. Usage: benchmarks/run.sh [COUNT=100000] [MILLION=1000000] [MIX=province|generic]
# (MIX province, the default: ProvinceGenerator's industry mix, for the batch figures and the JMH batch; generic: FactGenerator).
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${1:-100000}
MILLION=${2:-1000000}
MIX=${3:-province}
mvn -B -ntp -q install -DskipTests
(cd benchmarks && mvn -B -ntp -q package)
BENCH=benchmarks/target/benchmarks.jar
{
  echo "# SafeGrade benchmarks"
  echo
  echo "Run by \`benchmarks/run.sh $COUNT $MILLION $MIX\` on $(date -u +%Y-%m-%d)."
  echo
  echo "## Batch, baseline, memory and cold start"
  echo
  java -cp "$BENCH" dev.safegrade.bench.BatchBenchmark target/safegrade.jar benchmarks/batch.md.tmp "$COUNT" "$MILLION" "$MIX" >&2
  cat benchmarks/batch.md.tmp && rm benchmarks/batch.md.tmp
  echo
  echo "## JMH (ops/s, higher is better)"
  echo
  echo '```'
  java -jar "$BENCH" -p mix="$MIX" -rf text -rff /dev/null 2>/dev/null | sed -n '/^Benchmark/,$p'
  echo '```'
} > benchmarks/results.md.tmp
mv benchmarks/results.md.tmp benchmarks/results.md
cat benchmarks/results.md
