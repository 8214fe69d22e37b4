package org.onewindow.codec.sync;

import java.util.Objects;
import org.onewindow.codec.SealedEvent;

/**
 * One event on the wire (decision record 0016): its body as a JSON <em>string</em>, so no transport or
 * mapper can reformat the bytes that were hashed; the hash, SHA-256 hex of the body's UTF-8 bytes; the
 * device's signature of that hash (empty until devices sign). Push, pull and case files carry these.
 */
public record EventEnvelope(String body, String hash, String signature) {

    public EventEnvelope {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(hash, "hash");
        signature = signature == null ? "" : signature;
    }

    public static EventEnvelope of(SealedEvent sealed) {
        return new EventEnvelope(sealed.body(), sealed.hash(), sealed.signature());
    }
}
