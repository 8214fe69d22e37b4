package org.onewindow.ui.documents;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.onewindow.app.IssueDocuments;
import org.onewindow.app.IssuedDocument;
import org.onewindow.domain.Problem;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.catalog.ServiceItem;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.Deficiency;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.staff.User;
import org.onewindow.ui.app.Dates;
import org.onewindow.ui.app.Failures;
import org.onewindow.ui.app.Labels;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.TaskExecutor;

/**
 * The document step (出具文书) for a case just saved: the documents its decision calls for, issued and kept
 * with the case at once, each previewed as the very PDF that will be printed (pages rendered to images,
 * zoomable), and printed through the printer service. The case is already committed, so a printer error only says what
 * went wrong and leaves Print to try again; once a document has been printed, printing it again is a
 * 补打 and the copy says so. Every printed PDF is kept with the case.
 */
public final class DocumentStepViewModel {

    static final double MIN_ZOOM = 0.5;
    static final double MAX_ZOOM = 3.0;
    /** PDF points are 1/72 inch; the screen shows about 96 dots per inch at 100 %. */
    private static final float SCREEN_SCALE = 96f / 72f;

    private final CaseState saved;
    private final Catalog catalog;
    private final IssueDocuments documents;
    private final TaskExecutor tasks;
    private final Failures failures;
    private final Localization text;
    private final User clerk;
    private final Labels labels;
    private final Dates dates;

    private final ObservableList<String> facts = FXCollections.observableArrayList();
    private final ObservableList<Document> entries = FXCollections.observableArrayList();
    private final ObservableList<BufferedImage> pages = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected", -1);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1.0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper printFailed = new ReadOnlyBooleanWrapper(this, "printFailed");

    public DocumentStepViewModel(CaseState saved, Catalog catalog, IssueDocuments documents, TaskExecutor tasks,
                                 Localization text, User clerk) {
        this.saved = saved;
        this.catalog = catalog;
        this.documents = documents;
        this.tasks = tasks;
        this.text = text;
        this.clerk = clerk;
        this.failures = new Failures(text);
        this.labels = new Labels(text);
        this.dates = new Dates(text);
        facts.setAll(factsOf(saved));
        selected.addListener((o, before, now) -> preview());
        zoom.addListener((o, before, now) -> preview());
        busy.set(true);
        // every document the decision calls for is issued and kept with the case at once, printed or not, off the
        // window's thread: one the clerk does not print now is on the home screen to print later
        tasks.execute(() -> documents.issueAll(saved.caseId()), issued -> {
            busy.set(false);
            issued.forEach(document -> entries.add(new Document(document)));
            selected.set(entries.isEmpty() ? -1 : 0);
        }, failure -> {
            busy.set(false);
            status.set(failures.describe(failure));
        });
    }

    /** Renders the selected document (once) and its pages at the current zoom, off the window's thread. */
    private void preview() {
        Document document = current();
        if (document == null) {
            return;
        }
        float scale = (float) (clamp(zoom.get()) * SCREEN_SCALE);
        busy.set(true);
        tasks.execute(() -> documents.preview(document.issued.printed(), scale), images -> {
            busy.set(false);
            if (document == current()) {
                pages.setAll(images);
                status.set(document.describe());
            }
        }, failure -> {
            busy.set(false);
            status.set(text.get("documents.renderFailed", failures.describe(failure)));
        });
    }

    /**
     * Sends the selected document to its printer. A failure leaves the case as it is and says what to
     * fix; Print is then simply pressed again.
     */
    public void print() {
        Document document = current();
        if (document == null || busy.get()) {
            return;
        }
        busy.set(true);
        status.set(text.get("documents.printing", document.title()));
        tasks.execute(() -> documents.print(clerk, saved.caseId(), document.issued, document.printedOnce), printerName -> {
            busy.set(false);
            printFailed.set(false);
            document.printedOnce = true;
            status.set(text.get("documents.printed", document.title(), printerName));
            refreshEntry(document);
        }, failure -> {
            busy.set(false);
            printFailed.set(true);
            status.set(failure instanceof Problem ? failure.getMessage()
                    : text.get("documents.printFailed", failures.describe(failure)));
        });
    }

    public void zoomIn() {
        zoom.set(clamp(zoom.get() * 1.25));
    }

    public void zoomOut() {
        zoom.set(clamp(zoom.get() / 1.25));
    }

    private static double clamp(double value) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value));
    }

    private Document current() {
        int index = selected.get();
        return index >= 0 && index < entries.size() ? entries.get(index) : null;
    }

    private void refreshEntry(Document document) {
        int index = entries.indexOf(document);
        if (index >= 0) {
            entries.set(index, document);
        }
    }

    private List<String> factsOf(CaseState state) {
        List<String> lines = new ArrayList<>();
        lines.add(state.decision() == null || state.decision() == DecisionKind.ACCEPT
                ? text.get("documents.fact.statusOnly", labels.of(state.status()))
                : text.get("documents.fact.status", labels.of(state.status()), labels.of(state.decision())));
        lines.add(text.get("documents.fact.applicant", state.intake().applicant().name()));
        lines.add(text.get("documents.fact.items", String.join(text.get("timeline.separator"), state.intake().itemCodes().stream()
                .map(code -> catalog.item(code).map(ServiceItem::name).orElse(code)).toList())));
        if (state.promisedDate() != null) {
            lines.add(state.promisedProvisional()
                    ? text.get("documents.fact.promisedProvisional", dates.day(state.promisedDate()),
                            String.valueOf(state.promisedDate().getYear()))
                    : text.get("documents.fact.promised", dates.day(state.promisedDate())));
        }
        for (MaterialCheck owed : state.outstandingMaterials()) {
            lines.add(text.get("documents.fact.owed", owed.materialName(), dates.day(owed.promisedBy())));
        }
        for (MaterialCheck committed : state.awaitingVerification()) {
            lines.add(text.get("documents.fact.commitment", committed.materialName()));
        }
        for (Deficiency deficiency : state.openDeficiencies()) {
            lines.add(text.get("documents.fact.deficiency", deficiency.materialName(), deficiency.problem()));
        }
        if (state.refusalReason() != null && !state.refusalReason().isEmpty()) {
            lines.add(text.get("documents.fact.refusal", state.refusalReason()));
        }
        // people by name, with the staff number the events keep (the clerk at this window is the one who took it)
        String name = state.responsibleClerk().equals(clerk.userId()) ? clerk.displayName() : state.responsibleClerk();
        // the agent acts for the applicant: not the authority's 首问负责人
        lines.add(text.get(state.proxyUndecided() ? "documents.fact.agent" : "documents.fact.clerk", name,
                state.responsibleClerk()));
        return lines;
    }

    public String heading() {
        return text.get(saved.proxyUndecided() ? "documents.heading.proxy" : "documents.heading", saved.caseNumber());
    }

    public ObservableList<String> facts() {
        return facts;
    }

    public ObservableList<Document> documents() {
        return entries;
    }

    public ObservableList<BufferedImage> pages() {
        return pages;
    }

    public IntegerProperty selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The last print did not reach the printer: the case is saved and Print tries again. */
    public ReadOnlyBooleanProperty printFailedProperty() {
        return printFailed.getReadOnlyProperty();
    }

    /** One document of the case as issued and kept, printed or not yet. */
    public final class Document {
        private final IssuedDocument issued;
        private boolean printedOnce;

        Document(IssuedDocument issued) {
            this.issued = issued;
            this.printedOnce = issued.alreadyPrinted();
        }

        public String title() {
            return labels.of(issued.kind());
        }

        public boolean printed() {
            return printedOnce;
        }

        /** The number it was issued under. */
        public String number() {
            return issued.number();
        }

        String describe() {
            return text.get("documents.describe", title(), number());
        }
    }
}
