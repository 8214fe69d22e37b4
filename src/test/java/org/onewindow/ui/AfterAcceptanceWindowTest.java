package org.onewindow.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.app.AfterAcceptanceSteps;
import org.onewindow.central.CentralFixture;
import org.onewindow.codec.sync.UserAccount;
import org.onewindow.domain.applicant.Applicant;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.catalog.ApplicantType;
import org.onewindow.domain.identity.IdKind;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.domain.staff.Role;
import org.onewindow.print.DocumentPrinter;
import org.onewindow.print.PdfReading;
import org.onewindow.print.PrinterRole;
import org.onewindow.print.PrinterSettings;
import org.onewindow.store.PasswordHash;
import org.onewindow.ui.cases.AfterLine;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's screens after acceptance (issue 12) through a real central on embedded PostgreSQL: the back office
 * approves over HTTP with the licence, the window pulls it, issues the certificate (the PDF read back) and an
 * authorised agent collects it; a result mailed with its label and delivered; a fee that blocks collection in the
 * domain's Chinese words until it is paid with its receipt number.
 */
@ExtendWith(ApplicationExtension.class)
class AfterAcceptanceWindowTest {

    private static final String PDF_PRINTER = "OneWindow-PDF";
    private static final String LICENCE = "{\"approved\":true,\"note\":\"准予许可\",\"basis\":\"\",\"licence\":{\"number\":\"%s\","
            + "\"name\":\"食品经营许可证\",\"validFrom\":\"2026-11-24\",\"validUntil\":\"2031-11-23\","
            + "\"scope\":\"热食类食品制售\"}}";

    @RegisterExtension
    static final CentralFixture central = new CentralFixture();
    private static UiFixture fixture;
    private static String backOffice;

    @BeforeAll
    static void workstation() throws Exception {
        assumeTrue(DocumentPrinter.printerNames().contains(PDF_PRINTER), "the CUPS PDF printer of src/test/scripts/setup-cups.sh");
        fixture = UiFixture.at(Files.createTempDirectory("after-window-test"), "2026-11-23T02:00:00Z");
        central.clock.set(java.time.Instant.parse("2026-11-23T02:00:00Z"));
        central.users.put(new UserAccount("clerk01", "王晓梅", Role.CLERK, "HALL-AFTER",
                PasswordHash.hash("Clerk@2026".toCharArray()), false));
        backOffice = central.backOffice.register("HALL-BO", "审批系统", List.of("SCJG", "GAHZ"), "test");
        fixture.workstation().centre().enroll(URI.create(central.url()),
                central.devices.issueEnrollmentCode("HALL-AFTER", "330100", Duration.ofHours(1)));
        fixture.workstation().centre().syncNow();
        PrinterSettings printers = PrinterSettings.defaults();
        for (PrinterRole role : PrinterRole.values()) {
            printers = printers.withPrinter(role, PDF_PRINTER);
        }
        fixture.workstation().usePrinters(printers);
    }

    @AfterAll
    static void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Start
    void start(Stage stage) {
        fixture.showMainWindow(stage);
    }

    private static void backOffice(CaseState state, String step, String body) {
        HttpResponse<String> response = central.post("/api/backoffice/cases/" + state.caseNumber() + "/" + step,
                backOffice, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void fill(FxRobot robot, String query, String value) {
        robot.interact(() -> robot.lookup(query).queryAs(TextField.class).setText(value));
    }

    private static void tab(FxRobot robot, int index) {
        robot.interact(() -> robot.lookup("#afterActions").queryAs(TabPane.class).getSelectionModel().select(index));
    }

    /** The control reached from the keyboard: focused, then Space, as Tab and Space would. */
    private static void press(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).query().requestFocus());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A screenshot of the case detail scrolled to its part after acceptance. */
    private static void shoot(FxRobot robot, String name) {
        robot.interact(() -> {
            javafx.scene.Node card = robot.lookup("#afterCard").query();
            javafx.scene.Parent up = card.getParent();
            while (up != null && !(up instanceof javafx.scene.control.ScrollPane)) {
                up = up.getParent();
            }
            if (up instanceof javafx.scene.control.ScrollPane scroll) {
                javafx.scene.Node content = scroll.getContent();
                double y = content.sceneToLocal(card.localToScene(card.getBoundsInLocal())).getMinY();
                double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                scroll.setVvalue(room <= 0 ? 0 : Math.min(1, y / room));
            }
        });
        Screenshots.take(robot, name);
    }

    private static void waitFor(FxRobot robot, String query, String contains) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(query).tryQueryAs(Label.class)
                .map(Label::getText).filter(t -> t.contains(contains)).isPresent());
    }

    /** F3, the applicant's name, Enter; Enter on the case found opens its detail. */
    private static void open(FxRobot robot, CaseState state) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#homeGreeting").tryQuery().isPresent());
        robot.type(KeyCode.F3);
        robot.interact(() -> robot.lookup("#caseQuery").queryAs(TextField.class).setText(state.caseNumber()));
        robot.clickOn("#caseQuery").type(KeyCode.ENTER);
        robot.clickOn("#caseTable").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#afterCard").tryQuery()
                .filter(card -> card.isVisible()).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** F4: the results waiting at the window, with how long they waited. */
    @SuppressWarnings("unchecked")
    private static List<AfterLine> waitingList(FxRobot robot) throws Exception {
        robot.type(KeyCode.F4);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#afterUncollected").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return List.copyOf(robot.lookup("#afterUncollected").queryAs(TableView.class).getItems());
    }

    private static String archived(UUID caseId, String kind) throws Exception {
        return PdfReading.text(fixture.store().documents().latest(caseId, kind).orElseThrow().pdf());
    }

    @Test
    void theBackOfficeApprovesTheWindowIssuesTheCertificateAndAnAuthorisedAgentCollectsIt(FxRobot robot) throws Exception {
        CaseState state = fixture.acceptedOn("2026-11-23T02:00:00Z", "李出证", UiFixture.residentId(101));
        fixture.workstation().afterAcceptance().route(UiFixture.CLERK, state.caseId());
        fixture.workstation().centre().syncNow();
        backOffice(state, "review", "{\"department\":\"市场监管局食品经营许可科\",\"note\":\"\"}");
        backOffice(state, "decision", String.format(LICENCE, "JY13301020012345"));
        fixture.workstation().centre().syncNow();

        UiFixture.signIn(robot, "clerk01", "Clerk@2026");
        open(robot, state);
        assertThat(text(robot, "#afterDepartment")).contains("市场监督管理局");
        assertThat(text(robot, "#afterStage")).isEqualTo("已决定");
        assertThat(text(robot, "#afterLicence")).contains("JY13301020012345", "2031年11月23日");
        shoot(robot, "case-after-decided");

        tab(robot, 1);
        press(robot, "#issueButton");
        waitFor(robot, "#afterMessage", "JY13301020012345");
        String certificate = archived(state.caseId(), "CERTIFICATE");
        assertThat(certificate).contains("JY13301020012345", "李出证", "2031年11月23日", "市场监督管理局");
        shoot(robot, "case-after-issued");
        assertThat(waitingList(robot)).filteredOn(line -> line.caseId().equals(state.caseId())).singleElement()
                .satisfies(line -> assertThat(line.note()).isEqualTo("已等待 0 天"));
        Screenshots.take(robot, "after-list");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#afterCard").tryQuery().isPresent());

        tab(robot, 2);
        press(robot, "#agentCollects");
        fill(robot, "#collectorName", "王代领");
        fill(robot, "#collectorId", "11010519491231002X");
        press(robot, "#collectButton");
        waitFor(robot, "#afterProblem", "委托书");
        shoot(robot, "case-after-agent-without-authorisation");
        fill(robot, "#authorisation", "李出证 2026年11月24日签署的委托书，委托领取食品经营许可证");
        press(robot, "#collectButton");
        waitFor(robot, "#afterMessage", "王代领");
        assertThat(text(robot, "#afterDelivery")).contains("王代领", "委托代理人");
        assertThat(archived(state.caseId(), "COLLECTION_RECEIPT")).contains("王代领", "委托代理人", "委托书", "领取人签收");
        shoot(robot, "case-after-collected");
        fixture.workstation().centre().syncNow();
        assertThat(central.count("SELECT count(*) FROM case_event WHERE case_id = ? AND event_type = 'RESULT_COLLECTED'",
                state.caseId())).isEqualTo(1);
    }

    @Test
    void aResultChosenByPostIsMailedWithItsLabelAndDelivered(FxRobot robot) throws Exception {
        Intake food = foodIntake("赵邮寄", UiFixture.residentId(102));
        CaseState state = fixture.workstation().takeApplication().take(UiFixture.CLERK, food, DecisionKind.ACCEPT,
                List.of(AfterAcceptanceSteps.mailChoice("赵邮寄", "13800138000", "浙江省杭州市西湖区文三路 90 号 3 幢 201 室")));
        fixture.workstation().centre().syncNow();
        backOffice(state, "decision", String.format(LICENCE, "JY13301020012346"));
        fixture.workstation().centre().syncNow();

        UiFixture.signIn(robot, "clerk01", "Clerk@2026");
        open(robot, state);
        assertThat(text(robot, "#afterDelivery")).contains("邮寄送达", "13800138000", "文三路");
        tab(robot, 1);
        press(robot, "#issueButton");
        waitFor(robot, "#afterMessage", "JY13301020012346");
        tab(robot, 3);
        fill(robot, "#mailCourier", "中国邮政 EMS");
        fill(robot, "#mailWaybill", "1190012345678");
        fill(robot, "#mailPostage", "18.00");
        shoot(robot, "case-after-mail");
        press(robot, "#mailButton");
        waitFor(robot, "#afterMessage", "1190012345678");
        assertThat(archived(state.caseId(), "MAIL_LABEL")).contains("1190012345678", "赵邮寄", "13800138000", "文三路",
                "证照免费邮");
        fill(robot, "#trackNote", "本人签收");
        press(robot, "#deliveredButton");
        waitFor(robot, "#afterDelivery", "已妥投");
        shoot(robot, "case-after-delivered");
        assertThat(fixture.workstation().cases().detail(state.caseId()).state().afterAcceptance().handedOver()).isTrue();
    }

    @Test
    void anUnpaidFeeBlocksTheCertificateInChineseAndAPaymentRecordsItsReceiptNumber(FxRobot robot) throws Exception {
        List<MaterialCheck> renewal = UiFixture.CATALOG.item("GAHZ-003").orElseThrow().materials().stream()
                .map(m -> MaterialCheck.of(m.code(), m.name(), MaterialStatus.PRESENTED_ORIGINAL)).toList();
        CaseState state = fixture.workstation().takeApplication().take(UiFixture.CLERK, new Intake(
                UiFixture.CATALOG.version(), List.of("GAHZ-003"), "", List.of(), person("孙缴费", UiFixture.residentId(103)),
                null, renewal), DecisionKind.ACCEPT);
        fixture.workstation().centre().syncNow();
        backOffice(state, "decision", "{\"approved\":true,\"note\":\"准予换领\",\"basis\":\"\",\"licence\":{"
                + "\"number\":\"330102202611230001\",\"name\":\"居民身份证\",\"validFrom\":\"2026-11-24\","
                + "\"validUntil\":\"2046-11-23\",\"scope\":\"\"}}");
        fixture.workstation().centre().syncNow();

        UiFixture.signIn(robot, "clerk01", "Clerk@2026");
        open(robot, state);
        assertThat(text(robot, "#afterFee")).isEqualTo("应收 20.00 元，尚未缴费或免收");
        tab(robot, 1);
        press(robot, "#issueButton");
        waitFor(robot, "#afterProblem", "尚未缴费或免收");
        assertThat(text(robot, "#afterProblem")).isEqualTo("本事项应收费 20.00 元，尚未缴费或免收，不能出证："
                + "请先登记缴费（金额、非税收入票据号、缴款人）或免收依据");
        shoot(robot, "case-after-fee-blocks");

        tab(robot, 0);
        fill(robot, "#feeReceipt", "330101202600001234");
        press(robot, "#payButton");
        waitFor(robot, "#afterFee", "330101202600001234");
        assertThat(text(robot, "#afterFee")).isEqualTo("已缴费 20.00 元，非税收入票据号 330101202600001234，缴款人 孙缴费");
        shoot(robot, "case-after-fee-paid");
        assertThat(fixture.workstation().afterAcceptanceQueries().of(state.caseId()).orElseThrow().feeReceipt())
                .isEqualTo("330101202600001234");
    }

    private static Applicant person(String name, String id) {
        return new Applicant(ApplicantType.PERSON, name, IdKind.RESIDENT_ID, id, "13800138000",
                "浙江省杭州市西湖区文三路 90 号 3 幢 201 室", "");
    }

    private static Intake foodIntake(String name, String id) {
        List<MaterialCheck> materials = UiFixture.CATALOG.item(UiFixture.FOOD_LICENCE).orElseThrow().materials().stream()
                .map(m -> MaterialCheck.of(m.code(), m.name(), MaterialStatus.PRESENTED_ORIGINAL)).toList();
        return new Intake(UiFixture.CATALOG.version(), List.of(UiFixture.FOOD_LICENCE), "", List.of(),
                person(name, id), null, materials);
    }
}
