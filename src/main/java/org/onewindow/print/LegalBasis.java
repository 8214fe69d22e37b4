package org.onewindow.print;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.onewindow.domain.catalog.ServiceItem;

/**
 * The provisions a window paper cites, by the kind of item (事项类型): 行政许可法 §32 governs the window's answer to
 * an application for a 行政许可 and is cited with its 项; a 行政确认, 行政给付, 备案 or 公共服务 item cites the basis the
 * catalog names for it, never §32.
 */
final class LegalBasis {

    static final String LICENSING_LAW = "《中华人民共和国行政许可法》";

    private LegalBasis() {
    }

    /** Why the application is accepted: §32(1)(五) for a licence, the item's own basis otherwise. */
    static String acceptance(List<ServiceItem> items) {
        return cited(items, "第三十二条第一款第（五）项");
    }

    /** Why the applicant is told what to bring: §32(1)(四) for a licence, the item's own basis otherwise. */
    static String deficiency(List<ServiceItem> items) {
        return cited(items, "第三十二条第一款第（四）项");
    }

    /** Why the application is not accepted, by the §32 项 of the ground (一 or 二), or the items' own basis. */
    static String refusal(List<ServiceItem> items, String licensingItem) {
        return cited(items, "第三十二条第一款" + licensingItem);
    }

    static boolean allLicensing(List<ServiceItem> items) {
        return items.stream().allMatch(ServiceItem::licensing);
    }

    static boolean anyLicensing(List<ServiceItem> items) {
        return items.stream().anyMatch(ServiceItem::licensing);
    }

    private static String cited(List<ServiceItem> items, String article) {
        Set<String> bases = new LinkedHashSet<>();
        for (ServiceItem item : items) {
            bases.add(item.licensing() ? LICENSING_LAW + article : item.acceptanceBasis());
        }
        return String.join("；", bases);
    }
}
