package org.onewindow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.codec.CatalogJson;

/** {@code onewindow catalog …} as administrators use it before publishing a catalog. */
class CatalogCommandTest {

    @Test
    void checkSummarisesTheCatalogAndWhatEachBundleSaves() {
        CommandLineRun run = CommandLineRun.of("catalog", "check");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("目录版本 2026.12-demo").contains("36 个事项，6 个套餐，校验通过")
                .contains("开餐馆一件事（YJS-KCG）：5 个事项，共需 20 份材料，比逐项申请少 6 份")
                .contains("新生儿出生一件事（YJS-XSE）：5 个事项，共需 11 份材料，比逐项申请少 9 份");
    }

    @Test
    void checkNamesTheItemAndMaterialOfABrokenFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("catalog.json");
        Files.writeString(file, CatalogJson.write(CatalogJson.bundled())
                .replaceFirst("\"copies\" : 1", "\"copies\" : -2"));
        CommandLineRun run = CommandLineRun.of("catalog", "check", "--file", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip())
                .isEqualTo("事项目录 2026.12-demo 有误：事项 SCJG-001 › 材料 M-SQB-SCJG-001：份数不能为负数（-2）");
    }

    @Test
    void checkSaysWhenTheFileIsNotThere(@TempDir Path dir) {
        CommandLineRun run = CommandLineRun.of("catalog", "check", "--file", dir.resolve("none.json").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("找不到目录文件");
    }

    @Test
    void formatRewritesAValidFileInTheCanonicalLayoutAndLeavesABrokenOneAlone(@TempDir Path dir) throws IOException {
        String canonical = CatalogJson.write(CatalogJson.bundled());
        Path file = dir.resolve("catalog.json");
        Files.writeString(file, canonical.replace("\n  ", "\n\t").replace(" : ", ":"));
        CommandLineRun run = CommandLineRun.of("catalog", "format", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(file)).isEqualTo(canonical);

        String broken = canonical.replaceFirst("\"departmentCode\" : \"SCJG\"", "\"departmentCode\" : \"NOPE\"");
        Files.writeString(file, broken);
        CommandLineRun refused = CommandLineRun.of("catalog", "format", file.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("所属部门 NOPE 不在部门列表中");
        assertThat(Files.readString(file)).isEqualTo(broken);
    }

    @Test
    void materialsListsABundleByAnAgentWithTheSaving() {
        CommandLineRun run = CommandLineRun.of("catalog", "materials", "--bundle", "YJS-KCG", "--situation", "QX-WTDL");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("　　营业执照　由本套餐的 SCJG-001 出具，无需提交　[SCJG-003、CG-001、ZJ-002、XF-001]")
                .doesNotContain(". 营业执照")
                .contains(" 1. 个体工商户登记（备案）申请书　原件 1 份　必要　[SCJG-001]\n")
                .contains("21. 授权委托书").contains("22. 代理人居民身份证")
                .contains("共需 22 份材料，逐项申请需 36 份，少 14 份；承诺时限 7 个工作日，法定时限 20 个工作日");
    }

    @Test
    void materialsRefusesAnUnknownApplicantTypeInChinese() {
        CommandLineRun run = CommandLineRun.of("catalog", "materials", "--item", "SCJG-001", "--applicant", "robot");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("申请人类型“robot”无效：应为 PERSON（自然人）或 COMPANY（法人及其他组织）");
    }

    @Test
    void searchFindsWhatTheWindowFinds() {
        CommandLineRun run = CommandLineRun.of("catalog", "search", "yyzz");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().findFirst().orElseThrow()).startsWith("SCJG-001").contains("（匹配：营业执照）");
        assertThat(CommandLineRun.of("catalog", "search", "zzzzzz").out().strip()).isEqualTo("没有找到匹配的事项或套餐");
    }
}
