package org.onewindow.ui.app;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Sentences shown one under the other, each wrapped to the width and as tall as its text: the decision's
 * explanation. A list view's cells did not grow with a wrapped line, so lines were cut or drawn over each other.
 */
public final class Explanation {

    private Explanation() {
    }

    /** Keeps {@code box} showing {@code lines}, one wrapped label each (style class {@code explanation-line}). */
    public static void show(VBox box, ObservableList<String> lines) {
        Runnable fill = () -> box.getChildren().setAll(lines.stream().map(text -> {
            Label line = new Label(text);
            line.setWrapText(true);
            line.setMinHeight(Region.USE_PREF_SIZE);
            line.setMaxWidth(Double.MAX_VALUE);
            line.getStyleClass().add("explanation-line");
            return line;
        }).toList());
        lines.addListener((ListChangeListener<String>) change -> fill.run());
        fill.run();
    }
}
