package org.onewindow.central.cli;

import org.onewindow.central.CentralDatabase;
import org.onewindow.store.DataDirectory;
import picocli.CommandLine.Option;

/** Which PostgreSQL the central store uses: any one by JDBC URL, or the embedded one under the data directory. */
final class CentralDatabaseOptions {

    @Option(names = "--db-url", paramLabel = "JDBC_URL",
            description = "PostgreSQL 的 JDBC 地址，如 jdbc:postgresql://db:5432/onewindow；不给则使用数据目录下的内置 PostgreSQL")
    String url;

    @Option(names = "--db-user", paramLabel = "USER", defaultValue = "onewindow", description = "数据库用户（默认 ${DEFAULT-VALUE}）")
    String user;

    @Option(names = "--db-password", paramLabel = "PASSWORD", defaultValue = "${env:ONEWINDOW_DB_PASSWORD}",
            description = "数据库口令（默认取环境变量 ONEWINDOW_DB_PASSWORD）")
    String password;

    @Option(names = "--pg-port", paramLabel = "PORT", defaultValue = "" + CentralDatabase.DEFAULT_EMBEDDED_PORT,
            description = "内置 PostgreSQL 的端口（默认 ${DEFAULT-VALUE}，仅监听本机）")
    int embeddedPort;

    CentralDatabase open(DataDirectory data, int poolSize) {
        if (url != null) {
            return CentralDatabase.connect(url, user, password == null ? "" : password, poolSize);
        }
        return CentralDatabase.embedded(data.root().resolve("central").resolve("pgdata"), embeddedPort, poolSize);
    }
}
