package org.onewindow.sync;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.onewindow.app.HandOver;
import org.onewindow.app.MaterialCopies;
import org.onewindow.app.ReceiveHandover;
import org.onewindow.app.Workstation;
import org.onewindow.central.CentralFixture;
import org.onewindow.central.SiteLists;
import org.onewindow.codec.CatalogJson;
import org.onewindow.codec.sync.UserAccount;
import org.onewindow.domain.Problem;
import org.onewindow.domain.applicant.Applicant;
import org.onewindow.domain.caselog.Authorisation;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.catalog.ApplicantType;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.identity.IdKind;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.domain.staff.LoginResult;
import org.onewindow.domain.staff.Role;
import org.onewindow.domain.staff.User;
import org.onewindow.store.DataDirectory;
import org.onewindow.store.PasswordHash;
import org.onewindow.testing.FlakyLink;

/**
 * The agent's week (帮办代办的一周), as the test and the soak benchmark run it with different sizes: a village site
 * with no network for a week takes in proxy files with a photo of a material each, hands them over in one batch,
 * then syncs through a link that drops every few seconds; the hall receives the batch, returns one file with a
 * discrepancy and accepts the rest; the site syncs again and learns what the hall did. Everything is real: two
 * workstations with their SQLite stores, the centre on embedded PostgreSQL, a TCP relay that is cut on a timer.
 */
final class AgentWeek {

    static final String PASSWORD = "Agent@2026";
    static final String SITE = "XH-JC-LJC";
    static final String FOOD_LICENCE = "SCJG-003";
    static final Catalog CATALOG = CatalogJson.bundled();

    final CentralFixture central;
    final Path directory;
    final String hall;
    final long seed;
    final PrintStream log;
    Workstation site;
    Workstation window;
    FlakyLink link;
    User agent;
    User clerk;
    final List<CaseState> files = new ArrayList<>();
    final Map<UUID, String> copies = new HashMap<>();
    String batch;
    UUID returned;
    int failedRounds;
    long attachmentBytes;
    long syncMillis;

    AgentWeek(CentralFixture central, Path directory, long seed, PrintStream log) {
        this.central = central;
        this.directory = directory;
        this.seed = seed;
        this.log = log;
        this.hall = "HALL-" + Long.toHexString(seed & 0xffffff).toUpperCase() + "-" + UUID.randomUUID().toString().substring(0, 4);
    }

    /** The site list of the demo, published for this test's own hall; the agent and the hall's clerk at the centre. */
    void setUp() throws IOException {
        String demo = new String(AgentWeek.class.getResourceAsStream("/sites/demo-sites.json").readAllBytes(),
                StandardCharsets.UTF_8).replace("\"HZ-XH\"", "\"" + hall + "\"");
        Path sites = Files.writeString(directory.resolve("sites.json"), demo);
        SiteLists lists = new SiteLists(central.database.dataSource());
        lists.publish(hall, sites);
        String hash = PasswordHash.hash(PASSWORD.toCharArray());
        central.users.put(new UserAccount("agent-" + hall, "赵春燕", Role.AGENT, hall, hash, false));
        central.users.put(new UserAccount("clerk-" + hall, "王晓梅", Role.CLERK, hall, hash, false));
        link = FlakyLink.to(URI.create(central.url()).getPort());
        site = Workstation.open(DataDirectory.of(directory.resolve("site")), central.clock);
        site.centre().enroll(URI.create(link.url()), lists.issueEnrollmentCode(central.devices, hall, "330100", SITE,
                Duration.ofHours(1)));
        site.centre().syncNow();
        window = Workstation.open(DataDirectory.of(directory.resolve("hall")), central.clock);
        window.centre().enroll(URI.create(central.url()), central.devices.issueEnrollmentCode(hall, "330100", Duration.ofHours(1)));
        window.centre().syncNow();
        agent = signIn(site, "agent-" + hall);
        clerk = signIn(window, "clerk-" + hall);
    }

    /** A week with no network: {@code count} proxy files over five days, each with a photo of about {@code photoBytes}. */
    void offlineWeek(int count, int photoBytes) throws IOException {
        link.down(true);
        SplittableRandom random = new SplittableRandom(seed);
        Path photos = Files.createDirectories(directory.resolve("camera"));
        for (int i = 0; i < count; i++) {
            if (i > 0 && i % Math.max(1, count / 5) == 0) {
                central.clock.advance(Duration.ofDays(1));
            }
            CaseState file = site.proxyIntake().take(agent, intake("村民" + i), new Authorisation(
                    i % 2 == 0 ? Authorisation.Method.PRINTED_LETTER : Authorisation.Method.ON_SCREEN_CONSENT,
                    i % 2 == 0 ? "" : "本人同意委托代办员代为办理并送交材料"), DecisionKind.ACCEPT);
            Path photo = photos.resolve("IMG_" + i + ".jpg");
            Files.write(photo, photo(random, photoBytes, "营业执照 " + i));
            CaseState after = site.materialCopies().attach(agent, file.caseId(), "M-YYZZ", photo, MaterialCopies.Source.CAMERA);
            MaterialCopies.Copy copy = site.materialCopies().of(file.caseId()).get(0);
            copies.put(file.caseId(), copy.sha256());
            attachmentBytes += copy.size();
            files.add(after);
        }
        HandOver.Batch handed = site.handOver().handOver(agent, files.stream().map(CaseState::caseId).toList(), Map.of(), "");
        batch = handed.number();
        site.handOver().sheet(batch);
    }

    /** Back online, on a link cut at random every {@code min}–{@code max}: syncs until nothing waits to go. */
    void syncThroughTheFlakyLink(long bytesPerSecond, Duration min, Duration max, Duration limit) {
        link.down(false);
        link.throttle(bytesPerSecond);
        // once half-way through the photos for certain, and at random moments all along
        link.cutAfterUpstream(attachmentBytes / 2);
        link.cutEvery(min, max, new SplittableRandom(seed + 1));
        long started = System.nanoTime();
        syncUntil(site, () -> site.centre().overview().unsent() == 0 && site.proxyFiles().overview().copiesWaiting() == 0,
                limit);
        syncMillis = (System.nanoTime() - started) / 1_000_000;
    }

    /** The hall takes the batch: one file returned with a discrepancy, every other received and accepted. */
    void hallReceivesTheBatch() {
        window.centre().syncNow();
        ReceiveHandover.Batch received = window.receiveHandover().batch(batch);
        int discrepant = new SplittableRandom(seed + 2).nextInt(received.items().size());
        for (int i = 0; i < received.items().size(); i++) {
            ReceiveHandover.Item item = received.items().get(i);
            UUID caseId = item.state().caseId();
            if (i == discrepant) {
                window.receiveHandover().returnToSite(clerk, caseId, batch, item.papersHandedOver() - 1,
                        "交接单列纸质材料 " + item.papersHandedOver() + " 份，实收 " + (item.papersHandedOver() - 1) + " 份");
                returned = caseId;
            } else {
                window.receiveHandover().receive(clerk, caseId, batch, item.papersHandedOver(), "");
                window.receiveHandover().decide(clerk, caseId, List.of(), DecisionKind.ACCEPT);
            }
        }
        window.centre().syncNow();
    }

    /** The site hears what the hall did, through the same link. */
    void siteLearnsWhatTheHallDid(Duration limit) {
        syncUntil(site, () -> files.stream().allMatch(f -> {
            CaseState now = site.store().desk().state(f.caseId());
            return now.decision() != null || f.caseId().equals(returned) && now.custody().stage().atSite();
        }), limit);
    }

    private void syncUntil(Workstation station, java.util.function.BooleanSupplier done, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            try {
                station.centre().syncNow();
                if (done.getAsBoolean()) {
                    return;
                }
            } catch (Problem.CentreUnavailable e) {
                failedRounds++;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not in sync after " + limit + " (seed " + seed + ", " + failedRounds + " failed rounds)");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    static Intake intake(String name) {
        Applicant applicant = new Applicant(ApplicantType.PERSON, name, IdKind.RESIDENT_ID, "11010519491231002X",
                "13800138000", "龙井村 1 组", "");
        List<MaterialCheck> materials = CATALOG.item(FOOD_LICENCE).orElseThrow().materials().stream()
                .map(m -> MaterialCheck.of(m.code(), m.name(), MaterialStatus.PRESENTED_ORIGINAL)).toList();
        return new Intake(CATALOG.version(), List.of(FOOD_LICENCE), "", List.of(), applicant, null, materials);
    }

    /** A camera picture of a document of about {@code bytes}: a page with text over noise, a JPEG of high quality. */
    static byte[] photo(SplittableRandom random, int bytes, String caption) {
        int side = (int) Math.max(300, Math.min(2400, Math.sqrt(bytes / 0.45)));
        BufferedImage image = new BufferedImage(side, side * 3 / 4, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < row.length; x++) {
                int grain = random.nextInt(96);
                row[x] = new Color(150 + grain, 140 + grain, 120 + grain).getRGB();
            }
            image.setRGB(0, y, row.length, 1, row, 0, row.length);
        }
        Graphics2D g = image.createGraphics();
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, side / 20));
        g.drawString(caption + " " + random.nextLong(), side / 10, side / 5);
        g.dispose();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.9f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static User signIn(Workstation station, String userId) {
        if (station.signIn().login(userId, PASSWORD.toCharArray()) instanceof LoginResult.SignedIn signedIn) {
            return signedIn.user();
        }
        throw new IllegalStateException(userId + " cannot sign in");
    }

    void close() {
        if (link != null) {
            link.close();
        }
        if (site != null) {
            site.close();
        }
        if (window != null) {
            window.close();
        }
    }
}
