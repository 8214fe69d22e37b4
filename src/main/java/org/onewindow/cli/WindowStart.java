package org.onewindow.cli;

import java.io.PrintStream;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the window, and says in Chinese and English what this computer lacks when it cannot: on a Linux desktop
 * without GTK 3, JavaFX stops with a stack trace ("Unable to load glass GTK library") that tells a hall's IT
 * nothing. The trace goes to the log; the person gets what to install, and a non-zero exit.
 */
final class WindowStart {

    /** The exit code when the window cannot open for want of a system library. */
    static final int MISSING_LIBRARY = 3;

    private static final Logger LOG = LoggerFactory.getLogger(WindowStart.class);

    private WindowStart() {
    }

    /** Runs {@code launch} (JavaFX's launch, returning when the window closes); the exit code. */
    static int run(Runnable launch, PrintStream err) {
        try {
            launch.run();
            return 0;
        } catch (RuntimeException | LinkageError failure) {
            Optional<String> missing = missingLibrary(failure);
            if (missing.isEmpty()) {
                throw failure;
            }
            LOG.error("the window cannot open: {}", failure.getMessage(), failure);
            err.println(missing.get());
            return MISSING_LIBRARY;
        }
    }

    /** What to tell the person when {@code failure} is JavaFX not finding the desktop's GTK 3 library. */
    static Optional<String> missingLibrary(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("glass GTK library") || message.contains("libgtk-3") || message.contains("libglassgtk")) {
                return Optional.of(String.join(System.lineSeparator(),
                        "一窗通无法打开窗口：本机缺少 GTK 3 图形库（窗口在 Linux 上需要它）。",
                        "请安装后重新启动：Debian、Ubuntu、统信 UOS、银河麒麟：sudo apt-get install libgtk-3-0；"
                                + "Fedora、openEuler、CentOS：sudo dnf install gtk3。",
                        "不带窗口的命令（onewindow --help 列出）不需要它，照常可用。",
                        "OneWindow cannot open its window: the GTK 3 library is missing (the window needs it on Linux).",
                        "Install it and start again: Debian, Ubuntu, UOS, Kylin: sudo apt-get install libgtk-3-0; "
                                + "Fedora, openEuler, CentOS: sudo dnf install gtk3.",
                        "The commands without a window (listed by onewindow --help) work without it."));
            }
        }
        return Optional.empty();
    }
}
