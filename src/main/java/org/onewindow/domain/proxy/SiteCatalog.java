package org.onewindow.domain.proxy;

import java.util.List;
import org.onewindow.domain.catalog.Bundle;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.catalog.ServiceItem;

/** The catalog as a site's agent sees it: only the items the site may take, and the bundles made of them alone. */
public final class SiteCatalog {

    private SiteCatalog() {
    }

    public static Catalog of(Catalog catalog, Site site) {
        List<ServiceItem> items = catalog.items().stream().filter(item -> site.offers(item.code())).toList();
        List<Bundle> bundles = catalog.bundles().stream()
                .filter(bundle -> bundle.itemCodes().stream().allMatch(site::offers)).toList();
        return new Catalog(catalog.version(), catalog.publishedAt(), catalog.rules(), catalog.departments(), items, bundles);
    }
}
