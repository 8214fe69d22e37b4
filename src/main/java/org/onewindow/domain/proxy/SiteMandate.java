package org.onewindow.domain.proxy;

import java.util.List;
import java.util.Optional;
import org.onewindow.domain.staff.Role;

/**
 * What a person at a workstation may decide (受理权限): a hall's clerk decides as the authority or on its behalf; an
 * agent (帮办代办员) acts for the applicant and decides only items devolved to the township centre they work at.
 * The window's use cases and the centre ask the same question before an opening decision is recorded.
 */
public final class SiteMandate {

    private SiteMandate() {
    }

    /**
     * Why a person in {@code role} at {@code site} (empty at a hall) may not record the authority's decision on these
     * items; empty when they may.
     */
    public static Optional<String> decisionRefusal(Role role, Optional<Site> site, List<String> itemCodes) {
        if (role != Role.AGENT) {
            return Optional.empty();
        }
        if (site.isEmpty()) {
            return Optional.of("帮办代办员不代表审批机关作出受理决定：本机未设定代办点，请按代办件收件，送交大厅受理");
        }
        if (site.get().decides(itemCodes)) {
            return Optional.empty();
        }
        List<String> notDevolved = itemCodes.stream().filter(code -> !site.get().devolvedItems().contains(code)).toList();
        return Optional.of("事项 " + String.join("、", notDevolved) + " 未下放" + site.get().name()
                + "，代办员不能以审批机关名义受理、告知或不予受理：请按代办件收件，送交大厅受理");
    }

    /** Why these items may not be taken as a proxy file at {@code site}; empty when they may. */
    public static Optional<String> proxyRefusal(Optional<Site> site, List<String> itemCodes) {
        if (site.isEmpty()) {
            return Optional.of("本机未设定代办点，不能代办收件：请在注册时选择代办点，或由管理员设定");
        }
        List<String> missing = site.get().notOffered(itemCodes);
        return missing.isEmpty() ? Optional.empty()
                : Optional.of("事项 " + String.join("、", missing) + " 不在" + site.get().name() + "的代办清单中");
    }
}
