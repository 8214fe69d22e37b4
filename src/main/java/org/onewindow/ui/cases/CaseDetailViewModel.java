package org.onewindow.ui.cases;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.onewindow.app.CaseQueries;
import org.onewindow.app.Credentials;
import org.onewindow.app.IssueDocuments;
import org.onewindow.app.SignIn;
import org.onewindow.app.SupplementCase;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.CaseFold;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.CaseStatus;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.catalog.ServiceItem;
import org.onewindow.domain.intake.Deficiency;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.staff.Role;
import org.onewindow.domain.staff.User;
import org.onewindow.store.CaseRow;
import org.onewindow.ui.app.DialogService;
import org.onewindow.ui.app.Failures;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.Session;
import org.onewindow.ui.app.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One case (办件详情): its status with the exchange code, the applicant, items and dates, what is
 * still owed, the documents printed, and the full timeline of its events.
 */
public final class CaseDetailViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(CaseDetailViewModel.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final CaseQueries cases;
    private final IssueDocuments documentsIssued;
    private final SignIn signIn;
    private final Catalog catalog;
    private final Session session;
    private final Failures failures;
    private final DialogService dialogs;
    private final TaskExecutor tasks;
    private final Localization texts;
    private final EventSummary summary;
    private final UUID caseId;
    private final ReadOnlyStringWrapper caseNumber = new ReadOnlyStringWrapper(this, "caseNumber", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper applicant = new ReadOnlyStringWrapper(this, "applicant", "");
    private final ReadOnlyStringWrapper items = new ReadOnlyStringWrapper(this, "items", "");
    private final ReadOnlyStringWrapper received = new ReadOnlyStringWrapper(this, "received", "");
    private final ReadOnlyStringWrapper promisedDate = new ReadOnlyStringWrapper(this, "promisedDate", "");
    private final ReadOnlyStringWrapper statutoryDeadline = new ReadOnlyStringWrapper(this, "statutoryDeadline", "");
    private final ReadOnlyStringWrapper responsibleClerk = new ReadOnlyStringWrapper(this, "responsibleClerk", "");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper owesMaterials = new ReadOnlyBooleanWrapper(this, "owesMaterials");
    private final ObservableList<String> outstanding = FXCollections.observableArrayList();
    private final ObservableList<TimelineEntry> timeline = FXCollections.observableArrayList();
    private final ObservableList<DocumentLine> documents = FXCollections.observableArrayList();

    public CaseDetailViewModel(UUID caseId, CaseQueries cases, IssueDocuments documentsIssued, SignIn signIn,
                               Catalog catalog, Session session, DialogService dialogs, TaskExecutor tasks,
                               Localization texts) {
        this.caseId = caseId;
        this.cases = cases;
        this.documentsIssued = documentsIssued;
        this.signIn = signIn;
        this.catalog = catalog;
        this.session = session;
        this.failures = new Failures(texts);
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.texts = texts;
        this.summary = new EventSummary(texts);
    }

    /** Reads the case again (in the background): after printing, syncing or a back-office change. */
    public void refresh() {
        tasks.execute(() -> cases.detail(caseId), this::show, error -> {
            LOG.error("case {} could not be read", caseId, error);
            problem.set(texts.get("case.readFailed"));
        });
    }

    private void show(CaseQueries.CaseDetail loaded) {
        CaseState state = loaded.state();
        if (!state.opened()) {
            problem.set(texts.get("case.notFound"));
            return;
        }
        problem.set("");
        caseNumber.set(state.caseNumber());
        status.set(texts.get("case.statusLine", state.status().code(), state.status().label(),
                state.decision() == null ? "" : state.decision().label()));
        String id = loaded.row().map(CaseRow::idMasked).orElse("");
        applicant.set(texts.get("case.applicantLine", state.intake().applicant().name(),
                state.intake().applicant().idKind().label(), id));
        items.set(itemNames(state));
        received.set(date(state.receivedOn()));
        String promised = dated(state.promisedDate(), state.promisedProvisional());
        promisedDate.set(state.paused() ? texts.get("case.paused", promised, date(state.pausedSince())) : promised);
        statutoryDeadline.set(state.statutoryDeadline() == null && state.status() != CaseStatus.REFUSED
                && state.promisedDate() != null
                ? texts.get("case.statutoryDeadline.open") : dated(state.statutoryDeadline(), state.statutoryProvisional()));
        responsibleClerk.set(state.responsibleClerk());
        note.set(note(state));
        outstanding.setAll(owed(state));
        owesMaterials.set(SupplementCase.owesMaterials(state));
        timeline.setAll(loaded.events().stream().map(this::entry).toList());
        documents.setAll(loaded.documents().stream().map(d -> new DocumentLine(d.id(), d.kind(), EventSummary.documentTitle(d.kind()),
                d.documentNumber(), d.printedAt(), WHEN.format(d.printedAt().atZone(CaseFold.ZONE)), d.reprint())).toList());
    }

    /**
     * 补打 a printed document. Only a supervisor (窗口负责人) may: a supervisor signed in reprints at
     * once, anyone else is asked for a supervisor's password on the spot.
     */
    public void reprint(DocumentLine document) {
        User signedIn = session.requireClerk();
        Optional<Credentials> confirmation = Optional.empty();
        if (signedIn.role() != Role.SUPERVISOR) {
            confirmation = dialogs.askCredentials(texts.get("case.reprint.title"),
                    texts.get("case.reprint.supervisorNeeded", document.kind(), document.number()));
            if (confirmation.isEmpty()) {
                return;
            }
        }
        Optional<Credentials> typed = confirmation;
        tasks.execute(() -> {
            User supervisor = typed.isEmpty() ? signedIn : signIn.confirmSupervisor(typed.get());
            return documentsIssued.reprint(supervisor, caseId, document.archiveId());
        }, printerName -> {
            refresh();
            dialogs.showInformation(texts.get("case.reprint.title"),
                    texts.get("case.reprint.done", document.kind(), document.number(), printerName));
        }, error -> {
            dialogs.showError(texts.get("case.reprint.title"), failures.describe(error));
        });
    }

    private String itemNames(CaseState state) {
        List<String> names = state.intake().itemCodes().stream()
                .map(code -> catalog.item(code).map(ServiceItem::name).orElse(code)).toList();
        String bundle = state.intake().bundleCode().isEmpty() ? ""
                : catalog.bundle(state.intake().bundleCode()).map(b -> b.name() + texts.get("case.bundleSeparator")).orElse("");
        return bundle + String.join(texts.get("timeline.separator"), names);
    }

    private String note(CaseState state) {
        if (!state.refusalReason().isEmpty()) {
            return texts.get("case.refusalReason", state.refusalReason());
        }
        if (!state.voidReason().isEmpty()) {
            return texts.get("case.voidReason", state.voidReason());
        }
        if (!state.deadlineNote().isEmpty()) {
            return texts.get("case.deadlineNote", state.deadlineNote());
        }
        return "";
    }

    /** A date, marked 暂定 when it was counted over holidays not yet published. */
    private String dated(LocalDate day, boolean provisional) {
        return provisional && day != null ? texts.get("case.date.provisional", date(day), String.valueOf(day.getYear()))
                : date(day);
    }

    /** Tolerated materials still owed, commitments to verify and what the one-time notice asked for. */
    private List<String> owed(CaseState state) {
        List<String> lines = new java.util.ArrayList<>();
        for (MaterialCheck material : state.outstandingMaterials()) {
            LocalDate by = material.promisedBy() != null ? material.promisedBy() : state.toleranceDeadline();
            lines.add(texts.get("case.owed.tolerated", material.materialName(), date(by)));
        }
        for (MaterialCheck material : state.awaitingVerification()) {
            lines.add(texts.get("case.owed.commitment", material.materialName()));
        }
        for (Deficiency deficiency : state.openDeficiencies()) {
            lines.add(texts.get("case.owed.deficiency", deficiency.materialName(), deficiency.problem()));
        }
        return lines;
    }

    private TimelineEntry entry(CaseEvent event) {
        return new TimelineEntry(WHEN.format(ZonedDateTime.ofInstant(event.recordedAt(), CaseFold.ZONE)),
                event.actor(), event.type().label(), summary.of(event.payload()));
    }

    private static String date(LocalDate day) {
        return day == null ? "—" : day.toString();
    }

    public UUID caseId() {
        return caseId;
    }

    public ReadOnlyStringProperty caseNumberProperty() {
        return caseNumber.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty applicantProperty() {
        return applicant.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty itemsProperty() {
        return items.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty receivedProperty() {
        return received.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty promisedDateProperty() {
        return promisedDate.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statutoryDeadlineProperty() {
        return statutoryDeadline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty responsibleClerkProperty() {
        return responsibleClerk.getReadOnlyProperty();
    }

    /** The refusal or void reason, if any. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Something is owed that 补齐补正 (F6) can take in. */
    public ReadOnlyBooleanProperty owesMaterialsProperty() {
        return owesMaterials.getReadOnlyProperty();
    }

    public ObservableList<String> outstanding() {
        return FXCollections.unmodifiableObservableList(outstanding);
    }

    public ObservableList<TimelineEntry> timeline() {
        return FXCollections.unmodifiableObservableList(timeline);
    }

    public ObservableList<DocumentLine> documents() {
        return FXCollections.unmodifiableObservableList(documents);
    }
}
