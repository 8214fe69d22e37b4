package org.onewindow.print;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.onewindow.domain.caselog.EventPayload.ApplicationAccepted;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.catalog.MaterialList;
import org.onewindow.domain.catalog.Selection;
import org.onewindow.domain.catalog.ServiceItem;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.print.layout.Table.Column;
import org.onewindow.print.layout.Table;

/**
 * 受理通知书 (receipt): the window's written promise — what was accepted, which materials were
 * received, by when it will be done, how to collect it and whom to ask (首问负责).
 */
public record Receipt(ApplicationAccepted accepted, Catalog catalog, Delivery delivery) implements DocumentContent {

    @Override
    public DocumentKind kind() {
        return DocumentKind.RECEIPT;
    }

    @Override
    public String caseNumber() {
        return accepted.caseNumber();
    }

    @Override
    public Map<KeyField, String> keyFields(Issue issue) {
        return DocumentContent.caseFields(accepted.caseNumber(), accepted.intake(), issue, accepted.promisedDate());
    }

    @Override
    public void compose(DocumentWriter writer) throws IOException {
        IntakeFacts facts = new IntakeFacts(catalog, accepted.intake());
        writer.salutation(facts.applicant().name());
        writer.paragraph(decisionSentence(facts));
        List<List<String>> rows = new ArrayList<>(facts.applicantRows());
        rows.add(List.of("受理日期", DocumentWriter.date(writer.issue().issuedAt().toLocalDate())));
        rows.add(List.of("承诺办结", promise(facts)));
        rows.add(List.of("收费", fee()));
        bundle().ifPresent(bundle -> rows.add(List.of("办理套餐", bundle)));
        writer.form(rows);
        for (String produced : producedWithin()) {
            writer.paragraph(produced);
        }

        writer.heading("已收材料");
        List<List<String>> materials = new ArrayList<>();
        for (IntakeFacts.Material m : facts.materials(status -> status != MaterialStatus.MISSING
                && status != MaterialStatus.DEFECTIVE && status != MaterialStatus.NOT_CHECKED)) {
            materials.add(List.of(Integer.toString(materials.size() + 1), m.check().materialName(), m.formLabel(),
                    m.copies(), received(m)));
        }
        writer.table(Table.withHeader(List.of(Column.centred("序号", 0.08f), Column.of("材料名称", 0.40f),
                Column.centred("形式", 0.19f), Column.centred("份数", 0.08f), Column.of("收取情况", 0.25f)), materials));

        writer.heading("领取方式");
        OfficeProfile office = writer.office();
        writer.paragraph(delivery.byPost()
                ? "邮寄送达：办结后邮寄至 " + delivery.postalAddress() + "。"
                : "窗口领取：办结后请凭本通知书到 " + office.name() + "（" + office.address() + "）领取"
                        + (office.openingHours().isEmpty() ? "" : "，办公时间 " + office.openingHours()) + "。"
                        + (office.postalDelivery() ? "如需邮寄送达，可联系窗口办理。" : ""));
        writer.heading("进度查询");
        writer.paragraph("凭受理编号 " + accepted.caseNumber() + " 查询办理进度："
                + IntakeFacts.nonEmpty(office.progressQuery(), "咨询电话 " + office.phone()) + "。");
        writer.heading("首问负责");
        writer.paragraph("受理人（首问负责人）：" + accepted.responsibleClerk() + "。咨询电话：" + office.phone()
                + "。本事项由首问负责人跟踪至办结。");
        writer.closing(writer.issue().issuedAt().toLocalDate(), List.of());
    }

    /** The bundle applied for, with what applying together saved the applicant. */
    private Optional<String> bundle() {
        return selection().flatMap(selection -> catalog.bundle(selection.bundleCode()).map(bundle -> {
            MaterialList materials = selection.materials();
            return bundle.name() + "（一次申请，共需 " + materials.mergedCount() + " 份材料，逐项申请需 "
                    + materials.itemByItemCount() + " 份，少交 " + materials.saving() + " 份）";
        }));
    }

    /** What the applicant did not bring because the bundle issues it, said so they do not bring it later. */
    private List<String> producedWithin() {
        return selection().map(selection -> selection.materials().produced().stream()
                .map(produced -> produced.requirement().name() + "由本套餐的“" + catalog.item(produced.issuedBy())
                        .map(ServiceItem::name).orElse(produced.issuedBy()) + "”出具，无需另行提交。").toList())
                .orElse(List.of());
    }

    private Optional<Selection> selection() {
        var intake = accepted.intake();
        if (intake.bundleCode().isEmpty() || catalog.bundle(intake.bundleCode()).isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Selection.ofBundle(catalog, intake.bundleCode(), intake.applicant().type(),
                    Set.copyOf(intake.situationCodes())));
        } catch (IllegalArgumentException catalogChangedSince) {
            // printed again under a catalog that no longer has the bundle's items as they were: no saving to state
            return Optional.empty();
        }
    }

    private String decisionSentence(IntakeFacts facts) {
        String how = switch (accepted.decision()) {
            case ACCEPT_WITH_TOLERANCE -> "主要申请材料齐全、符合法定形式，部分材料容缺后补，本机关决定予以容缺受理";
            case ACCEPT_ON_COMMITMENT -> "申请材料齐全、符合法定形式，部分材料以告知承诺方式替代，本机关决定予以受理";
            default -> "申请材料齐全、符合法定形式，本机关决定予以受理";
        };
        return "您（单位）申请办理的" + facts.itemNames() + "，" + how
                + "（《中华人民共和国行政许可法》第三十二条）。受理编号为 " + accepted.caseNumber() + "。";
    }

    /**
     * The promise as recorded with the acceptance (its limits, its date), saying so when the date was counted over
     * holidays the State Council had not yet published (暂定). Acceptances recorded before the limits were kept
     * take them from the catalog.
     */
    private String promise(IntakeFacts facts) {
        int promisedDays = accepted.promisedDays() != null ? accepted.promisedDays()
                : facts.items().stream().mapToInt(ServiceItem::promisedDays).max().orElse(0);
        int statutoryDays = accepted.statutoryDays() != null ? accepted.statutoryDays()
                : facts.items().stream().mapToInt(ServiceItem::statutoryDays).max().orElse(0);
        String promised = ServiceGuide.days(promisedDays);
        String statutory = statutoryDays == 0 ? "" : "（法定时限 " + statutoryDays + " 个工作日）";
        String provisional = accepted.promisedProvisional()
                ? "（暂定，待国务院公布" + accepted.promisedDate().getYear() + "年节假日安排后校准）" : "";
        return promised + statutory + "，于 " + DocumentWriter.date(accepted.promisedDate()) + provisional + " 前办结"
                + (accepted.decision() == DecisionKind.ACCEPT_WITH_TOLERANCE ? "（容缺材料补齐前不予办结）" : "");
    }

    private String fee() {
        return ServiceGuide.fee(accepted.fee() == null ? BigDecimal.ZERO : accepted.fee());
    }

    private static String received(IntakeFacts.Material m) {
        return switch (m.check().status()) {
            case TOLERATED -> "容缺后补" + (m.check().promisedBy() == null ? "" : "，" + DocumentWriter.date(m.check().promisedBy()) + "前");
            case ELECTRONIC_LICENCE, EARLIER_CASE -> m.check().status().label() + "（免提交）"
                    + (m.check().sourceReference().isEmpty() ? "" : "：" + m.check().sourceReference());
            default -> m.check().status().label();
        };
    }
}
