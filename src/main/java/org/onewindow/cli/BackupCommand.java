package org.onewindow.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.nio.file.Files;
import org.onewindow.store.Backups;
import org.onewindow.store.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code onewindow backup [--to FILE]}: a consistent copy of the window's store, taken with SQLite's online backup
 * while the window may be working (decision record 0021); by default into the data directory's backups folder.
 */
@Command(name = "backup", mixinStandardHelpOptions = true, description = "备份本地数据库（窗口运行时也可备份）")
public final class BackupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--to", paramLabel = "FILE", description = "备份文件；默认放在数据目录的 backups 文件夹，按时间命名")
    Path target;

    /** Works beside a running window: it opens only SQLite's backup of the file, never the window's store. */
    @Override
    public Integer call() {
        DataDirectory data = Launcher.dataDirectory(spec);
        if (!Files.exists(data.database())) {
            spec.commandLine().getErr().println("数据目录 " + data.root() + " 中没有一窗通的数据库");
            return 1;
        }
        Path written = target == null ? Backups.backUpNow(data, Launcher.clock(spec)) : Backups.backUp(data.database(), target);
        spec.commandLine().getOut().println("已备份到 " + written + "（仅本机当前用户可读）；设备令牌与签名密钥不在备份中");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
