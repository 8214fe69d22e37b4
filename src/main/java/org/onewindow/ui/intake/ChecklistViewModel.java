package org.onewindow.ui.intake;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.onewindow.app.TakeApplication;
import org.onewindow.domain.Problem;
import org.onewindow.domain.caselog.Deadlines;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.catalog.MaterialLine;
import org.onewindow.domain.catalog.MaterialList;
import org.onewindow.domain.catalog.Selection;
import org.onewindow.domain.catalog.ServiceItem;
import org.onewindow.domain.intake.AcceptanceContext;
import org.onewindow.domain.intake.AcceptanceDecision;
import org.onewindow.domain.intake.AcceptancePolicy;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.ui.app.Dates;
import org.onewindow.ui.app.Labels;
import org.onewindow.domain.staff.User;
import org.onewindow.ui.app.Localization;

/**
 * Step 3, the material checklist (材料核验): the merged list of the selection, one line per document
 * with its flags and the clerk's finding, and beside it at every moment what the decision WILL be and
 * why, as the acceptance policy explains it, with the promised completion date from the calendar.
 */
public final class ChecklistViewModel {


    private final Catalog catalog;
    private final AcceptancePolicy policy;
    private final TakeApplication applications;
    private final Localization text;
    private final String clerk;
    private final String clerkLine;
    private final Labels labels;

    private final ObservableList<MaterialLineViewModel> lines = FXCollections.observableArrayList();
    private final ObservableList<String> explanation = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<AcceptanceDecision> decision = new ReadOnlyObjectWrapper<>(this, "decision");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    private final ReadOnlyStringWrapper promisedDate = new ReadOnlyStringWrapper(this, "promisedDate", "");
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper(this, "complete");
    private final ReadOnlyStringWrapper saving = new ReadOnlyStringWrapper(this, "saving", "");
    private final ObservableList<String> producedWithin = FXCollections.observableArrayList();
    private Selection selection;
    private Deadlines deadlines;
    private java.util.function.Predicate<List<String>> proxy = items -> false;
    private String agentLine = "";

    public ChecklistViewModel(Catalog catalog, AcceptancePolicy policy, TakeApplication applications,
                              Localization text, User clerk) {
        this.catalog = catalog;
        this.policy = policy;
        this.applications = applications;
        this.text = text;
        this.clerk = clerk.userId();
        this.clerkLine = FirstClerk.line(text, clerk);
        this.labels = new Labels(text);
    }

    /** The 首问负责人 line as the screens show it: the clerk's name and staff number. */
    public String firstClerkLine() {
        return clerkLine;
    }

    /**
     * At a help-and-proxy site: for the items {@code proxy} says are taken as a proxy file, no time limit is promised
     * yet (it runs from the hall's acceptance) and the agent is named as such, not as 首问负责人.
     */
    public void forAgent(java.util.function.Predicate<List<String>> proxy, String agentLine) {
        this.proxy = proxy;
        this.agentLine = agentLine;
    }

    private boolean proxyFile() {
        return selection != null && proxy.test(selection.itemCodes());
    }

    /**
     * Builds the checklist for the selection; findings already made for a material that is still on
     * the list are kept, so going back to add a situation does not wipe the clerk's work.
     */
    public void use(Selection chosen, String bundleName) {
        this.selection = chosen;
        MaterialList materials = chosen.materials();
        saving.set(chosen.items().size() < 2 ? "" : text.get(bundleName.isEmpty() ? "intake.checklist.saving"
                : "intake.checklist.bundleSaving", bundleName, materials.mergedCount(), materials.itemByItemCount(),
                materials.saving()));
        producedWithin.setAll(materials.produced().stream().map(produced -> text.get("intake.checklist.produced",
                produced.requirement().name(), catalog.item(produced.issuedBy()).map(ServiceItem::name)
                        .orElse(produced.issuedBy()))).toList());
        Map<String, MaterialLineViewModel> before = new HashMap<>();
        lines.forEach(line -> before.put(line.requirement().code(), line));
        List<MaterialLineViewModel> rebuilt = chosen.materials().lines().stream()
                .map(line -> before.containsKey(line.code()) ? before.get(line.code()) : newLine(line)).toList();
        lines.setAll(rebuilt);
        try {
            deadlines = applications.deadlines(chosen.itemCodes());
            promisedDate.set(proxyFile() ? text.get("agent.summary.noLimitYet") : promisedText(deadlines));
        } catch (Problem problem) {
            deadlines = null;
            promisedDate.set(problem.getMessage());
        }
        refresh();
    }

    /** The promised date as the clerk reads it out; a provisional one says it is provisional (暂定). */
    private String promisedText(Deadlines dates) {
        String date = new Dates(text).day(dates.promisedDate());
        if (dates.promisedDays() == 0) {
            return text.get("intake.checklist.promisedToday", date);
        }
        return dates.promised().provisional()
                ? text.get("intake.checklist.promisedProvisional", date, dates.promisedDays(),
                        String.valueOf(dates.promisedDate().getYear()))
                : text.get("intake.checklist.promised", date, dates.promisedDays());
    }

    private MaterialLineViewModel newLine(MaterialLine line) {
        String forItems = line.itemCodes().stream()
                .map(code -> catalog.item(code).map(ServiceItem::name).orElse(code))
                .reduce((a, b) -> a + text.get("timeline.separator") + b).orElse("");
        MaterialLineViewModel created = new MaterialLineViewModel(line.requirement(), forItems, text);
        Observable[] inputs = {created.statusProperty(), created.problemProperty(), created.promisedByProperty(),
                created.referenceProperty()};
        for (Observable input : inputs) {
            input.addListener(changed -> refresh());
        }
        return created;
    }

    /** Recomputes the decision preview from the current findings. */
    private void refresh() {
        if (selection == null) {
            return;
        }
        if (deadlines == null) {
            decision.set(null);
            verdict.set(text.get("intake.checklist.noDecision"));
            explanation.setAll(promisedDate.get());
            complete.set(false);
            return;
        }
        AcceptanceDecision now = policy.decide(context());
        decision.set(now);
        // no decision is announced before every required material has its finding
        verdict.set(now.checklistComplete() ? labels.of(now.kind()) : text.get("intake.checklist.toCheck", now.unchecked()));
        explanation.setAll(FirstClerk.named(now.explanation(), proxyFile() ? agentLine : clerkLine));
        complete.set(now.checklistComplete());
    }

    /** What the policy decides from: the merged list, the findings, today and the promised date. */
    public AcceptanceContext context() {
        return new AcceptanceContext(lines.stream().map(MaterialLineViewModel::requirement).toList(), checks(),
                deadlines.receivedOn(), deadlines.promisedDate(), clerk);
    }

    /** The first material found 不符合要求 without the note saying what is wrong. */
    public Optional<MaterialLineViewModel> defectiveWithoutNote() {
        return lines.stream().filter(line -> line.statusProperty().get() == MaterialStatus.DEFECTIVE
                && line.problemProperty().get().isBlank()).findFirst();
    }

    public List<MaterialCheck> checks() {
        return lines.stream().map(MaterialLineViewModel::check).toList();
    }

    /** Sets every material that can be presented as presented (the common case: the applicant brought all). */
    public void markAllPresented() {
        for (MaterialLineViewModel line : lines) {
            if (line.statusProperty().get() == MaterialStatus.NOT_CHECKED) {
                line.choose(line.allowed().get(0));
            }
        }
    }

    public ObservableList<MaterialLineViewModel> lines() {
        return lines;
    }

    /** What choosing these items together saves the applicant: "开餐馆一件事：共需 20 份材料…"; empty for one item. */
    public ReadOnlyStringProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** The materials the bundle issues itself, which the applicant does not bring. */
    public ObservableList<String> producedWithin() {
        return producedWithin;
    }

    public ObservableList<String> explanation() {
        return explanation;
    }

    public ReadOnlyObjectProperty<AcceptanceDecision> decisionProperty() {
        return decision.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty promisedDateProperty() {
        return promisedDate.getReadOnlyProperty();
    }

    /** Every required material has a finding, so the decision can be recorded. */
    public ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }
}
