#!/usr/bin/env bash
# Benchmarks whole-process `mvn disclosure:review` on generated content: the finance bureau's review of a city.
#
#   bench/review.sh                 # 100,000 projects
#   bench/review.sh 10000 100000    # chosen sizes
#   BENCH_HEAP=1g bench/review.sh   # another -Xmx (default 512m)
#   BENCH_JVM_CONFIG=0 bench/review.sh   # the JVM's defaults, not the .mvn/jvm.config of a project init starts
#
# The plugin is installed into a local repository of the benchmark's own (target/bench/m2), which takes what it needs
# from your ~/.m2 first, so that your own repository never gets this build's snapshot. Content is generated as for
# bench/run.sh (seed 1) into target/bench/. Each size is timed twice, each run from the same starting point (writes
# flushed, the kernel's caches dropped when allowed, the content read once); prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$root/target/bench
heap=${BENCH_HEAP:-512m}
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(100000)

. bench/common.sh
repo=$work/m2
settings=$work/review-settings.xml
cat > "$settings" <<SETTINGS
<settings>
  <profiles>
    <profile>
      <id>user-repository</id>
      <activation><activeByDefault>true</activeByDefault></activation>
      <repositories>
        <repository><id>user-repository</id><url>file://$HOME/.m2/repository</url></repository>
      </repositories>
      <pluginRepositories>
        <pluginRepository><id>user-repository</id><url>file://$HOME/.m2/repository</url></pluginRepository>
      </pluginRepositories>
    </profile>
  </profiles>
</settings>
SETTINGS
maven=(mvn -q -B -ntp -s "$settings" -Dmaven.repo.local="$repo")
echo "Building the plugin into $repo..." >&2
"${maven[@]}" install -DskipTests -pl plugin -am >&2

bench_pom "$work/review-pom.xml" bench-review
wait_for_deletions

# One timed run: prints "wall_seconds max_rss_kb peak_heap_mb cpu_seconds cpu_percent".
timed() {
  local name=$1; shift
  local gc="$work/gc-review-$name.log"
  rm -f "$gc"
  MAVEN_OPTS="-Xmx$heap -Xlog:gc:file=$gc" /usr/bin/time -v -o "$work/time-review-$name.txt" \
    "${maven[@]}" -o -f "$work/review-pom.xml" "$@" > "$work/log-review-$name.txt" 2>&1 \
    || { cat "$work/log-review-$name.txt" >&2; exit 1; }
  local wall rss peak
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time-review-$name.txt" \
    | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time-review-$name.txt")
  peak=$(grep -oE '[0-9]+M->[0-9]+M' "$gc" | sed 's/M->.*//' | sort -n | tail -1)
  # CPU time (user + system) tells the work apart from the waiting when other processes share the cores.
  cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$work/time-review-$name.txt")
  share=$(awk -F': ' '/Percent of CPU/ {sub("%", "", $2); print $2}' "$work/time-review-$name.txt")
  echo "$wall $rss ${peak:-0} $cpu $share"
}

printf '| Projects | Declarations | Findings | Wall (s) | CPU (s) | CPU share | Projects/s | Peak RSS (MB) | Peak heap (MB) | Rerun (s) |\n'
printf '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n'
for n in "${sizes[@]}"; do
  content=$(content_of "$n")
  report="$work/review-$n"
  discard "$report" "$work/.review-$n".*
  settle "$content"
  read -r wall rss peak cpu share < <(timed "$n" disclosure:review -Ddisclosure.contentDirectory="$content" \
    -Ddisclosure.reviewDirectory="$report")
  # The report already there: the rerun replaces it.
  settle "$content"
  read -r again _ _ _ _ < <(timed "$n-again" disclosure:review -Ddisclosure.contentDirectory="$content" \
    -Ddisclosure.reviewDirectory="$report")
  declarations=$(find "$content" -mindepth 1 -maxdepth 1 -type d | wc -l)
  findings=$(($(wc -l < "$report/findings.csv") - 1))
  awk -v n="$n" -v d="$declarations" -v f="$findings" -v w="$wall" -v c="$cpu" -v s="$share" -v r="$rss" -v h="$peak" \
    -v a="$again" 'BEGIN {
    printf "| %d | %d | %d | %.1f | %.1f | %d %% | %.0f | %.0f | %d | %.1f |\n", n, d, f, w, c, s, n / w, r / 1024, h, a }'
done
