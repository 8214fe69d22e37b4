package org.onewindow.cli;

import java.net.URI;
import java.util.concurrent.Callable;
import org.onewindow.app.Workstation;
import org.onewindow.codec.sync.Enrollment;
import org.onewindow.domain.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code onewindow enroll --server URL --code CODE}: registers this window with the central store. */
@Command(name = "enroll", mixinStandardHelpOptions = true, description = "用一次性注册码把本机注册到中心库")
public final class EnrollCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--server", required = true, description = "中心库地址，如 https://central.example.gov.cn:7443")
    URI server;

    @Option(names = "--code", required = true, description = "管理员给出的注册码")
    String code;

    @Override
    public Integer call() {
        try (Workstation workstation = Launcher.workstation(spec)) {
            Enrollment enrollment = workstation.centre().enroll(server, code);
            spec.commandLine().getOut().printf("已注册：设备 %s（设备码 %s），大厅 %s，区划 %s%n",
                    enrollment.deviceId(), enrollment.deviceCode(), enrollment.hall(), enrollment.region());
            return 0;
        } catch (Problem.CentreUnavailable e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }
}
