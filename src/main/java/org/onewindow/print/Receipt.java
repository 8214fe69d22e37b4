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
import org.onewindow.domain.catalog.DayUnit;
import org.onewindow.domain.catalog.MaterialList;
import org.onewindow.domain.catalog.Selection;
import org.onewindow.domain.catalog.ServiceItem;
import org.onewindow.domain.catalog.TimeLimit;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.print.layout.Table.Column;
import org.onewindow.print.layout.Table;

/**
 * 受理通知书 (receipt, 行政许可法 §32's written 凭证 of acceptance): who accepted for which deciding authority and on
 * what basis, the materials received, by when it will be done (the time §45 does not count said), how to collect it,
 * whom to ask (首问负责), the office's seal and the applicant's acknowledgement (签收).
 */
public record Receipt(ApplicationAccepted accepted, Catalog catalog, Delivery delivery) implements AcceptanceDocument {

    @Override
    public DocumentKind kind() {
        return DocumentKind.RECEIPT;
    }

    /** A receipt of up to a dozen materials is set tighter until it fits one sheet; a longer one flows over pages. */
    @Override
    public boolean fitsOnePage() {
        return accepted.intake().materials().size() <= 12;
    }

    @Override
    public Map<KeyField, String> keyFields(Issue issue) {
        return DocumentContent.caseFields(accepted.caseNumber(), accepted.intake(), issue, accepted.promisedDate());
    }

    @Override
    public void compose(DocumentWriter writer) throws IOException {
        IntakeFacts facts = new IntakeFacts(catalog, accepted.intake());
        Signatory signatory = writer.signatory();
        writer.paragraph(decisionSentence(facts, signatory));
        List<List<String>> rows = new ArrayList<>(facts.compactApplicantRows(deciders(facts, signatory)));
        rows.add(List.of("承诺办结", promise(facts)));
        rows.add(List.of("法定时限", statutory(facts) + "；收费：" + fee()));
        bundle().ifPresent(bundle -> rows.add(List.of("办理套餐", bundle)));
        writer.form(rows);
        for (String produced : producedWithin()) {
            writer.paragraph(produced);
        }

        List<List<String>> materials = new ArrayList<>();
        for (IntakeFacts.Material m : facts.materials(status -> status != MaterialStatus.MISSING
                && status != MaterialStatus.DEFECTIVE && status != MaterialStatus.NOT_CHECKED)) {
            materials.add(List.of(Integer.toString(materials.size() + 1), m.check().materialName(),
                    m.formLabel() + ("—".equals(m.copies()) ? "" : " " + m.copies() + "份"), received(m)));
        }
        writer.table(Table.withHeader(List.of(Column.centred("序号", 0.08f), Column.of("已收材料", 0.41f),
                Column.centred("形式份数", 0.24f), Column.of("收取情况", 0.27f)), materials));
        OfficeProfile office = writer.office();
        StringBuilder notes = new StringBuilder(delivery.byPost() ? "办结后邮寄送达至" + delivery.postalAddress() + "。"
                : "办结后凭本通知书到" + office.name() + where(office) + "窗口领取"
                        + (office.openingHours().isEmpty() ? "" : "（" + office.openingHours() + "）") + "。");
        String query = !office.progressQuery().isEmpty() ? office.progressQuery()
                : office.phone().isEmpty() ? "" : "咨询电话 " + office.phone();
        if (!query.isEmpty()) {
            notes.append("进度查询：凭受理编号").append(query).append("。");
        }
        notes.append("受理人").append(writer.person(accepted.responsibleClerk())).append("为首问负责人，跟踪至办结")
                .append(office.phone().isEmpty() ? "。" : "，电话 " + office.phone() + "。");
        writer.note(notes.toString());
        if (LegalBasis.anyLicensing(facts.items())) {
            writer.note("依照《中华人民共和国行政许可法》第四十五条，依法需要听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审的，"
                    + "所需时间不计算在办理期限内，届时书面告知。");
        }
        if (!signatory.entrustment().isEmpty()) {
            writer.note(signatory.entrustment());
        }
        writer.closing(writer.issue().issuedAt().toLocalDate(), List.of("申请人签收"));
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

    private String decisionSentence(IntakeFacts facts, Signatory signatory) {
        boolean several = signatory.severalDeciders();
        String who = several ? "现予以受理，分别由下列实施机关依法作出决定" : signatory.self() + "决定予以受理";
        String how = switch (accepted.decision()) {
            case ACCEPT_WITH_TOLERANCE -> "主要申请材料齐全、符合法定形式，次要材料容缺后补。根据"
                    + catalog.rules().tolerance() + "，" + (several ? "现予以容缺受理，分别由下列实施机关依法作出决定"
                            : signatory.self() + "决定予以容缺受理");
            case ACCEPT_ON_COMMITMENT -> "申请材料齐全、符合法定形式，其中证明材料以您签署的告知承诺书替代（"
                    + catalog.rules().commitment() + "）。根据" + LegalBasis.acceptance(facts.items()) + "，" + who;
            default -> "申请材料齐全、符合法定形式。根据" + LegalBasis.acceptance(facts.items()) + "，" + who;
        };
        return facts.applicant().name() + "：您（单位）申请办理的" + facts.itemNames() + "，" + how + "。";
    }

    /** The items with the authority that decides each: "食品经营许可（由…作出决定）". */
    private static String deciders(IntakeFacts facts, Signatory signatory) {
        if (!signatory.severalDeciders()) {
            return facts.itemNames() + "（由" + signatory.deciders().values().stream().findFirst().orElse(signatory.issuer())
                    + "作出决定）";
        }
        List<String> lines = new ArrayList<>();
        signatory.deciders().forEach((item, authority) -> lines.add(item + "（" + authority + "）"));
        return String.join("；", lines);
    }

    private static String where(OfficeProfile office) {
        return office.address().isEmpty() ? "" : "（" + office.address() + "）";
    }

    /**
     * The promise as recorded with the acceptance (its limit, its date), saying so when the date was counted over
     * holidays the State Council had not yet published (暂定). Acceptances recorded before the limits were kept take
     * them from the catalog.
     */
    private String promise(IntakeFacts facts) {
        int promisedDays = accepted.promisedDays() != null ? accepted.promisedDays()
                : facts.items().stream().mapToInt(ServiceItem::promisedDays).max().orElse(0);
        String provisional = accepted.promisedProvisional()
                ? "（暂定，待国务院公布" + accepted.promisedDate().getYear() + "年节假日安排后校准）" : "";
        return TimeLimit.workingDays(promisedDays, "承诺").text() + "，于" + DocumentWriter.date(accepted.promisedDate())
                + provisional + "前办结" + (accepted.decision() == DecisionKind.ACCEPT_WITH_TOLERANCE ? "（容缺材料补齐前不予办结）" : "");
    }

    /** The statutory limit in its unit, with the deadline it gives, as recorded. */
    private String statutory(IntakeFacts facts) {
        String limit = accepted.statutoryDays() == null
                ? facts.items().stream().map(ServiceItem::statutoryLimit).max(java.util.Comparator.comparingInt(TimeLimit::days))
                        .map(TimeLimit::text).orElse("")
                : new TimeLimit(accepted.statutoryDays(), accepted.statutoryUnit(), 0, "受理时记录").text();
        if (accepted.statutoryDeadline() == null) {
            return limit;
        }
        return limit + "，法定期限届满日 " + DocumentWriter.date(accepted.statutoryDeadline())
                + (accepted.statutoryProvisional() ? "（暂定）" : "")
                + (accepted.statutoryUnit() == DayUnit.DAYS ? "（按日计算，届满日为节假日的顺延）" : "");
    }

    private String fee() {
        return ServiceGuide.fee(accepted.fee() == null ? BigDecimal.ZERO : accepted.fee());
    }

    private static String received(IntakeFacts.Material m) {
        return switch (m.check().status()) {
            case TOLERATED -> "容缺" + (m.check().promisedBy() == null ? "，限期"
                    : "，" + m.check().promisedBy().getMonthValue() + "月" + m.check().promisedBy().getDayOfMonth() + "日前") + "补";
            case COMMITMENT -> "告知承诺替代";
            case ELECTRONIC_LICENCE -> "电子证照，免提交";
            case EARLIER_CASE -> "前案复用，免提交";
            default -> m.check().status().label();
        };
    }
}
