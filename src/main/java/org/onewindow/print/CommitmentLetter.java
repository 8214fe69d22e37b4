package org.onewindow.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.onewindow.domain.caselog.EventPayload.ApplicationAccepted;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.catalog.ProofCertificate;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.print.layout.Table.Column;
import org.onewindow.print.layout.Table;

/**
 * 告知承诺书 (证明事项告知承诺制, 国办发〔2020〕42号): for each 证明 the applicant's commitment replaces, the office states
 * what the 证明 is, what it is for and the provision that requires it, that it will not ask for it, how and within how
 * long it will check the commitment (事后核查), and what a false commitment costs; the applicant commits. One copy for
 * each side (一式两份), the office's seal on both.
 */
public record CommitmentLetter(ApplicationAccepted accepted, Catalog catalog) implements AcceptanceDocument {

    @Override
    public DocumentKind kind() {
        return DocumentKind.COMMITMENT_LETTER;
    }

    @Override
    public void compose(DocumentWriter writer) throws IOException {
        IntakeFacts facts = new IntakeFacts(catalog, accepted.intake());
        List<IntakeFacts.Material> committed = facts.materials(status -> status == MaterialStatus.COMMITMENT);
        if (committed.isEmpty()) {
            throw new IllegalArgumentException("本案没有以告知承诺替代的证明，无需告知承诺书");
        }
        String self = writer.signatory().self();
        writer.form(facts.applicantRows());
        writer.heading("一、行政机关告知");
        writer.paragraph("根据" + catalog.rules().commitment() + "，您申请办理" + facts.itemNames()
                + "，下列证明可以由您书面承诺已经符合要求代替提交。您作出承诺的，" + self + "不再索要下列证明：");
        List<List<String>> rows = new ArrayList<>();
        for (IntakeFacts.Material m : committed) {
            ProofCertificate proof = m.requirement() == null ? null : m.requirement().proof();
            rows.add(List.of(Integer.toString(rows.size() + 1),
                    m.check().materialName() + (proof == null ? "" : "（出具单位：" + proof.issuer() + "）"),
                    proof == null ? "" : proof.purpose(), proof == null ? "" : proof.basis()));
        }
        writer.table(Table.withHeader(List.of(Column.centred("序号", 0.07f), Column.of("证明名称", 0.33f),
                Column.of("用途", 0.3f), Column.of("设定依据", 0.3f)), rows));
        for (IntakeFacts.Material m : committed) {
            ProofCertificate proof = m.requirement() == null ? null : m.requirement().proof();
            if (proof != null) {
                writer.paragraph("事后核查：" + self + "将在受理后" + proof.verificationWorkingDays() + "个工作日内，"
                        + proof.verification() + "，核查“" + m.check().materialName() + "”所证明的事项。");
            }
        }
        writer.paragraph("经核查承诺属实的，按正常程序办理；发现承诺内容与实际情况不符的，" + self
                + "将责令限期整改，逾期不整改或者整改后仍不符合条件的，依法撤销已作出的决定，并将虚假承诺情况纳入信用记录，"
                + "依法予以惩戒；涉嫌犯罪的，移送司法机关。");
        writer.heading("二、申请人承诺");
        writer.paragraph("本人（单位）已经知晓行政机关告知的全部内容，确认符合上述条件，能够提供相关材料，"
                + "所作承诺真实、准确，愿意配合事后核查，愿意承担不实承诺的法律责任。以上承诺是本人（单位）的真实意思表示。");
        writer.paragraph("本告知承诺书一式两份，申请人和" + writer.signatory().issuer() + "各执一份。");
        writer.closing(writer.issue().issuedAt().toLocalDate(), List.of("申请人（签字/盖章）", "受理人（签字）"));
    }
}
