package org.onewindow.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.onewindow.app.Workstation;
import org.onewindow.domain.Problem;
import org.onewindow.sync.SyncRound;
import org.onewindow.sync.SyncStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code onewindow sync}: one round with the central store, printing what was sent, received and refused. */
@Command(name = "sync", mixinStandardHelpOptions = true, description = "与中心库同步一次：上传未发送的事件，下载变更")
public final class SyncCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workstation workstation = Launcher.workstation(spec)) {
            try {
                SyncRound round = workstation.centre().syncNow();
                out.printf("上传 %d 条：新存 %d，重复 %d，拒收 %d%n", round.sent(), round.stored(), round.duplicates(),
                        round.rejected().size());
                round.rejected().forEach(reason -> out.println("  拒收：" + reason));
                out.printf("下载 %d 条事件，%d 个用户%s%s%n", round.received(), round.usersUpdated(),
                        round.catalogUpdated() ? "，新版事项目录" : "",
                        round.calendarsUpdated() > 0 ? "，节假日调整" : "");
                round.notTaken().forEach(reason -> out.println("  未接收：" + reason));
            } catch (Problem.CentreUnavailable e) {
                spec.commandLine().getErr().println("同步失败：" + e.getMessage());
            }
            SyncStatus status = workstation.centre().overview().status();
            out.printf("待上传 %d 条，其中失败或被拒收 %d 条%n", status.waiting(), status.failed().size());
            long setAside = workstation.centre().overview().setAside();
            if (setAside > 0) {
                out.printf("暂存未并入的下载事件 %d 条（见上方“未接收”的原因；下次启动时再试）%n", setAside);
            }
            status.failed().forEach(failed -> out.printf("  %s %s（案件 %s）：%s%n", failed.rejected() ? "被拒收" : "上传失败",
                    failed.eventLabel(), failed.caseId(), failed.reason()));
            out.flush();
            return status.problem().isEmpty() && status.failed().isEmpty() ? 0 : 1;
        }
    }
}
