package org.onewindow.print;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The {@code lpr} command Java's own print service hands every job to on Linux. Debian's CUPS does not
 * install it (it is in {@code cups-bsd}), and without it each job fails with no word of why; the window
 * prints to CUPS queues without it ({@link CupsQueue}), and says what is missing where it would need it.
 */
final class LprCommand {

    private final Path command;
    private final boolean needed;

    LprCommand(Path command, boolean needed) {
        this.command = command;
        this.needed = needed;
    }

    /** This computer's: needed on Linux and other Unix systems; Windows prints without it. */
    static LprCommand system() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        return new LprCommand(Path.of("/usr/bin/lpr"), !os.contains("win") && !os.contains("mac"));
    }

    /** Why Java's print service cannot print here, or empty when it can. */
    String missing() {
        if (!needed || Files.isExecutable(command)) {
            return "";
        }
        return "本机没有 lpr 命令（" + command + "），Java 的打印服务要靠它把任务交给打印机。请安装 cups-bsd 软件包"
                + "（Debian/Ubuntu：sudo apt-get install cups-bsd）后重试，或请系统管理员改用 CUPS 打印队列。";
    }
}
