package org.onewindow.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.onewindow.domain.identity.CreditCode;
import org.onewindow.domain.identity.IdKind;
import org.onewindow.domain.identity.IdNumber;
import org.onewindow.domain.identity.IdentifierCheck;
import org.onewindow.domain.identity.Identifiers;
import org.onewindow.domain.identity.PhoneNumber;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code onewindow validate id|credit-code|phone VALUE}: support staff check a number an applicant
 * disputes, with every reason the window would give, and see it as the window records it (standard form)
 * and shows it on lists and documents (masked). Exit 0 when valid, 1 when not.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "核验证件号码、统一社会信用代码或电话号码",
        subcommands = {ValidateCommand.Id.class, ValidateCommand.CreditCodeCheck.class, ValidateCommand.Phone.class})
public final class ValidateCommand {

    static final int VALID = 0;
    static final int INVALID = 1;

    /** A check of one value: prints the verdict and every reason, exits 0 when valid and 1 when not. */
    abstract static class ValueCheck implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "VALUE", description = "要核验的号码")
        String value;

        abstract IdentifierCheck check(String value);

        @Override
        public Integer call() {
            return report(spec, check(value));
        }
    }

    @Command(name = "id", mixinStandardHelpOptions = true,
            description = "核验身份证件号码（居民身份证含 15 位旧号码、港澳台居民居住证、外国人永久居留身份证、护照）")
    static final class Id extends ValueCheck {
        @Option(names = "--kind", paramLabel = "KIND",
                description = "证件类型：${COMPLETION-CANDIDATES}；不填时按号码自动识别身份证、居住证或永久居留证")
        IdKind kind;

        @Override
        IdentifierCheck check(String value) {
            LocalDate today = LocalDate.now(Launcher.clock(spec));
            return kind == null ? Identifiers.checkAnyDocument(value, today) : Identifiers.check(kind, value, today);
        }
    }

    @Command(name = "credit-code", mixinStandardHelpOptions = true, description = "核验统一社会信用代码（18 位）")
    static final class CreditCodeCheck extends ValueCheck {
        @Override
        IdentifierCheck check(String value) {
            return CreditCode.check(value);
        }
    }

    @Command(name = "phone", mixinStandardHelpOptions = true, description = "核验手机号码或带区号的固定电话")
    static final class Phone extends ValueCheck {
        @Override
        IdentifierCheck check(String value) {
            return PhoneNumber.check(value);
        }
    }

    private static int report(CommandSpec spec, IdentifierCheck check) {
        PrintWriter out = spec.commandLine().getOut();
        out.println("号码：" + check.normalized());
        IdNumber number = check.number();
        if (number != null) {
            out.println("证件类型：" + number.kind().label());
            out.println("脱敏显示：" + number.masked());
        }
        out.println("结论：" + check.verdict().label());
        for (int i = 0; i < check.problems().size(); i++) {
            out.println("  原因 " + (i + 1) + "：" + check.problems().get(i));
        }
        for (String warning : check.warnings()) {
            out.println("  提示：" + warning);
        }
        out.flush();
        return check.valid() ? VALID : INVALID;
    }
}
