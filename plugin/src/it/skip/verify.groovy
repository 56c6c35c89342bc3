def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] Skipping: disclosure.skip is true')
assert !log.contains('src/disclosure/')
assert log.contains('BUILD SUCCESS')
return true
