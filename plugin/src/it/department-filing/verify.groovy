// The build failed because of the content: the missing parts and the total that does not add up, in the form's 万元.
def log = new File(basedir, 'build.log').getText('UTF-8')
def diagnostics = log.readLines().findAll { it.contains('src/disclosure/') }.collect { it.replaceFirst(/^\[(ERROR|WARNING)\] /, '') }
def expected = [
    'src/disclosure/department.yaml:2:1: error: goals (年度绩效目标) is missing [required-key]',
    'src/disclosure/department.yaml:2:1: error: indicators (绩效指标) is missing [required-key]',
    'src/disclosure/department.yaml:32:14: error: the total (合计) of the expenditure (支出构成) of 2022 is 109,175.04 × 10,000 yuan, but 基本支出 + 项目支出 = 99,611.05 + 9,564.46 = 109,175.51 × 10,000 yuan; they differ by 0.47 × 10,000 yuan [department-funds-sum]',
]
assert diagnostics == expected : "Diagnostics were:\n" + diagnostics.join('\n')
assert log.contains('[INFO] Checked src/disclosure: 0 project files; errors: 3, warnings: 0')
assert log.contains('BUILD FAILURE')
assert log.contains('Errors in the declaration: 3; see the messages above')
assert !log.contains('\tat ') && !log.contains('Exception:') : 'no stack trace for a content mistake'
return true
