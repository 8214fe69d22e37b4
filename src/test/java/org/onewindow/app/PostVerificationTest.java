package org.onewindow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.domain.Problem;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.CaseStatus;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.domain.staff.Role;
import org.onewindow.domain.staff.User;

/**
 * 事后核查 as a task with an outcome: a commitment replacing the premises certificate of a 个体工商户 registration is due
 * for checking within the 20 working days the catalog gives; the supervisor records 属实 or 不实; a decision obtained by a
 * false commitment is revoked with its credit record, and the case ends.
 */
class PostVerificationTest {

    @TempDir
    Path dir;
    private AppFixture app;
    private static final User SUPERVISOR = new User("super01", "李建国", Role.SUPERVISOR);
    private static final User BACK_OFFICE = new User("BO-SPJ", "审批系统", Role.BACK_OFFICE);

    @AfterEach
    void close() {
        app.close();
    }

    private CaseState acceptedOnCommitment() {
        app = new AppFixture(dir, "2026-11-23T02:00:00Z");
        var catalog = AppFixture.CATALOG;
        List<MaterialCheck> materials = catalog.item("SCJG-001").orElseThrow().materials().stream().filter(m -> m.required())
                .map(m -> MaterialCheck.of(m.code(), m.name(),
                        m.commitmentAllowed() ? MaterialStatus.COMMITMENT : MaterialStatus.PRESENTED_ORIGINAL)).toList();
        Intake intake = new Intake(catalog.version(), List.of("SCJG-001"), "", List.of(), AppFixture.person("承诺甲"), null, materials);
        return app.workstation.takeApplication().take(AppFixture.CLERK, intake, DecisionKind.ACCEPT_ON_COMMITMENT);
    }

    @Test
    void eachCommitmentIsATaskDueWithinTheDaysTheCatalogGivesForCheckingIt() {
        CaseState accepted = acceptedOnCommitment();

        assertThat(app.workstation.postVerification().tasks(accepted.caseId())).singleElement().satisfies(task -> {
            assertThat(task.materialCode()).isEqualTo("M-CSZM");
            assertThat(task.method()).contains("不动产登记信息共享核查");
            assertThat(task.dueBy()).isEqualTo(LocalDate.of(2026, 12, 21)); // 20 working days from Monday 23 November
        });
    }

    @Test
    void aTruthfulCommitmentEndsTheTaskAndIsKept() {
        CaseState accepted = acceptedOnCommitment();

        CaseState checked = app.workstation.postVerification().record(SUPERVISOR, accepted.caseId(), "M-CSZM", true,
                "不动产登记信息共享核查", "");

        assertThat(checked.awaitingVerification()).isEmpty();
        assertThat(checked.verifications()).singleElement().satisfies(v -> assertThat(v.truthful()).isTrue());
        assertThat(app.workstation.postVerification().tasks(accepted.caseId())).isEmpty();
        assertThatThrownBy(() -> app.workstation.postVerification().record(SUPERVISOR, accepted.caseId(), "M-CSZM", true, "x", ""))
                .isInstanceOf(Problem.RuleBroken.class).hasMessageContaining("没有待核查的告知承诺");
    }

    @Test
    void aFalseCommitmentNeedsItsFindingsAndLeadsToRevocationWithACreditRecord() {
        CaseState accepted = acceptedOnCommitment();
        PostVerification checks = app.workstation.postVerification();

        assertThatThrownBy(() -> checks.record(AppFixture.CLERK, accepted.caseId(), "M-CSZM", false, "实地核查", "无此房屋"))
                .isInstanceOf(Problem.NotPermitted.class).hasMessageContaining("窗口负责人");
        assertThatThrownBy(() -> checks.record(SUPERVISOR, accepted.caseId(), "M-CSZM", false, "实地核查", " "))
                .isInstanceOf(Problem.RuleBroken.class).hasMessageContaining("须写明核查发现的情况");
        CaseState checked = checks.record(SUPERVISOR, accepted.caseId(), "M-CSZM", false, "实地核查",
                "申报的经营场所为他人自住房屋，申请人不享有使用权");
        assertThat(checked.verifications()).singleElement().satisfies(v -> assertThat(v.truthful()).isFalse());
        assertThatThrownBy(() -> checks.revoke(SUPERVISOR, accepted.caseId(), "以虚假承诺取得登记", "《中华人民共和国行政许可法》第六十九条第二款", ""))
                .isInstanceOf(Problem.RuleBroken.class).hasMessageContaining("尚未作出准予的决定");

        app.workstation.store().desk().record(BACK_OFFICE, accepted.caseId(), new EventPayload.Decided(true, "准予登记"));
        CaseState revoked = checks.revoke(SUPERVISOR, accepted.caseId(), "以虚假承诺取得登记",
                "《中华人民共和国行政许可法》第六十九条第二款", "纳入公共信用信息平台失信记录");

        assertThat(revoked.revoked()).isTrue();
        assertThat(revoked.revocationReason()).isEqualTo("以虚假承诺取得登记");
        assertThat(revoked.status()).isEqualTo(CaseStatus.CONCLUDED);
        assertThatThrownBy(() -> checks.revoke(SUPERVISOR, accepted.caseId(), "再次", "同上", ""))
                .isInstanceOf(Problem.RuleBroken.class).hasMessageContaining("已经撤销");
        var timeline = app.workstation.cases().detail(accepted.caseId());
        assertThat(timeline.nameOf("super01")).isEqualTo("李建国");
    }
}
