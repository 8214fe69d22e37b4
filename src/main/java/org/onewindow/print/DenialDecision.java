package org.onewindow.print;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.onewindow.domain.caselog.EventPayload.ApplicationAccepted;
import org.onewindow.domain.catalog.Catalog;

/**
 * 不予行政许可决定书 (行政许可法 §38 第二款): after review the deciding authority refuses the licence in writing, with its
 * reason and the applicant's rights to review and suit. The window prints it for the authority (综合出证); the
 * substantive refusal is the authority's decision after review, never the window's.
 *
 * @param decidedOn the day the authority decided
 * @param reason    the authority's reason, as its decision records it
 */
public record DenialDecision(ApplicationAccepted accepted, Catalog catalog, LocalDate decidedOn, String reason)
        implements AcceptanceDocument {

    public DenialDecision {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("不予行政许可须说明理由");
        }
        reason = reason.strip();
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.DENIAL_DECISION;
    }

    @Override
    public void compose(DocumentWriter writer) throws IOException {
        IntakeFacts facts = new IntakeFacts(catalog, accepted.intake());
        if (!LegalBasis.allLicensing(facts.items())) {
            throw new IllegalArgumentException("不予行政许可决定书只用于行政许可事项");
        }
        OfficeProfile office = writer.office();
        Signatory signatory = writer.signatory();
        writer.salutation(facts.applicant().name());
        writer.paragraph("您（单位）申请办理的" + facts.itemNames() + "（受理编号" + accepted.caseNumber() + "），经依法审查，"
                + (reason.endsWith("。") ? reason : reason + "。") + "根据《中华人民共和国行政许可法》第三十八条第二款的规定，"
                + signatory.self() + "于" + DocumentWriter.date(decidedOn) + "决定不予行政许可。");
        writer.heading("您的权利");
        writer.paragraph("如对本决定不服，可以自收到本决定书之日起六十日内，依照《中华人民共和国行政复议法》的规定向"
                + IntakeFacts.nonEmpty(office.reviewAuthority(), "本机关的行政复议机关") + "申请行政复议；"
                + "也可以自收到本决定书之日起六个月内，依照《中华人民共和国行政诉讼法》的规定向"
                + IntakeFacts.nonEmpty(office.litigationCourt(), "有管辖权的人民法院") + "提起行政诉讼。");
        if (!signatory.entrustment().isEmpty()) {
            writer.paragraph(signatory.entrustment());
        }
        writer.closing(decidedOn, List.of("申请人签收"));
    }
}
