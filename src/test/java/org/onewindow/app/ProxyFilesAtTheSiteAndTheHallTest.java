package org.onewindow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.domain.Problem;
import org.onewindow.domain.caselog.Authorisation;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.CaseStatus;
import org.onewindow.domain.caselog.Custody;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.domain.staff.Role;
import org.onewindow.domain.staff.User;
import org.onewindow.print.DocumentKind;

/**
 * 代办 on one real workstation (the site's store stands in for the hall's too, as the rules are the same at both):
 * an agent never decides for the authority outside what is devolved to the township; a proxy file is received,
 * returned or decided only in the order the rules say; its papers are the site's receipt and 委托书, never a
 * 受理通知书 until the hall accepts.
 */
class ProxyFilesAtTheSiteAndTheHallTest {

    static final User AGENT = new User("agent01", "赵春燕", Role.AGENT);
    static final Authorisation LETTER = new Authorisation(Authorisation.Method.PRINTED_LETTER, "");

    @TempDir
    Path dir;
    private AppFixture app;
    private Workstation station;

    @BeforeEach
    void open() {
        app = new AppFixture(dir, "2026-11-23T02:00:00Z");
        station = app.workstation;
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void anAgentCannotAcceptANonDevolvedItemAndNothingIsWritten() {
        station.sites().use("XH-JC");
        long before = station.store().events().size();
        Intake food = AppFixture.complete(AppFixture.FOOD_LICENCE, "张三丰");

        assertThatThrownBy(() -> station.takeApplication().take(AGENT, food, DecisionKind.ACCEPT))
                .isInstanceOf(Problem.NotPermitted.class).hasMessageContaining("SCJG-003").hasMessageContaining("未下放");
        station.sites().use("");
        assertThatThrownBy(() -> station.takeApplication().take(AGENT, food, DecisionKind.ACCEPT))
                .as("an agent with no site decides nothing").isInstanceOf(Problem.NotPermitted.class);
        assertThat(station.store().events().size()).isEqualTo(before);
    }

    @Test
    void aTownshipCentreAcceptsItsDevolvedItemsUnderItsOwnAuthority() {
        station.sites().use("XH-JC");
        Intake shop = AppFixture.complete("SCJG-001", "李个体");

        assertThat(station.proxyIntake().modeFor(shop.itemCodes())).isEqualTo(ProxyIntake.Mode.ACCEPT_HERE);
        CaseState accepted = station.takeApplication().take(AGENT, shop, DecisionKind.ACCEPT);
        assertThat(accepted.status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(accepted.custody()).isNull();
        assertThat(station.documents().draftsFor(accepted.caseId())).extracting(DocumentDraft::kind).contains(DocumentKind.RECEIPT);
    }

    @Test
    void aVillagePointTakesAProxyFileWhoseDocumentsAreTheReceiptAndTheLetterNeverAnAcceptance() {
        station.sites().use("XH-JC-LJC");
        assertThat(station.proxyIntake().modeFor(List.of("SCJG-001"))).isEqualTo(ProxyIntake.Mode.PROXY);
        CaseState file = station.proxyIntake().take(AGENT, AppFixture.complete(AppFixture.FOOD_LICENCE, "王村民"),
                LETTER, DecisionKind.ACCEPT);

        assertThat(file.status()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(file.decision()).isNull();
        assertThat(file.custody()).isEqualTo(new Custody(Custody.Stage.AT_SITE, "XH-JC-LJC", ""));
        assertThat(file.promisedDate()).as("no time limit runs before the hall accepts").isNull();
        assertThat(station.documents().draftsFor(file.caseId())).extracting(DocumentDraft::kind)
                .containsExactly(DocumentKind.PROXY_RECEIPT, DocumentKind.PROXY_AUTHORISATION);
        assertThat(station.store().events().eventsOf(file.caseId()).get(0).payload())
                .isInstanceOfSatisfying(EventPayload.ProxyFileOpened.class, p -> {
                    assertThat(p.handOverBy()).isEqualTo(java.time.LocalDate.of(2026, 11, 26));
                    assertThat(p.agentName()).isEqualTo("赵春燕");
                });
    }

    @Test
    void whatIsMissingIsToldAtOnceAndSupplementedAtTheSiteWithoutTheAgentAccepting() {
        station.sites().use("XH-JC-LJC");
        Intake missing = AppFixture.complete(AppFixture.FOOD_LICENCE, "缺材料");
        List<MaterialCheck> checks = missing.materials().stream()
                .map(m -> m.materialCode().equals("M-JKZ") ? MaterialCheck.of(m.materialCode(), m.materialName(), MaterialStatus.MISSING) : m)
                .toList();
        Intake intake = new Intake(missing.catalogVersion(), missing.itemCodes(), "", List.of(), missing.applicant(), null, checks);

        assertThatThrownBy(() -> station.proxyIntake().take(AGENT, intake, LETTER, DecisionKind.ACCEPT))
                .as("the screen's decision must be the rules' decision").isInstanceOf(Problem.RuleBroken.class);
        CaseState file = station.proxyIntake().take(AGENT, intake, LETTER, DecisionKind.NOTIFY_DEFICIENCIES);
        assertThat(file.openDeficiencies()).extracting(d -> d.materialCode()).containsExactly("M-JKZ");

        SupplementCase.Outcome outcome = station.supplementCase().record(AGENT, file.caseId(),
                List.of(MaterialCheck.of("M-JKZ", "从业人员健康证明", MaterialStatus.PRESENTED_ORIGINAL)), "补交");
        assertThat(outcome).isInstanceOf(SupplementCase.Outcome.Recorded.class);
        assertThat(outcome.state().openDeficiencies()).isEmpty();
        assertThat(outcome.state().decision()).isNull();
    }

    @Test
    void theHallDecidesOnlyOnceItReceivedTheFileAndAReturnedFileGoesBackToTheSite() {
        station.sites().use("XH-JC-LJC");
        CaseState file = station.proxyIntake().take(AGENT, AppFixture.complete(AppFixture.FOOD_LICENCE, "周交接"),
                LETTER, DecisionKind.ACCEPT);
        User clerk = AppFixture.CLERK;
        ReceiveHandover hall = station.receiveHandover();

        assertThatThrownBy(() -> hall.decide(clerk, file.caseId(), List.of(), DecisionKind.ACCEPT))
                .isInstanceOf(Problem.RuleBroken.class);
        HandOver.Batch batch = station.handOver().handOver(AGENT, List.of(file.caseId()), Map.of(), "");
        assertThat(batch.files().get(0).custody().stage()).isEqualTo(Custody.Stage.HANDED_OVER);
        assertThat(station.handOver().atSite()).isEmpty();
        assertThatThrownBy(() -> hall.receive(AGENT, file.caseId(), batch.number(), 8, ""))
                .as("an agent cannot receive for the hall").isInstanceOf(Problem.RuleBroken.class);
        assertThatThrownBy(() -> hall.receive(clerk, file.caseId(), "交接〔2026〕XXXX-9号", 8, ""))
                .as("another batch").isInstanceOf(Problem.RuleBroken.class);

        CaseState returned = hall.returnToSite(clerk, file.caseId(), batch.number(), 7, "健康证明原件未随附");
        assertThat(returned.status()).isEqualTo(CaseStatus.PRE_ACCEPTANCE_RETURNED);
        assertThat(station.handOver().atSite()).extracting(CaseState::caseId).containsExactly(file.caseId());

        HandOver.Batch again = station.handOver().handOver(AGENT, List.of(file.caseId()), Map.of(file.caseId(), 8), "补齐后再送");
        CaseState received = hall.receive(clerk, file.caseId(), again.number(), 8, "");
        assertThat(received.status()).isEqualTo(CaseStatus.PRE_ACCEPTED);
        assertThatThrownBy(() -> station.takeApplication().take(AGENT, received.intake(), DecisionKind.ACCEPT))
                .isInstanceOf(Problem.NotPermitted.class);

        app.clock.advance(java.time.Duration.ofDays(2));
        CaseState accepted = hall.decide(clerk, file.caseId(), List.of(), DecisionKind.ACCEPT);
        assertThat(accepted.status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(accepted.caseNumber()).isEqualTo(file.caseNumber());
        assertThat(accepted.responsibleClerk()).isEqualTo(clerk.userId());
        assertThat(accepted.promisedDate()).as("the limit counts from the hall's acceptance on Wednesday")
                .isEqualTo(java.time.LocalDate.of(2026, 12, 4));
        assertThat(hall.decidedAt(file.caseId())).contains(app.clock.instant());
        assertThat(station.documents().draftsFor(file.caseId())).extracting(DocumentDraft::kind).contains(DocumentKind.RECEIPT);
        assertThat(station.handOver().sheet(again.number()).pdf()).isNotEmpty();
    }

    @Test
    void aCopyIsCheckedByItsBytesNormalisedAndKeptOnceByItsHash() throws Exception {
        station.sites().use("XH-JC-LJC");
        CaseState file = station.proxyIntake().take(AGENT, AppFixture.complete(AppFixture.FOOD_LICENCE, "吴照片"),
                LETTER, DecisionKind.ACCEPT);
        Path renamed = Files.write(dir.resolve("licence.jpg"), "not an image at all".getBytes());
        assertThatThrownBy(() -> station.materialCopies().attach(AGENT, file.caseId(), "M-YYZZ", renamed,
                MaterialCopies.Source.FILE)).isInstanceOf(Problem.InvalidInput.class).hasMessageContaining("内容");

        java.awt.image.BufferedImage photo = new java.awt.image.BufferedImage(4000, 3000, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        for (int y = 0; y < 3000; y += 4) {
            for (int x = 0; x < 4000; x += 4) {
                photo.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        Path png = dir.resolve("phone.png");
        javax.imageio.ImageIO.write(photo, "png", png.toFile());
        CaseState after = station.materialCopies().attach(AGENT, file.caseId(), "M-YYZZ", png, MaterialCopies.Source.CAMERA);
        MaterialCopies.Copy copy = station.materialCopies().of(file.caseId()).get(0);
        assertThat(copy.mediaType()).isEqualTo("image/jpeg");
        assertThat(copy.size()).isLessThan(Files.size(png));
        java.awt.image.BufferedImage kept = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
                station.materialCopies().open(copy)));
        assertThat(Math.max(kept.getWidth(), kept.getHeight())).isEqualTo(MaterialImages.MAX_SIDE);
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(station.materialCopies().thumbnail(copy))).getWidth())
                .isEqualTo(MaterialImages.THUMBNAIL_SIDE);

        station.materialCopies().attach(AGENT, file.caseId(), "M-SFZ", png, MaterialCopies.Source.CAMERA);
        assertThat(station.materialCopies().of(file.caseId())).hasSize(2).extracting(MaterialCopies.Copy::sha256).containsOnly(copy.sha256());
        assertThat(after.eventCount()).isEqualTo(2);
    }
}
