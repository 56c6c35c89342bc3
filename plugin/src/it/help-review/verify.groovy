// The help goal describes the review goal and the parameter of its folder, with its property and default.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('disclosure:review\n  Checks the declarations, then writes the finance bureau\'s first-pass review of\n')
assert log.contains('    reviewDirectory (Default: ${project.build.directory}/disclosure-review)\n')
assert log.contains('      User property: disclosure.reviewDirectory\n')
assert log.contains('BUILD SUCCESS')
return true
