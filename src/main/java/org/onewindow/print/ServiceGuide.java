package org.onewindow.print;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.onewindow.domain.catalog.ApplicantType;
import org.onewindow.domain.catalog.Bundle;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.catalog.MaterialLine;
import org.onewindow.domain.catalog.MaterialRequirement;
import org.onewindow.domain.catalog.Selection;
import org.onewindow.domain.catalog.ServiceItem;
import org.onewindow.domain.catalog.Situation;
import org.onewindow.print.layout.Table;
import org.onewindow.print.layout.Table.Column;

/**
 * 办事指南 / 材料清单 for one item or a bundle, handed out before the applicant applies (预先指导):
 * conditions, limits, fees, and the material list with its 容缺 / 告知承诺 / 免提交 marks; for a
 * bundle, the merged list and how many documents it saves.
 */
public record ServiceGuide(Catalog catalog, List<String> itemCodes, String bundleCode) implements DocumentContent {

    public ServiceGuide {
        itemCodes = List.copyOf(itemCodes);
        bundleCode = bundleCode == null ? "" : bundleCode;
    }

    public static ServiceGuide ofItem(Catalog catalog, String itemCode) {
        return new ServiceGuide(catalog, List.of(itemCode), "");
    }

    public static ServiceGuide ofBundle(Catalog catalog, String bundleCode) {
        return new ServiceGuide(catalog, List.of(), bundleCode);
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.SERVICE_GUIDE;
    }

    @Override
    public String caseNumber() {
        return "";
    }

    @Override
    public Map<KeyField, String> keyFields(Issue issue) {
        return Map.of();
    }

    private Selection selection() {
        if (bundleCode.isEmpty()) {
            ServiceItem first = catalog.item(itemCodes.get(0)).orElseThrow(() -> new IllegalArgumentException("目录中没有事项 " + itemCodes.get(0)));
            return Selection.ofItems(catalog, itemCodes, first.applicantTypes().iterator().next(), Set.of());
        }
        Bundle bundle = catalog.bundle(bundleCode).orElseThrow(() -> new IllegalArgumentException("目录中没有套餐 " + bundleCode));
        ApplicantType type = catalog.applicantTypesOf(bundle).stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("套餐 " + bundleCode + " 没有共同的申请人类型"));
        return Selection.ofBundle(catalog, bundleCode, type, Set.of());
    }

    @Override
    public void compose(DocumentWriter writer) throws IOException {
        Selection selection = selection();
        if (!bundleCode.isEmpty()) {
            Bundle bundle = catalog.bundle(bundleCode).orElseThrow();
            writer.heading(bundle.name());
            if (!bundle.description().isEmpty()) {
                writer.paragraph(bundle.description());
            }
            writer.paragraph("本套餐包含 " + selection.items().size() + " 个事项："
                    + selection.items().stream().map(ServiceItem::name).collect(Collectors.joining("、"))
                    + "。承诺时限 " + days(selection.promisedDays()) + "，收费：" + fee(selection.fee()) + "。"
                    + "一窗受理，各事项由其实施机关依法作出决定。");
        }
        for (ServiceItem item : selection.items()) {
            describe(writer, item);
        }
        writer.heading(bundleCode.isEmpty() ? "材料清单" : "材料清单（共同材料只需提交一次）");
        List<List<String>> rows = new ArrayList<>();
        for (MaterialLine line : selection.materials().lines()) {
            MaterialRequirement m = line.requirement();
            rows.add(List.of(Integer.toString(rows.size() + 1), m.name(), m.form().label(),
                    m.copies() == 0 ? "—" : Integer.toString(m.copies()), marks(m),
                    bundleCode.isEmpty() ? m.note() : itemNames(line)));
        }
        writer.table(Table.withHeader(List.of(Column.centred("序号", 0.07f), Column.of("材料名称", 0.28f),
                Column.centred("形式", 0.11f), Column.centred("份数", 0.07f), Column.of("要求", 0.17f),
                Column.of(bundleCode.isEmpty() ? "说明" : "所需事项", 0.30f)), rows));
        if (!bundleCode.isEmpty()) {
            var list = selection.materials();
            writer.paragraph("本套餐共需 " + list.mergedCount() + " 份材料，比逐项申请（" + list.itemByItemCount()
                    + " 份）少 " + list.saving() + " 份。");
        }
        situations(writer, selection);
        OfficeProfile office = writer.office();
        writer.heading("办理地点");
        writer.paragraph(office.name() + (office.address().isEmpty() ? "" : "，" + office.address())
                + (office.openingHours().isEmpty() ? "" : "；" + office.openingHours())
                + (office.phone().isEmpty() ? "" : "；咨询电话 " + office.phone()) + "。");
        writer.paragraph("标注“容缺”的次要材料可依" + IntakeFacts.nonEmpty(catalog.rules().tolerance(), "容缺受理规则")
                + "在受理后限期补齐；标注“告知承诺”的证明可依" + IntakeFacts.nonEmpty(catalog.rules().commitment(), "告知承诺制规定")
                + "签署告知承诺书代替；标注“免提交”的材料由窗口通过电子证照或已有材料调取，无需提交。本指南依据目录版本 "
                + catalog.version() + " 打印，以窗口最新公布为准。");
    }

    private void describe(DocumentWriter writer, ServiceItem item) throws IOException {
        writer.heading(item.name());
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("实施机关", catalog.department(item.authorityCode()).map(d -> d.name()).orElse(item.authorityCode())
                + "（" + item.acceptance().label() + "）"));
        rows.add(List.of("事项类型", item.kind().label()));
        rows.add(List.of("申请对象", item.applicantTypes().stream().map(ApplicantType::label).collect(Collectors.joining("、"))));
        if (!item.legalBasis().isEmpty()) {
            rows.add(List.of("设定依据", item.legalBasis()));
        }
        if (!item.licensing()) {
            rows.add(List.of("受理依据", item.acceptanceBasis()));
        }
        if (!item.acceptanceConditions().isEmpty()) {
            rows.add(List.of("受理条件", item.acceptanceConditions()));
        }
        rows.add(List.of("法定时限", item.statutoryLimit().text() + "（" + item.statutoryLimit().source() + "）"));
        rows.add(List.of("承诺时限", item.promisedLimit().text()));
        rows.add(List.of("收费", fee(item.fee()) + (item.feeBasis().isEmpty() ? "" : "（" + item.feeBasis() + "）")));
        if (item.issuesCertificate()) {
            rows.add(List.of("办理结果", item.certificate()));
        }
        writer.form(rows);
    }

    private static void situations(DocumentWriter writer, Selection selection) throws IOException {
        List<String> lines = new ArrayList<>();
        for (ServiceItem item : selection.items()) {
            for (Situation situation : item.situations()) {
                String added = situation.addedMaterials().stream().map(MaterialRequirement::name).collect(Collectors.joining("、"));
                String line = "如属“" + situation.name() + "”" + (added.isEmpty() ? "" : "，另需提交：" + added) + "。";
                if (!lines.contains(line)) {
                    lines.add(line);
                }
            }
        }
        if (!lines.isEmpty()) {
            writer.heading("特定情形");
            for (String line : lines) {
                writer.paragraph(line);
            }
        }
    }

    private String itemNames(MaterialLine line) {
        return line.itemCodes().stream().map(code -> catalog.item(code).map(ServiceItem::name).orElse(code))
                .collect(Collectors.joining("、"));
    }

    private static String marks(MaterialRequirement m) {
        List<String> marks = new ArrayList<>();
        marks.add(m.required() ? "必要" : "非必要");
        if (m.tolerable()) {
            marks.add("容缺");
        }
        if (m.commitmentAllowed()) {
            marks.add("告知承诺（证明）");
        }
        if (m.obtainableFromElectronicLicence()) {
            marks.add("免提交（" + m.electronicLicence() + "电子证照）");
        }
        return String.join("，", marks);
    }

    static String days(int workingDays) {
        return workingDays == 0 ? "当场办结" : workingDays + " 个工作日";
    }

    static String fee(BigDecimal fee) {
        return fee.signum() == 0 ? "不收费" : fee.setScale(2, RoundingMode.HALF_UP).toPlainString() + " 元";
    }
}
