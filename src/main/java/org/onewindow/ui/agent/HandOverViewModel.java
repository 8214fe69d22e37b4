package org.onewindow.ui.agent;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.onewindow.app.HandOver;
import org.onewindow.app.IssueDocuments;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.catalog.ServiceItem;
import org.onewindow.domain.staff.User;
import org.onewindow.ui.app.Failures;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.TaskExecutor;

/**
 * 交接单 at the site: the files held here, each with its paper materials counted; handing them over records the batch
 * on every file and shows the sheet both sides sign, as the PDF that is printed.
 */
public final class HandOverViewModel {

    private final HandOver handOver;
    private final IssueDocuments documents;
    private final Catalog catalog;
    private final TaskExecutor tasks;
    private final Localization text;
    private final User agent;
    private final Failures failures;

    private final ObservableList<HandOverRow> rows = FXCollections.observableArrayList();
    private final ObservableList<byte[]> sheet = FXCollections.observableArrayList();
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ReadOnlyStringWrapper batch = new ReadOnlyStringWrapper(this, "batch", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public HandOverViewModel(HandOver handOver, IssueDocuments documents, Catalog catalog, TaskExecutor tasks,
                             Localization text, User agent) {
        this.handOver = handOver;
        this.documents = documents;
        this.catalog = catalog;
        this.tasks = tasks;
        this.text = text;
        this.agent = agent;
        this.failures = new Failures(text);
    }

    public void load() {
        tasks.execute(handOver::atSite, held -> rows.setAll(held.stream().map(this::row).toList()),
                failure -> message.set(failures.describe(failure)));
    }

    private HandOverRow row(CaseState state) {
        String items = String.join(text.get("timeline.separator"), state.intake().itemCodes().stream()
                .map(code -> catalog.item(code).map(ServiceItem::name).orElse(code)).toList());
        return new HandOverRow(state.caseId(), state.caseNumber(), state.intake().applicant().name(), items,
                HandOver.papersOf(state));
    }

    /** Records the chosen files as one batch and shows its sheet. */
    public void handOver() {
        List<HandOverRow> chosen = rows.stream().filter(row -> row.chosenProperty().get()).toList();
        if (chosen.isEmpty()) {
            message.set(text.get("agent.handOver.chooseFirst"));
            return;
        }
        Map<UUID, Integer> papers = new HashMap<>();
        chosen.forEach(row -> papers.put(row.caseId(), row.papersProperty().get()));
        List<UUID> ids = chosen.stream().map(HandOverRow::caseId).toList();
        String remark = note.get();
        tasks.execute(() -> {
            HandOver.Batch recorded = handOver.handOver(agent, ids, papers, remark);
            return Map.entry(recorded.number(), PdfPages.png(documents.preview(handOver.sheet(recorded.number()), 1.2f)));
        }, done -> {
            batch.set(done.getKey());
            sheet.setAll(done.getValue());
            message.set(text.get("agent.handOver.recorded", done.getKey(), ids.size()));
            load();
        }, failure -> message.set(failures.describe(failure)));
    }

    /** Prints the sheet (twice: one stays at the hall, one at the site). */
    public void print() {
        String number = batch.get();
        if (number.isEmpty()) {
            return;
        }
        tasks.execute(() -> handOver.printSheet(number), printer -> message.set(text.get("agent.handOver.printed", printer)),
                failure -> message.set(failures.describe(failure)));
    }

    public ObservableList<HandOverRow> rows() {
        return rows;
    }

    public ObservableList<byte[]> sheet() {
        return sheet;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyStringProperty batchProperty() {
        return batch.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
