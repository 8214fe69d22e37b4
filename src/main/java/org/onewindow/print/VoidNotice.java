package org.onewindow.print;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onewindow.domain.caselog.EventPayload.Voided;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.print.layout.Table;
import org.onewindow.print.layout.Table.Column;

/**
 * 作废通知书: a case the window had already handed papers for was voided by the supervisor; the applicant is told
 * which of those papers no longer stand, and why.
 *
 * @param receivedOn the day the application was received
 * @param handedOut  the documents printed for the case before, each as {@code title} and {@code number}
 */
public record VoidNotice(String caseNumber, Intake intake, LocalDate receivedOn, Voided voided,
                         List<HandedOut> handedOut, Catalog catalog) implements DocumentContent {

    /** One document the applicant was handed and that the void takes back. */
    public record HandedOut(String title, String number) {
    }

    public VoidNotice {
        handedOut = List.copyOf(handedOut);
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.VOID_NOTICE;
    }

    @Override
    public Map<KeyField, String> keyFields(Issue issue) {
        return DocumentContent.caseFields(caseNumber, intake, issue);
    }

    @Override
    public void compose(DocumentWriter writer) throws IOException {
        IntakeFacts facts = new IntakeFacts(catalog, intake);
        OfficeProfile office = writer.office();
        writer.salutation(facts.applicant().name());
        writer.paragraph("您（单位）于" + DocumentWriter.date(receivedOn) + "提出的" + facts.itemNames() + "申请（受理编号 "
                + caseNumber + "），经本机关窗口负责人确认，予以作废。作废原因：" + sentence(voided.reason()));
        writer.paragraph("本机关此前就该申请出具的下列文书同时作废，请勿再凭其办理：");
        List<List<String>> rows = new ArrayList<>();
        for (HandedOut document : handedOut) {
            rows.add(List.of(Integer.toString(rows.size() + 1), document.title(), document.number()));
        }
        writer.table(Table.withHeader(List.of(Column.centred("序号", 0.1f), Column.of("文书", 0.4f),
                Column.of("文号", 0.5f)), rows));
        writer.paragraph("如有疑问，请携本通知书到" + office.name() + "窗口咨询"
                + (office.phone().isEmpty() ? "" : "，咨询电话：" + office.phone()) + "。");
        writer.paragraph("窗口负责人：" + voided.supervisor() + "。");
        writer.closing(writer.issue().issuedAt().toLocalDate(), List.of("申请人（签收）"));
    }

    private static String sentence(String text) {
        String stripped = text.strip();
        return stripped.endsWith("。") ? stripped : stripped + "。";
    }
}
