package org.onewindow.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.app.MaterialCopies;
import org.onewindow.app.Workstation;
import org.onewindow.central.CentralFixture;
import org.onewindow.codec.sync.BlobProgress;
import org.onewindow.domain.Problem;
import org.onewindow.domain.caselog.Authorisation;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.store.AttachmentFiles;
import org.onewindow.store.DataDirectory;
import org.onewindow.testing.FlakyLink;

/**
 * Electronic copies on their way to the centre: a 20 MB scan cut at half-way goes on from there (only the rest is
 * sent again), the centre takes a copy only from the device whose stored event names it, with that event's size
 * and a content of that type, and lets only the devices that may pull the case fetch it. Prints the loopback rate.
 */
class MaterialCopyUploadTest {

    @RegisterExtension
    static final CentralFixture central = new CentralFixture();

    @Test
    void aTwentyMegabyteScanCutAtHalfWayIsResumedNotRestarted(@TempDir Path dir) throws Exception {
        AgentWeek week = new AgentWeek(central, dir, 20261123L, System.out);
        try {
            week.setUp();
            byte[] scan = pdfOf(20 * 1024 * 1024, new SplittableRandom(7));
            Path file = Files.write(dir.resolve("scan.pdf"), scan);
            week.link.down(true);
            CaseState proxy = week.site.proxyIntake().take(week.agent, AgentWeek.intake("张扫描"),
                    new Authorisation(Authorisation.Method.PRINTED_LETTER, ""), DecisionKind.ACCEPT);
            week.site.materialCopies().attach(week.agent, proxy.caseId(), "M-PMT", file, MaterialCopies.Source.SCANNER);
            String sha256 = AttachmentFiles.sha256(scan);
            long[] keptAtCut = {-1};
            long before = week.link.upstreamBytes();
            int cutsBefore = week.link.cuts();
            week.link.cutAfterUpstream(scan.length / 2, () -> keptAtCut[0] =
                    central.count("SELECT coalesce(max(received), 0) FROM blob WHERE sha256 = ?", sha256));
            // a link slower than the centre's disk, as a village's is: little is in flight when it drops
            week.link.throttle(6_000_000);
            week.link.down(false);

            int failed = 0;
            while (week.site.proxyFiles().overview().copiesWaiting() > 0 && failed < 20) {
                try {
                    week.site.centre().syncNow();
                } catch (Problem.CentreUnavailable e) {
                    failed++;
                }
            }
            long sent = week.link.upstreamBytes() - before;
            System.out.printf("MaterialCopyUploadTest: cut at %.1f MB of a %.1f MB scan (centre held %.1f MB); "
                            + "%.1f MB went up in all (%.2f× the scan), %d round(s) failed%n",
                    scan.length / 2 / 1e6, scan.length / 1e6, keptAtCut[0] / 1e6, sent / 1e6, (double) sent / scan.length, failed);
            assertThat(week.link.cuts()).as("the link was cut mid-upload").isGreaterThan(cutsBefore);
            assertThat(keptAtCut[0]).as("the centre kept what arrived before the cut")
                    .isGreaterThan(scan.length * 4L / 10);
            assertThat(sent).as("only the rest went up again, never the whole scan").isLessThan(scan.length * 12L / 10);
            assertThat(central.count("SELECT count(*) FROM blob WHERE sha256 = ? AND complete AND received = size", sha256)).isEqualTo(1);
            assertThat(week.site.proxyFiles().overview().copiesWaiting()).isZero();

            week.window.centre().syncNow();
            MaterialCopies.Copy copy = week.window.materialCopies().of(proxy.caseId()).get(0);
            assertThat(AttachmentFiles.sha256(week.window.materialCopies().open(copy))).isEqualTo(sha256);
        } finally {
            week.close();
        }
    }

    @Test
    void uploadsOnLoopbackAtSeveralMegabytesASecond(@TempDir Path dir) throws Exception {
        AgentWeek week = new AgentWeek(central, dir, 42L, System.out);
        try {
            week.setUp();
            byte[] scan = pdfOf(20 * 1024 * 1024, new SplittableRandom(11));
            Path file = Files.write(dir.resolve("scan.pdf"), scan);
            CaseState proxy = week.site.proxyIntake().take(week.agent, AgentWeek.intake("李速度"),
                    new Authorisation(Authorisation.Method.PRINTED_LETTER, ""), DecisionKind.ACCEPT);
            week.site.materialCopies().attach(week.agent, proxy.caseId(), "M-PMT", file, MaterialCopies.Source.FILE);
            long started = System.nanoTime();
            week.site.centre().syncNow();
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("MaterialCopyUploadTest: 20 MB scan uploaded in %.2f s through the relay: %.1f MB/s%n",
                    seconds, scan.length / 1e6 / seconds);
            assertThat(week.site.proxyFiles().overview().copiesWaiting()).isZero();
        } finally {
            week.close();
        }
    }

    @Test
    void theCentreTakesACopyOnlyAsItsOwnEventNamesItAndShowsItOnlyToThoseWhoMayPullTheCase(@TempDir Path dir)
            throws Exception {
        AgentWeek week = new AgentWeek(central, dir, 99L, System.out);
        try {
            week.setUp();
            byte[] photo = AgentWeek.photo(new SplittableRandom(3), 200_000, "身份证");
            String sha256 = AttachmentFiles.sha256(photo);
            String token = tokenOf(week.site);
            HttpClient http = HttpClient.newHttpClient();

            HttpResponse<String> unnamed = http.send(put(sha256, 0, photo, "image/jpeg", token), HttpResponse.BodyHandlers.ofString());
            assertThat(unnamed.statusCode()).as("no stored event names it yet").isEqualTo(409);
            assertThat(http.send(put(sha256, 0, photo, "image/jpeg", "no-device-has-this-token"),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).as("a copy is sent only as an enrolled device")
                    .isEqualTo(401);

            // an event naming a copy the site's own uploader does not hold, so that only this test sends it
            CaseState proxy = week.site.proxyIntake().take(week.agent, AgentWeek.intake("王身份"),
                    new Authorisation(Authorisation.Method.PRINTED_LETTER, ""), DecisionKind.ACCEPT);
            String kept = sha256;
            long size = photo.length;
            week.site.store().desk().record(week.agent, proxy.caseId(), new org.onewindow.domain.caselog.EventPayload.AttachmentAdded(
                    "M-SFZ", "申请人身份证", kept, size, "image/jpeg", "CAMERA", "id.jpg"));
            week.site.centre().syncNow();
            assertThat(week.site.proxyFiles().overview().eventsWaiting()).isZero();
            assertThat(http.send(put(kept, 0, photo, "image/jpeg", tokenOf(week.window)), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).as("the hall's window may see the copy, but no event of its own names it").isEqualTo(409);

            byte[] notAJpeg = new byte[(int) size];
            notAJpeg[0] = '%';
            assertThat(http.send(put(kept, 0, notAJpeg, "image/jpeg", token), HttpResponse.BodyHandlers.ofString()).statusCode())
                    .as("the content is not the type its event says").isEqualTo(415);
            assertThat(http.send(put(kept, 0, new byte[10], "application/pdf", token), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).as("not the size and type its event says").isEqualTo(400);
            byte[] bytes = photo;
            byte[] tampered = bytes.clone();
            tampered[tampered.length - 3] ^= 0x55;
            assertThat(http.send(put(kept, 0, tampered, "image/jpeg", token), HttpResponse.BodyHandlers.ofString()).statusCode())
                    .as("whole, but not the bytes its hash names: discarded").isEqualTo(422);
            assertThat(central.count("SELECT received FROM blob WHERE sha256 = ?", kept)).isZero();

            CentralClient client = new CentralClient(URI.create(central.url()), token);
            BlobProgress half = client.putBlob(kept, 0, size, "image/jpeg", java.util.Arrays.copyOf(bytes, bytes.length / 2));
            assertThat(half.complete()).isFalse();
            assertThat(client.blobProgress(kept).offset()).isEqualTo(half.offset());
            assertThatThrownBy(() -> client.putBlob(kept, 0, size, "image/jpeg", bytes))
                    .as("an offset other than what the centre holds").isInstanceOf(CentralRefusedException.class)
                    .extracting(e -> ((CentralRefusedException) e).status()).isEqualTo(409);
            BlobProgress whole = client.putBlob(kept, half.offset(), size, "image/jpeg",
                    java.util.Arrays.copyOfRange(bytes, (int) half.offset(), bytes.length));
            assertThat(whole.complete()).isTrue();
            assertThat(client.blobProgress(kept).complete()).isTrue();

            var stranger = central.enrollNewDevice("HALL-ELSEWHERE-" + System.nanoTime());
            CentralClient elsewhere = new CentralClient(URI.create(central.url()), stranger.token());
            assertThatThrownBy(() -> elsewhere.fetchBlob(kept)).isInstanceOf(CentralRefusedException.class)
                    .extracting(e -> ((CentralRefusedException) e).status()).isEqualTo(404);
            assertThat(AttachmentFiles.sha256(new CentralClient(URI.create(central.url()), tokenOf(week.window)).fetchBlob(kept)))
                    .isEqualTo(kept);
        } finally {
            week.close();
        }
    }

    private static String tokenOf(Workstation station) {
        return station.store().device().deviceToken();
    }

    private static HttpRequest put(String sha256, long offset, byte[] body, String type, String token) {
        return HttpRequest.newBuilder(URI.create(central.url() + "/api/sync/blobs/" + sha256 + "?offset=" + offset))
                .header("Authorization", "Bearer " + token).header("Content-Type", type)
                .header("Upload-Length", Long.toString(body.length)).timeout(Duration.ofSeconds(30))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    /** A real PDF scan of about {@code size} bytes: one page holding an incompressible image, as a colour scan is. */
    static byte[] pdfOf(int size, SplittableRandom random) throws java.io.IOException {
        int side = (int) Math.sqrt(size / 3.0);
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(side, side,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        int[] row = new int[side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                row[x] = random.nextInt(0x1000000);
            }
            image.setRGB(0, y, side, 1, row, 0, side);
        }
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            var picture = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(document, image);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                content.drawImage(picture, 20, 20, 560, 560);
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(size + 4096);
            document.save(out);
            return out.toByteArray();
        }
    }
}
