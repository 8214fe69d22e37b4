package org.onewindow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.codec.HolidayNotice;
import org.onewindow.codec.Json;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.sync.ChangePuller;

/**
 * 期限重算 on a real workstation: cases accepted past the published holidays carry provisional dates; when the
 * State Council's holidays of 2027 arrive (here: a hypothetical notice, written for the tests while the real
 * one is not out), the dates are counted again as events — never earlier than the applicant was told.
 */
class RecountDeadlinesTest {

    /** 居民身份证换领: 20 working days promised, 60 statutory. */
    private static final String TWENTY_DAYS = AppFixture.ID_CARD_RENEWAL;
    /** 道路货物运输经营许可: 5 working days promised, 20 statutory. */
    private static final String FIVE_DAYS = "CG-001";

    @TempDir
    Path dir;
    private AppFixture app;

    @AfterEach
    void close() {
        app.close();
    }

    private CaseState acceptOn(String hallMorning, String item, String name) {
        app = app == null ? new AppFixture(dir, hallMorning) : app;
        app.clock.set(java.time.Instant.parse(hallMorning));
        return app.workstation.takeApplication().take(AppFixture.CLERK, AppFixture.complete(item, name), DecisionKind.ACCEPT);
    }

    /** What the sync does when the centre publishes 2027: keeps the year, then the workstation takes it into force. */
    private void publish2027() throws Exception {
        HolidayNotice notice = HolidayNotice.read(Files.readString(
                Path.of(RecountDeadlinesTest.class.getResource("/calendar/holiday-cn-2027-hypothetical.json").toURI())));
        app.workstation.store().settings().put(ChangePuller.nationalYearSetting(2027), Json.write(notice.days()));
        app.workstation.takePublications();
    }

    private List<EventPayload.DeadlinesRecalculated> recounts(CaseState state) {
        return app.workstation.store().events().eventsOf(state.caseId()).stream().map(CaseEvent::payload)
                .filter(EventPayload.DeadlinesRecalculated.class::isInstance)
                .map(EventPayload.DeadlinesRecalculated.class::cast).toList();
    }

    @Test
    void datesCountedPastThePublishedHolidaysAreProvisionalUntilTheYearIsPublishedThenFirm() throws Exception {
        CaseState accepted = acceptOn("2026-12-28T02:00:00Z", TWENTY_DAYS, "暂定甲");
        assertThat(accepted.promisedDate()).isEqualTo(LocalDate.of(2027, 1, 26));
        // 居民身份证法: 60 日, calendar days, from 28 December
        assertThat(accepted.statutoryDeadline()).isEqualTo(LocalDate.of(2027, 2, 26));
        assertThat(accepted.promisedProvisional()).isTrue();
        assertThat(accepted.statutoryProvisional()).isTrue();
        assertThat(accepted.promisedDays()).isEqualTo(20);

        publish2027();

        CaseState after = app.workstation.cases().detail(accepted.caseId()).state();
        assertThat(recounts(accepted)).singleElement().satisfies(recount -> {
            assertThat(recount.publishedYear()).isEqualTo(2027);
            assertThat(recount.reason()).isEqualTo("国务院公布2027年节假日安排后重新计算，承诺办结日期 2027-01-26 不变");
        });
        assertThat(after.promisedDate()).isEqualTo(LocalDate.of(2027, 1, 26));
        assertThat(after.statutoryDeadline()).isEqualTo(LocalDate.of(2027, 2, 26));
        assertThat(after.promisedProvisional()).isFalse();
        assertThat(after.statutoryProvisional()).isFalse();
        assertThat(app.workstation.store().events().eventsOf(accepted.caseId())).last()
                .satisfies(event -> assertThat(event.actor()).isEqualTo("system"));
    }

    @Test
    void aPublishedCountThatEndsLaterMovesThePromiseLaterAndSaysWhy() throws Exception {
        // from Thursday 2027-01-14, 20 working days: 17 February on the law's 春节; the notice also gives 11 February
        CaseState accepted = acceptOn("2027-01-14T02:00:00Z", TWENTY_DAYS, "推后乙");
        assertThat(accepted.promisedDate()).isEqualTo(LocalDate.of(2027, 2, 17));

        publish2027();

        CaseState after = app.workstation.cases().detail(accepted.caseId()).state();
        assertThat(after.promisedDate()).isEqualTo(LocalDate.of(2027, 2, 18));
        assertThat(after.deadlineNote()).isEqualTo("国务院公布2027年节假日安排后重新计算，承诺办结日期由 2027-02-17 改为 2027-02-18");
        assertThat(app.workstation.cases().recountedSince(java.time.Instant.parse("2027-01-01T00:00:00Z")))
                .extracting(CaseQueries.Recount::reason).containsExactly(after.deadlineNote());
    }

    @Test
    void aPublishedCountThatEndsEarlierKeepsThePromiseTheApplicantWasToldButTheStatutoryDeadlineIsTheLaws()
            throws Exception {
        // from Tuesday 2027-04-20, 5 working days: the notice works Sunday 25 April (调休), the law does not
        CaseState accepted = acceptOn("2027-04-20T02:00:00Z", FIVE_DAYS, "守诺丙");
        assertThat(accepted.promisedDate()).isEqualTo(LocalDate.of(2027, 4, 27));
        assertThat(accepted.statutoryDeadline()).isEqualTo(LocalDate.of(2027, 5, 20));

        publish2027();

        CaseState after = app.workstation.cases().detail(accepted.caseId()).state();
        assertThat(after.promisedDate()).as("never earlier than told").isEqualTo(LocalDate.of(2027, 4, 27));
        assertThat(after.promisedProvisional()).isFalse();
        assertThat(after.statutoryDeadline()).isEqualTo(LocalDate.of(2027, 5, 19));
    }

    @Test
    void countingAgainUnderTheSameCalendarRecordsNothingNew() throws Exception {
        CaseState accepted = acceptOn("2026-12-28T02:00:00Z", TWENTY_DAYS, "一次丁");
        publish2027();

        assertThat(app.workstation.recountDeadlines().recountOpenCases()).isEmpty();
        app.workstation.takePublications();
        assertThat(recounts(accepted)).hasSize(1);
    }

    @Test
    void aCaseWhoseDatesWereNeverProvisionalIsLeftAsItIs() throws Exception {
        CaseState accepted = acceptOn("2026-11-23T02:00:00Z", AppFixture.FOOD_LICENCE, "已公布戊");
        assertThat(accepted.promisedProvisional()).isFalse();

        publish2027();

        assertThat(recounts(accepted)).isEmpty();
    }

    @Test
    void theReceiptSaysTheDateIsProvisional() throws Exception {
        CaseState accepted = acceptOn("2026-12-28T02:00:00Z", TWENTY_DAYS, "回执己");
        IssueDocuments documents = app.workstation.documents();
        IssuedDocument receipt = documents.issueAll(accepted.caseId()).get(0);

        assertThat(org.onewindow.print.PdfReading.text(receipt.printed().pdf()).replaceAll("\\s", ""))
                .contains("2027年1月26日（暂定，待国务院公布2027年节假日安排后校准）前办结");
    }
}
