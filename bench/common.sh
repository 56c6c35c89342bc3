# What the benchmark scripts share; sourced by bench/run.sh, bench/hugo.sh and bench/review.sh from the repository's
# root, after `work` (the benchmark's folder, target/bench) is set.

command -v /usr/bin/time >/dev/null || { echo "GNU time is needed: apt-get install time" >&2; exit 1; }
mkdir -p "$work"

# Writes the POM of a project that declares only the plugin: bench_pom FILE ARTIFACT_ID.
bench_pom() {
  cat > "$1" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>$2</artifactId><version>1</version><packaging>pom</packaging>
  <build><plugins><plugin>
    <groupId>org.gongkai</groupId><artifactId>disclosure-maven-plugin</artifactId><version>0.1.0-SNAPSHOT</version>
  </plugin></plugins></build>
</project>
POM
}

# The JVM options disclosure:init and disclosure:import write into a new project (.mvn/jvm.config, beside the POM):
# every figure is of a project as the plugin starts it. BENCH_JVM_CONFIG=0 measures the JVM's defaults instead.
rm -rf "$work/.mvn"
if [ "${BENCH_JVM_CONFIG:-1}" != 0 ]; then
  mkdir -p "$work/.mvn"
  cp plugin/src/main/resources/org/gongkai/disclosure/start/jvm.config "$work/.mvn/jvm.config"
fi

# The generated content of N projects (seed 1) in target/bench/content-N, made once: prints its folder.
content_of() {
  local content="$work/content-$1"
  if [ ! -d "$content" ]; then
    echo "Generating $1 projects..." >&2
    # Called as $(content_of N), where set -e does not reach: a failed generation must stop the script itself.
    java bench/GenerateContent.java --projects "$1" --seed 1 --out "$content" >&2 || { rm -rf "$content"; exit 1; }
  fi
  echo "$content"
}

# What a run replaces is moved aside, not deleted, until the script ends. On a disk whose ext4 has no journal (as on
# the machine of BENCHMARKS.md), the kernel will not hand out again an inode freed in the last 30 seconds, or 330 while
# its inode table's block is dirty (fs/ext4/ialloc.c, recently_deleted): every file created after a deletion of many
# files is allocated past each of theirs, and a build then takes 1.5 to 3 times the system time, whichever tool builds.
# So no run follows a deletion: the replaced sites wait in $work/trash, emptied when the script ends, and a script
# started within BENCH_DELETION_WAIT seconds (360) of the last emptying waits for the rest first.
discard() {
  local path
  for path in "$@"; do
    [ -e "$path" ] || continue
    mkdir -p "$work/trash"
    mv "$path" "$(mktemp -u "$work/trash/$(basename "$path").XXXXXX")"
  done
}

empty_trash() {
  if [ -d "$work/trash" ]; then
    echo "Deleting the replaced sites..." >&2
    rm -rf "$work/trash"
    date +%s > "$work/trash-emptied"
  fi
}
trap empty_trash EXIT

wait_for_deletions() {
  local since left
  since=$(cat "$work/trash-emptied" 2>/dev/null || echo 0)
  left=$((since + ${BENCH_DELETION_WAIT:-360} - $(date +%s)))
  if [ "$left" -gt 0 ]; then
    echo "Waiting ${left} s, until the last deletion of sites no longer slows the creation of files..." >&2
    sleep "$left"
  fi
}

# The same starting point for every run: the last run's writes flushed, the kernel's caches of deleted files
# dropped (when allowed), and the content read once, as it is after a checkout. Without this, each run inherits
# gigabytes of dirty pages and dentries from the one before, and the timings drift upwards.
settle() {
  sync
  if [ -w /proc/sys/vm/drop_caches ]; then echo 3 > /proc/sys/vm/drop_caches; fi
  # Through a pipe: GNU tar writing to /dev/null itself reads no file's contents, only the folders.
  tar cf - -C "$1" . | cat > /dev/null
}
