package org.onewindow.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import org.onewindow.app.Workstation;
import org.onewindow.domain.caselog.CaseFold;
import org.onewindow.store.DataDirectory;
import org.onewindow.ui.OneWindowApp;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

/**
 * The program's entry point: with no command it opens the window, otherwise it runs the command.
 * It does not extend {@link Application}, so JavaFX can start from the class path.
 */
@Command(name = "onewindow", mixinStandardHelpOptions = true, version = "OneWindow 一窗通 0.1",
        description = "一窗通 综合受理窗口客户端。不带命令时打开窗口。",
        subcommands = {
                CommandLine.HelpCommand.class,
                ValidateCommand.class,
                CalendarCommand.class,
                CatalogCommand.class,
                PrintSampleCommand.class,
                VerifyCommand.class,
                EnrollCommand.class,
                SyncCommand.class,
                BackupCommand.class,
                RestoreCommand.class
        })
public final class Launcher implements Callable<Integer> {

    @Option(names = "--data-dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "数据目录（默认为用户数据目录）")
    private Path dataDir;

    @Option(names = "--demo", description = "演示：在未注册中心库、尚无账号的窗口上建立演示账号（密码见 README），注册后即删除")
    private boolean demo;

    private final Clock clock;

    /** The command line on the hall's clock: the one place besides the window's root that reads the system clock. */
    public Launcher() {
        this(Clock.system(CaseFold.ZONE));
    }

    /** The command line on another clock, for tests. */
    public Launcher(Clock clock) {
        this.clock = clock;
    }

    public static void main(String[] args) {
        System.exit(start(args));
    }

    /**
     * Opens the window at once when the arguments ask for nothing else (none, or only {@code --data-dir}):
     * building picocli's tree of every command costs about a second of a cold start (decision record 0009).
     * Everything else goes through {@link #run}.
     */
    public static int start(String... args) {
        List<String> rest = new ArrayList<>(List.of(args));
        boolean demo = rest.remove("--demo");
        if (rest.isEmpty()) {
            return openWindow(DataDirectory.of(null), demo);
        }
        if (rest.size() == 1 && rest.get(0).startsWith("--data-dir=") && rest.get(0).length() > "--data-dir=".length()) {
            return openWindow(DataDirectory.of(Path.of(rest.get(0).substring("--data-dir=".length()))), demo);
        }
        if (rest.size() == 2 && rest.get(0).equals("--data-dir") && !rest.get(1).startsWith("-")) {
            return openWindow(DataDirectory.of(Path.of(rest.get(1))), demo);
        }
        return run(args);
    }

    /** Runs the command line and returns the exit code; the GUI returns when its window closes. */
    public static int run(String... args) {
        return new CommandLine(new Launcher()).execute(args);
    }

    @Override
    public Integer call() {
        return openWindow(dataDirectory(), demo);
    }

    private static int openWindow(DataDirectory data, boolean demo) {
        data.ensureCreated();
        Logging.start(data);
        // logback reads its configuration on another core while the toolkit starts, not after it
        CompletableFuture.runAsync(LoggerFactory::getILoggerFactory);
        Application.launch(OneWindowApp.class, "--data-dir=" + data.root(), "--demo=" + demo);
        return 0;
    }

    public DataDirectory dataDirectory() {
        return DataDirectory.of(dataDir);
    }

    /** The data directory chosen on the command line, for any (nested) subcommand. */
    public static DataDirectory dataDirectory(CommandSpec spec) {
        return ((Launcher) spec.root().userObject()).dataDirectory();
    }

    /** The installation in the chosen data directory, as the window opens it, on the command line's clock. */
    public static Workstation workstation(CommandSpec spec) {
        return Workstation.open(dataDirectory(spec), clock(spec));
    }

    /** The clock every (nested) subcommand reads the time from. */
    public static Clock clock(CommandSpec spec) {
        return ((Launcher) spec.root().userObject()).clock;
    }
}
