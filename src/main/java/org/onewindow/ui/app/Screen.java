package org.onewindow.ui.app;

import javafx.scene.Parent;

/** One screen shown in the middle of the main window; the {@link Navigator} moves between them. */
public interface Screen {

    Parent root();

    /** The screen's name in the header, already localized. */
    String title();

    /** Called each time the screen comes to the front: refresh what may have changed, place the focus. */
    default void shown() {
    }

    /** Holds work not saved yet (an application half taken in), which leaving it would lose. */
    default boolean holdsDraft() {
        return false;
    }
}
