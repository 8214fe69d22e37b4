package org.onewindow.ui.admin;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.Messages;
import org.onewindow.ui.app.Screen;
import org.onewindow.ui.app.ViewLoader;

/** 日历、目录与同步: what the centre published to this workstation and how the link stands; read only. */
public final class HallStatusView implements Screen {

    private final HallStatusViewModel viewModel;
    private final Localization texts;
    private final Parent root;

    @FXML private Label problem;
    @FXML private Label catalog;
    @FXML private Label calendar;
    @FXML private Label calendarWarning;
    @FXML private Label sync;

    public HallStatusView(HallStatusViewModel viewModel, ViewLoader loader) {
        this.viewModel = viewModel;
        this.texts = loader.localization();
        this.root = loader.load(this);
    }

    @FXML
    private void initialize() {
        Messages.show(problem, viewModel.problemProperty());
        catalog.textProperty().bind(viewModel.catalogProperty());
        calendar.textProperty().bind(viewModel.calendarProperty());
        Messages.show(calendarWarning, viewModel.calendarWarningProperty());
        sync.textProperty().bind(viewModel.syncProperty());
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public String title() {
        return texts.get("hall.title");
    }

    @Override
    public void shown() {
        viewModel.load();
    }
}
