package org.onewindow.ui.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a view's FXML by convention: {@code org.onewindow.ui.login.LoginView} is the controller of
 * {@code org/onewindow/ui/login/Login.fxml}, with the window's texts as the resource bundle.
 */
public final class ViewLoader {

    private final Localization localization;

    public ViewLoader(Localization localization) {
        this.localization = localization;
    }

    /** Loads the FXML belonging to {@code view}, with {@code view} as its controller. */
    public Parent load(Object view) {
        URL fxml = fxmlOf(view.getClass());
        FXMLLoader loader = new FXMLLoader(fxml, localization.bundle());
        loader.setController(view);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + fxml, e);
        }
    }

    static URL fxmlOf(Class<?> viewClass) {
        String name = viewClass.getSimpleName();
        if (!name.endsWith("View")) {
            throw new IllegalArgumentException(name + " is not named FooView");
        }
        String file = name.substring(0, name.length() - "View".length()) + ".fxml";
        URL url = viewClass.getResource(file);
        if (url == null) {
            throw new IllegalStateException("no " + file + " beside " + viewClass.getName());
        }
        return url;
    }

    public Localization localization() {
        return localization;
    }
}
