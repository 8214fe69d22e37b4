package org.onewindow.domain.proxy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The sites of a hall as the centre published them (代办点清单), by code. */
public record SiteList(List<Site> sites) {

    public SiteList {
        Map<String, Site> byCode = new LinkedHashMap<>();
        for (Site site : Objects.requireNonNull(sites, "sites")) {
            if (byCode.putIfAbsent(site.code(), site) != null) {
                throw new IllegalArgumentException("站点编码重复：" + site.code());
            }
        }
        sites = List.copyOf(sites);
    }

    public Optional<Site> site(String code) {
        return sites.stream().filter(site -> site.code().equals(code)).findFirst();
    }
}
