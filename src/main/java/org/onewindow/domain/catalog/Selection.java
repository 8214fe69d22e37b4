package org.onewindow.domain.catalog;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an applicant asks for at the window (申办事项): items one by one or a bundle, who applies, and
 * the situations (情形) the clerk chose. Situation codes are catalog-wide: each applies to every item
 * of the selection that offers it for this applicant type. They are kept sorted, so an intake built
 * from a selection is always written the same way.
 *
 * @param bundleCode       empty when the items were chosen one by one
 * @param producedMaterials materials one of the items issues to the others (a bundle's), not asked of the applicant
 */
public record Selection(List<ServiceItem> items, String bundleCode, ApplicantType applicantType,
                        Set<String> situationCodes, Map<String, String> producedMaterials) {

    /** Items chosen one by one: each asks for all its materials. */
    public Selection(List<ServiceItem> items, String bundleCode, ApplicantType applicantType, Set<String> situationCodes) {
        this(items, bundleCode, applicantType, situationCodes, Map.of());
    }

    public Selection {
        items = List.copyOf(items);
        bundleCode = bundleCode == null ? "" : bundleCode;
        producedMaterials = producedMaterials == null ? Map.of() : Map.copyOf(producedMaterials);
        Objects.requireNonNull(applicantType, "申请人类型不能为空");
        situationCodes = Collections.unmodifiableSet(new TreeSet<>(situationCodes));
        if (items.isEmpty()) {
            throw new IllegalArgumentException("请至少选择一个事项");
        }
        for (ServiceItem item : items) {
            if (!item.applicantTypes().contains(applicantType)) {
                throw new IllegalArgumentException("事项“" + item.name() + "”不受理" + applicantType.label() + "的申请");
            }
        }
        for (String code : situationCodes) {
            if (items.stream().noneMatch(item -> item.situation(code).filter(s -> s.appliesTo(applicantType)).isPresent())) {
                throw new IllegalArgumentException("所选事项没有适用于" + applicantType.label() + "的情形 " + code);
            }
        }
    }

    public static Selection ofItems(Catalog catalog, List<String> itemCodes, ApplicantType applicantType,
                                    Set<String> situationCodes) {
        List<ServiceItem> items = itemCodes.stream().distinct().map(code -> catalog.item(code)
                .orElseThrow(() -> new IllegalArgumentException("目录 " + catalog.version() + " 中没有事项 " + code))).toList();
        return new Selection(items, "", applicantType, situationCodes);
    }

    public static Selection ofBundle(Catalog catalog, String bundleCode, ApplicantType applicantType,
                                     Set<String> situationCodes) {
        Bundle bundle = catalog.bundle(bundleCode)
                .orElseThrow(() -> new IllegalArgumentException("目录 " + catalog.version() + " 中没有套餐 " + bundleCode));
        return of(catalog.itemsOf(bundle), bundle, applicantType, situationCodes);
    }

    /** A bundle's items as chosen: the materials the bundle issues itself are not asked for. */
    public static Selection of(List<ServiceItem> items, Bundle bundle, ApplicantType applicantType, Set<String> situationCodes) {
        return new Selection(items, bundle.code(), applicantType, situationCodes, bundle.producedMaterials());
    }

    public List<String> itemCodes() {
        return items.stream().map(ServiceItem::code).toList();
    }

    /** The merged list: each document once, with the items that need it; none an item of the selection issues. */
    public MaterialList materials() {
        return MaterialList.merge(items.stream().map(this::listingOf).toList(), producedMaterials);
    }

    /** One item's own list under the chosen situations, as if it were applied for alone. */
    public List<MaterialRequirement> materialsOf(ServiceItem item) {
        return MaterialList.merge(List.of(listingOf(item)), Map.of()).lines().stream().map(MaterialLine::requirement).toList();
    }

    private MaterialList.ItemMaterials listingOf(ServiceItem item) {
        List<Situation> chosen = item.situationsFor(applicantType).stream()
                .filter(s -> situationCodes.contains(s.code())).toList();
        Set<String> replaced = new LinkedHashSet<>();
        chosen.forEach(s -> replaced.addAll(s.replacedMaterialCodes()));
        List<MaterialRequirement> own = item.materials().stream().filter(m -> !replaced.contains(m.code())).toList();
        List<MaterialRequirement> added = chosen.stream().flatMap(s -> s.addedMaterials().stream()).toList();
        return new MaterialList.ItemMaterials(item, own, added);
    }

    /** The statutory limit of the whole selection: the longest of its items, in working days. */
    public int statutoryDays() {
        return items.stream().mapToInt(ServiceItem::statutoryDays).max().orElseThrow();
    }

    /** The promised limit of the whole selection: the longest of its items (0 = 当场). */
    public int promisedDays() {
        return items.stream().mapToInt(ServiceItem::promisedDays).max().orElseThrow();
    }

    public BigDecimal fee() {
        return items.stream().map(ServiceItem::fee).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
