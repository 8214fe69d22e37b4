package org.onewindow.ui.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.onewindow.app.CaseQueries;
import org.onewindow.app.Credentials;
import org.onewindow.app.IssueDocuments;
import org.onewindow.app.SignIn;
import org.onewindow.app.SupplementCase;
import org.onewindow.app.VoidCase;
import org.onewindow.domain.applicant.Agent;
import org.onewindow.domain.applicant.Applicant;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.CaseStatus;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.catalog.ServiceItem;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.Deficiency;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.staff.Role;
import org.onewindow.domain.staff.User;
import org.onewindow.store.CaseRow;
import org.onewindow.ui.app.Dates;
import org.onewindow.ui.app.DialogService;
import org.onewindow.ui.app.Failures;
import org.onewindow.ui.app.Labels;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.Session;
import org.onewindow.ui.app.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One case (办件详情): its status and decision, the applicant with phone and address, the agent, items and
 * dates, the materials as checked, what is still owed, every document (printed, reprinted, or issued and not
 * printed yet), and the full timeline of its events. From here a document not printed yet is printed (a first
 * print), a printed one reprinted (补打) and the case voided (作废) — the last two only with a supervisor.
 */
public final class CaseDetailViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(CaseDetailViewModel.class);

    private final CaseQueries cases;
    private final IssueDocuments documentsIssued;
    private final SignIn signIn;
    private final VoidCase voiding;
    private final Catalog catalog;
    private final Session session;
    private final Failures failures;
    private final DialogService dialogs;
    private final TaskExecutor tasks;
    private final Localization texts;
    private final Labels labels;
    private final Dates dates;
    private final EventSummary summary;
    private final UUID caseId;
    private final ReadOnlyStringWrapper caseNumber = new ReadOnlyStringWrapper(this, "caseNumber", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper applicant = new ReadOnlyStringWrapper(this, "applicant", "");
    private final ReadOnlyStringWrapper phone = new ReadOnlyStringWrapper(this, "phone", "");
    private final ReadOnlyStringWrapper address = new ReadOnlyStringWrapper(this, "address", "");
    private final ReadOnlyStringWrapper agent = new ReadOnlyStringWrapper(this, "agent", "");
    private final ReadOnlyStringWrapper items = new ReadOnlyStringWrapper(this, "items", "");
    private final ReadOnlyStringWrapper received = new ReadOnlyStringWrapper(this, "received", "");
    private final ReadOnlyStringWrapper promisedDate = new ReadOnlyStringWrapper(this, "promisedDate", "");
    private final ReadOnlyStringWrapper statutoryDeadline = new ReadOnlyStringWrapper(this, "statutoryDeadline", "");
    private final ReadOnlyStringWrapper responsibleClerk = new ReadOnlyStringWrapper(this, "responsibleClerk", "");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper owesMaterials = new ReadOnlyBooleanWrapper(this, "owesMaterials");
    private final ReadOnlyBooleanWrapper mayVoid = new ReadOnlyBooleanWrapper(this, "mayVoid");
    private final ReadOnlyObjectWrapper<CaseState> voidedWithNotice = new ReadOnlyObjectWrapper<>(this, "voidedWithNotice");
    private final ObservableList<String> outstanding = FXCollections.observableArrayList();
    private final ObservableList<String> materials = FXCollections.observableArrayList();
    private final ObservableList<TimelineEntry> timeline = FXCollections.observableArrayList();
    private final ObservableList<DocumentLine> documents = FXCollections.observableArrayList();

    public CaseDetailViewModel(UUID caseId, CaseQueries cases, IssueDocuments documentsIssued, SignIn signIn,
                               VoidCase voiding, Catalog catalog, Session session, DialogService dialogs,
                               TaskExecutor tasks, Localization texts) {
        this.caseId = caseId;
        this.cases = cases;
        this.documentsIssued = documentsIssued;
        this.signIn = signIn;
        this.voiding = voiding;
        this.catalog = catalog;
        this.session = session;
        this.failures = new Failures(texts);
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.texts = texts;
        this.labels = new Labels(texts);
        this.dates = new Dates(texts);
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
        status.set(statusText(state.status(), state.decision(), labels, texts));
        Applicant who = state.intake().applicant();
        String id = loaded.row().map(CaseRow::idMasked).orElse(who.identifier().masked());
        applicant.set(texts.get("case.applicantLine", who.name(), labels.of(who.idKind()), id));
        phone.set(who.phone().isEmpty() ? "—" : who.phone());
        address.set(who.address().isEmpty() ? "—" : who.address());
        Agent by = state.intake().agent();
        agent.set(by == null ? "" : texts.get("case.agentLine", by.name(), labels.of(by.idKind()),
                by.identifier().masked(), by.phone()));
        items.set(itemNames(state));
        received.set(dates.day(state.receivedOn()));
        String promised = dated(state.promisedDate(), state.promisedProvisional());
        promisedDate.set(state.paused() ? texts.get("case.paused", promised, dates.day(state.pausedSince())) : promised);
        statutoryDeadline.set(state.statutoryDeadline() == null && state.status() != CaseStatus.REFUSED
                && state.promisedDate() != null
                ? texts.get("case.statutoryDeadline.open") : dated(state.statutoryDeadline(), state.statutoryProvisional()));
        responsibleClerk.set(loaded.nameOf(state.responsibleClerk()));
        note.set(note(state));
        outstanding.setAll(owed(state));
        materials.setAll(materialLines(state));
        owesMaterials.set(SupplementCase.owesMaterials(state));
        mayVoid.set(!state.status().closed());
        timeline.setAll(loaded.events().stream().map(event -> entry(event, loaded)).toList());
        List<DocumentLine> lines = new ArrayList<>();
        loaded.unprinted().forEach(d -> lines.add(new DocumentLine(-1, d.id(), labels.documentKind(d.kind()),
                d.documentNumber(), dates.time(d.issuedAt()), texts.get("case.document.unprinted"), false)));
        loaded.documents().forEach(d -> lines.add(new DocumentLine(d.id(), -1, labels.documentKind(d.kind()),
                d.documentNumber(), dates.time(d.printedAt()),
                texts.get(d.reprint() ? "timeline.reprint" : "case.document.printed"), d.reprint())));
        documents.setAll(lines);
    }

    /** A status in words, with the kind of acceptance where it is not a plain one: 受理（容缺受理）. */
    static String statusText(CaseStatus status, DecisionKind decision, Labels labels, Localization texts) {
        boolean special = status == CaseStatus.ACCEPTED && decision != null && decision != DecisionKind.ACCEPT;
        return special ? texts.get("case.statusWithDecision", labels.of(status), labels.of(decision)) : labels.of(status);
    }

    /** The first print of a document issued and not printed yet: the clerk's own, no supervisor needed. */
    public void print(DocumentLine document) {
        if (document == null || document.printed()) {
            return;
        }
        User clerk = session.requireClerk();
        tasks.execute(() -> documentsIssued.printIssued(clerk, document.issueId()), printerName -> {
            refresh();
            dialogs.showInformation(texts.get("case.print.title"),
                    texts.get("case.print.done", document.kind(), document.number(), printerName));
        }, error -> dialogs.showError(texts.get("case.print.title"), failures.describe(error)));
    }

    /**
     * 补打 a printed document. Only a supervisor (窗口负责人) may: a supervisor signed in reprints at
     * once, anyone else is asked for a supervisor's password on the spot.
     */
    public void reprint(DocumentLine document) {
        if (document == null || !document.printed()) {
            return;
        }
        Optional<Optional<Credentials>> confirmation = supervisorOnTheSpot(texts.get("case.reprint.title"),
                texts.get("case.reprint.supervisorNeeded", document.kind(), document.number()));
        if (confirmation.isEmpty()) {
            return;
        }
        User signedIn = session.requireClerk();
        Optional<Credentials> typed = confirmation.get();
        tasks.execute(() -> {
            User supervisor = typed.isEmpty() ? signedIn : signIn.confirmSupervisor(typed.get());
            return documentsIssued.reprint(supervisor, caseId, document.archiveId());
        }, printerName -> {
            refresh();
            dialogs.showInformation(texts.get("case.reprint.title"),
                    texts.get("case.reprint.done", document.kind(), document.number(), printerName));
        }, error -> dialogs.showError(texts.get("case.reprint.title"), failures.describe(error)));
    }

    /**
     * 作废: the reason in words, then a supervisor — the one signed in, or one present who signs in on the spot.
     * When papers had been handed out, the void notice that takes them back follows.
     */
    public void voidCase() {
        Optional<String> reason = dialogs.askReason(texts.get("case.void.title"), texts.get("case.void.askReason",
                caseNumber.get()));
        if (reason.isEmpty()) {
            return;
        }
        Optional<Optional<Credentials>> confirmation = supervisorOnTheSpot(texts.get("case.void.title"),
                texts.get("case.void.supervisorNeeded", caseNumber.get()));
        if (confirmation.isEmpty()) {
            return;
        }
        User signedIn = session.requireClerk();
        Optional<Credentials> typed = confirmation.get();
        tasks.execute(() -> {
            CaseState voided = typed.isEmpty() ? voiding.voidBy(signedIn, caseId, reason.get())
                    : voiding.voidCase(caseId, reason.get(), typed.get());
            return new Voided(voided, !documentsIssued.draftsFor(caseId).isEmpty());
        }, done -> {
            refresh();
            if (done.withNotice()) {
                voidedWithNotice.set(done.state());
            } else {
                dialogs.showInformation(texts.get("case.void.title"), texts.get("case.void.done", done.state().caseNumber()));
            }
        }, error -> dialogs.showError(texts.get("case.void.title"), failures.describe(error)));
    }

    private record Voided(CaseState state, boolean withNotice) {
    }

    /**
     * A supervisor signed in needs no second password (an empty inner value); anyone else is asked for one present
     * to sign in. Empty when they cancel.
     */
    private Optional<Optional<Credentials>> supervisorOnTheSpot(String title, String message) {
        if (session.requireClerk().role() == Role.SUPERVISOR) {
            return Optional.of(Optional.empty());
        }
        return dialogs.askCredentials(title, message).map(Optional::of);
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

    /** Each material as found at the window, with its note; a later supplement shows what was brought. */
    private List<String> materialLines(CaseState state) {
        List<String> lines = new ArrayList<>();
        for (MaterialCheck check : state.intake().materials()) {
            String detail = !check.problem().isBlank() ? check.problem()
                    : check.promisedBy() != null ? texts.get("case.material.promisedBy", dates.day(check.promisedBy()))
                    : check.sourceReference();
            lines.add(detail.isBlank() ? texts.get("case.material", check.materialName(), labels.of(check.status()))
                    : texts.get("case.materialWithDetail", check.materialName(), labels.of(check.status()), detail));
        }
        for (MaterialCheck brought : state.supplements()) {
            lines.add(texts.get("case.material.supplemented", brought.materialName(), labels.of(brought.status())));
        }
        return lines;
    }

    /** A date, marked 暂定 when it was counted over holidays not yet published. */
    private String dated(LocalDate day, boolean provisional) {
        return provisional && day != null ? texts.get("case.date.provisional", dates.day(day), String.valueOf(day.getYear()))
                : dates.day(day);
    }

    /** Tolerated materials still owed, commitments to verify and what the one-time notice asked for. */
    private List<String> owed(CaseState state) {
        List<String> lines = new ArrayList<>();
        for (MaterialCheck material : state.outstandingMaterials()) {
            LocalDate by = material.promisedBy() != null ? material.promisedBy() : state.toleranceDeadline();
            lines.add(texts.get("case.owed.tolerated", material.materialName(), dates.day(by)));
        }
        for (MaterialCheck material : state.awaitingVerification()) {
            lines.add(texts.get("case.owed.commitment", material.materialName()));
        }
        for (Deficiency deficiency : state.openDeficiencies()) {
            lines.add(texts.get("case.owed.deficiency", deficiency.materialName(), deficiency.problem()));
        }
        return lines;
    }

    private TimelineEntry entry(CaseEvent event, CaseQueries.CaseDetail detail) {
        return new TimelineEntry(dates.time(event.recordedAt()), detail.nameOf(event.actor()), labels.of(event.type()),
                summary.of(event.payload(), detail::nameOf));
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

    public ReadOnlyStringProperty phoneProperty() {
        return phone.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty addressProperty() {
        return address.getReadOnlyProperty();
    }

    /** The agent who came for the applicant, empty when they came themselves. */
    public ReadOnlyStringProperty agentProperty() {
        return agent.getReadOnlyProperty();
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

    /** The case is open, so a supervisor may void it. */
    public ReadOnlyBooleanProperty mayVoidProperty() {
        return mayVoid.getReadOnlyProperty();
    }

    /** Set once the case was voided after papers were handed out: its void notice is to be printed. */
    public ReadOnlyObjectProperty<CaseState> voidedWithNoticeProperty() {
        return voidedWithNotice.getReadOnlyProperty();
    }

    public ObservableList<String> outstanding() {
        return FXCollections.unmodifiableObservableList(outstanding);
    }

    /** The materials as checked at the window, and those brought later. */
    public ObservableList<String> materials() {
        return FXCollections.unmodifiableObservableList(materials);
    }

    public ObservableList<TimelineEntry> timeline() {
        return FXCollections.unmodifiableObservableList(timeline);
    }

    public ObservableList<DocumentLine> documents() {
        return FXCollections.unmodifiableObservableList(documents);
    }
}
