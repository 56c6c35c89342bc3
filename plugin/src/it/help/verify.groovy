def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('disclosure:check')
assert log.contains('disclosure.translations')
assert log.contains('BUILD SUCCESS')
return true
