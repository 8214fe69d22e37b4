package org.onewindow.central.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.onewindow.central.ApiException;
import org.onewindow.central.Audit;
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
                CentralAdminCommand.BackOfficeAdd.class,
                CentralAdminCommand.BackOfficeRevoke.class,
                CentralAuditCommand.class
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
            } catch (ApiException | UncheckedIOException | IllegalStateException e) {
                spec.commandLine().getErr().println(e.getMessage());
                spec.commandLine().getErr().flush();
                return 2;
            }
        }

        abstract String run(CentralDatabase db);

        /** Who runs the command, as the audit names them: the operating system's user. */
        String actor() {
            return "admin:" + System.getProperty("user.name", "?");
        }

        Audit audit(CentralDatabase db) {
            return new Audit(db.dataSource(), CentralLauncher.clock(spec));
        }
    }

    @Command(name = "enroll-code", mixinStandardHelpOptions = true,
            description = "生成一次性设备注册码：新设备给 --hall 和 --region；已注册设备重新注册给 --device")
    static final class EnrollCode extends AdminStep {
        @Option(names = "--hall", description = "设备所在大厅（站点）编号") String hall;
        @Option(names = "--region", description = "行政区划编号，如 330106") String region;
        @Option(names = "--device", description = "已在中心库登记的设备（设备标识或设备码）：为它签发重新注册用的注册码") String device;
        @Option(names = "--valid-hours", defaultValue = "72", description = "有效小时数（默认 ${DEFAULT-VALUE}）") int hours;

        @Override
        String run(CentralDatabase db) {
            Devices devices = new Devices(db.dataSource(), CentralLauncher.clock(spec));
            if (device != null) {
                String code = devices.issueReenrollmentCode(device, Duration.ofHours(hours), actor());
                return "注册码：" + code + " （仅供设备 " + device + " 重新注册，" + hours + " 小时内有效，仅可使用一次）";
            }
            if (hall == null || region == null) {
                throw ApiException.badRequest("新设备的注册码须给出 --hall 和 --region；已注册设备重新注册请给 --device");
            }
            String code = devices.issueEnrollmentCode(hall, region, Duration.ofHours(hours), actor());
            return "注册码：" + code + " （" + hall + "，" + hours + " 小时内有效，仅可使用一次）";
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "吊销设备（按设备标识或设备码）")
    static final class Revoke extends AdminStep {
        @Parameters(paramLabel = "DEVICE") String device;

        @Override
        String run(CentralDatabase db) {
            boolean revoked = new Devices(db.dataSource(), CentralLauncher.clock(spec)).revoke(device, actor());
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
            String version = new Publications(db.dataSource()).publishCatalog(file);
            audit(db).record(actor(), Audit.Action.CATALOG_PUBLISHED, version, file.toString(), "admin");
            return "已发布事项目录版本 " + version + "，各窗口下次同步时取得";
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
                audit(db).record(actor(), Audit.Action.CALENDAR_PUBLISHED, "national-" + year, file.toString(), "admin");
                return "已发布 " + year + " 年全国节假日安排；各窗口下次同步时取得，并重算暂定期限";
            }
            publications.publishCalendar(scope.region, file);
            audit(db).record(actor(), Audit.Action.CALENDAR_PUBLISHED, scope.region, file.toString(), "admin");
            return "已发布区划 " + scope.region + " 的节假日调整";
        }
    }

    @Command(name = "backoffice-add", mixinStandardHelpOptions = true,
            description = "登记审批科室系统（或为其换发凭据）并生成其凭据；它只能查看和办理所负责部门的事项")
    static final class BackOfficeAdd extends AdminStep {
        @Option(names = "--id", required = true, description = "系统编号") String systemId;
        @Option(names = "--name", required = true, description = "科室或系统名称") String name;
        @Option(names = "--department", split = ",",
                description = "负责的部门编码（事项目录中的部门，如 SCJG），可多个；默认与系统编号相同") List<String> departments;

        @Override
        String run(CentralDatabase db) {
            List<String> scope = departments == null || departments.isEmpty() ? List.of(systemId) : departments;
            String token = new BackOfficeSystems(db.dataSource(), CentralLauncher.clock(spec)).register(systemId, name, scope, actor());
            return "审批系统 " + systemId + "（负责部门 " + String.join("、", scope) + "）的令牌（只显示这一次）：" + token;
        }
    }

    @Command(name = "backoffice-revoke", mixinStandardHelpOptions = true, description = "吊销审批科室系统的凭据")
    static final class BackOfficeRevoke extends AdminStep {
        @Parameters(paramLabel = "SYSTEM") String systemId;

        @Override
        String run(CentralDatabase db) {
            if (!new BackOfficeSystems(db.dataSource(), CentralLauncher.clock(spec)).revoke(systemId, actor())) {
                throw new ApiException(404, "没有未吊销的审批系统 " + systemId);
            }
            return "审批系统 " + systemId + " 的凭据已吊销，从下一次请求起被拒绝";
        }
    }
}
