package org.onewindow.ui.home;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.onewindow.app.CaseQueries;
import org.onewindow.app.IssueDocuments;
import org.onewindow.store.UnprintedDocument;
import org.onewindow.domain.calendar.WorkingCalendar;
import org.onewindow.domain.caselog.CaseFold;
import org.onewindow.ui.app.Failures;
import org.onewindow.ui.app.Labels;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.Session;
import org.onewindow.ui.app.TaskExecutor;
import org.onewindow.ui.cases.CaseLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The home screen: the documents issued and never printed (a print that failed, a clerk who moved on), the
 * cases received today, the open cases whose promised date is near or past (most urgent first), and, for
 * supervisors and administrators, a warning when the holiday calendar is about to run out.
 */
public final class HomeViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(HomeViewModel.class);
    private static final int LIMIT = 200;
    private static final DateTimeFormatter ISSUED = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    /** How far back a supervisor is shown the cases whose deadlines were recounted (期限重算). */
    private static final int RECOUNTS_SHOWN_DAYS = 30;

    private final CaseQueries cases;
    private final IssueDocuments documents;
    private final Failures failures;
    private final Labels labels;
    private final Session session;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final TaskExecutor tasks;
    private final Localization texts;
    private final ObservableList<CaseLine> today = FXCollections.observableArrayList();
    private final ObservableList<CaseLine> deadlines = FXCollections.observableArrayList();
    private final ObservableList<UnprintedLine> unprinted = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper printStatus = new ReadOnlyStringWrapper(this, "printStatus", "");
    private final ReadOnlyBooleanWrapper printing = new ReadOnlyBooleanWrapper(this, "printing");
    private final ObservableList<String> recounted = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper greeting = new ReadOnlyStringWrapper(this, "greeting", "");
    private final ReadOnlyStringWrapper todaySummary = new ReadOnlyStringWrapper(this, "todaySummary", "");
    private final ReadOnlyStringWrapper deadlineSummary = new ReadOnlyStringWrapper(this, "deadlineSummary", "");
    private final ReadOnlyStringWrapper coverageWarning = new ReadOnlyStringWrapper(this, "coverageWarning", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");

    public HomeViewModel(CaseQueries cases, IssueDocuments documents, Session session, WorkingCalendar calendar,
                         Clock clock, TaskExecutor tasks, Localization texts) {
        this.cases = cases;
        this.documents = documents;
        this.failures = new Failures(texts);
        this.labels = new Labels(texts);
        this.session = session;
        this.calendar = calendar;
        this.clock = clock;
        this.tasks = tasks;
        this.texts = texts;
    }

    /** Reads today's cases and deadlines again (in the background). */
    public void refresh() {
        LocalDate day = LocalDate.now(clock.withZone(CaseFold.ZONE));
        greeting.set(texts.get(greetingKey(LocalTime.now(clock.withZone(CaseFold.ZONE))),
                session.requireClerk().displayName(),
                day.format(DateTimeFormatter.ofPattern(texts.get("home.datePattern"), texts.locale()))));
        coverageWarning.set(session.oversees() ? calendar.coverageWarning(day).orElse("") : "");
        loading.set(true);
        boolean oversees = session.oversees();
        Instant since = day.minusDays(RECOUNTS_SHOWN_DAYS).atStartOfDay(CaseFold.ZONE).toInstant();
        tasks.execute(() -> new Loaded(cases.today(day, LIMIT), oversees ? cases.recountedSince(since) : List.of()),
                this::show, this::failed);
        tasks.execute(() -> documents.unprinted(LIMIT), this::showUnprinted, error -> {
            LOG.error("unprinted documents could not be read", error);
            problem.set(texts.get("home.readFailed"));
        });
    }

    private void showUnprinted(List<UnprintedDocument> found) {
        unprinted.setAll(found.stream().map(d -> new UnprintedLine(d.issueId(), d.caseId(), d.caseNumber(),
                d.applicantName(), labels.documentKind(d.kind()), d.documentNumber(),
                ISSUED.format(d.issuedAt().atZone(CaseFold.ZONE)))).toList());
    }

    /**
     * Prints a document that was issued and never printed: its first print, the very PDF kept when it was issued,
     * not a 补打. The list is read again afterwards.
     */
    public void print(UnprintedLine line) {
        if (line == null || printing.get()) {
            return;
        }
        printing.set(true);
        printStatus.set(texts.get("home.unprinted.printing", line.title(), line.caseNumber()));
        tasks.execute(() -> documents.printIssued(session.requireClerk(), line.issueId()), printer -> {
            printing.set(false);
            printStatus.set(texts.get("home.unprinted.printed", line.title(), line.number(), printer));
            refresh();
        }, failure -> {
            printing.set(false);
            printStatus.set(failures.describe(failure));
        });
    }

    private record Loaded(CaseQueries.Today today, List<CaseQueries.Recount> recounts) {
    }

    private void failed(Throwable error) {
        loading.set(false);
        LOG.error("home screen could not be read", error);
        problem.set(texts.get("home.readFailed"));
    }

    private void show(Loaded loaded) {
        CaseQueries.Today snapshot = loaded.today();
        loading.set(false);
        problem.set("");
        recounted.setAll(loaded.recounts().stream().map(recount -> texts.get("home.recounted.line",
                recount.row().caseNumber(), recount.row().applicantName(), recount.reason())).toList());
        today.setAll(snapshot.received().stream()
                .map(row -> CaseLine.of(row, snapshot.day(), snapshot.soonUntil(), cases::provisional, texts)).toList());
        deadlines.setAll(snapshot.due().stream()
                .map(row -> CaseLine.of(row, snapshot.day(), snapshot.soonUntil(), cases::provisional, texts)).toList());
        long overdue = deadlines.stream().filter(line -> line.urgency() == CaseLine.Urgency.OVERDUE).count();
        todaySummary.set(texts.get("home.todaySummary", today.size()));
        deadlineSummary.set(deadlines.isEmpty() ? texts.get("home.noDeadlines")
                : texts.get("home.deadlineSummary", overdue, deadlines.size() - overdue, CaseQueries.DUE_SOON_WORKING_DAYS));
    }

    private static String greetingKey(LocalTime now) {
        if (now.isBefore(LocalTime.NOON)) {
            return "home.greeting.morning";
        }
        return now.isBefore(LocalTime.of(18, 0)) ? "home.greeting.afternoon" : "home.greeting.evening";
    }

    public ObservableList<CaseLine> today() {
        return FXCollections.unmodifiableObservableList(today);
    }

    /** For a supervisor: the cases whose dates were counted again after a year's holidays were published. */
    public ObservableList<String> recounted() {
        return FXCollections.unmodifiableObservableList(recounted);
    }

    public ObservableList<CaseLine> deadlines() {
        return FXCollections.unmodifiableObservableList(deadlines);
    }

    /** Documents of current decisions issued and never printed, newest first. */
    public ObservableList<UnprintedLine> unprinted() {
        return FXCollections.unmodifiableObservableList(unprinted);
    }

    /** What the last print from the home screen did. */
    public ReadOnlyStringProperty printStatusProperty() {
        return printStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty printingProperty() {
        return printing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty greetingProperty() {
        return greeting.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty todaySummaryProperty() {
        return todaySummary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty deadlineSummaryProperty() {
        return deadlineSummary.getReadOnlyProperty();
    }

    /** Empty unless the signed-in person oversees the hall and the calendar runs out soon. */
    public ReadOnlyStringProperty coverageWarningProperty() {
        return coverageWarning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
