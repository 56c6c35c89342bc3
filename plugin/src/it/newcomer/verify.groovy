// The newcomer path, from nothing to a zip attached to the build: every line the plugin printed, exactly, goal by goal.
import java.util.zip.ZipFile

def log = new File(basedir, 'build.log').getText('UTF-8')
def lines = log.readLines()

// The wrapper's Maven (3.9) ran every step, not the machine's 3.8: it names the plugin by its prefix in each goal's
// header, where 3.8 writes disclosure-maven-plugin.
assert lines.count { it.startsWith('[INFO] --- disclosure:') } == 5 : log
assert log.count('BUILD SUCCESS') == 4 : log
assert !log.contains('JAR will be empty') && !log.contains('[WARNING]') && !log.contains('[ERROR]') : log

// Each execution of the plugin, by its goal, with the lines it printed (times in ms replaced by n).
def blocks = []
def current = null
lines.each { line ->
    def header = line =~ /^\[INFO\] --- disclosure:[^:]+:(\w+) \(([^)]+)\) @ (\S+) ---$/
    if (header.matches()) {
        current = [goal: header.group(1), execution: header.group(2), project: header.group(3), lines: []]
        blocks << current
    } else if (line.startsWith('[INFO] ---') || line.startsWith('[INFO] ---------') || line.startsWith('[INFO] BUILD')) {
        current = null
    } else if (line ==~ /^\[INFO\] Download(ing|ed) from .*/) {
        // Maven's own, on a machine where the local repository lacks something yet
    } else if (current != null && line.trim() && line != '[INFO] ') {
        current.lines << line.replaceAll(/\d+ ms\)/, 'n ms)')
    }
}
def goals = blocks.collect { "${it.goal} (${it.execution}) @ ${it.project}".toString() }
assert goals == ['init (default-cli) @ standalone-pom', 'check (default-cli) @ newcomer',
                 'generate (default-cli) @ newcomer', 'generate (default) @ newcomer', 'package (default) @ newcomer'] : goals

def expected = [
    [
        '[INFO] Started the content folder src/disclosure: declaration.yaml, projects/01-example.yaml, site.yaml, glossary.yaml',
        '[INFO] Wrote the JSON Schemas for editors to src/disclosure-schema',
        '[INFO] Wrote pom.xml: packaging pom, with disclosure:generate and disclosure:package bound to mvn package',
        '[INFO] Wrote .mvn/jvm.config: the JVM options Maven uses for this project (the quick compiler only), for a faster build',
        '[INFO] Next: mvn disclosure:check checks the declaration, mvn disclosure:serve previews the site, mvn package publishes it to target/disclosure/ and zips it',
    ],
    [
        '[INFO] Checked src/disclosure: 1 project files; errors: 0, warnings: 0 (n ms)',
    ],
    [
        '[INFO] Checked src/disclosure: 1 project files; errors: 0, warnings: 0 (n ms)',
        '[INFO] Rendered 6 pages (n ms)',
        '[INFO] Wrote 22 files to target/disclosure (n ms)',
        '[INFO] Generated 2 indexes and 2 project pages in zh, en (n ms)',
    ],
    [
        '[INFO] Checked src/disclosure: 1 project files; errors: 0, warnings: 0 (n ms)',
        '[INFO] The site in target/disclosure is up to date; nothing was written (n ms)',
    ],
    [
        '[INFO] Packaged the 23 files of the site in target/disclosure into target/newcomer-2025-SNAPSHOT-site.zip',
        '[INFO] Attached target/newcomer-2025-SNAPSHOT-site.zip to the build as zip:site; mvn install or mvn deploy publishes it with the project',
    ],
]
blocks.eachWithIndex { block, i ->
    assert block.lines == expected[i] : "${goals[i]} printed:\n" + block.lines.join('\n')
}

// What the newcomer has now: the POM, the content, the schemas, the site and its zip, which holds the site exactly.
assert new File(basedir, 'pom.xml').getText('UTF-8').contains('<packaging>pom</packaging>')
assert new File(basedir, '.mvn/jvm.config').getText('UTF-8') == '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:MetaspaceSize=96m\n'
assert new File(basedir, 'src/disclosure-schema/project.schema.json').isFile()
def site = new File(basedir, 'target/disclosure')
def files = []
site.eachFileRecurse(groovy.io.FileType.FILES) { files << site.toPath().relativize(it.toPath()).toString() }
def zip = new ZipFile(new File(basedir, 'target/newcomer-2025-SNAPSHOT-site.zip'))
try {
    assert zip.entries().toList()*.name == files.sort()
} finally {
    zip.close()
}
def page = new File(site, 'en/projects/example-training.html').getText('UTF-8')
assert page.contains('<h1>Staff training</h1>') : page
assert page.contains('Songjiang District Education Bureau')
return true
