package org.onewindow.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import org.onewindow.testing.TestClock;

/** One in-process run of the launcher's command line, as a user at a terminal would see it. */
record CommandLineRun(int exitCode, String out, String err) {

    static CommandLineRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new Launcher(TestClock.at(TestClock.MONDAY_MORNING)));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new CommandLineRun(exitCode, out.toString(), err.toString());
    }
}
