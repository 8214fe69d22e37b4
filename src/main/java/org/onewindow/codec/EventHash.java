package org.onewindow.codec;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.onewindow.domain.caselog.CaseEvent;

/**
 * The SHA-256 link of a device's hash chain: the hash of an event's canonical JSON with its own
 * hash left empty, which includes the previous event's hash. Here, next to the one JSON mapping,
 * because the client and the central store must compute exactly the same bytes.
 */
public final class EventHash {

    private EventHash() {
    }

    /** The hash {@code event} must carry, given the {@code previousHash} it already carries. */
    public static String of(CaseEvent event) {
        CaseEvent unsealed = new CaseEvent(event.eventId(), event.caseId(), event.deviceId(), event.deviceSeq(),
                event.hlc(), event.actor(), event.recordedAt(), event.payload(), event.previousHash(), "");
        return sha256(Json.write(unsealed));
    }

    /** {@code event} with {@code previousHash} set and its own hash computed. */
    public static CaseEvent seal(CaseEvent event, String previousHash) {
        CaseEvent linked = new CaseEvent(event.eventId(), event.caseId(), event.deviceId(), event.deviceSeq(),
                event.hlc(), event.actor(), event.recordedAt(), event.payload(), previousHash, "");
        return new CaseEvent(linked.eventId(), linked.caseId(), linked.deviceId(), linked.deviceSeq(),
                linked.hlc(), linked.actor(), linked.recordedAt(), linked.payload(), previousHash, of(linked));
    }

    public static boolean matches(CaseEvent event) {
        return of(event).equals(event.hash());
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
