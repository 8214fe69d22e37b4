package org.onewindow.print;

import java.util.Map;

/**
 * The names papers print for the people who acted (受理人, 首问负责人, 窗口负责人). Events record user ids; a paper
 * must never show a login id such as "clerk01", so an id with no known name prints as a staff number (工号).
 */
@FunctionalInterface
public interface StaffNames {

    /** The display name of {@code userId}, or null when it is not known here. */
    String nameOf(String userId);

    /** The name to print: the display name, or "工号 …" for an account this device has never seen. */
    default String printed(String userId) {
        if (userId == null || userId.isBlank()) {
            return "";
        }
        String name = nameOf(userId.strip());
        return name == null || name.isBlank() ? "工号 " + userId.strip() : name;
    }

    static StaffNames of(Map<String, String> names) {
        Map<String, String> copy = Map.copyOf(names);
        return copy::get;
    }

    /** For documents whose recorded names are already people's names (samples written by hand). */
    StaffNames AS_RECORDED = id -> id;
}
