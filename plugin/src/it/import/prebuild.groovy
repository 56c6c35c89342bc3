// Builds the unit's workbooks with Apache POI, as Excel and WPS save them: amounts as binary doubles, a 万元 header,
// merged cells, a date cell; one .xlsx single-project form and one .xls summary table.
import org.apache.poi.hssf.usermodel.HSSFWorkbook
import org.apache.poi.ss.util.CellRangeAddress
import org.apache.poi.xssf.usermodel.XSSFWorkbook

def fill(sheet, Map cells) {
    cells.each { ref, value ->
        def address = new org.apache.poi.ss.util.CellAddress(ref)
        def row = sheet.getRow(address.row) ?: sheet.createRow(address.row)
        def cell = row.getCell(address.column) ?: row.createCell(address.column)
        if (value instanceof Number) {
            cell.setCellValue(value as double)
        } else {
            cell.setCellValue(value as String)
        }
    }
}

def sheets = new File(basedir, 'sheets')
sheets.mkdirs()

def form = new XSSFWorkbook()
def s = form.createSheet('项目1')
fill(s, [A1: '2024年度项目支出绩效目标申报表', F2: '金额单位：万元',
         A3: '项目名称', B3: '信访信息化运维', A4: '主管部门', B4: '上海市松江区人民政府信访办公室',
         A5: '年度资金总额', B5: 48.2, C5: '其中：当年财政拨款', D5: 48.2,
         A6: '年度目标', B6: '保障信访信息系统稳定运行',
         A7: '一级指标', B7: '二级指标', C7: '三级指标', D7: '指标值',
         A8: '产出指标', B8: '数量指标', C8: '系统运维次数', D8: '=12次',
         B9: '时效指标', C9: '故障响应时间', D9: '2小时内',
         A10: '满意度指标', B10: '服务对象满意度指标', C10: '使用人员满意度', D10: '≥90%'])
s.addMergedRegion(CellRangeAddress.valueOf('A1:F1'))
s.addMergedRegion(CellRangeAddress.valueOf('A8:A9'))
new File(sheets, '1-form.xlsx').withOutputStream { form.write(it) }

def summary = new HSSFWorkbook()
def t = summary.createSheet('汇总表')
fill(t, [A1: '2024年部门预算项目绩效目标申报表', A2: '单位名称：上海市松江区人民政府信访办公室', J2: '金额单位：元',
         A3: '项目名称', B3: '年度资金总额', C3: '年度绩效目标', D3: '一级指标', E3: '二级指标', F3: '三级指标', G3: '指标性质',
         H3: '指标值', I3: '度量单位',
         A4: '维稳基金', B4: 1012497.7, C4: '维护社会稳定', D4: '产出指标', E4: '数量指标', F4: '化解信访矛盾件数',
         G4: '≥', H4: 30, I4: '件',
         E5: '质量指标', F5: '矛盾化解率', G5: '≥', H5: 85, I5: '%',
         D6: '效益指标', E6: '社会效益指标', F6: '社会稳定', H6: '提高'])
['A4:A6', 'B4:B6', 'C4:C6', 'D4:D5'].each { t.addMergedRegion(CellRangeAddress.valueOf(it)) }
new File(sheets, '2-summary.xls').withOutputStream { summary.write(it) }
return true
