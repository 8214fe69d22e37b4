package org.onewindow.golden;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.onewindow.codec.EventCodec;
import org.onewindow.codec.Json;
import org.onewindow.codec.sync.EventEnvelope;
import org.onewindow.domain.calendar.WorkingCalendar;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.CaseFold;
import org.onewindow.domain.caselog.CaseState;

/**
 * The golden event fixtures ({@code src/test/resources/events/golden/}): events an envelope build wrote, as their
 * exact bodies and hashes, with the states their cases folded to and who recorded them. Every later build must
 * verify and fold them to exactly those states. Read-only: {@link GoldenEventsWriter} makes a set, on purpose.
 */
public final class GoldenEvents {

    /** The sets, oldest first: each is never rewritten, and every build must read them all. */
    public static final List<String> SETS = List.of("first", "recount", "verification", "proxy", "after");

    /** A window that recorded golden events. */
    public record Window(String deviceId, String deviceCode, String hall) {
    }

    /** A person who recorded golden events, as the centre knows them. */
    public record Person(String userId, String role, String hall) {
    }

    private GoldenEvents() {
    }

    /** The folder under {@code src/test/resources/events/} that holds a set. */
    static String folderOf(String set) {
        return set.equals("first") ? "golden" : "golden-" + set;
    }

    /** Every event of the first set, each device's chain in sequence order, as stored. */
    public static List<EventEnvelope> envelopes() {
        return envelopes("first");
    }

    /** Every event of a set, each device's chain in sequence order, as stored. */
    public static List<EventEnvelope> envelopes(String set) {
        List<EventEnvelope> envelopes = new ArrayList<>();
        for (String line : lines(set, "events.jsonl")) {
            envelopes.add(Json.read(line, EventEnvelope.class));
        }
        return envelopes;
    }

    /** Each case of the first set in its committed state, by case id, in the order the cases were opened. */
    public static Map<UUID, CaseState> states() {
        return states("first");
    }

    public static Map<UUID, CaseState> states(String set) {
        Map<UUID, CaseState> states = new LinkedHashMap<>();
        for (String line : lines(set, "states.jsonl")) {
            JsonNode row = tree(line);
            try {
                states.put(UUID.fromString(row.get("caseId").textValue()),
                        Json.mapper().treeToValue(row.get("state"), CaseState.class));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return states;
    }

    public static List<Window> windows() {
        return windows("first");
    }

    public static List<Window> windows(String set) {
        List<Window> windows = new ArrayList<>();
        for (JsonNode window : scenario(set).get("windows")) {
            windows.add(new Window(window.get("deviceId").textValue(), window.get("deviceCode").textValue(),
                    window.get("hall").textValue()));
        }
        return windows;
    }

    public static List<Person> people() {
        return people("first");
    }

    public static List<Person> people(String set) {
        List<Person> people = new ArrayList<>();
        for (JsonNode user : scenario(set).get("users")) {
            people.add(new Person(user.get("userId").textValue(), user.get("role").textValue(), user.get("hall").textValue()));
        }
        return people;
    }

    public static String region() {
        return scenario().get("region").textValue();
    }

    /**
     * An hour after the last golden event was recorded: the clock of a window or centre that takes them in, since both
     * refuse events from their future (decision record 0020) and the set spans two weeks from the tests' Monday.
     */
    public static java.time.Instant afterTheLast() {
        return afterTheLast(envelopes());
    }

    /** The same for the events of one set. */
    public static java.time.Instant afterTheLast(String set) {
        return afterTheLast(envelopes(set));
    }

    private static java.time.Instant afterTheLast(List<EventEnvelope> events) {
        return read(EventCodec.CURRENT, events).stream().map(CaseEvent::recordedAt).max(java.time.Instant::compareTo)
                .orElseThrow().plus(java.time.Duration.ofHours(1));
    }

    public static String backOfficeDevice() {
        return scenario().get("backOffice").get("deviceId").textValue();
    }

    /** The events as {@code codec} reads them, in file order. */
    public static List<CaseEvent> read(EventCodec codec, List<EventEnvelope> envelopes) {
        return envelopes.stream().map(e -> codec.read(e.body(), e.hash())).toList();
    }

    /** Each case folded from its events, as the windows fold it. */
    public static Map<UUID, CaseState> fold(List<CaseEvent> events) {
        CaseFold fold = new CaseFold(WorkingCalendar.bundled());
        Map<UUID, List<CaseEvent>> byCase = events.stream()
                .collect(Collectors.groupingBy(CaseEvent::caseId, LinkedHashMap::new, Collectors.toList()));
        Map<UUID, CaseState> states = new LinkedHashMap<>();
        byCase.forEach((caseId, log) -> states.put(caseId, fold.fold(caseId, log)));
        return states;
    }

    private static JsonNode scenario() {
        return scenario("first");
    }

    private static JsonNode scenario(String set) {
        return tree(String.join("\n", lines(set, "scenario.json")));
    }

    private static JsonNode tree(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(String set, String file) {
        try (InputStream in = GoldenEvents.class.getResourceAsStream("/events/" + folderOf(set) + "/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing golden fixture " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
