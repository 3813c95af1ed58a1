#!/usr/bin/env bash
# The regulator's view on a generated province (issue 15): generates COUNT documents (ProvinceGenerator, seed 42),
# evaluates them with `evaluate --batch --summary` (one pass: reports, the xlsx and the JSON summary), writes the text
# summary, reads the xlsx back and checks it cell by cell against the JSON (SummaryCheck), then measures summarize's
# memory over the same reports replayed to COUNT and to MILLION reports under -Xmx512m and -Xmx64m
# (SummaryMemory).
# Writes benchmarks/summary-results.md. Usage: benchmarks/summary.sh [COUNT=20000] [MILLION=1000000]
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${1:-20000}
MILLION=${2:-1000000}
mvn -B -ntp -q install -DskipTests
(cd benchmarks && mvn -B -ntp -q package)
BENCH=benchmarks/target/benchmarks.jar
JAR=target/safegrade.jar
WORK=$(mktemp -d)
java -cp "$BENCH" dev.safegrade.bench.ProvinceGenerator --count "$COUNT" --seed 42 --as-of 2026-11-30 -o "$WORK/province.ndjson"
start=$(date +%s)
java -jar "$JAR" evaluate --batch "$WORK/province.ndjson" -o "$WORK/reports.ndjson" --summary "$WORK/summary.xlsx" --progress || [ $? -le 4 ]
seconds=$(( $(date +%s) - start ))
java -jar "$JAR" summarize "$WORK/reports.ndjson" --format json -o "$WORK/summary.json"
java -jar "$JAR" summarize "$WORK/reports.ndjson" --lang en -o "$WORK/summary.txt"
check=$(java -cp "$BENCH" dev.safegrade.bench.SummaryCheck "$WORK/summary.json" "$WORK/summary.xlsx" | tail -1)
java -cp "$BENCH" dev.safegrade.bench.SummaryMemory "$JAR" "$WORK/reports.ndjson" "$WORK/memory.md" 512m,64m "$COUNT" "$MILLION"
{
  echo "# The regulator's view on a generated province"
  echo
  echo "Run by \`benchmarks/summary.sh $COUNT $MILLION\` on $(date -u +%Y-%m-%d): $COUNT documents (ProvinceGenerator, seed 42, asOf"
  echo "2026-11-30), evaluated with \`evaluate --batch --summary summary.xlsx\` in ${seconds} s; the xlsx read back: $check."
  echo
  echo "## summarize's memory (the reports replayed through a pipe, under -Xmx512m and -Xmx64m)"
  echo
  cat "$WORK/memory.md"
  echo
  echo "## The text summary (\`summarize --lang en\`)"
  echo
  echo '```'
  cat "$WORK/summary.txt"
  echo '```'
} > benchmarks/summary-results.md
rm -rf "$WORK"
echo "wrote benchmarks/summary-results.md"
