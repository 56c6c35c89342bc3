// The import wrote both workbooks' projects and a declaration, then checked them; its own lines exactly, and nothing
// from the libraries it uses (no Log4j line, no stack trace).
def log = new File(basedir, 'build.log').getText('UTF-8')
def lines = log.readLines()
def start = lines.findIndexOf { it.contains(':import (default-cli)') }
def end = lines.findIndexOf { it.startsWith('[INFO] BUILD SUCCESS') }
assert start >= 0 && end > start : log
// Maven's lines about downloading the plugin's libraries are not the plugin's output.
def printed = lines.subList(start + 1, end - 1).findAll { !(it ==~ /\[INFO\] Download(ing|ed) .*/) }
        .collect { it.replaceAll(/\(\d+ ms\)/, '(… ms)') }
def warning = { file, line, col, text -> "[WARNING] src/disclosure/${file}:${line}:${col}: warning: ${text}".toString() }
def english = { field, text -> "${field} has no English: \"${text}\"; write it as {zh: ..., en: ...} [translation]".toString() }
def form = 'projects/01-xin-fang-xin-xi-hua-yun-wei.yaml'
def fund = 'projects/02-wei-wen-ji-jin.yaml'
def expected = [
    '[INFO] Read sheets/1-form.xlsx: projects: 1, indicators: 3, annual funds: 482,000.00 yuan',
    '[INFO] Read sheets/2-summary.xls: projects: 1, indicators: 3, annual funds: 1,012,497.70 yuan',
    '[INFO] Wrote to src/disclosure/projects: project files: 2, indicators: 6, annual funds in all: 1,494,497.70 yuan',
    '[INFO] Wrote src/disclosure/declaration.yaml: fiscal year 2024, unit 上海市松江区人民政府信访办公室, title 项目支出绩效目标申报表',
    warning('declaration.yaml', 4, 7, english('unit (预算单位)', '上海市松江区人民政府信访办公室')),
    warning(form, 4, 7, english('name (项目名称)', '信访信息化运维')),
    warning(form, 5, 13, english('department (主管部门)', '上海市松江区人民政府信访办公室')),
    warning(form, 10, 11, english('goals.annual (年度总体目标)', '保障信访信息系统稳定运行')),
    warning(form, 12, 3, 'the project has no 效益指标 indicator [indicator-coverage]'),
    warning(form, 14, 11, english('indicators.name (三级指标)', '系统运维次数')),
    warning(form, 18, 11, english('indicators.name (三级指标)', '故障响应时间')),
    warning(form, 22, 11, english('indicators.name (三级指标)', '使用人员满意度')),
    warning(fund, 4, 7, english('name (项目名称)', '维稳基金')),
    warning(fund, 8, 11, english('goals.annual (年度总体目标)', '维护社会稳定')),
    warning(fund, 10, 3, 'the project has no 满意度指标 indicator [indicator-coverage]'),
    warning(fund, 12, 11, english('indicators.name (三级指标)', '化解信访矛盾件数')),
    warning(fund, 16, 11, english('indicators.name (三级指标)', '矛盾化解率')),
    warning(fund, 20, 11, english('indicators.name (三级指标)', '社会稳定')),
    '[INFO] Checked src/disclosure: 2 project files; errors: 0, warnings: 14 (… ms)',
    '[INFO] Next: add the English of each text (or set disclosure.translations=warn until then), then mvn disclosure:serve to see the site',
]
assert printed == expected : "The import printed:\n" + printed.join('\n')

def project = new File(basedir, 'src/disclosure/projects/01-xin-fang-xin-xi-hua-yun-wei.yaml').getText('UTF-8')
assert project.contains('annual-funds:\n  total: 482000.00\n  appropriation: 482000.00\n') : project
def fundFile = new File(basedir, 'src/disclosure/projects/02-wei-wen-ji-jin.yaml').getText('UTF-8')
assert fundFile.contains('  total: 1012497.70\n') : fundFile
assert fundFile.contains('    target: ≥85%\n') : fundFile
assert !log.contains('Log4j') && !log.contains('StatusLogger') : 'POI logs nothing of its own'
assert !log.contains('\tat ') && !log.contains('Exception') : 'no stack trace'
return true
