package org.onewindow.central;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.codec.EventCodec;
import org.onewindow.codec.Json;
import org.onewindow.codec.SealedEvent;
import org.onewindow.codec.sync.EnrollRequest;
import org.onewindow.codec.sync.Enrollment;
import org.onewindow.codec.sync.EventEnvelope;
import org.onewindow.codec.sync.EventOutcome;
import org.onewindow.codec.sync.EventOutcome.Outcome;
import org.onewindow.codec.sync.PullResponse;
import org.onewindow.codec.sync.PushRequest;
import org.onewindow.codec.sync.PushResult;
import org.onewindow.domain.staff.Role;
import org.onewindow.golden.GoldenEvents;

/**
 * The golden proxy set at a real central store of its own (the first set's test pulls its whole hall): the help-and-
 * proxy branch wrote it before windows signed, and the centre that trusts no device (decision record 0020) still
 * takes every event of it from the devices that wrote it.
 */
class GoldenProxyAtTheCentreTest {

    @RegisterExtension
    static final CentralFixture central = new CentralFixture();

    private static SealedEvent open(EventEnvelope envelope) {
        return EventCodec.CURRENT.open(envelope.body(), envelope.hash(), envelope.signature());
    }

    private static List<Outcome> push(Enrollment window, List<EventEnvelope> events) {
        HttpResponse<String> response = central.post("/api/sync/push", window.token(),
                Json.write(new PushRequest(window.deviceId(), events)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.read(response.body(), PushResult.class).outcomes().stream().map(EventOutcome::outcome).toList();
    }

    private static PullResponse pullAll(Enrollment window) {
        HttpResponse<String> response = central.get("/api/sync/pull?limit=" + ChangeFeed.MAX_PAGE, window.token());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        PullResponse page = Json.read(response.body(), PullResponse.class);
        assertThat(page.more()).isFalse();
        return page;
    }

    /**
     * The proxy set (decision record 0027), written before windows signed, pushed by its own two devices in the order
     * they recorded it: the village site's laptop (enrolled for its site) and the city hall's window. Every event is
     * stored: the site's proxy files are the hall's cases from their first event, so the hall's receipts, its return
     * and its 受理 pass 0020's ownership rules with no further hand-over, and the site checks pass for the site's own
     * items. The hall's window pulls the site's events back byte for byte.
     */
    @Test
    void theProxySetIsStoredFromTheSitesLaptopAndTheHallsWindowUnderTheOwnershipRules(@TempDir Path dir) throws Exception {
        List<EventEnvelope> proxy = GoldenEvents.envelopes("proxy");
        central.clock.set(GoldenEvents.afterTheLast("proxy"));
        com.fasterxml.jackson.databind.JsonNode scenario = Json.mapper().readTree(
                GoldenEventsAtTheCentreTest.class.getResourceAsStream("/events/golden-proxy/scenario.json"));
        String region = scenario.get("region").textValue();
        for (com.fasterxml.jackson.databind.JsonNode user : scenario.get("users")) {
            central.addUser(user.get("userId").textValue(), Role.valueOf(user.get("role").textValue()),
                    user.get("hall").textValue());
        }
        java.util.Map<String, Enrollment> devices = new java.util.HashMap<>();
        for (com.fasterxml.jackson.databind.JsonNode window : scenario.get("windows")) {
            String hall = window.get("hall").textValue();
            String code;
            if (window.has("site")) {
                String demo = new String(GoldenEventsAtTheCentreTest.class.getResourceAsStream("/sites/demo-sites.json")
                        .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("\"HZ-XH\"", "\"" + hall + "\"");
                SiteLists sites = new SiteLists(central.database.dataSource());
                sites.publish(hall, java.nio.file.Files.writeString(dir.resolve("sites.json"), demo));
                code = sites.issueEnrollmentCode(central.devices, hall, region, window.get("site").textValue(),
                        Duration.ofHours(1));
            } else {
                code = central.devices.issueEnrollmentCode(hall, region, Duration.ofHours(1));
            }
            Enrollment enrolled = central.devices.enroll(new EnrollRequest(code, window.get("deviceId").textValue(),
                    window.get("deviceCode").textValue(), ""));
            assertThat(enrolled.deviceCode()).isEqualTo(window.get("deviceCode").textValue());
            devices.put(enrolled.deviceId(), enrolled);
        }
        // each device pushes its run of events when its turn comes, as the two synced while they worked
        List<EventEnvelope> inOrder = proxy.stream()
                .sorted(java.util.Comparator.comparing((EventEnvelope e) -> open(e).event().hlc())).toList();
        List<Outcome> outcomes = new ArrayList<>();
        int from = 0;
        while (from < inOrder.size()) {
            String device = open(inOrder.get(from)).event().deviceId();
            int to = from;
            while (to < inOrder.size() && open(inOrder.get(to)).event().deviceId().equals(device)) {
                to++;
            }
            outcomes.addAll(push(devices.get(device), inOrder.subList(from, to)));
            from = to;
        }

        assertThat(outcomes).hasSize(proxy.size()).containsOnly(Outcome.STORED);
        Enrollment hallWindow = devices.values().stream().filter(e -> e.site().isEmpty()).findFirst().orElseThrow();
        PullResponse pulled = pullAll(hallWindow);
        java.util.Set<UUID> cases = proxy.stream().map(e -> open(e).event().caseId()).collect(java.util.stream.Collectors.toSet());
        assertThat(pulled.events().stream().filter(e -> cases.contains(open(e).event().caseId())).toList())
                .containsExactlyInAnyOrderElementsOf(proxy.stream()
                        .filter(e -> !open(e).event().deviceId().equals(hallWindow.deviceId())).toList());
    }
}
