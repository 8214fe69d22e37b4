package org.onewindow.app;

import java.util.Map;
import java.util.Optional;
import org.onewindow.print.OfficeProfile;
import org.onewindow.store.Settings;

/** Office profiles the centre published for this hall and its authorities; none until the centre publishes them. */
final class OfficePublication {

    private OfficePublication() {
    }

    static Optional<OfficeProfile> hall(Settings settings) {
        return Optional.empty();
    }

    static Map<String, OfficeProfile> authorities(Settings settings) {
        return Map.of();
    }
}
