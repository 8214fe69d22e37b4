package org.onewindow.central.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.onewindow.central.ApiException;
import org.onewindow.central.CentralDatabase;
import org.onewindow.central.Users;
import org.onewindow.codec.sync.UserAccount;
import org.onewindow.domain.staff.Role;
import org.onewindow.store.PasswordHash;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code onewindow-central admin user add|disable}: the people of the windows. The password is hashed here,
 * in the client store's format, so the centre never keeps it and the windows can check it offline.
 */
@Command(name = "user", mixinStandardHelpOptions = true, description = "管理窗口用户（受理人员、帮办代办员、窗口负责人、管理员）",
        subcommands = {CentralUserCommand.Add.class, CentralUserCommand.Disable.class})
final class CentralUserCommand implements Runnable {

    @Spec
    CommandSpec spec;

    /** Without a subcommand: say which there are. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "新增用户或更新其姓名、角色、大厅和口令；口令从终端读取，或用 --password-stdin 从标准输入读一行")
    static final class Add extends CentralAdminCommand.AdminStep {
        @Option(names = "--id", required = true, description = "登录名") String userId;
        @Option(names = "--name", required = true, description = "姓名") String displayName;
        @Option(names = "--role", required = true, description = "角色：CLERK, AGENT, SUPERVISOR, ADMINISTRATOR") Role role;
        @Option(names = "--hall", required = true, description = "所属大厅（站点）编号；该大厅的设备会同步此用户") String hall;
        @Option(names = "--password-stdin", description = "从标准输入读取口令（脚本用）") boolean passwordFromStdin;
        @Option(names = "--password-change", negatable = true, defaultValue = "true",
                description = "管理员设定的口令须由本人在首次登录时修改（默认）；--no-password-change 不要求") boolean mustChange;

        @Override
        String run(CentralDatabase db) {
            char[] password = password();
            try {
                if (password.length < 8) {
                    throw ApiException.badRequest("口令至少 8 位");
                }
                new Users(db.dataSource(), CentralLauncher.clock(spec)).put(new UserAccount(userId, displayName, role, hall,
                        PasswordHash.hash(password), false, mustChange), actor());
            } finally {
                Arrays.fill(password, '\0');
            }
            return "用户 " + userId + "（" + displayName + "，" + role.label() + "，" + hall + "）已保存，各窗口下次同步后可离线登录"
                    + (mustChange ? "；首次登录时须修改口令（须连接中心库）" : "");
        }

        private char[] password() {
            Console console = System.console();
            if (!passwordFromStdin && console != null) {
                char[] first = console.readPassword("口令：");
                char[] second = console.readPassword("再输一次：");
                if (first == null || !Arrays.equals(first, second)) {
                    throw ApiException.badRequest("两次输入的口令不一致");
                }
                return first;
            }
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null) {
                    throw ApiException.badRequest("标准输入中没有口令");
                }
                return line.toCharArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "停用用户；各窗口下次同步后不能再以其登录")
    static final class Disable extends CentralAdminCommand.AdminStep {
        @Parameters(paramLabel = "USER") String userId;

        @Override
        String run(CentralDatabase db) {
            if (!new Users(db.dataSource(), CentralLauncher.clock(spec)).disable(userId, actor())) {
                throw new ApiException(404, "没有在用的用户 " + userId);
            }
            return "用户 " + userId + " 已停用";
        }
    }
}
