package org.onewindow.domain.catalog;

/**
 * One result of {@link ItemSearch}: an item or a bundle, how well it matched (higher first), and
 * the text that matched, so the list can say why it is there ("证照：营业执照").
 */
public sealed interface SearchHit permits SearchHit.ItemHit, SearchHit.BundleHit {

    String code();

    String name();

    int score();

    String matchedText();

    record ItemHit(ServiceItem item, int score, String matchedText) implements SearchHit {
        @Override
        public String code() {
            return item.code();
        }

        @Override
        public String name() {
            return item.name();
        }
    }

    record BundleHit(Bundle bundle, int score, String matchedText) implements SearchHit {
        @Override
        public String code() {
            return bundle.code();
        }

        @Override
        public String name() {
            return bundle.name();
        }
    }
}
