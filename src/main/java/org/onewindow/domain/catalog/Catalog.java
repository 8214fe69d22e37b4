package org.onewindow.domain.catalog;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    public Catalog(String version, Instant publishedAt, List<Department> departments,
                   List<ServiceItem> items, List<Bundle> bundles) {
        this.version = version;
        this.publishedAt = publishedAt;
        this.departments = index(departments, Department::code);
        this.items = index(items, ServiceItem::code);
        this.bundles = index(bundles, Bundle::code);
        for (ServiceItem item : items) {
            if (!this.departments.containsKey(item.departmentCode())) {
                throw new IllegalArgumentException("item " + item.code() + " names unknown department " + item.departmentCode());
            }
        }
        for (Bundle bundle : bundles) {
            for (String code : bundle.itemCodes()) {
                if (!this.items.containsKey(code)) {
                    throw new IllegalArgumentException("bundle " + bundle.code() + " names unknown item " + code);
                }
            }
        }
    }

    private static <T> Map<String, T> index(List<T> values, Function<T, String> key) {
        return values.stream().collect(Collectors.toMap(key, v -> v, (a, b) -> {
            throw new IllegalArgumentException("duplicate code " + key.apply(a));
        }, LinkedHashMap::new));
    }

    public String version() {
        return version;
    }

    public Instant publishedAt() {
        return publishedAt;
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
}
