#!/usr/bin/env bash
# Gongkai against Hugo on the same content: whole-process `mvn disclosure:generate` and `hugo` building the Hugo twin
# of the same generated projects (bench/HugoTwin.java, layouts in bench/hugo/), timed alternately in one run.
#
#   bench/hugo.sh                       # 10,000 projects, three rounds
#   bench/hugo.sh 1000 10000            # chosen sizes
#   BENCH_ROUNDS=5 bench/hugo.sh        # more rounds
#   BENCH_REPO=target/m2 bench/hugo.sh  # install the plugin into that local repository, not ~/.m2
#   BENCH_JVM_CONFIG=0 bench/hugo.sh    # without the .mvn/jvm.config a project started by the plugin has
#
# Needs Hugo (`apt-get install -y hugo`: Debian 12 gives 0.111.3) and GNU time. Each round builds both sites into an
# empty folder, Hugo first, each from the same starting point as bench/run.sh (writes flushed, the kernel's caches
# dropped when allowed, the content read once). Prints one row per build (wall, user + system CPU, peak RSS, the
# load average when it started), then the median, minimum and maximum of each and Gongkai's share of Hugo's time.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$root/target/bench
heap=${BENCH_HEAP:-512m}
rounds=${BENCH_ROUNDS:-3}
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10000)
repo=${BENCH_REPO:+-Dmaven.repo.local=$(realpath -m "$BENCH_REPO")}

command -v hugo >/dev/null || { echo "Hugo is needed: apt-get install -y hugo" >&2; exit 1; }
. bench/common.sh
hugo version >&2
echo "Building the plugin..." >&2
mvn -q -B -ntp $repo install -DskipTests -pl plugin -am >&2

bench_pom "$work/pom.xml" bench
wait_for_deletions

# One timed command: prints "wall_seconds cpu_seconds max_rss_kb load_average".
timed() {
  local name=$1; shift
  local load
  load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -v -o "$work/time-$name.txt" "$@" > "$work/log-$name.txt" 2>&1 \
    || { cat "$work/log-$name.txt" >&2; exit 1; }
  awk -F': ' -v load="$load" '
    /User time/ { user = $2 } /System time/ { sys = $2 } /Maximum resident set size/ { rss = $2 }
    /Elapsed \(wall clock\)/ { n = split($2, t, ":"); wall = n == 3 ? t[1] * 3600 + t[2] * 60 + t[3] : t[1] * 60 + t[2] }
    END { printf "%.2f %.2f %d %s\n", wall, user + sys, rss, load }' "$work/time-$name.txt"
}

# The median, minimum and maximum of the numbers on standard input: "median min max".
spread() {
  sort -n | awk '{ v[NR] = $1 } END { printf "%.2f %.2f %.2f\n", v[int((NR + 1) / 2)], v[1], v[NR] }'
}

for n in "${sizes[@]}"; do
  content=$(content_of "$n")
  twin="$work/hugo-$n"
  discard "$twin"
  java "$root/bench/HugoTwin.java" --content "$content" --out "$twin" --layouts "$root/bench/hugo"
  site="$work/site-$n"
  results="$work/hugo-vs-gongkai-$n.txt"
  : > "$results"
  printf '\n%d projects\n\n| Round | Tool | Pages | Files | Wall (s) | CPU (s) | Peak RSS (MB) | Load average |\n|---:|---|---:|---:|---:|---:|---:|---:|\n' "$n"
  for round in $(seq 1 "$rounds"); do
    discard "$twin/public"
    settle "$twin/content"
    read -r wall cpu rss load < <(timed "hugo-$n" hugo --quiet -s "$twin" -d "$twin/public")
    pages=$(find "$twin/public" -name '*.html' | wc -l)
    files=$(find "$twin/public" -type f | wc -l)
    echo "hugo $wall $cpu $rss" >> "$results"
    awk -v r="$round" -v p="$pages" -v f="$files" -v w="$wall" -v c="$cpu" -v m="$rss" -v l="$load" \
      'BEGIN { printf "| %d | Hugo | %d | %d | %.2f | %.2f | %.0f | %s |\n", r, p, f, w, c, m / 1024, l }'

    discard "$site" "$work/.site-$n".*
    settle "$content"
    read -r wall cpu rss load < <(MAVEN_OPTS="-Xmx$heap" timed "gongkai-$n" mvn -q -B -o $repo -f "$work/pom.xml" \
      disclosure:generate -Ddisclosure.contentDirectory="$content" -Ddisclosure.outputDirectory="$site")
    pages=$(find "$site" -name '*.html' | wc -l)
    files=$(find "$site" -type f | wc -l)
    echo "gongkai $wall $cpu $rss" >> "$results"
    awk -v r="$round" -v p="$pages" -v f="$files" -v w="$wall" -v c="$cpu" -v m="$rss" -v l="$load" \
      'BEGIN { printf "| %d | Gongkai | %d | %d | %.2f | %.2f | %.0f | %s |\n", r, p, f, w, c, m / 1024, l }'
  done
  printf '\n| Tool | Wall median (s) | Wall min | Wall max | CPU median (s) | CPU min | CPU max | Peak RSS median (MB) |\n|---|---:|---:|---:|---:|---:|---:|---:|\n'
  for tool in hugo gongkai; do
    read -r wmed wmin wmax < <(awk -v t="$tool" '$1 == t { print $2 }' "$results" | spread)
    read -r cmed cmin cmax < <(awk -v t="$tool" '$1 == t { print $3 }' "$results" | spread)
    read -r rmed _ _ < <(awk -v t="$tool" '$1 == t { print $4 }' "$results" | spread)
    label=$([ "$tool" = hugo ] && echo Hugo || echo Gongkai)
    awk -v t="$label" -v a="$wmed" -v b="$wmin" -v c="$wmax" -v d="$cmed" -v e="$cmin" -v f="$cmax" -v r="$rmed" \
      'BEGIN { printf "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.0f |\n", t, a, b, c, d, e, f, r / 1024 }'
    eval "${tool}_wall=$wmed ${tool}_cpu=$cmed"
  done
  # shellcheck disable=SC2154 # set by the eval above
  awk -v gw="$gongkai_wall" -v hw="$hugo_wall" -v gc="$gongkai_cpu" -v hc="$hugo_cpu" 'BEGIN {
    printf "\nGongkai / Hugo: %.2f of the wall time, %.2f of the CPU time (medians)\n", gw / hw, gc / hc }'
done
