package org.onewindow.testing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onewindow.codec.PreEnvelopeEvents;

/**
 * The client and central stores as the last build before the event envelope left them (commit 437ebf7), row
 * by row, from {@code src/test/resources/events/legacy/} (see the README there). Migration tests rebuild the
 * stores from these rows and open them with this build.
 */
public final class PreEnvelopeStores {

    private static final ObjectMapper ROWS = new ObjectMapper();

    private PreEnvelopeStores() {
    }

    /** The rows of one file, each column by name, as the old build wrote them. */
    public static List<Map<String, Object>> rows(String file) {
        try (InputStream in = PreEnvelopeStores.class.getResourceAsStream("/events/legacy/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + file);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    rows.add(ROWS.readValue(line, new TypeReference<Map<String, Object>>() { }));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text each window event's hash was taken over, by event id, rebuilt as the window's migration does. */
    public static Map<String, String> hashedTexts() {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        for (Map<String, Object> row : rows("client-event-rows.jsonl")) {
            texts.put((String) row.get("event_id"), PreEnvelopeEvents.hashedText((String) row.get("event_id"),
                    (String) row.get("case_id"), (String) row.get("device_id"), ((Number) row.get("device_seq")).longValue(),
                    (String) row.get("hlc"), (String) row.get("actor"), (String) row.get("recorded_at"),
                    (String) row.get("payload"), (String) row.get("previous_hash")));
        }
        return texts;
    }
}
