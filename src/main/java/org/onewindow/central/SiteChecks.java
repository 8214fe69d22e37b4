package org.onewindow.central;

import java.util.Optional;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.proxy.Site;
import org.onewindow.domain.proxy.SiteMandate;
import org.onewindow.domain.staff.Role;

/**
 * What a pushed event may say about who acted for whom (DESIGN.md decision 10), judged with the same
 * {@link SiteMandate} the windows ask: an agent's opening decision only on items devolved to the township centre
 * the device serves; a proxy file only from a site's device, for its own site and the items on its list.
 */
final class SiteChecks {

    private SiteChecks() {
    }

    /** Empty when the event may be stored; otherwise why not. */
    static String refusal(CaseEvent event, Users.Standing actor, Device device, Optional<Site> site) {
        if (event.payload() instanceof EventPayload.ProxyFileOpened proxy) {
            if (!device.atSite() || !proxy.site().equals(device.site())) {
                return "代办件只能由代办点的设备以本站点名义登记（设备站点：" + (device.atSite() ? device.site() : "无")
                        + "，代办件站点：" + proxy.site() + "），本条未保存";
            }
            return SiteMandate.proxyRefusal(site, proxy.intake().itemCodes()).map(reason -> reason + "，本条未保存").orElse("");
        }
        if (event.payload() instanceof EventPayload.Opening opening && opening.decides() && actor != null
                && actor.role() == Role.AGENT) {
            return SiteMandate.decisionRefusal(Role.AGENT, site, opening.intake().itemCodes())
                    .map(reason -> reason + "，本条未保存").orElse("");
        }
        return "";
    }
}
