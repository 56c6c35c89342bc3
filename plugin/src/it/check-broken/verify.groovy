// The build failed because of the content, listing every error with its place and rule, and no stack trace.
def log = new File(basedir, 'build.log').getText('UTF-8')
def diagnostics = log.readLines().findAll { it.contains('src/disclosure/') }.collect { it.replaceFirst(/^\[(ERROR|WARNING)\] /, '') }
def expected = [
    'src/disclosure/declaration.yaml:5:18: error: the declared number of projects (编报绩效目标的项目个数) is 2, but the number of project files is 1 (a difference of 1) [declared-count]',
    'src/disclosure/projects/01-staff.yaml:8:6: error: end (计划完成日期) "2024-02-30" is not a date: February 2024 has 29 days [date-format]',
    'src/disclosure/projects/01-staff.yaml:14:10: error: annual funds total (年度资金申请总额) is 1,859,441.00 yuan, but appropriation + carry-over + other (当年财政拨款 + 上年结转资金 + 其他资金) = 1,859,440.00 + 0.00 + 0.00 = 1,859,440.00 yuan; they differ by 1.00 yuan [annual-funds-sum]',
    'src/disclosure/projects/01-staff.yaml:24:28: error: level-2 indicator (二级指标) "数量指标" belongs under "产出指标", not under "效益指标" [level2-parent]',
    'src/disclosure/declaration.yaml:6:10: error: the declared total (涉及项目预算资金) "442.45万元" stands for 4,424,450.00 to 4,424,549.99 yuan, but the annual funds (年度资金申请总额) of all projects add up to 1,859,441.00 yuan (projects: 1), 2,565,059.00 yuan from the stated figure [declared-total]',
].sort()
assert diagnostics.sort() == expected : "Diagnostics were:\n" + diagnostics.join('\n')
assert log.contains('[INFO] Checked src/disclosure: 1 project files; errors: 5, warnings: 0')
assert log.contains('BUILD FAILURE')
assert log.contains('Errors in the declaration: 5; see the messages above')
assert !log.contains('\tat ') && !log.contains('Exception:') : 'no stack trace for a content mistake'
return true
