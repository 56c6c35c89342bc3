def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.count('[INFO] Skipping: no content folder src/disclosure') == 2 : 'the root and tools/ have no content'
assert log.contains('[INFO] Checked src/disclosure: 1 project files; errors: 0, warnings: 0')
assert log.contains('BUILD SUCCESS')
return true
