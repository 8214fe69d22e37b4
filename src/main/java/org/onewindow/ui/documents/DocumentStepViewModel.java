package org.onewindow.ui.documents;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.catalog.ServiceItem;
import org.onewindow.domain.intake.Deficiency;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.ui.app.Localization;

/**
 * The document step (出具文书) for a case just saved: what the case now is, in the words the
 * applicant's documents use, so the clerk can read it out while the documents are prepared.
 */
public final class DocumentStepViewModel {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final CaseState saved;
    private final Catalog catalog;
    private final Localization text;
    private final ObservableList<String> facts = FXCollections.observableArrayList();

    public DocumentStepViewModel(CaseState saved, Catalog catalog, Localization text) {
        this.saved = saved;
        this.catalog = catalog;
        this.text = text;
        facts.setAll(factsOf(saved));
    }

    private List<String> factsOf(CaseState state) {
        List<String> lines = new ArrayList<>();
        lines.add(text.get("documents.fact.caseNumber", state.caseNumber()));
        lines.add(text.get("documents.fact.status", state.status().label(), state.decision() == null ? "" : state.decision().label()));
        lines.add(text.get("documents.fact.applicant", state.intake().applicant().name()));
        lines.add(text.get("documents.fact.items", String.join("、", state.intake().itemCodes().stream()
                .map(code -> catalog.item(code).map(ServiceItem::name).orElse(code)).toList())));
        if (state.promisedDate() != null) {
            lines.add(text.get("documents.fact.promised", DATE.format(state.promisedDate())));
        }
        if (state.toleranceDeadline() != null) {
            lines.add(text.get("documents.fact.tolerance", DATE.format(state.toleranceDeadline())));
        }
        for (MaterialCheck owed : state.outstandingMaterials()) {
            lines.add(text.get("documents.fact.owed", owed.materialName(), DATE.format(owed.promisedBy())));
        }
        for (MaterialCheck committed : state.awaitingVerification()) {
            lines.add(text.get("documents.fact.commitment", committed.materialName()));
        }
        for (Deficiency deficiency : state.openDeficiencies()) {
            lines.add(text.get("documents.fact.deficiency", deficiency.materialName(), deficiency.problem(), deficiency.remedy()));
        }
        if (state.refusalReason() != null && !state.refusalReason().isEmpty()) {
            lines.add(text.get("documents.fact.refusal", state.refusalReason()));
        }
        lines.add(text.get("documents.fact.clerk", state.responsibleClerk()));
        return lines;
    }

    public CaseState saved() {
        return saved;
    }

    /** A heading such as "受理编号 … 已保存". */
    public String heading() {
        return text.get("documents.heading", saved.caseNumber());
    }

    public ObservableList<String> facts() {
        return facts;
    }
}
