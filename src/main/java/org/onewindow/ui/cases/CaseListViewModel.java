package org.onewindow.ui.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.onewindow.app.CaseQueries;
import org.onewindow.domain.Problem;
import org.onewindow.domain.caselog.CaseFold;
import org.onewindow.domain.caselog.CaseStatus;
import org.onewindow.store.CaseFilter;
import org.onewindow.store.CaseRow;
import org.onewindow.store.Page;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The case list (办件查询): full-text search over applicant name, ID number, case number and item,
 * narrowed by status and the days received, a page at a time. A complete case number is looked up
 * exactly, so a mistyped check character is reported instead of silently finding nothing.
 */
public final class CaseListViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(CaseListViewModel.class);
    public static final int PAGE_SIZE = 50;
    private static final Pattern CASE_NUMBER_SHAPE =
            Pattern.compile("(?i)[0-9A-Z]{4}[-\\s]?\\d{6}[-\\s]?\\d{4,5}[-\\s]?[0-9A-Z]");

    private final CaseQueries cases;
    private final Clock clock;
    private final TaskExecutor tasks;
    private final Localization texts;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectProperty<CaseStatus> status = new SimpleObjectProperty<>(this, "status");
    private final ObjectProperty<LocalDate> receivedFrom = new SimpleObjectProperty<>(this, "receivedFrom");
    private final ObjectProperty<LocalDate> receivedTo = new SimpleObjectProperty<>(this, "receivedTo");
    private final ObservableList<CaseLine> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper(this, "page");
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper(this, "hasMore");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper(this, "pageText", "");
    private CaseFilter shownFilter = CaseFilter.ALL;

    public CaseListViewModel(CaseQueries cases, Clock clock, TaskExecutor tasks,
                             Localization texts) {
        this.cases = cases;
        this.clock = clock;
        this.tasks = tasks;
        this.texts = texts;
    }

    /** The statuses offered in the filter, in exchange-code order; no choice means any status. */
    public List<CaseStatus> statuses() {
        return Arrays.asList(CaseStatus.values());
    }

    /** Runs the search from the first page. */
    public void search() {
        if (receivedFrom.get() != null && receivedTo.get() != null && receivedFrom.get().isAfter(receivedTo.get())) {
            message.set(texts.get("cases.fromAfterTo"));
            return;
        }
        String text = query.get().strip();
        if (CASE_NUMBER_SHAPE.matcher(text).matches()) {
            findCaseNumber(text);
            return;
        }
        shownFilter = CaseFilter.ALL.withText(text)
                .withStatuses(status.get() == null ? Set.of() : Set.of(status.get()))
                .receivedBetween(receivedFrom.get(), receivedTo.get());
        load(0);
    }

    public void nextPage() {
        if (hasMore.get()) {
            load(page.get() + 1);
        }
    }

    public void previousPage() {
        if (page.get() > 0) {
            load(page.get() - 1);
        }
    }

    /** Empties every field and shows the newest cases. */
    public void clear() {
        query.set("");
        status.set(null);
        receivedFrom.set(null);
        receivedTo.set(null);
        search();
    }

    private void findCaseNumber(String typed) {
        busy.set(true);
        tasks.execute(() -> cases.byCaseNumber(typed), found -> {
            busy.set(false);
            rows.setAll(lines(found.map(List::of).orElse(List.of())));
            page.set(0);
            hasMore.set(false);
            pageText.set("");
            message.set(found.isPresent() ? "" : texts.get("cases.noCaseWithNumber", typed));
        }, this::failed);
    }

    private void load(int pageIndex) {
        busy.set(true);
        CaseFilter filter = shownFilter;
        tasks.execute(() -> cases.find(filter, pageIndex, PAGE_SIZE), this::show, this::failed);
    }

    private void show(Page<CaseRow> result) {
        busy.set(false);
        rows.setAll(lines(result.rows()));
        page.set(result.pageIndex());
        hasMore.set(result.hasMore());
        pageText.set(texts.get("cases.page", result.pageIndex() + 1));
        message.set(rows.isEmpty() ? texts.get("cases.nothingFound") : "");
    }

    private void failed(Throwable error) {
        busy.set(false);
        if (error instanceof Problem mistyped) {
            // a mistyped case number: the number's own check says what is wrong with it
            message.set(mistyped.getMessage());
            rows.clear();
            return;
        }
        LOG.error("case search failed", error);
        message.set(texts.get("cases.searchFailed"));
    }

    private List<CaseLine> lines(List<CaseRow> found) {
        LocalDate today = LocalDate.now(clock.withZone(CaseFold.ZONE));
        LocalDate soonUntil = cases.dueSoonUntil(today);
        return found.stream().map(row -> CaseLine.of(row, today, soonUntil, cases::provisional, texts)).toList();
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<CaseStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<LocalDate> receivedFromProperty() {
        return receivedFrom;
    }

    public ObjectProperty<LocalDate> receivedToProperty() {
        return receivedTo;
    }

    public ObservableList<CaseLine> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ReadOnlyIntegerProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pageTextProperty() {
        return pageText.getReadOnlyProperty();
    }
}
