package org.onewindow.ui.intake;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import org.onewindow.domain.catalog.Bundle;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.ViewLoader;
import org.onewindow.ui.intake.ItemChoiceViewModel.BundleSummary;

/**
 * Step 1. Keyboard: type in the search field, Enter takes the first match (or the highlighted one after Down)
 * and goes on — one item is the common case; Ctrl+Enter adds it and stays for another; Alt+1 … Alt+9 take the
 * items this window takes most; Enter on an empty field goes on; Enter on a bundle chooses it; Delete removes a
 * chosen item.
 */
public final class ItemChoiceView {

    private final ItemChoiceViewModel viewModel;
    private final Parent root;

    @FXML private Label queryLabel;
    @FXML private Label bundlesLabel;
    @FXML private TextField query;
    @FXML private ListView<Offer> results;
    @FXML private ListView<BundleSummary> bundleList;
    @FXML private Label bundleName;
    @FXML private ListView<ItemSummary> chosen;
    @FXML private Label saving;

    private final Runnable goOn;
    private final Localization text;

    /** @param goOn goes on to the applicant once an item was taken with Enter */
    ItemChoiceView(ItemChoiceViewModel viewModel, ViewLoader loader, Runnable goOn) {
        this.viewModel = viewModel;
        this.goOn = goOn;
        this.text = loader.localization();
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        queryLabel.setLabelFor(query);
        bundlesLabel.setLabelFor(bundleList);
        query.textProperty().bindBidirectional(viewModel.queryProperty());
        results.setItems(viewModel.results());
        results.setCellFactory(list -> new OfferCell<>(true));
        viewModel.frequentCountProperty().addListener((o, before, now) -> results.refresh());
        bundleList.setItems(viewModel.bundles());
        bundleList.setCellFactory(list -> new OfferCell<>(false));
        chosen.setItems(viewModel.chosen());
        chosen.setCellFactory(list -> new OfferCell<>(false));
        saving.textProperty().bind(viewModel.savingProperty());
        bundleName.textProperty().bind(viewModel.bundleProperty().map(Bundle::name).orElse(""));

        query.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && !query.getText().isBlank() && !viewModel.results().isEmpty()) {
                viewModel.choose(viewModel.results().get(0));
                query.clear();
                event.consume();
                if (!event.isShortcutDown()) {
                    goOn.run();
                }
            } else if (event.getCode() == KeyCode.DOWN && !viewModel.results().isEmpty()) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
                event.consume();
            }
        });
        results.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            Offer item = results.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && item != null) {
                viewModel.choose(item);
                query.clear();
                query.requestFocus();
                event.consume();
                if (!event.isShortcutDown()) {
                    goOn.run();
                }
            }
        });
        results.setOnMouseClicked(event -> {
            Offer item = results.getSelectionModel().getSelectedItem();
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && item != null) {
                viewModel.choose(item);
            }
        });
        bundleList.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            BundleSummary bundle = bundleList.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && bundle != null && viewModel.bundleProperty().get() != bundle.bundle()) {
                viewModel.chooseBundle(bundle);
                event.consume();
            }
        });
        bundleList.setOnMouseClicked(event -> {
            BundleSummary bundle = bundleList.getSelectionModel().getSelectedItem();
            if (event.getClickCount() == 2 && bundle != null) {
                viewModel.chooseBundle(bundle);
            }
        });
        chosen.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            ItemSummary item = chosen.getSelectionModel().getSelectedItem();
            if ((event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE) && item != null) {
                viewModel.remove(item);
                event.consume();
            }
        });
    }

    Parent root() {
        return root;
    }

    void focus() {
        query.requestFocus();
    }

    void focusBundles() {
        bundleList.requestFocus();
        if (bundleList.getSelectionModel().isEmpty()) {
            bundleList.getSelectionModel().selectFirst();
        }
    }

    /**
     * An item with its department, limits and fee, or a bundle with what it saves, on a second line; among the
     * results, the items this window takes most with the key that takes them.
     */
    private final class OfferCell<T extends Offer> extends ListCell<T> {
        private final boolean keyed;

        OfferCell(boolean keyed) {
            this.keyed = keyed;
        }

        @Override
        protected void updateItem(T offer, boolean empty) {
            super.updateItem(offer, empty);
            setText(null);
            if (empty || offer == null) {
                setGraphic(null);
                return;
            }
            Label name = new Label(offer instanceof ItemSummary item ? item.name() + "  " + item.code() : offer.name());
            if (keyed && viewModel.queryProperty().get().isBlank() && getIndex() < viewModel.frequentCountProperty().get()) {
                name.setText(text.get("intake.choose.frequent", getIndex() + 1, name.getText()));
            }
            name.getStyleClass().add(offer instanceof ItemSummary ? "item-name" : "bundle-name");
            Label facts = new Label(offer instanceof ItemSummary item
                    ? item.department() + " · " + item.limits() + " · " + item.fee()
                    : ((BundleSummary) offer).saving());
            facts.getStyleClass().add("muted");
            setGraphic(new VBox(2, name, facts));
        }
    }
}
