package org.onewindow.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.central.CentralFixture;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.CaseStatus;
import org.onewindow.domain.caselog.Custody;
import org.onewindow.domain.intake.DecisionKind;

/**
 * The agent's week at a reduced size (the soak benchmark runs 300 files of about 1 MB): a site offline for a week,
 * its files and photos synced through a link cut every 1–3 s, the hall's batch with one discrepancy, and every
 * party agreeing at the end. Prints its seed; {@code -Dagentweek.seed=N} replays it.
 */
class AgentWeekTest {

    @RegisterExtension
    static final CentralFixture central = new CentralFixture();

    @Test
    void aWeekOfProxyFilesReachesTheHallExactlyOnceThroughALinkThatKeepsDropping(@TempDir Path dir) throws Exception {
        long seed = Long.getLong("agentweek.seed", System.nanoTime());
        System.out.println("AgentWeekTest seed " + seed + " (replay with -Dagentweek.seed=" + seed + ")");
        AgentWeek week = new AgentWeek(central, dir, seed, System.out);
        try {
            week.setUp();
            week.offlineWeek(12, 400_000);
            assertThat(week.site.centre().overview().unsent()).as("a week's work waits to go").isPositive();
            assertThat(week.site.proxyFiles().overview().files()).hasSize(12)
                    .allSatisfy(line -> assertThat(line.state().custody().stage()).isEqualTo(Custody.Stage.HANDED_OVER));

            week.syncThroughTheFlakyLink(4_000_000, Duration.ofMillis(500), Duration.ofMillis(1500), Duration.ofMinutes(3));
            week.hallReceivesTheBatch();
            week.siteLearnsWhatTheHallDid(Duration.ofMinutes(2));

            assertEveryoneAgrees(week);
            System.out.printf("AgentWeekTest: %d files, %.1f MB of photos, synced in %d ms through %d cuts, %d failed rounds, "
                            + "%.2f× the photos' bytes went up the link%n", week.files.size(), week.attachmentBytes / 1e6,
                    week.syncMillis, week.link.cuts(), week.failedRounds,
                    (double) week.link.upstreamBytes() / week.attachmentBytes);
        } finally {
            week.close();
        }
    }

    static void assertEveryoneAgrees(AgentWeek week) {
        List<UUID> caseIds = week.files.stream().map(CaseState::caseId).toList();
        for (UUID caseId : caseIds) {
            CaseState atSite = week.site.store().desk().state(caseId);
            CaseState atHall = week.window.store().desk().state(caseId);
            assertThat(atSite).as("site and hall fold the same case").isEqualTo(atHall);
            List<String> siteLog = bodies(week.site.store().events().eventsOf(caseId));
            assertThat(siteLog).isEqualTo(bodies(week.window.store().events().eventsOf(caseId)));
            assertThat(week.central.count("SELECT count(*) FROM case_event WHERE case_id = ?", caseId))
                    .as("the centre holds each event once").isEqualTo(siteLog.size());
            if (caseId.equals(week.returned)) {
                assertThat(atHall.status()).isEqualTo(CaseStatus.PRE_ACCEPTANCE_RETURNED);
                assertThat(atHall.custody().stage()).isEqualTo(Custody.Stage.RETURNED);
                assertThat(atHall.decision()).isNull();
            } else {
                assertThat(atHall.status()).isEqualTo(CaseStatus.ACCEPTED);
                assertThat(atHall.decision()).isEqualTo(DecisionKind.ACCEPT);
                assertThat(atHall.responsibleClerk()).isEqualTo(week.clerk.userId());
                assertThat(week.window.receiveHandover().decidedAt(caseId)).isPresent();
            }
        }
        Map<String, Long> blobs = week.copies.values().stream().collect(Collectors.toMap(s -> s, s ->
                week.central.count("SELECT count(*) FROM blob WHERE sha256 = ? AND complete AND received = size", s)));
        assertThat(blobs.values()).as("every photo whole at the centre, once").allMatch(n -> n == 1);
        assertThat(week.central.count("SELECT count(*) FROM case_blob WHERE case_id = ANY (?)",
                (Object) caseIds.toArray(UUID[]::new))).isEqualTo(week.files.size());
        for (CaseState file : week.files) {
            var copy = week.window.materialCopies().of(file.caseId()).get(0);
            assertThat(copy.here()).as("the hall fetches a copy when it is opened, not before").isFalse();
            byte[] fetched = week.window.materialCopies().open(copy);
            assertThat(org.onewindow.store.AttachmentFiles.sha256(fetched)).isEqualTo(copy.sha256());
        }
        assertThat(week.site.proxyFiles().overview().eventsWaiting()).isZero();
        assertThat(week.failedRounds).as("the link really dropped mid-sync").isPositive();
    }

    private static List<String> bodies(List<CaseEvent> events) {
        return events.stream().map(CaseEvent::eventId).map(UUID::toString).sorted().toList();
    }
}
