// The review is written beside the build, not into a site, and the log counts each rule's findings.
def log = new File(basedir, 'build.log').getText('UTF-8')
// A rule's count is "[INFO]   rule: n"; Maven 3.9 prints lines of its own so indented ("[INFO]   from pom.xml").
def lines = log.readLines().findAll { it ==~ /\[INFO\]   [a-z0-9-]+: \d+/ || it.startsWith('[INFO] Reviewed') || it.startsWith('[WARNING] src/') }
        .collect { it.replaceAll(/\(\d+ ms\)/, '(n ms)') }
def expected = [
    '[WARNING] src/disclosure/projects/04-return-and-stability.yaml:67:9: warning: the annual budget (年度预算安排) speaks of a budget for 2023, but this is the declaration for fiscal year 2024: "2023 年本项目预算金额为 97 万元"; is the year right? [budget-year]',
    '[INFO]   measurable-share: 1',
    '[INFO]   qualitative-only: 2',
    '[INFO]   cost-without-amount: 2',
    '[INFO]   copied-indicators: 2',
    '[INFO]   copied-across-units: 0',
    '[INFO]   repeated-goal: 2',
    '[INFO]   unchanged-targets: 0',
    '[INFO]   timeliness-without-deadline: 2',
    '[INFO]   percent-over-100: 0',
    '[INFO]   budget-year: 1',
    '[INFO]   level1-coverage: 0',
    '[INFO]   weights: 0',
    '[INFO] Reviewed 2 projects: 12 findings (7 concern, 5 advice); the report is in target/disclosure-review (n ms)',
]
assert lines == expected : "Log lines were:\n" + lines.join('\n')
assert log.contains('BUILD SUCCESS')
def report = new File(basedir, 'target/disclosure-review')
def files = []
report.eachFileRecurse(groovy.io.FileType.FILES) { files << report.toPath().relativize(it.toPath()).toString().replace('\\', '/') }
assert files.sort() == ['.gongkai', 'assets/favicon.svg', 'assets/review.css', 'assets/site.css', 'en/index.html', 'findings.csv', 'index.html',
                        'projects.csv', 'zh/index.html']
def rows = new File(report, 'findings.csv').getText('UTF-8').readLines()
assert rows.size() == 13 : 'a header and twelve findings'
assert rows.count { it.contains(',copied-indicators,copies,concern,') } == 2
assert !new File(basedir, 'target/disclosure').exists() : 'the review writes no site'
return true
