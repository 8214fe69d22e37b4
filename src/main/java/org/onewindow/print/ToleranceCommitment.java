package org.onewindow.print;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.onewindow.domain.caselog.EventPayload.ApplicationAccepted;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.intake.DecisionKind;

/**
 * 容缺受理承诺书: the applicant's signed promise to bring the owed secondary materials by the deadline, under the
 * published 容缺 rules; one copy for the applicant, one for the file (一式两份), the office's seal on both.
 */
public record ToleranceCommitment(ApplicationAccepted accepted, Catalog catalog) implements AcceptanceDocument {

    public ToleranceCommitment {
        if (accepted.decision() != DecisionKind.ACCEPT_WITH_TOLERANCE) {
            throw new IllegalArgumentException("容缺受理承诺书只用于容缺受理的案件");
        }
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.TOLERANCE_COMMITMENT;
    }

    @Override
    public Map<KeyField, String> keyFields(Issue issue) {
        return DocumentContent.caseFields(accepted.caseNumber(), accepted.intake(), issue, accepted.toleranceDeadline());
    }

    @Override
    public void compose(DocumentWriter writer) throws IOException {
        IntakeFacts facts = new IntakeFacts(catalog, accepted.intake());
        writer.form(facts.applicantRows());
        writer.paragraph("本人（单位）申请办理" + facts.itemNames() + "（受理编号" + accepted.caseNumber()
                + "），已知悉" + catalog.rules().tolerance() + "，自愿适用容缺受理，现郑重承诺：");
        writer.paragraph("一、已提交的申请材料真实、合法、有效，如有虚假，愿意承担相应的法律责任。");
        writer.paragraph("二、于" + DocumentWriter.date(accepted.toleranceDeadline()) + "前补齐下列材料：");
        writer.table(ToleranceNotice.owedMaterials(facts, accepted));
        writer.paragraph("三、逾期未补齐或者所补材料与承诺不符的，自愿承担终止办理、已作出的决定被依法撤销等后果，"
                + "相关失信信息依法纳入信用记录。");
        writer.paragraph("四、已知悉容缺材料补齐前本事项不予办结。");
        writer.paragraph("本承诺书一式两份，申请人和" + writer.signatory().issuer() + "各执一份。");
        writer.closing(writer.issue().issuedAt().toLocalDate(), List.of("承诺人（签字/盖章）", "受理人（签字）"));
    }
}
