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

# The same starting point for every run: the last run's writes flushed, the kernel's caches of deleted files
# dropped (when allowed), and the content read once, as it is after a checkout. Without this, each run inherits
# gigabytes of dirty pages and dentries from the one before, and the timings drift upwards.
settle() {
  sync
  if [ -w /proc/sys/vm/drop_caches ]; then echo 3 > /proc/sys/vm/drop_caches; fi
  # Through a pipe: GNU tar writing to /dev/null itself reads no file's contents, only the folders.
  tar cf - -C "$1" . | cat > /dev/null
}
