package org.onewindow.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onewindow.domain.caselog.EventPayload.DeficiencyNotified;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.intake.Deficiency;
import org.onewindow.print.layout.Table;
import org.onewindow.print.layout.Table.Column;

/**
 * 补正材料一次性告知书: every missing or defective material at once, what is wrong and how to fix it, where to bring
 * it, that it was told on the spot and the materials handed back, and — for a 行政许可 only — the law's promise that
 * silence for five days means acceptance (§32(1)(四)). Only what the applicant must read is printed: a finding the
 * clerk left without its problem says what the catalog asks for, never an instruction to the clerk.
 */
public record DeficiencyNotice(DeficiencyNotified notified, Catalog catalog) implements CaseDocument {

    @Override
    public DocumentKind kind() {
        return DocumentKind.DEFICIENCY_NOTICE;
    }

    @Override
    public String caseNumber() {
        return notified.caseNumber();
    }

    @Override
    public Intake intake() {
        return notified.intake();
    }

    @Override
    public Map<KeyField, String> keyFields(Issue issue) {
        return DocumentContent.caseFields(notified.caseNumber(), notified.intake(), issue);
    }

    @Override
    public void compose(DocumentWriter writer) throws IOException {
        IntakeFacts facts = new IntakeFacts(catalog, notified.intake());
        OfficeProfile office = writer.office();
        String today = DocumentWriter.date(writer.issue().issuedAt().toLocalDate());
        writer.salutation(facts.applicant().name());
        writer.paragraph("您（单位）于" + today + "提交的" + facts.itemNames()
                + "申请，申请材料不齐全或者不符合法定形式。根据" + LegalBasis.deficiency(facts.items())
                + "，现一次性告知您需要补正的全部内容（共" + notified.deficiencies().size() + "项）：");
        List<List<String>> rows = new ArrayList<>();
        for (Deficiency deficiency : notified.deficiencies()) {
            ApplicantWording wording = ApplicantWording.of(deficiency, facts);
            rows.add(List.of(Integer.toString(rows.size() + 1), deficiency.materialName(), wording.problem(), wording.remedy()));
        }
        writer.table(Table.withHeader(List.of(Column.centred("序号", 0.08f), Column.of("材料名称", 0.28f),
                Column.of("存在问题", 0.28f), Column.of("补正要求", 0.36f)), rows));
        writer.paragraph("请您按上述要求补正后，携本告知书到" + office.name()
                + (office.address().isEmpty() ? "" : "（" + office.address() + "）") + "窗口提交"
                + (office.openingHours().isEmpty() ? "" : "，办公时间：" + office.openingHours())
                + (office.phone().isEmpty() ? "" : "，咨询电话：" + office.phone())
                + "。补正材料齐全、符合法定形式的，" + writer.signatory().self() + "将予以受理。");
        writer.paragraph("本告知书于" + today + "当场出具，您提交的申请材料已当场退回，补正时请连同补正材料一并提交。"
                + (LegalBasis.allLicensing(facts.items())
                        ? "依照《中华人民共和国行政许可法》第三十二条第一款第（四）项，申请材料不齐全或者不符合法定形式的，行政机关应当当场或者在五日内"
                                + "一次告知申请人需要补正的全部内容，逾期不告知的，自收到申请材料之日起即为受理。" : ""));
        writer.paragraph("经办人：" + writer.person(notified.responsibleClerk()) + "。"
                + (writer.signatory().entrustment().isEmpty() ? "" : writer.signatory().entrustment()));
        writer.closing(writer.issue().issuedAt().toLocalDate(), List.of("申请人签收"));
    }
}
