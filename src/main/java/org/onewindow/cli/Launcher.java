package org.onewindow.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.application.Application;
import org.onewindow.store.DataDirectory;
import org.onewindow.ui.OneWindowApp;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

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
                CentralCommand.class,
                PrintSampleCommand.class,
                VerifyCommand.class,
                EnrollCommand.class,
                SyncCommand.class
        })
public final class Launcher implements Callable<Integer> {

    @Option(names = "--data-dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "数据目录（默认为用户数据目录）")
    private Path dataDir;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code; the GUI returns when its window closes. */
    public static int run(String... args) {
        return new CommandLine(new Launcher()).execute(args);
    }

    @Override
    public Integer call() {
        DataDirectory data = dataDirectory();
        Logging.start(data);
        Application.launch(OneWindowApp.class, "--data-dir=" + data.root());
        return 0;
    }

    public DataDirectory dataDirectory() {
        return DataDirectory.of(dataDir);
    }

    /** The data directory chosen on the command line, for any (nested) subcommand. */
    public static DataDirectory dataDirectory(CommandSpec spec) {
        return ((Launcher) spec.root().userObject()).dataDirectory();
    }
}
