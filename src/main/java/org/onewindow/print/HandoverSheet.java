package org.onewindow.print;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onewindow.domain.proxy.Site;
import org.onewindow.print.layout.Table;
import org.onewindow.print.layout.Table.Column;

/**
 * 代办件交接单: the files a site carries to the hall in one batch, each with its paper materials by count and its
 * electronic copies, signed by the agent who hands them over and the window clerk who receives them.
 */
public record HandoverSheet(String batchNumber, Site site, String agentName, LocalDate handedOverOn,
                            List<Line> lines) implements DocumentContent {

    /** One file of the batch. */
    public record Line(String caseNumber, String applicant, String items, int papers, int copies) {
    }

    public HandoverSheet {
        lines = List.copyOf(lines);
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.HANDOVER_SHEET;
    }

    @Override
    public String caseNumber() {
        return "";
    }

    @Override
    public Map<KeyField, String> keyFields(Issue issue) {
        return Map.of();
    }

    @Override
    public void compose(DocumentWriter writer) throws IOException {
        int papers = lines.stream().mapToInt(Line::papers).sum();
        int copies = lines.stream().mapToInt(Line::copies).sum();
        writer.form(List.of(
                List.of("交接单号", batchNumber),
                List.of("代办点", site.name()),
                List.of("送交", "政务服务中心（" + site.hall() + "）窗口"),
                List.of("移交日期", DocumentWriter.date(handedOverOn)),
                List.of("合计", lines.size() + " 件，纸质材料 " + papers + " 份，电子件 " + copies + " 份")));
        List<List<String>> rows = new ArrayList<>();
        for (Line line : lines) {
            rows.add(List.of(Integer.toString(rows.size() + 1), line.caseNumber(), line.applicant(), line.items(),
                    Integer.toString(line.papers()), Integer.toString(line.copies()), ""));
        }
        writer.table(Table.withHeader(List.of(Column.centred("序号", 0.06f), Column.of("编号", 0.2f),
                Column.of("申请人", 0.12f), Column.of("事项", 0.3f), Column.centred("纸质（份）", 0.1f),
                Column.centred("电子件", 0.08f), Column.of("接收核对", 0.14f)), rows));
        writer.paragraph("接收人逐件核对编号与纸质材料份数，不符的在“接收核对”栏注明并在系统中登记差异；"
                + "窗口受理之时起计算承诺办结期限。");
        writer.signatures(List.of("移交人（代办员 " + agentName + "）", "接收人（窗口）"));
    }
}
