package org.onewindow.ui.app;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;

/** A list line that wraps to the list's width instead of ending in "…": explanations are sentences. */
public final class WrappingCell extends ListCell<String> {

    /** Room for the scroll bar and the cell's padding. */
    private static final double MARGIN = 36;

    private final Label line = new Label();

    private WrappingCell(ListView<String> list) {
        // a label as the graphic, tied to the list's width, takes as many lines as its text needs
        line.setWrapText(true);
        line.prefWidthProperty().bind(list.widthProperty().subtract(MARGIN));
        line.setMinHeight(Region.USE_PREF_SIZE);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    /** Makes every line of {@code list} wrap. */
    public static void install(ListView<String> list) {
        list.setCellFactory(WrappingCell::new);
    }

    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        line.setText(empty ? null : text);
        setGraphic(empty ? null : line);
    }
}
