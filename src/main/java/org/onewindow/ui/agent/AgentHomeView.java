package org.onewindow.ui.agent;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.onewindow.app.MaterialCopies;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.Messages;
import org.onewindow.ui.app.Screen;
import org.onewindow.ui.app.ViewLoader;

/** The agent's home: the site, the outbox of proxy files and what the hall did, and the chosen file's copies. */
public final class AgentHomeView implements Screen {

    private final AgentHomeViewModel viewModel;
    private final Localization texts;
    private final Runnable handOver;
    private final Consumer<UUID> openCase;
    private final Parent root;

    @FXML private Label siteTitle;
    @FXML private Label mandate;
    @FXML private Label outbox;
    @FXML private Label problem;
    @FXML private TableView<ProxyFileRow> files;
    @FXML private ComboBox<MaterialCheck> material;
    @FXML private FlowPane copies;

    public AgentHomeView(AgentHomeViewModel viewModel, ViewLoader loader, Runnable handOver, Consumer<UUID> openCase) {
        this.viewModel = viewModel;
        this.texts = loader.localization();
        this.handOver = handOver;
        this.openCase = openCase;
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        siteTitle.textProperty().bind(viewModel.siteTitleProperty());
        mandate.textProperty().bind(viewModel.mandateProperty());
        outbox.textProperty().bind(viewModel.outboxProperty());
        Messages.show(problem, viewModel.problemProperty());
        column("agent.files.number", ProxyFileRow::caseNumber, 140);
        column("agent.files.applicant", ProxyFileRow::applicant, 70);
        column("agent.files.items", ProxyFileRow::items, 150);
        column("agent.files.stage", ProxyFileRow::stage, 90);
        column("agent.files.hall", ProxyFileRow::hall, 160);
        column("agent.files.waiting", ProxyFileRow::waiting, 170);
        files.setItems(viewModel.rows());
        files.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        files.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (row != null) {
                viewModel.choose(row.caseId());
            }
        });
        files.setRowFactory(table -> {
            javafx.scene.control.TableRow<ProxyFileRow> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && row.getItem() != null) {
                    openCase.accept(row.getItem().caseId());
                }
            });
            return row;
        });
        material.setItems(viewModel.materials());
        material.setConverter(new StringConverter<>() {
            @Override
            public String toString(MaterialCheck check) {
                return check == null ? "" : check.materialName();
            }

            @Override
            public MaterialCheck fromString(String typed) {
                return null;
            }
        });
        viewModel.materials().addListener((ListChangeListener<MaterialCheck>) change -> {
            if (!viewModel.materials().isEmpty()) {
                material.getSelectionModel().select(0);
            }
        });
        viewModel.tiles().addListener((ListChangeListener<CopyTile>) change -> showTiles());
    }

    private void column(String key, java.util.function.Function<ProxyFileRow, String> value, double width) {
        TableColumn<ProxyFileRow, String> column = new TableColumn<>(texts.get(key));
        column.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        files.getColumns().add(column);
    }

    private void showTiles() {
        copies.getChildren().clear();
        for (CopyTile tile : viewModel.tiles()) {
            VBox box = new VBox(4);
            box.getStyleClass().add("copy-tile");
            if (tile.thumbnail().length > 0) {
                ImageView image = new ImageView(new Image(new ByteArrayInputStream(tile.thumbnail())));
                image.setFitWidth(120);
                image.setPreserveRatio(true);
                box.getChildren().add(image);
            }
            box.getChildren().add(new Label(tile.caption()));
            copies.getChildren().add(box);
        }
    }

    @FXML
    private void attachFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("agent.copy.pick"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("agent.copy.kinds"),
                "*.jpg", "*.jpeg", "*.png", "*.pdf", "*.JPG", "*.JPEG", "*.PNG", "*.PDF"));
        File picked = chooser.showOpenDialog(root.getScene().getWindow());
        if (picked != null) {
            viewModel.attach(materialCode(), picked.toPath(), MaterialCopies.Source.FILE);
        }
    }

    @FXML
    private void attachScan() {
        viewModel.attachLatestScan(materialCode());
    }

    @FXML
    private void handOver() {
        handOver.run();
    }

    private String materialCode() {
        MaterialCheck chosen = material.getValue();
        return chosen == null ? null : chosen.materialCode();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public String title() {
        return texts.get("agent.home.title");
    }

    @Override
    public void shown() {
        viewModel.refresh();
        files.requestFocus();
    }
}
