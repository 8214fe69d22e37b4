package org.onewindow.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The JavaFX application: the composition root of the window. */
public final class OneWindowApp extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("一窗通 OneWindow");
        stage.setScene(new Scene(new StackPane(new Label("一窗通")), 1200, 800));
        stage.show();
    }
}
