package org.onewindow.ui.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.onewindow.app.AfterAcceptanceQueries;
import org.onewindow.domain.caselog.CaseFold;
import org.onewindow.store.AfterAcceptanceList;
import org.onewindow.store.AfterAcceptanceList.AfterRow;
import org.onewindow.ui.app.Dates;
import org.onewindow.ui.app.Failures;
import org.onewindow.ui.app.Labels;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.TaskExecutor;

/**
 * 办件去向/待领取 (decision record 0033): per department what the hall sent and what came back, the cases the back
 * office has not picked up within {@link AfterAcceptanceQueries#PICK_UP_WORKING_DAYS} working day (flagged), the
 * results waiting at the window with how long they have waited, and the day's fees.
 */
public final class AfterListViewModel {

    /** One department's line. */
    public record DepartmentLine(String department, String sent, String waiting, String inReview, String decided) {
    }

    private final AfterAcceptanceQueries queries;
    private final Clock clock;
    private final TaskExecutor tasks;
    private final Localization texts;
    private final Labels labels;
    private final Dates dates;
    private final Failures failures;
    private final ObservableList<DepartmentLine> departments = FXCollections.observableArrayList();
    private final ObservableList<AfterLine> notPickedUp = FXCollections.observableArrayList();
    private final ObservableList<AfterLine> uncollected = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper fees = new ReadOnlyStringWrapper(this, "fees", "");
    private final ReadOnlyStringWrapper notPickedUpTitle = new ReadOnlyStringWrapper(this, "notPickedUpTitle", "");
    private final ReadOnlyStringWrapper uncollectedTitle = new ReadOnlyStringWrapper(this, "uncollectedTitle", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public AfterListViewModel(AfterAcceptanceQueries queries, Clock clock, TaskExecutor tasks, Localization texts) {
        this.queries = queries;
        this.clock = clock;
        this.tasks = tasks;
        this.texts = texts;
        this.labels = new Labels(texts);
        this.dates = new Dates(texts);
        this.failures = new Failures(texts);
    }

    private record Loaded(List<AfterAcceptanceList.DepartmentCount> departments, List<AfterRow> notPickedUp,
                          List<AfterAcceptanceQueries.Waiting> uncollected, AfterAcceptanceList.DayFees fees) {
    }

    public void refresh() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), CaseFold.ZONE);
        tasks.execute(() -> new Loaded(queries.byDepartment(), queries.notPickedUp(), queries.uncollected(),
                queries.feesOn(today)), this::show, error -> problem.set(failures.describe(error)));
    }

    private void show(Loaded loaded) {
        problem.set("");
        departments.setAll(loaded.departments().stream().map(d -> new DepartmentLine(
                d.departmentName().isEmpty() ? d.departmentCode() : d.departmentName(), String.valueOf(d.sent()),
                String.valueOf(d.waitingForPickUp()), String.valueOf(d.inReview()), String.valueOf(d.decided())))
                .toList());
        notPickedUp.setAll(loaded.notPickedUp().stream().map(row -> line(row,
                row.sentOn() == null ? "—" : dates.day(row.sentOn()), texts.get("after.list.flagNotPickedUp"))).toList());
        uncollected.setAll(loaded.uncollected().stream().map(waiting -> line(waiting.row(),
                dates.day(waiting.row().readyOn()), waiting.row().byMail()
                        ? texts.get("after.list.waitedByMail", waiting.days())
                        : texts.get("after.list.waited", waiting.days()))).toList());
        notPickedUpTitle.set(texts.get("after.list.notPickedUp", notPickedUp.size()));
        uncollectedTitle.set(texts.get("after.list.uncollected", uncollected.size()));
        AfterAcceptanceList.DayFees day = loaded.fees();
        fees.set(texts.get("after.list.fees", dates.day(day.day()), day.paidCount(), day.paidTotal().toPlainString(),
                day.waivedCount()));
    }

    private AfterLine line(AfterRow row, String since, String note) {
        return new AfterLine(row.row().caseId(), row.row().caseNumber(), row.row().applicantName(), row.row().itemNames(),
                row.departmentName().isEmpty() ? row.departmentCode() : row.departmentName(), labels.of(row.stage()),
                since, note);
    }

    public ObservableList<DepartmentLine> departments() {
        return FXCollections.unmodifiableObservableList(departments);
    }

    public ObservableList<AfterLine> notPickedUp() {
        return FXCollections.unmodifiableObservableList(notPickedUp);
    }

    public ObservableList<AfterLine> uncollected() {
        return FXCollections.unmodifiableObservableList(uncollected);
    }

    public ReadOnlyStringProperty feesProperty() {
        return fees.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty notPickedUpTitleProperty() {
        return notPickedUpTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty uncollectedTitleProperty() {
        return uncollectedTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
