package org.onewindow.print;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * 打印测试页: what a printer setting is meant to do, printed by it, so the supervisor sees at the printer that the
 * right printer, paper and tray took it and that Chinese prints. Not a document of any case.
 *
 * @param roleLabel which documents the printer is set for, e.g. 回执打印机（A5）
 * @param printed   when, in words
 */
public record PrinterTestPage(String roleLabel, PrinterChoice choice, String printerName, String printed)
        implements DocumentContent {

    @Override
    public DocumentKind kind() {
        return DocumentKind.TEST_PAGE;
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
        writer.paragraph("本页用于检查打印机设置，不是任何办件的文书。");
        writer.form(List.of(
                List.of("用途", roleLabel),
                List.of("打印机", printerName),
                List.of("纸张", choice.paper().name()),
                List.of("纸盒", choice.tray().isEmpty() ? "由打印机自动选择" : choice.tray()),
                List.of("打印时间", printed)));
        writer.paragraph("请核对：上表内容完整清楚，汉字无缺字、无方框；页边四周留白均匀；纸张、纸盒与设置一致。");
    }
}
