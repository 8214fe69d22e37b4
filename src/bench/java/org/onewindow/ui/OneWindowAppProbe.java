package org.onewindow.ui;

import org.onewindow.cli.Launcher;

/** Starts the real application exactly as the launcher does and reports its first window. */
public final class OneWindowAppProbe {

    public static void main(String[] args) {
        FirstWindowProbe.install();
        Launcher.start(args);
    }
}
