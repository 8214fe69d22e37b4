package org.onewindow.ui.app;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Every icon of the window, in one place (Ikonli Material 2), so the look stays consistent. */
public enum Icons {
    NEW_APPLICATION(Material2AL.ADD_CIRCLE_OUTLINE),
    SEARCH(Material2MZ.SEARCH),
    HOME(Material2AL.HOME),
    LOCK(Material2AL.LOCK),
    LOGOUT(Material2AL.EXIT_TO_APP),
    BACK(Material2AL.ARROW_BACK),
    ONLINE(Material2AL.CLOUD_DONE),
    OFFLINE(Material2AL.CLOUD_OFF),
    PENDING(Material2AL.CLOUD_UPLOAD),
    WARNING(Material2MZ.WARNING),
    OVERDUE(Material2AL.ALARM),
    PRINT(Material2MZ.PRINT),
    USER(Material2AL.ACCOUNT_CIRCLE),
    ERROR(Material2AL.ERROR_OUTLINE),
    CALENDAR(Material2AL.EVENT);

    private final Ikon ikon;

    Icons(Ikon ikon) {
        this.ikon = ikon;
    }

    public FontIcon icon() {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("app-icon");
        return icon;
    }
}
