package org.onewindow.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onewindow.domain.caselog.EventPayload.ApplicationAccepted;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.print.layout.Table.Column;
import org.onewindow.print.layout.Table;

/**
 * 容缺受理通知书: accepted with tolerated gaps under the region's published 容缺 rules (which it cites: 容缺 is not a
 * mechanism of 行政许可法 §32) — which secondary materials are still owed, by when, and that the case cannot conclude
 * until they are in.
 */
public record ToleranceNotice(ApplicationAccepted accepted, Catalog catalog) implements AcceptanceDocument {

    public ToleranceNotice {
        if (accepted.decision() != DecisionKind.ACCEPT_WITH_TOLERANCE) {
            throw new IllegalArgumentException("容缺受理通知书只用于容缺受理的案件");
        }
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.TOLERANCE_NOTICE;
    }

    @Override
    public Map<KeyField, String> keyFields(Issue issue) {
        return DocumentContent.caseFields(accepted.caseNumber(), accepted.intake(), issue, accepted.toleranceDeadline());
    }

    @Override
    public void compose(DocumentWriter writer) throws IOException {
        IntakeFacts facts = new IntakeFacts(catalog, accepted.intake());
        Signatory signatory = writer.signatory();
        writer.salutation(facts.applicant().name());
        writer.paragraph("您（单位）申请办理的" + facts.itemNames() + "，主要申请材料齐全、符合法定形式，下列次要材料尚未提交。"
                + "根据" + catalog.rules().tolerance() + "及您签署的容缺受理承诺书，" + signatory.self()
                + "决定予以容缺受理，受理编号为" + accepted.caseNumber() + "。");
        writer.table(owedMaterials(facts, accepted));
        writer.paragraph("请于" + DocumentWriter.date(accepted.toleranceDeadline())
                + "前将上述材料补齐，可到本窗口或任一综合受理窗口提交。容缺材料补齐前，本事项不予办结；"
                + "逾期未补齐或者所补材料与承诺不符的，将依照上述规则终止办理或者依法撤销已作出的决定。");
        writer.paragraph("经办人：" + writer.person(accepted.responsibleClerk()) + "。"
                + (signatory.entrustment().isEmpty() ? "" : signatory.entrustment()));
        writer.closing(writer.issue().issuedAt().toLocalDate(), List.of("申请人签收"));
    }

    /** The tolerated materials with the date each is promised by (the overall deadline when none). */
    static Table owedMaterials(IntakeFacts facts, ApplicationAccepted accepted) {
        List<List<String>> rows = new ArrayList<>();
        for (IntakeFacts.Material m : facts.materials(status -> status == MaterialStatus.TOLERATED)) {
            var due = m.check().promisedBy() == null ? accepted.toleranceDeadline() : m.check().promisedBy();
            rows.add(List.of(Integer.toString(rows.size() + 1), m.check().materialName(), m.formLabel(),
                    DocumentWriter.date(due)));
        }
        return Table.withHeader(List.of(Column.centred("序号", 0.08f), Column.of("容缺材料", 0.5f),
                Column.centred("形式", 0.18f), Column.centred("补齐期限", 0.24f)), rows);
    }
}
