package org.onewindow.ui.handover;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.onewindow.app.MaterialCopies;
import org.onewindow.app.ReceiveHandover;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.catalog.ServiceItem;
import org.onewindow.domain.intake.AcceptanceDecision;
import org.onewindow.domain.proxy.SiteList;
import org.onewindow.domain.staff.User;
import org.onewindow.ui.app.Failures;
import org.onewindow.ui.app.Labels;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.TaskExecutor;

/**
 * 交接接收 at the hall: the batches sites sent, each file of the chosen batch, and for the chosen file: its papers
 * counted against the sheet, a discrepancy, receiving or returning it, the live decision on its materials, its
 * electronic copies (fetched from the centre when opened) and accepting it — the 受理 starts then, and its
 * 受理通知书 follows on the document step.
 */
public final class HallHandoverViewModel {

    private final ReceiveHandover receiving;
    private final MaterialCopies copies;
    private final Catalog catalog;
    private final SiteList sites;
    private final TaskExecutor tasks;
    private final Localization text;
    private final Labels labels;
    private final User clerk;
    private final Consumer<CaseState> onDecided;
    private final Failures failures;

    private final ObservableList<String> batches = FXCollections.observableArrayList();
    private final ObservableList<HandoverItemRow> items = FXCollections.observableArrayList();
    private final ObservableList<String> explanation = FXCollections.observableArrayList();
    private final ObservableList<MaterialCopies.Copy> itemCopies = FXCollections.observableArrayList();
    private final StringProperty papersCounted = new SimpleStringProperty(this, "papersCounted", "");
    private final StringProperty discrepancy = new SimpleStringProperty(this, "discrepancy", "");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper batchTitle = new ReadOnlyStringWrapper(this, "batchTitle", "");
    private final ReadOnlyBooleanWrapper receivable = new ReadOnlyBooleanWrapper(this, "receivable");
    private final ReadOnlyBooleanWrapper decidable = new ReadOnlyBooleanWrapper(this, "decidable");
    private String batch;
    private HandoverItemRow chosen;
    private AcceptanceDecision preview;

    public HallHandoverViewModel(ReceiveHandover receiving, MaterialCopies copies, Catalog catalog, SiteList sites,
                                 TaskExecutor tasks, Localization text, User clerk, Consumer<CaseState> onDecided) {
        this.receiving = receiving;
        this.copies = copies;
        this.catalog = catalog;
        this.sites = sites;
        this.tasks = tasks;
        this.text = text;
        this.clerk = clerk;
        this.onDecided = onDecided;
        this.failures = new Failures(text);
        this.labels = new Labels(text);
    }

    /** The batches with a file still to receive or decide on. */
    public void load() {
        tasks.execute(receiving::open, open -> {
            batches.setAll(open.stream().map(ReceiveHandover.Batch::number).toList());
            if (batch != null) {
                chooseBatch(batch);
            }
        }, this::failed);
    }

    public void chooseBatch(String number) {
        batch = number;
        tasks.execute(() -> receiving.batch(number), found -> {
            String siteName = sites.site(found.site()).map(s -> s.name()).orElse(found.site());
            batchTitle.set(text.get("handover.batch", found.number(), siteName, found.items().size(), found.waiting()));
            items.setAll(found.items().stream().map(this::row).toList());
            if (chosen != null) {
                items.stream().filter(row -> row.caseId().equals(chosen.caseId())).findFirst().ifPresent(this::chooseItem);
            }
        }, this::failed);
    }

    private HandoverItemRow row(ReceiveHandover.Item item) {
        CaseState state = item.state();
        String names = String.join(text.get("timeline.separator"), state.intake().itemCodes().stream()
                .map(code -> catalog.item(code).map(ServiceItem::name).orElse(code)).toList());
        String status = state.decision() != null ? labels.of(state.decision())
                : state.custody() == null ? labels.of(state.status()) : labels.of(state.custody().stage());
        return new HandoverItemRow(state.caseId(), state.caseNumber(), state.intake().applicant().name(), names,
                item.papersHandedOver(), status, item.inTransit(), item.awaitingDecision());
    }

    /** The file chosen in the batch: its papers to count, its copies, the live decision once received. */
    public void chooseItem(HandoverItemRow row) {
        chosen = row;
        papersCounted.set(Integer.toString(row.papersHandedOver()));
        receivable.set(row.inTransit());
        decidable.set(row.awaitingDecision());
        UUID caseId = row.caseId();
        tasks.execute(() -> Optional.of(copies.of(caseId)), found -> itemCopies.setAll(found.get()), this::failed);
        if (row.awaitingDecision()) {
            tasks.execute(() -> receiving.preview(clerk, caseId, List.of()), decided -> {
                preview = decided;
                verdict.set(text.get("handover.verdict", labels.of(decided.kind())));
                explanation.setAll(decided.explanation());
            }, this::failed);
        } else {
            preview = null;
            verdict.set("");
            explanation.clear();
        }
    }

    /** 接收: the file came with the papers counted; a difference from the sheet needs a word on it. */
    public void receive() {
        if (chosen == null) {
            return;
        }
        Integer counted = counted();
        if (counted == null) {
            return;
        }
        if (counted != chosen.papersHandedOver() && discrepancy.get().isBlank()) {
            message.set(text.get("handover.sayDiscrepancy", chosen.papersHandedOver(), counted));
            return;
        }
        UUID caseId = chosen.caseId();
        String note = discrepancy.get();
        tasks.execute(() -> receiving.receive(clerk, caseId, batch, counted, note), done -> {
            message.set(text.get("handover.received", done.caseNumber()));
            discrepancy.set("");
            chooseBatch(batch);
        }, this::failed);
    }

    /** 退回: the file cannot be taken; the discrepancy goes back to the site with it. */
    public void returnToSite() {
        if (chosen == null) {
            return;
        }
        Integer counted = counted();
        if (counted == null) {
            return;
        }
        if (discrepancy.get().isBlank()) {
            message.set(text.get("handover.reasonNeeded"));
            return;
        }
        UUID caseId = chosen.caseId();
        String reason = discrepancy.get();
        tasks.execute(() -> receiving.returnToSite(clerk, caseId, batch, counted, reason), done -> {
            message.set(text.get("handover.returned", done.caseNumber()));
            discrepancy.set("");
            chooseBatch(batch);
        }, this::failed);
    }

    /** The hall's decision as the rules make it on the file's materials: 受理 (or 一次性告知) starts now. */
    public void decide() {
        if (chosen == null || preview == null) {
            return;
        }
        UUID caseId = chosen.caseId();
        var kind = preview.kind();
        tasks.execute(() -> receiving.decide(clerk, caseId, List.of(), kind), decided -> {
            message.set(text.get("handover.decided", decided.caseNumber(), labels.of(kind)));
            onDecided.accept(decided);
        }, this::failed);
    }

    private Integer counted() {
        try {
            int counted = Integer.parseInt(papersCounted.get().strip());
            if (counted < 0) {
                throw new NumberFormatException();
            }
            return counted;
        } catch (NumberFormatException e) {
            message.set(text.get("handover.countPapers"));
            return null;
        }
    }

    /** A copy in full, fetched from the centre the first time; handed to {@code show}. */
    public void open(MaterialCopies.Copy copy, Consumer<byte[]> show) {
        tasks.execute(() -> copies.open(copy), show, this::failed);
    }

    /** A copy's thumbnail, for the list. */
    public void thumbnail(MaterialCopies.Copy copy, Consumer<byte[]> show) {
        tasks.execute(() -> copies.thumbnail(copy), show, failure -> { });
    }

    private void failed(Throwable failure) {
        message.set(failures.describe(failure));
    }

    public ObservableList<String> batches() {
        return batches;
    }

    public ObservableList<HandoverItemRow> items() {
        return items;
    }

    public ObservableList<String> explanation() {
        return explanation;
    }

    public ObservableList<MaterialCopies.Copy> copies() {
        return itemCopies;
    }

    public StringProperty papersCountedProperty() {
        return papersCounted;
    }

    public StringProperty discrepancyProperty() {
        return discrepancy;
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty batchTitleProperty() {
        return batchTitle.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty receivableProperty() {
        return receivable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty decidableProperty() {
        return decidable.getReadOnlyProperty();
    }
}
