package org.onewindow.ui.intake;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/** A list line that wraps to the list's width instead of ending in "…": explanations are sentences. */
public final class WrappingCell extends ListCell<String> {

    private WrappingCell(ListView<String> list) {
        setWrapText(true);
        // a cell left to size itself takes the width of its longest line; tie it to the list instead
        prefWidthProperty().bind(list.widthProperty().subtract(24));
        setMaxWidth(USE_PREF_SIZE);
    }

    /** Makes every line of {@code list} wrap. */
    public static void install(ListView<String> list) {
        list.setCellFactory(WrappingCell::new);
    }

    @Override
    protected void updateItem(String line, boolean empty) {
        super.updateItem(line, empty);
        setText(empty ? null : line);
    }
}
