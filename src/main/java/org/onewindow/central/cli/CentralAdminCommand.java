package org.onewindow.central.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.onewindow.central.ApiException;
import org.onewindow.central.BackOfficeSystems;
import org.onewindow.central.CentralDatabase;
import org.onewindow.central.Devices;
import org.onewindow.central.Publications;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code onewindow-central admin …}: administration working directly on the central database (the
 * embedded one of this data directory, even while the service runs, or the one given by --db-url).
 */
@Command(name = "admin", mixinStandardHelpOptions = true, description = "中心库管理：注册码、吊销设备、用户、发布目录和日历",
        subcommands = {
                CentralAdminCommand.EnrollCode.class,
                CentralAdminCommand.Revoke.class,
                CentralUserCommand.class,
                CentralAdminCommand.PublishCatalog.class,
                CentralAdminCommand.PublishCalendar.class,
                CentralAdminCommand.BackOfficeAdd.class
        })
final class CentralAdminCommand implements Runnable {

    @Spec
    CommandSpec spec;

    /** Without a subcommand: say which there are. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Opens the database for one administrative step and reports a refusal as a message, not a stack trace. */
    abstract static class AdminStep implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        CentralDatabaseOptions database = new CentralDatabaseOptions();

        @Override
        public Integer call() {
            try (CentralDatabase db = database.open(CentralLauncher.dataDirectory(spec), 2)) {
                String message = run(db);
                PrintWriter out = spec.commandLine().getOut();
                out.println(message);
                out.flush();
                return 0;
            } catch (ApiException | UncheckedIOException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 2;
            }
        }

        abstract String run(CentralDatabase db);
    }

    @Command(name = "enroll-code", mixinStandardHelpOptions = true, description = "生成一次性设备注册码")
    static final class EnrollCode extends AdminStep {
        @Option(names = "--hall", required = true, description = "设备所在大厅（站点）编号") String hall;
        @Option(names = "--region", required = true, description = "行政区划编号，如 330106") String region;
        @Option(names = "--valid-hours", defaultValue = "72", description = "有效小时数（默认 ${DEFAULT-VALUE}）") int hours;

        @Override
        String run(CentralDatabase db) {
            String code = new Devices(db.dataSource(), CentralLauncher.clock(spec)).issueEnrollmentCode(hall, region, Duration.ofHours(hours));
            return "注册码：" + code + " （" + hall + "，" + hours + " 小时内有效，仅可使用一次）";
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "吊销设备（按设备标识或设备码）")
    static final class Revoke extends AdminStep {
        @Parameters(paramLabel = "DEVICE") String device;

        @Override
        String run(CentralDatabase db) {
            boolean revoked = new Devices(db.dataSource(), CentralLauncher.clock(spec)).revoke(device);
            if (!revoked) {
                throw new ApiException(404, "没有未吊销的设备 " + device);
            }
            return "设备 " + device + " 已吊销，其令牌从下一次请求起被拒绝";
        }
    }

    @Command(name = "publish-catalog", mixinStandardHelpOptions = true, description = "发布事项目录（JSON 文件）")
    static final class PublishCatalog extends AdminStep {
        @Parameters(paramLabel = "FILE") Path file;

        @Override
        String run(CentralDatabase db) {
            return "已发布事项目录版本 " + new Publications(db.dataSource()).publishCatalog(file) + "，各窗口下次同步时取得";
        }
    }

    @Command(name = "publish-calendar", mixinStandardHelpOptions = true,
            description = "发布节假日数据：--national 发布国务院公布的某年节假日安排（holiday-cn 格式，如 2027.json），"
                    + "各窗口据此重算暂定期限；--region 发布某区划的节假日调整（JSON 数组："
                    + "[{\"date\":\"2026-12-31\",\"workingDay\":false,\"name\":\"…\"}]）")
    static final class PublishCalendar extends AdminStep {
        @ArgGroup(multiplicity = "1")
        Scope scope;

        static final class Scope {
            @Option(names = "--national", description = "全国：国务院办公厅公布的节假日安排") boolean national;
            @Option(names = "--region", description = "行政区划编号：该区划的调整") String region;
        }

        @Parameters(paramLabel = "FILE") Path file;

        @Override
        String run(CentralDatabase db) {
            Publications publications = new Publications(db.dataSource());
            if (scope.national) {
                int year = publications.publishNationalYear(file);
                return "已发布 " + year + " 年全国节假日安排；各窗口下次同步时取得，并重算暂定期限";
            }
            publications.publishCalendar(scope.region, file);
            return "已发布区划 " + scope.region + " 的节假日调整";
        }
    }

    @Command(name = "backoffice-add", mixinStandardHelpOptions = true, description = "登记审批科室系统并生成其凭据")
    static final class BackOfficeAdd extends AdminStep {
        @Option(names = "--id", required = true, description = "系统编号") String systemId;
        @Option(names = "--name", required = true, description = "科室或系统名称") String name;

        @Override
        String run(CentralDatabase db) {
            String token = new BackOfficeSystems(db.dataSource()).register(systemId, name);
            return "审批系统 " + systemId + " 的令牌（只显示这一次）：" + token;
        }
    }
}
