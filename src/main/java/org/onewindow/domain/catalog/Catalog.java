package org.onewindow.domain.catalog;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One published version of the service catalog (事项目录). Cases record the version they were
 * accepted under, so a later version never rewrites history.
 */
public final class Catalog {

    private final String version;
    private final Instant publishedAt;
    private final Map<String, Department> departments;
    private final Map<String, ServiceItem> items;
    private final Map<String, Bundle> bundles;
    private final PublishedRules rules;

    public Catalog(String version, Instant publishedAt, List<Department> departments,
                   List<ServiceItem> items, List<Bundle> bundles) {
        this(version, publishedAt, PublishedRules.NONE, departments, items, bundles);
    }

    /**
     * @param rules the published 容缺 and 告知承诺 rules; required as soon as an item marks a material 容缺 or 告知承诺
     */
    public Catalog(String version, Instant publishedAt, PublishedRules rules, List<Department> departments,
                   List<ServiceItem> items, List<Bundle> bundles) {
        this.version = Objects.requireNonNull(version, "目录版本号不能为空");
        this.publishedAt = Objects.requireNonNull(publishedAt, "目录发布时间不能为空");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.departments = index(departments, Department::code, "部门");
        this.items = index(items, ServiceItem::code, "事项");
        this.bundles = index(bundles, Bundle::code, "套餐");
        for (ServiceItem item : items) {
            if (!this.departments.containsKey(item.departmentCode())) {
                throw new IllegalArgumentException("事项 " + item.code() + "（" + item.name() + "）所属部门 "
                        + item.departmentCode() + " 不在部门列表中");
            }
            if (!this.departments.containsKey(item.authorityCode())) {
                throw new IllegalArgumentException("事项 " + item.code() + "（" + item.name() + "）的实施机关 "
                        + item.authorityCode() + " 不在部门列表中");
            }
            for (MaterialRequirement material : allMaterials(item)) {
                if (material.tolerable() && rules.tolerance().isEmpty()) {
                    throw new IllegalArgumentException("事项 " + item.code() + " 的材料“" + material.name()
                            + "”标为容缺，但目录没有注明所依据的容缺受理规则（rules.tolerance）");
                }
                if (material.commitmentAllowed() && rules.commitment().isEmpty()) {
                    throw new IllegalArgumentException("事项 " + item.code() + " 的材料“" + material.name()
                            + "”标为告知承诺，但目录没有注明告知承诺制的实施规则（rules.commitment）");
                }
            }
        }
        for (Bundle bundle : bundles) {
            for (String code : bundle.itemCodes()) {
                if (!this.items.containsKey(code)) {
                    throw new IllegalArgumentException("套餐 " + bundle.code() + "（" + bundle.name() + "）包含不存在的事项 " + code);
                }
            }
            if (applicantTypesOf(bundle).isEmpty()) {
                throw new IllegalArgumentException("套餐 " + bundle.code() + "（" + bundle.name() + "）的事项没有共同的申请人类型");
            }
        }
    }

    private static List<MaterialRequirement> allMaterials(ServiceItem item) {
        List<MaterialRequirement> all = new java.util.ArrayList<>(item.materials());
        item.situations().forEach(situation -> all.addAll(situation.addedMaterials()));
        return all;
    }

    private static <T> Map<String, T> index(List<T> values, Function<T, String> key, String what) {
        Map<String, T> index = new LinkedHashMap<>();
        for (T value : values) {
            if (index.putIfAbsent(key.apply(value), value) != null) {
                throw new IllegalArgumentException(what + "编码重复：" + key.apply(value));
            }
        }
        return index;
    }

    public String version() {
        return version;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    /** The published 容缺 and 告知承诺 rules the papers cite. */
    public PublishedRules rules() {
        return rules;
    }

    /** The deciding authority (实施机关) of an item, as the catalog names it. */
    public Department authorityOf(ServiceItem item) {
        return departments.get(item.authorityCode());
    }

    public List<Department> departments() {
        return List.copyOf(departments.values());
    }

    public List<ServiceItem> items() {
        return List.copyOf(items.values());
    }

    public List<Bundle> bundles() {
        return List.copyOf(bundles.values());
    }

    public Optional<ServiceItem> item(String code) {
        return Optional.ofNullable(items.get(code));
    }

    public Optional<Bundle> bundle(String code) {
        return Optional.ofNullable(bundles.get(code));
    }

    public Optional<Department> department(String code) {
        return Optional.ofNullable(departments.get(code));
    }

    public List<ServiceItem> itemsOf(Bundle bundle) {
        return bundle.itemCodes().stream().map(items::get).toList();
    }

    /** Who can apply for the whole bundle: the applicant types every one of its items accepts. */
    public Set<ApplicantType> applicantTypesOf(Bundle bundle) {
        Set<ApplicantType> types = EnumSet.allOf(ApplicantType.class);
        itemsOf(bundle).forEach(item -> types.retainAll(item.applicantTypes()));
        return Collections.unmodifiableSet(types);
    }
}
