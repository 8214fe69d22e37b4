package org.onewindow.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onewindow.domain.caselog.EventPayload.ApplicationAccepted;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.catalog.ServiceItem;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.print.layout.Table;
import org.onewindow.print.layout.Table.Column;

/**
 * 告知承诺书 (告知承诺制): the office states the conditions; the applicant commits that they are met
 * in place of the listed materials, and knows the case will be verified afterwards (事后核查).
 */
public record CommitmentLetter(ApplicationAccepted accepted, Catalog catalog) implements DocumentContent {

    @Override
    public DocumentKind kind() {
        return DocumentKind.COMMITMENT_LETTER;
    }

    @Override
    public String caseNumber() {
        return accepted.caseNumber();
    }

    @Override
    public Map<KeyField, String> keyFields(Issue issue) {
        return DocumentContent.caseFields(accepted.caseNumber(), accepted.intake(), issue);
    }

    @Override
    public void compose(DocumentWriter writer) throws IOException {
        IntakeFacts facts = new IntakeFacts(catalog, accepted.intake());
        List<IntakeFacts.Material> committed = facts.materials(status -> status == MaterialStatus.COMMITMENT);
        if (committed.isEmpty()) {
            throw new IllegalArgumentException("本案没有以告知承诺替代的材料，无需告知承诺书");
        }
        writer.form(facts.applicantRows());
        writer.heading("一、行政机关告知");
        for (ServiceItem item : facts.items()) {
            writer.paragraph(item.name() + "：" + (item.legalBasis().isEmpty() ? "" : "设定依据为" + item.legalBasis() + "。")
                    + IntakeFacts.nonEmpty(item.acceptanceConditions(), "申请人应当符合法律法规规定的条件。"));
        }
        writer.paragraph("下列材料可以由申请人书面承诺代替提交。本机关将在受理后依法进行核查（事后核查）；"
                + "发现承诺内容与实际情况不符的，将责令限期整改，逾期不整改或整改后仍不符合条件的，依法撤销行政许可决定，"
                + "并将虚假承诺情况纳入信用记录。");
        List<List<String>> rows = new ArrayList<>();
        for (IntakeFacts.Material m : committed) {
            rows.add(List.of(Integer.toString(rows.size() + 1), m.check().materialName(), "已具备相应条件，以承诺代替提交"));
        }
        writer.table(Table.withHeader(List.of(Column.centred("序号", 0.08f), Column.of("以承诺代替的材料", 0.52f),
                Column.of("承诺内容", 0.4f)), rows));
        writer.heading("二、申请人承诺");
        writer.paragraph("本人（单位）已经知晓行政机关告知的全部内容，确认符合上述条件，所填写的信息真实、准确，"
                + "愿意配合事后核查，愿意承担不实承诺的法律责任。以上承诺是本人（单位）的真实意思表示。");
        writer.signatures(List.of("申请人（签字/盖章）", "受理人（签字）"));
    }
}
