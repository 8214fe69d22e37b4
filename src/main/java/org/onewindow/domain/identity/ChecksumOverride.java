package org.onewindow.domain.identity;

import java.util.Objects;

/**
 * A supervisor's acceptance of a credit code whose check character does not match (试点地区早期代码),
 * kept with the case so the exception can be audited.
 *
 * @param supervisor who accepted it (user id or name)
 * @param reason     why, in the supervisor's words (e.g. the registration certificate that was seen)
 */
public record ChecksumOverride(String supervisor, String reason) {

    public ChecksumOverride {
        Objects.requireNonNull(supervisor, "supervisor");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("核准登记须填写理由（例如核验了哪份登记证书）");
        }
        reason = reason.strip();
    }
}
