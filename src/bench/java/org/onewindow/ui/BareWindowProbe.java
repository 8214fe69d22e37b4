package org.onewindow.ui;

import javafx.application.Application;

/** Starts the bare window from a class that is not an Application, as our launcher does. */
public final class BareWindowProbe {

    public static void main(String[] args) {
        FirstWindowProbe.install();
        Application.launch(BareWindowApp.class, args);
    }
}
