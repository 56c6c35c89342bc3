#!/usr/bin/env bash
# Benchmarks whole-process `mvn disclosure:generate` on generated content of 1,000, 10,000 and 100,000 projects.
#
#   bench/run.sh                 # all sizes
#   bench/run.sh 1000 10000      # chosen sizes
#   BENCH_PROCESSORS=16 bench/run.sh 10000   # as on a 16-core machine (the JVM is told so), for the memory bound
#   BENCH_REPO=target/m2 bench/run.sh        # install the plugin into that local repository, not ~/.m2
#   BENCH_SEARCH=1 bench/run.sh 10000        # also measure the search of each site in headless Chromium
#   BENCH_JVM_CONFIG=0 bench/run.sh          # without the .mvn/jvm.config a project started by the plugin has
#
# Builds the plugin once, generates deterministic content (seed 1) under target/bench/, then times each run with
# /usr/bin/time -v and reads the peak heap from the JVM's GC log. Prints a Markdown table; with BENCH_SEARCH, then the
# size of each site's search index and what ten queries fetch and take (bench/SearchBenchmark.java, which needs
# Debian's chromium, chromium-driver and nginx).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$root/target/bench
heap=${BENCH_HEAP:-512m}
processors=${BENCH_PROCESSORS:+-XX:ActiveProcessorCount=$BENCH_PROCESSORS}
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000 100000)
repo=${BENCH_REPO:+-Dmaven.repo.local=$(realpath -m "$BENCH_REPO")}

. bench/common.sh
echo "Building the plugin..." >&2
mvn -q -B -ntp $repo install -DskipTests -pl plugin -am >&2

bench_pom "$work/pom.xml" bench
wait_for_deletions

# One timed run: prints "wall_seconds max_rss_kb peak_heap_mb".
timed() {
  local name=$1; shift
  local gc="$work/gc-$name.log"
  rm -f "$gc"
  MAVEN_OPTS="-Xmx$heap $processors -Xlog:gc:file=$gc" /usr/bin/time -v -o "$work/time-$name.txt" \
    mvn -q -B -o $repo -f "$work/pom.xml" "$@" > "$work/log-$name.txt" 2>&1 || { cat "$work/log-$name.txt" >&2; exit 1; }
  local wall rss peak
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time-$name.txt" \
    | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time-$name.txt")
  # G1 lines read "... 123M->45M(512M) ...": the heap in use before a collection is its peak since the last one.
  peak=$(grep -oE '[0-9]+M->[0-9]+M' "$gc" | sed 's/M->.*//' | sort -n | tail -1)
  echo "$wall $rss ${peak:-0}"
}

printf '| Projects | Pages | Files | Wall (s) | Projects/s | Pages/s | Peak RSS (MB) | Peak heap (MB) | Unchanged rerun (s) | One project changed (s) |\n'
printf '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n'
for n in "${sizes[@]}"; do
  content=$(content_of "$n")
  site="$work/site-$n"
  discard "$site" "$work/.site-$n".*
  settle "$content"
  read -r wall rss peak < <(timed "$n" disclosure:generate -Ddisclosure.contentDirectory="$content" \
    -Ddisclosure.outputDirectory="$site")
  pages=$(find "$site" -name '*.html' | wc -l)
  files=$(find "$site" -type f | wc -l)

  # Incremental: the same content again, then one project renamed (restored afterwards).
  settle "$content"
  read -r same _ _ < <(timed "$n-same" disclosure:generate -Ddisclosure.contentDirectory="$content" \
    -Ddisclosure.outputDirectory="$site")
  one=$(find "$content" -path '*/projects/*.yaml' | sort | sed -n "$((n / 2))p")
  cp "$one" "$work/changed.yaml.orig"
  sed -i 's/^name: {zh: \([^,]*\), en: \(.*\)}$/name: {zh: \1（修订）, en: \2 (revised)}/' "$one"
  settle "$content"
  read -r changed _ _ < <(timed "$n-one" disclosure:generate -Ddisclosure.contentDirectory="$content" \
    -Ddisclosure.outputDirectory="$site")
  cp "$work/changed.yaml.orig" "$one"

  awk -v n="$n" -v p="$pages" -v f="$files" -v w="$wall" -v r="$rss" -v h="$peak" -v s="$same" -v c="$changed" 'BEGIN {
    printf "| %d | %d | %d | %.1f | %.0f | %.0f | %.0f | %d | %.1f | %.1f (%.0f %%) |\n", n, p, f, w, n / w, p / w, r / 1024, h, s, c, 100 * c / w }'
done

if [ -n "${BENCH_SEARCH:-}" ]; then
  # Selenium, from the local repository, for the search benchmark.
  cat > "$work/selenium-pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>selenium</artifactId><version>1</version>
  <dependencies><dependency>
    <groupId>org.seleniumhq.selenium</groupId><artifactId>selenium-java</artifactId><version>4.52.0</version>
  </dependency></dependencies>
  <!-- The versions the site tests resolve (site-tests/pom.xml), so that nothing more need be downloaded. -->
  <dependencyManagement><dependencies><dependency>
    <groupId>net.bytebuddy</groupId><artifactId>byte-buddy</artifactId><version>1.18.3</version>
  </dependency></dependencies></dependencyManagement>
</project>
POM
  mvn -q -B -o $repo -f "$work/selenium-pom.xml" dependency:build-classpath -Dmdep.outputFile="$work/selenium.cp" >&2
  for n in "${sizes[@]}"; do
    echo >&2
    java -cp "$(cat "$work/selenium.cp")" "$root/bench/SearchBenchmark.java" --site "$work/site-$n" --label "$n" 2>/dev/null
  done
fi
