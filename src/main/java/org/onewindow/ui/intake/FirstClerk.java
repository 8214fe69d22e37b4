package org.onewindow.ui.intake;

import java.util.List;
import org.onewindow.domain.intake.AcceptanceDecision;
import org.onewindow.domain.staff.User;
import org.onewindow.ui.app.Localization;

/**
 * The first responsible clerk (首问负责人) as the window names people: by name, with the staff number the events keep.
 * The policy's explanation names the clerk by id; the screens show this line in its place.
 */
final class FirstClerk {

    private FirstClerk() {
    }

    static String line(Localization text, User clerk) {
        return text.get("intake.summary.clerk", clerk.displayName(), clerk.userId());
    }

    /** The explanation with its 首问负责人 line replaced by {@code line}. */
    static List<String> named(List<String> explanation, String line) {
        return explanation.stream().map(each -> AcceptanceDecision.namesFirstClerk(each) ? line : each).toList();
    }
}
