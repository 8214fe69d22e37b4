package org.onewindow.print;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.onewindow.domain.caselog.EventPayload.ApplicationRefused;
import org.onewindow.domain.catalog.Catalog;

/**
 * 不予受理通知书: the reason in writing, and the applicant's rights — administrative review within
 * sixty days, or a suit within six months — with where to turn.
 */
public record RefusalNotice(ApplicationRefused refused, Catalog catalog) implements DocumentContent {

    @Override
    public DocumentKind kind() {
        return DocumentKind.REFUSAL_NOTICE;
    }

    @Override
    public String caseNumber() {
        return refused.caseNumber();
    }

    @Override
    public Map<KeyField, String> keyFields(Issue issue) {
        return DocumentContent.caseFields(refused.caseNumber(), refused.intake(), issue);
    }

    @Override
    public void compose(DocumentWriter writer) throws IOException {
        IntakeFacts facts = new IntakeFacts(catalog, refused.intake());
        OfficeProfile office = writer.office();
        String today = DocumentWriter.date(writer.issue().issuedAt().toLocalDate());
        writer.salutation(facts.applicant().name());
        writer.paragraph("您（单位）于" + today + "提出的" + facts.itemNames() + "申请，经审查，" + reason()
                + "根据《中华人民共和国行政许可法》第三十二条第一款的规定，本机关决定不予受理。");
        writer.heading("您的权利");
        writer.paragraph("如对本决定不服，可以自收到本通知书之日起六十日内，依照《中华人民共和国行政复议法》的规定向"
                + IntakeFacts.nonEmpty(office.reviewAuthority(), "本机关的行政复议机关") + "申请行政复议；"
                + "也可以自收到本通知书之日起六个月内，依照《中华人民共和国行政诉讼法》的规定向"
                + IntakeFacts.nonEmpty(office.litigationCourt(), "有管辖权的人民法院") + "提起行政诉讼。");
        writer.paragraph("经办人：" + refused.responsibleClerk() + "；现场确认：" + refused.confirmedBySupervisor()
                + (office.phone().isEmpty() ? "" : "；咨询电话：" + office.phone()) + "。");
        writer.closing(writer.issue().issuedAt().toLocalDate(), List.of("申请人（签收）"));
    }

    private String reason() {
        String reason = refused.reason().strip();
        return reason.endsWith("。") ? reason : reason + "。";
    }
}
