package org.onewindow.codec;

import java.util.Objects;
import org.onewindow.domain.caselog.CaseEvent;

/**
 * An event as it is kept and sent (decision record 0016): its body, the text written once; its hash, SHA-256
 * of the body's UTF-8 bytes; its signature (empty until devices sign); and the event the body decodes to,
 * which the fold works on. The body is the truth; {@link #event()} is only how this build reads it.
 */
public record SealedEvent(CaseEvent event, String body, String hash, String signature) {

    public SealedEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(hash, "hash");
        signature = signature == null ? "" : signature;
    }

    /** Whether the hash is that of these bytes. */
    public boolean intact() {
        return EventHash.matches(body, hash);
    }
}
