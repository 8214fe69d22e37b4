package org.onewindow.print;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.onewindow.domain.caselog.EventPayload.ApplicationRefused;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.intake.RefusalGround;

/**
 * 不予受理通知书: the ground (行政许可法 §32(1)(一) or (二), with the 项, for a licence; the item's own basis otherwise)
 * and the reason in writing, and the applicant's rights — administrative review within sixty days, or a suit within
 * six months — with where to turn.
 */
public record RefusalNotice(ApplicationRefused refused, Catalog catalog) implements CaseDocument {

    @Override
    public DocumentKind kind() {
        return DocumentKind.REFUSAL_NOTICE;
    }

    @Override
    public String caseNumber() {
        return refused.caseNumber();
    }

    @Override
    public Intake intake() {
        return refused.intake();
    }

    @Override
    public Map<KeyField, String> keyFields(Issue issue) {
        return DocumentContent.caseFields(refused.caseNumber(), refused.intake(), issue);
    }

    @Override
    public void compose(DocumentWriter writer) throws IOException {
        IntakeFacts facts = new IntakeFacts(catalog, refused.intake());
        OfficeProfile office = writer.office();
        Signatory signatory = writer.signatory();
        String today = DocumentWriter.date(writer.issue().issuedAt().toLocalDate());
        RefusalGround ground = RefusalGround.ofStatement(refused.reason());
        String basis = LegalBasis.refusal(facts.items(), ground == null ? "" : ground.clause());
        writer.salutation(facts.applicant().name());
        writer.paragraph("您（单位）于" + today + "提出的" + facts.itemNames() + "申请，经审查，" + reason()
                + "根据" + basis + "的规定，" + signatory.self() + "决定不予受理。"
                + (ground == RefusalGround.NOT_THIS_AUTHORITY ? "请您向依法有权的行政机关提出申请。" : ""));
        writer.heading("您的权利");
        writer.paragraph("如对本决定不服，可以自收到本通知书之日起六十日内，依照《中华人民共和国行政复议法》的规定向"
                + IntakeFacts.nonEmpty(office.reviewAuthority(), "本机关的行政复议机关") + "申请行政复议；"
                + "也可以自收到本通知书之日起六个月内，依照《中华人民共和国行政诉讼法》的规定向"
                + IntakeFacts.nonEmpty(office.litigationCourt(), "有管辖权的人民法院") + "提起行政诉讼。");
        writer.paragraph("经办人：" + writer.person(refused.responsibleClerk()) + "；窗口负责人："
                + writer.person(refused.confirmedBySupervisor())
                + (office.phone().isEmpty() ? "" : "；咨询电话：" + office.phone()) + "。"
                + (signatory.entrustment().isEmpty() ? "" : signatory.entrustment()));
        writer.closing(writer.issue().issuedAt().toLocalDate(), List.of("申请人签收"));
    }

    private String reason() {
        String reason = refused.reason().strip();
        return reason.endsWith("。") ? reason : reason + "。";
    }
}
