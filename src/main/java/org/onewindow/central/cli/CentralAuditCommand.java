package org.onewindow.central.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import org.onewindow.central.Audit;
import org.onewindow.central.CentralDatabase;
import org.onewindow.domain.caselog.CaseFold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code onewindow-central admin audit [--verify] [--after ID] [--limit N]}: reads the centre's audit, oldest first,
 * and with {@code --verify} walks its whole hash chain and says whether it holds (exit 1 when it does not).
 */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "查看中心库审计日志；--verify 校验其哈希链是否完整")
final class CentralAuditCommand extends CentralAdminCommand.AdminStep {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(CaseFold.ZONE);

    @Option(names = "--verify", description = "校验整条审计链（有记录被改动、插入或删除时退出码为 1）") boolean verify;
    @Option(names = "--after", defaultValue = "0", description = "只列出编号大于此值的记录（默认从头）") long after;
    @Option(names = "--limit", defaultValue = "200", description = "最多列出多少条（默认 ${DEFAULT-VALUE}）") int limit;

    private boolean broken;

    @Override
    public Integer call() {
        Integer code = super.call();
        return code == 0 && broken ? 1 : code;
    }

    @Override
    String run(CentralDatabase db) {
        Audit audit = audit(db);
        PrintWriter out = spec.commandLine().getOut();
        for (Audit.Entry entry : audit.read(after, limit)) {
            out.printf("%d\t%s\t%s\t%s\t%s\t%s\t%s%n", entry.id(), TIME.format(entry.at()), entry.actor(), entry.action(),
                    entry.subject(), entry.source(), entry.detail());
        }
        if (!verify) {
            return "";
        }
        Audit.Verification verification = audit.verify();
        broken = !verification.intact();
        return verification.intact() ? "审计链完整：共 " + verification.rows() + " 条，逐条哈希相符"
                : "审计链已断开：" + verification.firstBreak().orElseThrow();
    }
}
