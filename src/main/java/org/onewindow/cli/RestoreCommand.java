package org.onewindow.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.onewindow.app.Restore;
import org.onewindow.domain.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code onewindow restore FILE}: puts a backup in place of the window's store (the window must be closed). The store
 * it replaces is kept beside it. An enrolled window then goes on as a new device at its next sync, before it records
 * anything, so no case number its lost days used is issued again; what it had sent is pulled back from the centre.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "用备份恢复本地数据库（须先关闭窗口）；已注册的窗口恢复后在下次同步时接续为新设备")
public final class RestoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "备份文件（onewindow backup 或自动备份所写）")
    Path backup;

    @Override
    public Integer call() {
        try {
            Restore.Outcome outcome = Restore.from(Launcher.dataDirectory(spec), backup, Launcher.clock(spec));
            spec.commandLine().getOut().println("已用 " + backup + " 恢复本地数据库；原数据库保留为 " + outcome.keptAs());
            spec.commandLine().getOut().println(outcome.mustGoOnAsNewDevice()
                    ? "本机已注册中心库：请联网运行 onewindow sync，本机将接续为新设备（新的设备码），之后才能受理新案件；已上传的内容会重新下载"
                    : "本机未注册中心库，可直接使用");
            spec.commandLine().getOut().flush();
            return 0;
        } catch (Problem e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }
}
