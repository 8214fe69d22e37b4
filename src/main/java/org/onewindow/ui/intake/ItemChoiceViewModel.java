package org.onewindow.ui.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.onewindow.domain.catalog.ApplicantType;
import org.onewindow.domain.catalog.Bundle;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.catalog.ItemSearch;
import org.onewindow.domain.catalog.SearchHit;
import org.onewindow.domain.catalog.MaterialList;
import org.onewindow.domain.catalog.Selection;
import org.onewindow.domain.catalog.ServiceItem;
import org.onewindow.ui.app.Localization;

/**
 * Step 1, choose (选择事项): find items by name, code or pinyin initials, or pick a bundle (一件事).
 * Several items may be chosen; choosing a bundle replaces the choice with its items, and changing
 * the items by hand afterwards leaves the bundle.
 */
public final class ItemChoiceViewModel {

    private final Catalog catalog;
    private final ItemSearch search;
        private final Localization text;

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<Offer> results = FXCollections.observableArrayList();
    private final ObservableList<BundleSummary> bundles = FXCollections.observableArrayList();
    private final ObservableList<ItemSummary> chosen = FXCollections.observableArrayList();
    private final ObjectProperty<Bundle> bundle = new SimpleObjectProperty<>(this, "bundle");
    private final ReadOnlyStringWrapper saving = new ReadOnlyStringWrapper(this, "saving", "");
    private final BooleanBinding complete = Bindings.isNotEmpty(chosen);
    private final ReadOnlyIntegerWrapper frequentCount = new ReadOnlyIntegerWrapper(this, "frequentCount");
    private List<ItemSummary> frequent = List.of();

    public ItemChoiceViewModel(Catalog catalog, ItemSearch search, Localization text) {
        this.catalog = catalog;
        this.search = search;
        this.text = text;
        for (Bundle each : catalog.bundles()) {
            bundles.add(bundleSummary(each));
        }
        query.addListener((observable, before, now) -> search());
        search();
    }

    /** Every item while nothing is typed; otherwise the items and bundles that match, best first. */
    private void search() {
        String typed = query.get() == null ? "" : query.get().strip();
        if (typed.isEmpty()) {
            // the items this window takes most come first, each on its own key (Alt+1 …)
            List<Offer> all = new ArrayList<>(frequent);
            catalog.items().stream().filter(item -> frequent.stream().noneMatch(f -> f.item().equals(item)))
                    .map(item -> (Offer) ItemSummary.of(item, catalog, text)).forEach(all::add);
            results.setAll(all);
            return;
        }
        results.setAll(search.search(typed).stream().map(this::offerOf).toList());
    }

    private Offer offerOf(SearchHit hit) {
        return hit instanceof SearchHit.BundleHit bundle ? bundleSummary(bundle.bundle())
                : ItemSummary.of(((SearchHit.ItemHit) hit).item(), catalog, text);
    }

    private BundleSummary bundleSummary(Bundle bundle) {
        return new BundleSummary(bundle, savingOf(catalog.itemsOf(bundle), bundle));
    }

    /** The items this workstation takes most (codes, most taken first): offered first, on Alt+1 … Alt+9. */
    public void useFrequent(List<String> itemCodes) {
        frequent = itemCodes.stream().limit(9).map(catalog::item).flatMap(Optional::stream)
                .map(item -> ItemSummary.of(item, catalog, text)).toList();
        frequentCount.set(frequent.size());
        search();
    }

    /** Chooses the {@code n}-th most taken item (1 = the most); false when there is none. */
    public boolean chooseFrequent(int n) {
        if (n < 1 || n > frequent.size()) {
            return false;
        }
        choose(frequent.get(n - 1));
        return true;
    }

    /** How many of the first results are the most taken items, each on its Alt+digit. */
    public ReadOnlyIntegerProperty frequentCountProperty() {
        return frequentCount.getReadOnlyProperty();
    }

    /** Takes what the clerk picked from the results: an item joins the choice, a bundle replaces it. */
    public void choose(Offer offer) {
        if (offer instanceof ItemSummary item) {
            choose(item);
        } else if (offer instanceof BundleSummary bundle) {
            chooseBundle(bundle);
        }
    }

    /** Adds an item to the choice; a bundle chosen before is left, since the choice is no longer it. */
    public void choose(ItemSummary item) {
        if (chosenItems().contains(item.item())) {
            return;
        }
        bundle.set(null);
        chosen.add(item);
        refreshSaving();
    }

    public void remove(ItemSummary item) {
        if (chosen.remove(item)) {
            bundle.set(null);
            refreshSaving();
        }
    }

    /** Replaces the choice with the bundle's items. */
    public void chooseBundle(BundleSummary summary) {
        chosen.setAll(catalog.itemsOf(summary.bundle()).stream().map(item -> ItemSummary.of(item, catalog, text)).toList());
        bundle.set(summary.bundle());
        refreshSaving();
    }

    private void refreshSaving() {
        saving.set(chosen.size() > 1 ? savingOf(chosenItems(), bundle.get()) : "");
    }

    /**
     * "共需 N 份材料，逐项申请需 M 份，少交 K 份": what applying together saves the applicant, counted on
     * the merged list before any situation is chosen. Empty when no applicant type suits every item.
     */
    private String savingOf(List<ServiceItem> items, Bundle chosenBundle) {
        Optional<ApplicantType> common = Arrays.stream(ApplicantType.values())
                .filter(type -> items.stream().allMatch(item -> item.applicantTypes().contains(type))).findFirst();
        if (common.isEmpty()) {
            return "";
        }
        // a bundle's own certificates (营业执照 in 开餐馆) are not asked for, and count as saved
        MaterialList merged = (chosenBundle == null ? new Selection(items, "", common.get(), Set.of())
                : Selection.of(items, chosenBundle, common.get(), Set.of())).materials();
        return text.get("intake.bundle.saving", merged.mergedCount(), merged.itemByItemCount(), merged.saving());
    }

    public List<ServiceItem> chosenItems() {
        List<ServiceItem> items = new ArrayList<>();
        for (ItemSummary summary : chosen) {
            items.add(summary.item());
        }
        return items;
    }

    public Optional<Bundle> chosenBundle() {
        return Optional.ofNullable(bundle.get());
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Offer> results() {
        return results;
    }

    public ObservableList<BundleSummary> bundles() {
        return bundles;
    }

    public ObservableList<ItemSummary> chosen() {
        return chosen;
    }

    public ReadOnlyObjectProperty<Bundle> bundleProperty() {
        return bundle;
    }

    public ReadOnlyStringProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public BooleanBinding completeProperty() {
        return complete;
    }

    /** A bundle as the choose step lists it, with what it saves against applying item by item. */
    public record BundleSummary(Bundle bundle, String saving) implements Offer {
        @Override
        public String name() {
            return bundle.name();
        }
    }
}
