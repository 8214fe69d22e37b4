package org.onewindow.ui.app;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;

/** A message label that takes no room while it has nothing to say. */
public final class Messages {

    private Messages() {
    }

    public static void show(Label label, ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }
}
