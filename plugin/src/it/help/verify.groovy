def log = new File(basedir, 'build.log').getText('UTF-8')
// The help wraps its lines: compare with the log's white space and line prefixes folded.
def text = log.readLines().collect { it.replaceFirst(/^\[INFO\]\s?/, '') }.join(' ').replaceAll(/\s+/, ' ')
assert log.contains('disclosure:check')
assert log.contains('disclosure.translations')
assert text.contains('User property: disclosure.siteUrl')
assert text.contains('Overrides url in site.yaml.')
assert text.contains('Overrides id-code in site.yaml.')
assert text.contains('Overrides publish-date in site.yaml.')
assert text.contains('Overrides license in site.yaml.')
['disclosure:init', 'disclosure:import', 'disclosure:package', 'disclosure:generate', 'disclosure:serve', 'disclosure:help'].each {
    assert log.contains(it) : it
}
assert log.count('BUILD SUCCESS') == 3
return true
