package org.onewindow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code onewindow validate …} as support staff use it. */
class ValidateCommandTest {

    @Test
    void aValidIdNumberPrintsValidAndExitsZero() {
        CommandLineRun run = CommandLineRun.of("validate", "id", "11010519491231002x");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("号码：11010519491231002X").contains("结论：有效");
    }

    @Test
    void printsTheNumberAsTheWindowRecordsAndMasksIt() {
        CommandLineRun run = CommandLineRun.of("validate", "id", "110105-19491231-002x");
        assertThat(run.out()).contains("号码：11010519491231002X", "证件类型：居民身份证", "脱敏显示：110105********002X");
        CommandLineRun permanentResident = CommandLineRun.of("validate", "id", "usa110081231002");
        assertThat(permanentResident.out()).contains("号码：USA110081231002", "证件类型：外国人永久居留身份证", "脱敏显示：USA********1002");
        assertThat(CommandLineRun.of("validate", "credit-code", "914403001922038216").out())
                .contains("证件类型：统一社会信用代码", "脱敏显示：914403001922038216");
    }

    @Test
    void anInvalidIdNumberPrintsEveryReasonAndExitsOne() {
        CommandLineRun run = CommandLineRun.of("validate", "id", "11010519490231002X");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("结论：无效")
                .contains("原因 1：出生日期 19490231 不是真实存在的日期")
                .contains("原因 2：校验位应为 6，实际为 X（请逐位核对号码）");
    }

    @Test
    void recognisesAResidencePermitAndConvertsAFirstGenerationNumber() {
        assertThat(CommandLineRun.of("validate", "id", "810000199408230021").exitCode()).isZero();
        CommandLineRun old = CommandLineRun.of("validate", "id", "110105491231002");
        assertThat(old.exitCode()).isZero();
        assertThat(old.out()).contains("号码：11010519491231002X").contains("提示：15 位旧号码，已转换为 18 位");
    }

    @Test
    void checksAPassportWhenTheKindIsGiven() {
        assertThat(CommandLineRun.of("validate", "id", "--kind", "PASSPORT", "E12345678").exitCode()).isZero();
    }

    @Test
    void aCreditCodeWithAWrongCheckCharacterSaysASupervisorMayAcceptIt() {
        CommandLineRun run = CommandLineRun.of("validate", "credit-code", "914403001922038217");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("结论：校验位不符：如为试点地区早期代码，可由窗口负责人核实后登记")
                .contains("原因 1：校验位应为 6，实际为 7");
        assertThat(CommandLineRun.of("validate", "credit-code", "914403001922038216").exitCode()).isZero();
    }

    @Test
    void checksAPhoneNumber() {
        assertThat(CommandLineRun.of("validate", "phone", "0755-1234567").out()).contains("号码：0755-1234567", "结论：有效");
        CommandLineRun run = CommandLineRun.of("validate", "phone", "1381234567");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("原因 1：手机号码应为 11 位，实际为 10 位");
    }
}
