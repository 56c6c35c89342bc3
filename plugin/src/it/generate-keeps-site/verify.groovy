def site = new File(basedir, 'target/disclosure')
def pages = []
site.eachFileRecurse(groovy.io.FileType.FILES) { if (it.name.endsWith('.html')) pages << site.toPath().relativize(it.toPath()).toString() }
assert pages.sort() == ['404.html', 'en/index.html', 'en/indicators.html', 'en/projects/sample.html', 'index.html', 'zh/index.html', 'zh/indicators.html', 'zh/projects/sample.html']
assert new File(site, 'search/manifest.js').getText('UTF-8').startsWith('GongkaiSearch.put("manifest",')
assert new File(site, 'zh/projects/sample.html').getText('UTF-8').contains('样例项目')
assert !new File(basedir, 'target/.disclosure.staging').exists()
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] broken/projects/01-sample.yaml:10:10: error: project funds total')
assert log.contains('[INFO] Nothing written: the site in target/disclosure is left as it was')
return true
