package org.onewindow.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.onewindow.codec.EventHash;
import org.onewindow.codec.sync.PublishedOffice;
import org.onewindow.print.OfficeProfile;
import org.onewindow.store.Settings;
import org.onewindow.sync.ChangePuller;

/**
 * The office profiles the centre published for this device's hall and for the deciding authorities (机关信息), as the
 * pull kept them in the settings. Their seal images travel inside the publication; {@link #keepSeals} writes each to
 * the data directory once, and the profile points to that file.
 */
final class OfficePublication {

    private static final String SEAL_SUFFIX = ".seal";

    private OfficePublication() {
    }

    static Optional<OfficeProfile> hall(Settings settings) {
        return settings.get(ChangePuller.HALL_OFFICE_SETTING).map(json -> profile(settings, ChangePuller.HALL_OFFICE_SETTING, json));
    }

    static Map<String, OfficeProfile> authorities(Settings settings) {
        Map<String, OfficeProfile> authorities = new LinkedHashMap<>();
        for (String key : settings.keysStartingWith(ChangePuller.AUTHORITY_OFFICE_PREFIX)) {
            if (!key.endsWith(".json")) {
                continue;
            }
            String code = key.substring(ChangePuller.AUTHORITY_OFFICE_PREFIX.length(), key.length() - ".json".length());
            settings.get(key).ifPresent(json -> authorities.put(code, profile(settings, key, json)));
        }
        return authorities;
    }

    private static OfficeProfile profile(Settings settings, String key, String json) {
        PublishedOffice office = PublishedOffice.readPublished(json);
        Path seal = settings.get(key + SEAL_SUFFIX).map(Path::of).filter(Files::isRegularFile).orElse(null);
        return new OfficeProfile(office.name(), office.abbreviation(), office.address(), office.phone(),
                office.openingHours(), office.progressQuery(), office.reviewAuthority(), office.litigationCourt(),
                office.sealImage().length == 0 ? null : seal, office.postalDelivery(), office.verifyAddress());
    }

    /**
     * Writes the seal image of each published profile into {@code directory}, named by its content so a new seal
     * never overwrites a file a document being rendered reads, and records where it lies.
     */
    static void keepSeals(Settings settings, Path directory) {
        Map<String, String> published = new LinkedHashMap<>();
        settings.get(ChangePuller.HALL_OFFICE_SETTING).ifPresent(json -> published.put(ChangePuller.HALL_OFFICE_SETTING, json));
        for (String key : settings.keysStartingWith(ChangePuller.AUTHORITY_OFFICE_PREFIX)) {
            if (key.endsWith(".json")) {
                settings.get(key).ifPresent(json -> published.put(key, json));
            }
        }
        published.forEach((key, json) -> {
            byte[] png = PublishedOffice.readPublished(json).sealImage();
            if (png.length == 0) {
                settings.remove(key + SEAL_SUFFIX);
                return;
            }
            Path file = directory.resolve(EventHash.sha256(png).substring(0, 16) + ".png");
            try {
                if (!Files.isRegularFile(file)) {
                    Files.createDirectories(directory);
                    Path partial = file.resolveSibling(file.getFileName() + ".part");
                    Files.write(partial, png);
                    Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot keep the published seal image " + file, e);
            }
            settings.put(key + SEAL_SUFFIX, file.toString());
        });
    }
}
