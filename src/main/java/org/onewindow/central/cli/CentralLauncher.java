package org.onewindow.central.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.onewindow.central.CentralDatabase;
import org.onewindow.central.CentralOptions;
import org.onewindow.central.CentralServer;
import org.onewindow.domain.caselog.CaseFold;
import org.onewindow.store.DataDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code onewindow-central}: the central store's own program, shipped in its own distribution. Without a command
 * it runs the HTTP service until stopped; {@code admin …} works directly on the database.
 */
@Command(name = "onewindow-central", mixinStandardHelpOptions = true, version = "OneWindow 一窗通 中心库 0.1",
        description = "启动中心库服务（HTTP API + PostgreSQL）。管理操作见 onewindow-central admin。",
        subcommands = {CommandLine.HelpCommand.class, CentralAdminCommand.class})
public final class CentralLauncher implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data-dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "数据目录（默认为用户数据目录）；内置 PostgreSQL 的数据在其下 central/pgdata")
    private Path dataDir;

    @Mixin
    CentralDatabaseOptions database = new CentralDatabaseOptions();

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "监听地址（默认 ${DEFAULT-VALUE}；对外服务用 0.0.0.0 并配置证书）")
    String host;

    @Option(names = "--port", defaultValue = "7443", description = "监听端口（默认 ${DEFAULT-VALUE}）")
    int port;

    @Option(names = "--keystore", paramLabel = "FILE", description = "PKCS#12 证书库；给出则以 HTTPS 服务")
    Path keystore;

    @Option(names = "--keystore-password", defaultValue = "${env:ONEWINDOW_KEYSTORE_PASSWORD}",
            description = "证书库口令（默认取环境变量 ONEWINDOW_KEYSTORE_PASSWORD）")
    String keystorePassword;

    @Option(names = "--allow-plain-http", description = "允许不加密地监听非本机地址（仅限受保护的内网测试）")
    boolean allowPlainHttp;

    @Option(names = "--pool-size", defaultValue = "16", description = "数据库连接池大小（默认 ${DEFAULT-VALUE}）")
    int poolSize;

    @Option(names = "--monitoring-token", defaultValue = "${env:ONEWINDOW_MONITORING_TOKEN}",
            description = "监听非本机地址时，/metrics 与 /openapi.json 须带的监控令牌（默认取环境变量 ONEWINDOW_MONITORING_TOKEN）")
    String monitoringToken;

    private final Clock clock;

    /** The central store on the hall's clock: with the window's two roots, the only place that reads the system clock. */
    public CentralLauncher() {
        this(Clock.system(CaseFold.ZONE));
    }

    /** The command line on another clock, for tests. */
    public CentralLauncher(Clock clock) {
        this.clock = clock;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new CentralLauncher()).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        if (keystore == null && !allowPlainHttp && !loopback(host)) {
            throw new ParameterException(spec.commandLine(),
                    "监听 " + host + " 须配置 --keystore 以 HTTPS 服务（同步数据含个人信息），或明确给出 --allow-plain-http");
        }
        DataDirectory data = DataDirectory.of(dataDir);
        Logging.start(data);
        CentralDatabase db = database.open(data, poolSize);
        CentralServer server = CentralServer.start(db.dataSource(), clock,
                new CentralOptions(host, port, keystore, keystorePassword, monitoringToken));
        CountDownLatch stopped = new CountDownLatch(1);
        DatabaseWatchdog watchdog = DatabaseWatchdog.watch(db);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            watchdog.close();
            server.close();
            db.close();
            stopped.countDown();
        }, "central-shutdown"));
        spec.commandLine().getOut().printf("中心库服务已启动：%s://%s:%d （Ctrl+C 停止）%n",
                keystore == null ? "http" : "https", host, server.port());
        spec.commandLine().getOut().flush();
        stopped.await();
        return 0;
    }

    /** The data directory chosen on the command line, for any (nested) subcommand. */
    static DataDirectory dataDirectory(CommandSpec spec) {
        return DataDirectory.of(((CentralLauncher) spec.root().userObject()).dataDir);
    }

    /** The clock every (nested) subcommand reads the time from. */
    static Clock clock(CommandSpec spec) {
        return ((CentralLauncher) spec.root().userObject()).clock;
    }

    private static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
