package org.onewindow.ui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.geometry.Bounds;
import org.controlsfx.control.decoration.Decorator;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.domain.caselog.CaseStatus;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.domain.staff.User;
import org.onewindow.store.CaseRow;
import org.onewindow.store.ClientStore;
import org.onewindow.ui.OneWindowApp;
import org.onewindow.ui.UiFixture;
import org.onewindow.ui.app.FxDialogService;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.Navigator;
import org.onewindow.ui.app.PooledTaskExecutor;
import org.onewindow.ui.app.WindowFonts;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real views of the new-application flow, driven like a clerk drives them (keyboard first),
 * through every outcome into a real store in a temporary directory, ending on the document step.
 * One window for the whole class; each test starts a fresh application in it.
 */
class NewApplicationWindowTest extends FxRobot {

    private static int nextPerson = 100;

    @TempDir static Path dir;
    static IntakeTestStore test;
    static ClientStore store;
    static User clerk;
    static IntakeScreens screens;
    static Navigator navigator;
    static PooledTaskExecutor tasks;

    @BeforeAll
    static void openWindow() throws Exception {
        test = new IntakeTestStore(dir);
        store = test.store;
        clerk = test.clerk;
        Stage stage = FxToolkit.registerPrimaryStage();
        Localization texts = Localization.chinese();
        tasks = new PooledTaskExecutor(1);
        navigator = new Navigator();
        FxToolkit.setupStage(window -> {
            WindowFonts fonts = new WindowFonts(dir.resolve("fonts"));
            fonts.loadRegular();
            fonts.loadBold();
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
            StackPane content = new StackPane();
            navigator.currentProperty().addListener((o, before, screen) -> content.getChildren().setAll(screen.root()));
            Scene scene = new Scene(content, 1280, 800);
            scene.getStylesheets().add(Objects.requireNonNull(OneWindowApp.class.getResource("app/app.css")).toExternalForm());
            window.setScene(scene);
            window.show();
        });
        screens = test.screens(IntakeTestStore.printerNamed(IntakeTestStore.MISSING_PRINTER),
                new FxDialogService(texts, () -> stage), tasks);
    }

    @AfterAll
    static void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
        tasks.shutdown();
        test.close();
    }

    @BeforeEach
    void startANewApplication() {
        interact(() -> navigator.start(flow()));
    }

    /** As the window wires it: once saved, the document step; from there the next application starts afresh. */
    private NewApplicationView flow() {
        return screens.newApplication(clerk, saved -> navigator.replace(screens.documentStep(saved, clerk,
                () -> navigator.replace(flow()))));
    }

    // --- the clerk's moves ---

    /** Enter takes the first match and goes on to the applicant. */
    private void chooseByTyping(String query) {
        write(query).type(KeyCode.ENTER);
        assertThat(lookup("#chosenItems").queryListView().getItems()).isNotEmpty();
        assertThat(lookup(".step.current").queryAs(Label.class).getText()).isEqualTo("2 申请人");
    }

    /** Step 2 by keyboard alone: the focus starts on the name; each person has an ID number of their own. */
    private void enterPerson(String name) {
        write(name).type(KeyCode.TAB).write(UiFixture.residentId(nextPerson++)).type(KeyCode.TAB)
                .write("13800138000");
        type(KeyCode.ENTER);
        assertThat(text("#decisionVerdict")).isNotEmpty();
    }

    private void markAllPresented() {
        press(KeyCode.ALT).type(KeyCode.S).release(KeyCode.ALT);
    }

    private void setState(String materialCode, KeyCode digit) {
        interact(() -> lookup("#status-" + materialCode).query().requestFocus());
        press(KeyCode.ALT).type(digit).release(KeyCode.ALT);
    }

    private void confirmAndWaitForTheDocumentStep() {
        type(KeyCode.ENTER);
        assertThat(lookup("#confirmVerdict").queryAs(Label.class).isVisible()).isTrue();
        type(KeyCode.ENTER);
        waitFor("#documentStep");
    }

    private void waitFor(String query) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(query).tryQuery().isPresent());
        } catch (Exception e) {
            throw new AssertionError("never shown: " + query + "; on step " + lookup(".step.current").queryAs(Label.class).getText()
                    + " with the focus on " + lookup("#flowMessage").query().getScene().getFocusOwner() + "; message: " + text("#flowMessage"), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (Exception e) {
            throw new AssertionError("never happened: " + what, e);
        }
    }

    private String text(String query) {
        Node node = lookup(query).query();
        return node instanceof Label label ? label.getText() : ((TextInputControl) node).getText();
    }

    private CaseRow savedCaseOf(String applicantName) {
        List<CaseRow> rows = store.cases().search(applicantName, 10);
        assertThat(rows).as("cases of " + applicantName).hasSize(1);
        return rows.get(0);
    }

    // --- the outcomes ---

    @Test
    void acceptsAnApplicationWithoutTouchingTheMouse() {
        chooseByTyping("食品经营");
        enterPerson("受理甲");
        markAllPresented();
        assertThat(text("#decisionVerdict")).isEqualTo("受理");
        assertThat(text("#promisedDate")).contains("承诺办结日期");
        confirmAndWaitForTheDocumentStep();
        CaseRow saved = savedCaseOf("受理甲");
        assertThat(saved.status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(text("#documentHeading")).contains(saved.caseNumber());
        assertThat(store.desk().state(saved.caseId()).responsibleClerk()).isEqualTo("clerk01");

        waitUntil(() -> !lookup("#documentPages").queryAs(VBox.class).getChildren().isEmpty(), "the receipt's pages");
        press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        waitUntil(() -> text("#documentStatus").contains("案件已保存"), "the printer error");
        assertThat(text("#documentStatus")).contains(IntakeTestStore.MISSING_PRINTER);
        assertThat(store.desk().state(saved.caseId()).status()).isEqualTo(CaseStatus.ACCEPTED);
    }

    @Test
    void acceptsWithToleranceWhenATolerableMaterialIsPromisedByADate() {
        chooseByTyping("食品经营");
        enterPerson("容缺乙");
        markAllPresented();
        setState("M-JKZ", KeyCode.DIGIT5);
        assertThat(text("#decisionVerdict")).isEqualTo("一次性告知");
        // the seventh material may lie below the visible rows: Tab from its state to its date, as a clerk would
        type(KeyCode.TAB);
        assertThat(lookup("#promisedBy-M-JKZ").queryAs(javafx.scene.control.DatePicker.class).getEditor().isFocused()).isTrue();
        write("2026-11-30").type(KeyCode.TAB);
        assertThat(text("#decisionVerdict")).isEqualTo("容缺受理");
        // it is the last row: Tab left the checklist for the step's buttons; back to the row before confirming
        interact(() -> lookup("#status-M-JKZ").query().requestFocus());
        confirmAndWaitForTheDocumentStep();
        assertThat(store.desk().state(savedCaseOf("容缺乙").caseId()).decision()).isEqualTo(DecisionKind.ACCEPT_WITH_TOLERANCE);
    }

    @Test
    void acceptsOnCommitment() {
        chooseByTyping("食品经营");
        enterPerson("承诺丙");
        markAllPresented();
        setState("M-JKZ", KeyCode.DIGIT6);
        assertThat(text("#decisionVerdict")).isEqualTo("告知承诺受理");
        confirmAndWaitForTheDocumentStep();
        assertThat(store.desk().state(savedCaseOf("承诺丙").caseId()).awaitingVerification()).hasSize(1);
    }

    @Test
    void givesAOneTimeNoticeOfEveryMissingMaterial() {
        chooseByTyping("食品经营");
        enterPerson("告知丁");
        markAllPresented();
        setState("M-JKZ", KeyCode.DIGIT3);
        setState("M-SPAQZD", KeyCode.DIGIT3);
        assertThat(text("#decisionVerdict")).isEqualTo("一次性告知");
        confirmAndWaitForTheDocumentStep();
        CaseRow saved = savedCaseOf("告知丁");
        assertThat(saved.status()).isEqualTo(CaseStatus.AWAITING_SUPPLEMENT);
        assertThat(store.desk().state(saved.caseId()).openDeficiencies()).hasSize(2);
    }

    @Test
    void refusesOnlyWhenASupervisorConfirmsOnTheSpot() {
        chooseByTyping("食品经营");
        enterPerson("不予受理戊");
        markAllPresented();
        type(KeyCode.ENTER);
        clickOn("#refusing");
        clickOn("#refusalReason").write("该事项不属于本窗口受理范围");
        assertThat(text("#confirmVerdict")).contains("不予受理");

        clickOn("#nextButton");
        clickOn("#credentialsUsername").write("clerk01");
        clickOn("#credentialsPassword").write("Clerk@2026").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text("#flowMessage").contains("窗口负责人"));
        } catch (Exception e) {
            throw new AssertionError("no refusal message; shown: " + text("#flowMessage"), e);
        }
        type(KeyCode.ENTER);
        assertThat(store.cases().search("不予受理戊", 10)).isEmpty();

        clickOn("#nextButton");
        clickOn("#credentialsUsername").write("super01");
        clickOn("#credentialsPassword").write("Super@2026").type(KeyCode.ENTER);
        waitFor("#documentStep");
        CaseRow saved = savedCaseOf("不予受理戊");
        assertThat(saved.status()).isEqualTo(CaseStatus.REFUSED);
        assertThat(store.desk().state(saved.caseId()).responsibleClerk()).isEqualTo("clerk01");
    }

    @Test
    void takesTheNewbornBundleInOneGoAndShowsWhatItSaves() {
        write("新生儿出生").type(KeyCode.ENTER);
        assertThat(lookup("#chosenItems").queryListView().getItems()).hasSize(5);
        assertThat(text("#bundleSaving")).matches("共需 \\d+ 份材料，逐项申请需 \\d+ 份，少交 [1-9]\\d* 份");
        enterPerson("套餐己");
        markAllPresented();
        confirmAndWaitForTheDocumentStep();
        assertThat(store.desk().state(savedCaseOf("套餐己").caseId()).intake().bundleCode()).isEqualTo("YJS-XSE");
    }

    @Test
    void badInputAtTheWindowGetsAClearMessageAndNeverHarmsASavedCase() {
        chooseByTyping("食品经营");
        clickOn("#applicantIdNumber").write("110105194912310021");
        assertThat(text("#applicantIdNumberProblem")).contains("校验");
        paste("#applicantIdNumber", "110105194902300021");
        assertThat(text("#applicantIdNumberProblem")).contains("出生日期");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Decorator.getDecorations(lookup("#applicantIdNumber").query())).as("ControlsFX marks the field").isNotEmpty();
        paste("#applicantName", "张".repeat(10_000));
        assertThat(text("#applicantNameProblem")).contains("名称过长");
        paste("#applicantName", "张三😀");
        assertThat(text("#applicantNameProblem")).contains("😀");
        paste("#applicantName", "Robert'); DROP TABLE event;--");
        assertThat(text("#applicantNameProblem")).contains("'");
        type(KeyCode.ENTER);
        assertThat(text("#flowMessage")).contains("请按提示改正");
        long before = store.events().size();

        paste("#applicantName", "坏输入庚");
        paste("#applicantIdNumber", UiFixture.residentId(nextPerson++));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Decorator.getDecorations(lookup("#applicantIdNumber").query())).as("a good number is not marked").isNullOrEmpty();
        paste("#applicantPhone", "13800138000");
        paste("#applicantAddress", "Robert'); DROP TABLE event;-- 😀 五四路");
        clickOn("#nextButton");
        markAllPresented();
        confirmAndWaitForTheDocumentStep();
        assertThat(store.desk().state(savedCaseOf("坏输入庚").caseId()).intake().applicant().address())
                .isEqualTo("Robert'); DROP TABLE event;-- 😀 五四路");
        assertThat(store.events().size()).isEqualTo(before + 1);
        assertThat(store.integrityCheck()).isEqualTo("ok");
        assertThat(store.events().verify()).isEmpty();
    }

    /** What pasting does: the whole text arrives at once. */
    private void paste(String field, String content) {
        interact(() -> lookup(field).queryAs(TextInputControl.class).setText(content));
    }

    // --- the day at the counter: what misled the clerk (findings 4, 6, 9, 16) ---

    /** Finding 4: 不符合要求 without its note was saved, and the notice printed an instruction meant for the clerk. */
    @Test
    void aDefectiveMaterialCannotGoOnWithoutItsNoteAndTheNoticeSaysOnlyWhatIsWrong() {
        chooseByTyping("食品经营");
        enterPerson("不符辛");
        markAllPresented();
        setState("M-JKZ", KeyCode.DIGIT4);
        type(KeyCode.ENTER);
        assertThat(lookup(".step.current").queryAs(Label.class).getText()).isEqualTo("3 材料核验");
        assertThat(text("#flowMessage")).contains("从业人员健康合格证明").contains("注明");
        assertThat(lookup("#problem-M-JKZ").query().isFocused()).as("the note to write has the focus").isTrue();

        write("已过有效期").type(KeyCode.ENTER);
        assertThat(text("#flowMessage")).isEmpty();
        type(KeyCode.ENTER);
        waitFor("#documentStep");
        CaseRow saved = savedCaseOf("不符辛");
        assertThat(store.desk().state(saved.caseId()).openDeficiencies()).singleElement()
                .satisfies(d -> assertThat(d.problem()).isEqualTo("不符合要求：已过有效期"));
    }

    /** Finding 6: Enter on the focused 不予受理 check box unticked it; Enter never changes a decision, it goes on. */
    @Test
    void enterOnAFocusedCheckBoxGoesOnAndNeverChangesTheDecision() {
        chooseByTyping("食品经营");
        enterPerson("回车壬");
        markAllPresented();
        type(KeyCode.ENTER);
        clickOn("#refusing");
        assertThat(lookup("#refusing").queryAs(CheckBox.class).isSelected()).isTrue();
        interact(() -> lookup("#refusing").query().requestFocus());

        type(KeyCode.ENTER);

        assertThat(lookup("#refusing").queryAs(CheckBox.class).isSelected()).as("still refusing").isTrue();
        assertThat(text("#confirmVerdict")).contains("请填写不予受理的书面理由");
        assertThat(text("#flowMessage")).as("Enter went on: the confirmation asks for the reason").contains("书面理由");
        assertThat(store.cases().search("回车壬", 5)).isEmpty();
    }

    /** Finding 6: on the document step, "下一位申请人 (Enter)" ignored Enter while the list of documents had the focus. */
    @Test
    void enterOnTheListOfDocumentsStartsTheNextApplication() {
        chooseByTyping("食品经营");
        enterPerson("下一位癸");
        markAllPresented();
        confirmAndWaitForTheDocumentStep();
        waitUntil(() -> !lookup("#documentList").queryListView().getItems().isEmpty(), "the documents");
        interact(() -> lookup("#documentList").query().requestFocus());

        type(KeyCode.ENTER);

        waitFor("#itemQuery");
        assertThat(lookup("#itemQuery").query().isVisible()).isTrue();
    }

    /** Finding 6: Alt+A, Alt+C and Alt+R, written on the screen, did nothing. */
    @Test
    void theShortcutsWrittenOnTheScreenWork() {
        chooseByTyping("食品经营");
        press(KeyCode.ALT).type(KeyCode.A).release(KeyCode.ALT);
        assertThat(lookup("#hasAgent").queryAs(CheckBox.class).isSelected()).as("Alt+A").isTrue();
        press(KeyCode.ALT).type(KeyCode.C).release(KeyCode.ALT);
        assertThat(lookup("#applicantCompany").queryAs(RadioButton.class).isSelected()).as("Alt+C").isTrue();
        press(KeyCode.ALT).type(KeyCode.P).release(KeyCode.ALT);
        assertThat(lookup("#applicantPerson").queryAs(RadioButton.class).isSelected()).as("Alt+P").isTrue();
        press(KeyCode.ALT).type(KeyCode.A).release(KeyCode.ALT);
        interact(() -> lookup("#applicantName").queryAs(TextInputControl.class).setText("快捷乙"));
        paste("#applicantIdNumber", UiFixture.residentId(nextPerson++));
        paste("#applicantPhone", "13800138000");
        clickOn("#nextButton");
        markAllPresented();
        type(KeyCode.ENTER);
        press(KeyCode.ALT).type(KeyCode.R).release(KeyCode.ALT);
        assertThat(lookup("#refusing").queryAs(CheckBox.class).isSelected()).as("Alt+R").isTrue();
        press(KeyCode.ALT).type(KeyCode.R).release(KeyCode.ALT);
        assertThat(lookup("#refusing").queryAs(CheckBox.class).isSelected()).as("Alt+R again").isFalse();
    }

    /**
     * Decision record 0033: the result by post is chosen at the confirm step by keyboard (Alt+M opens the address with
     * the focus on it, the applicant's name and phone offered); a wrong phone is refused in Chinese, nothing saved.
     */
    @Test
    void theResultByPostIsChosenByKeyboardAtTheConfirmStep() {
        chooseByTyping("食品经营");
        enterPerson("邮寄甲");
        markAllPresented();
        type(KeyCode.ENTER);
        assertThat(lookup("#mailResult").queryAs(CheckBox.class).isSelected()).as("collected at the window by default")
                .isFalse();
        assertThat(lookup("#mailRecipient").query().getParent().isVisible()).as("the address hidden until chosen").isFalse();
        press(KeyCode.ALT).type(KeyCode.M).release(KeyCode.ALT);
        assertThat(lookup("#mailResult").queryAs(CheckBox.class).isSelected()).as("Alt+M").isTrue();
        assertThat(lookup("#mailRecipient").query().getParent().isVisible()).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#mailRecipient").query().isFocused()).as("the recipient takes the focus").isTrue();
        assertThat(text("#mailRecipient")).isEqualTo("邮寄甲");
        type(KeyCode.TAB);
        assertThat(lookup("#mailPhone").query().isFocused()).isTrue();
        interact(() -> lookup("#mailPhone").queryAs(TextInputControl.class).setText("12345"));
        type(KeyCode.TAB).write("浙江省杭州市西湖区文三路 90 号");
        type(KeyCode.ENTER);
        waitUntil(() -> text("#flowMessage").contains("收件人电话有误"), "the phone refused");
        assertThat(store.cases().search("邮寄甲", 10)).as("nothing saved").isEmpty();

        interact(() -> lookup("#mailPhone").queryAs(TextInputControl.class).setText("13800138000"));
        type(KeyCode.ENTER);
        waitFor("#documentStep");
        CaseRow saved = savedCaseOf("邮寄甲");
        assertThat(store.desk().state(saved.caseId()).afterAcceptance().mailTo().address())
                .isEqualTo("浙江省杭州市西湖区文三路 90 号");
        waitUntil(() -> !lookup("#documentPages").queryAs(VBox.class).getChildren().isEmpty(), "the receipt's pages");
    }

    /** Finding 6: check boxes showed no focus ring. */
    @Test
    void aFocusedCheckBoxShowsItsFocus() {
        chooseByTyping("食品经营");
        CheckBox agent = lookup("#hasAgent").queryAs(CheckBox.class);
        assertThat(agent.getBorder() == null || agent.getBorder().isEmpty()).as("no ring without the focus").isTrue();
        interact(agent::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(agent.getBorder()).as("a ring with the focus").isNotNull();
        assertThat(agent.getBorder().getStrokes()).isNotEmpty();
    }

    /** Finding 9: raw enum text, 一次性告知 before anything was ticked, and an old message on a later step. */
    @Test
    void theChecklistSaysWhatIsLeftToCheckInWordsAndOldMessagesDoNotFollow() {
        chooseByTyping("食品经营");
        enterPerson("核验子");
        @SuppressWarnings("unchecked")
        ComboBox<MaterialStatus> first = lookup("#status-M-SQB-SCJG-003").queryAs(ComboBox.class);
        assertThat(first.getButtonCell().getText()).isEqualTo("未核验");
        assertThat(text("#decisionVerdict")).doesNotContain("一次性告知").contains("待核验");
        markAllPresented();
        assertThat(text("#decisionVerdict")).isEqualTo("受理");

        type(KeyCode.ENTER);
        clickOn("#refusing");
        clickOn("#nextButton");
        assertThat(text("#flowMessage")).contains("书面理由");
        clickOn("#refusing");
        type(KeyCode.ESCAPE);
        assertThat(text("#flowMessage")).as("the confirmation's message stays on its step").isEmpty();
    }

    /** Finding 9: explanation lines overlapped or were cut. */
    @Test
    void everyExplanationLineIsShownWholeAndApartFromTheNext() {
        chooseByTyping("食品经营");
        enterPerson("说明丑");
        markAllPresented();
        setState("M-SBBJ", KeyCode.DIGIT3);
        setState("M-JKZ", KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        List<Label> lines = lookup("#decisionExplanation .explanation-line").queryAllAs(Label.class).stream().toList();
        assertThat(lines).hasSizeGreaterThan(4);
        for (int i = 0; i < lines.size(); i++) {
            Label line = lines.get(i);
            assertThat(line.getHeight()).as("line %d is tall enough for its text: %s", i, line.getText())
                    .isGreaterThanOrEqualTo(line.prefHeight(line.getWidth()) - 0.5);
            if (i > 0) {
                Bounds above = lines.get(i - 1).localToScene(lines.get(i - 1).getBoundsInLocal());
                assertThat(line.localToScene(line.getBoundsInLocal()).getMinY()).as("line %d starts below line %d", i, i - 1)
                        .isGreaterThanOrEqualTo(above.getMaxY() - 0.5);
            }
        }
    }

    /** Finding 16: the saving was on the first step only, and the bundle asked for the licence it issues itself. */
    @Test
    void theChecklistOfABundleShowsItsSavingAndDoesNotAskForWhatTheBundleIssues() {
        write("开餐馆").type(KeyCode.ENTER);
        enterPerson("套餐寅");
        assertThat(text("#checklistSaving")).isEqualTo("开餐馆一件事：共需 20 份材料，逐项申请需 26 份，少交 6 份");
        assertThat(lookup("#status-M-YYZZ").tryQuery()).as("营业执照 is not asked for").isEmpty();
        assertThat(lookup("#producedWithin .label").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("营业执照：由本套餐的“个体工商户设立登记”出具，无需申请人提交");
        markAllPresented();
        confirmAndWaitForTheDocumentStep();
        assertThat(store.desk().state(savedCaseOf("套餐寅").caseId()).intake().materials())
                .extracting(MaterialCheck::materialCode).doesNotContain("M-YYZZ");
    }

    /** The key count at the counter: the item this window takes most is one key away (Alt+1), and goes on. */
    @Test
    void theItemThisWindowTakesMostIsOneKeyAway() {
        chooseByTyping("食品经营");
        enterPerson("常办卯");
        markAllPresented();
        confirmAndWaitForTheDocumentStep();
        type(KeyCode.ENTER);
        waitFor("#itemQuery");
        waitUntil(() -> lookup("#itemResults").queryListView().getItems().get(0).toString().contains("SCJG-003"),
                "the food licence first among the results");

        press(KeyCode.ALT).type(KeyCode.DIGIT1).release(KeyCode.ALT);

        assertThat(lookup(".step.current").queryAs(Label.class).getText()).isEqualTo("2 申请人");
        assertThat(lookup("#chosenItems").queryListView().getItems()).extracting(Object::toString)
                .singleElement().asString().contains("SCJG-003");
    }

    /** Ctrl+Enter adds the first match and stays, for an application of several items. */
    @Test
    void ctrlEnterAddsAnItemAndStaysForAnother() {
        write("食品经营");
        press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        assertThat(lookup(".step.current").queryAs(Label.class).getText()).isEqualTo("1 选择事项");
        write("yyzz");
        press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        assertThat(lookup("#chosenItems").queryListView().getItems()).hasSize(2);
        type(KeyCode.ENTER);
        assertThat(lookup(".step.current").queryAs(Label.class).getText()).isEqualTo("2 申请人");
    }
}
