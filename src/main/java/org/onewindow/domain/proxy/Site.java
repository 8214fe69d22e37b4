package org.onewindow.domain.proxy;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A help-and-proxy site (帮办代办点): a village or community point (村/社区代办点) or a township's service centre
 * (镇街便民服务中心), belonging to a hall and a township, with its own item list published by the centre. Items
 * devolved to the township (下放镇街) are accepted at its centre under the township's authority; every other item
 * on the list is taken as a proxy file (代办件) and carried to the hall, never accepted at the site (DESIGN.md
 * decision 10).
 *
 * @param hall          the hall its proxy files are carried to (its devices enrol under that hall)
 * @param handOverDays  the working days within which the site carries a file to the hall, as the proxy receipt says
 * @param devolvedItems the items devolved to the township: accepted at a township centre
 * @param proxyItems    the items the site takes as proxy files
 */
public record Site(String code, String name, Kind kind, String hall, String township, String region,
                   String address, String phone, int handOverDays, Set<String> devolvedItems, Set<String> proxyItems) {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public Site {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("站点编码只能由 1 到 64 个字母、数字、下划线或连字符组成：" + code);
        }
        Objects.requireNonNull(name, "站点名称不能为空");
        Objects.requireNonNull(kind, "站点类型不能为空");
        Objects.requireNonNull(hall, "站点所属大厅不能为空");
        township = township == null ? "" : township;
        region = region == null ? "" : region;
        address = address == null ? "" : address;
        phone = phone == null ? "" : phone;
        if (handOverDays < 0 || handOverDays > 30) {
            throw new IllegalArgumentException("送交大厅的时限应在 0 到 30 个工作日之间：" + handOverDays);
        }
        devolvedItems = Set.copyOf(devolvedItems == null ? Set.of() : devolvedItems);
        proxyItems = Set.copyOf(proxyItems == null ? Set.of() : proxyItems);
        if (kind == Kind.VILLAGE_POINT && !devolvedItems.isEmpty()) {
            throw new IllegalArgumentException("村（社区）代办点不能承接下放事项：" + code);
        }
        if (devolvedItems.isEmpty() && proxyItems.isEmpty()) {
            throw new IllegalArgumentException("站点 " + code + " 没有可办事项");
        }
    }

    /** What a site is. */
    public enum Kind {
        VILLAGE_POINT("村（社区）代办点"),
        TOWNSHIP_CENTRE("镇街便民服务中心");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Whether the site may do anything with this item: accept it (devolved) or carry it (proxy). */
    public boolean offers(String itemCode) {
        return devolvedItems.contains(itemCode) || proxyItems.contains(itemCode);
    }

    /** Whether the site accepts these items itself, under the township's authority: all of them devolved to it. */
    public boolean decides(Collection<String> itemCodes) {
        return kind == Kind.TOWNSHIP_CENTRE && !itemCodes.isEmpty() && devolvedItems.containsAll(itemCodes);
    }

    /** The items of {@code itemCodes} this site may not take at all. */
    public List<String> notOffered(Collection<String> itemCodes) {
        return itemCodes.stream().filter(code -> !offers(code)).toList();
    }
}
