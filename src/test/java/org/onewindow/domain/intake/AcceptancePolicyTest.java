package org.onewindow.domain.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onewindow.domain.Problem;
import org.onewindow.domain.catalog.MaterialForm;
import org.onewindow.domain.catalog.MaterialRequirement;
import org.onewindow.domain.catalog.ProofCertificate;
import org.onewindow.domain.staff.Role;

/** The acceptance rules of 行政许可法 §32 and the hall's 容缺 / 告知承诺 / 减证便民 practice. */
class AcceptancePolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate PROMISED = LocalDate.of(2026, 12, 7);

    private static final MaterialRequirement APPLICATION_FORM =
            new MaterialRequirement("M01", "申请书", MaterialForm.ORIGINAL, 1, true, false, false, false, null, "", false, "须申请人签字");
    private static final MaterialRequirement ID_CARD =
            new MaterialRequirement("M02", "申请人身份证", MaterialForm.ORIGINAL_AND_COPY, 1, true, false, false, false, null, "居民身份证", true, "");
    /** A 证明 another body issues, which the catalog may let a commitment replace. */
    private static final ProofCertificate PROOF = new ProofCertificate("不动产登记机构", "证明经营场所使用权",
            "《中华人民共和国市场主体登记管理条例》第十六条", "信息共享核查", 20);
    private static final MaterialRequirement LEASE =
            new MaterialRequirement("M03", "经营场所使用证明", MaterialForm.COPY, 1, true, true, true, true, PROOF, "", false, "租赁合同或房产证");
    private static final MaterialRequirement HEALTH_CERTIFICATES =
            new MaterialRequirement("M04", "从业人员健康证明", MaterialForm.COPY, 1, true, true, true, false, null, "", false, "");
    private static final MaterialRequirement FLOOR_PLAN =
            new MaterialRequirement("M05", "经营场所平面图", MaterialForm.ORIGINAL, 0, true, false, false, true, PROOF, "", false, "");
    private static final MaterialRequirement PHOTOS =
            new MaterialRequirement("M06", "门头照片", MaterialForm.ELECTRONIC, 0, false, false, false, false, null, "", false, "");

    private static final List<MaterialRequirement> RESTAURANT =
            List.of(APPLICATION_FORM, ID_CARD, LEASE, HEALTH_CERTIFICATES, FLOOR_PLAN, PHOTOS);

    private final AcceptancePolicy policy = new AcceptancePolicy();

    private static MaterialCheck check(MaterialRequirement requirement, MaterialStatus status) {
        return MaterialCheck.of(requirement.code(), requirement.name(), status);
    }

    private static MaterialCheck tolerated(MaterialRequirement requirement, LocalDate promisedBy) {
        return new MaterialCheck(requirement.code(), requirement.name(), MaterialStatus.TOLERATED, promisedBy, "", "");
    }

    private static MaterialCheck defective(MaterialRequirement requirement, String problem) {
        return new MaterialCheck(requirement.code(), requirement.name(), MaterialStatus.DEFECTIVE, null, problem, "");
    }

    private static MaterialCheck sourced(MaterialRequirement requirement, MaterialStatus status, String reference) {
        return new MaterialCheck(requirement.code(), requirement.name(), status, null, "", reference);
    }

    /** Everything required handed in as asked; the optional photos left out. */
    private static List<MaterialCheck> allPresented() {
        return List.of(check(APPLICATION_FORM, MaterialStatus.PRESENTED_ORIGINAL),
                check(ID_CARD, MaterialStatus.PRESENTED_ORIGINAL),
                check(LEASE, MaterialStatus.PRESENTED_COPY),
                check(HEALTH_CERTIFICATES, MaterialStatus.PRESENTED_COPY),
                check(FLOOR_PLAN, MaterialStatus.PRESENTED_ORIGINAL));
    }

    /** All presented except the materials replaced by {@code changed}. */
    private static List<MaterialCheck> allPresentedBut(MaterialCheck... changed) {
        List<MaterialCheck> checks = new java.util.ArrayList<>(allPresented());
        for (MaterialCheck change : changed) {
            checks.removeIf(c -> c.materialCode().equals(change.materialCode()));
            checks.add(change);
        }
        return checks;
    }

    private AcceptanceDecision decide(List<MaterialCheck> checks) {
        return policy.decide(new AcceptanceContext(RESTAURANT, checks, TODAY, PROMISED, "张敏"));
    }

    private static Deficiency deficiencyOf(AcceptanceDecision decision, MaterialRequirement requirement) {
        return decision.deficiencies().stream().filter(d -> d.materialCode().equals(requirement.code()))
                .findFirst().orElseThrow();
    }

    @Test
    void acceptsWhenEveryRequiredMaterialIsPresentedAndExplainsWhy() {
        AcceptanceDecision decision = decide(allPresented());
        assertThat(decision.kind()).isEqualTo(DecisionKind.ACCEPT);
        assertThat(decision.explanation()).startsWith("结论：受理", "必要材料齐全，符合法定形式");
        assertThat(decision.explanation()).contains("申请书（必要）：已收原件", "门头照片（非必要）：未核验，非必要材料，不影响受理");
        assertThat(decision.deficiencies()).isEmpty();
        assertThat(decision.checklistComplete()).isTrue();
        assertThat(decision.awaitingSupervisor()).isFalse();
    }

    @Test
    void recordsTheClerkWhoFirstReceivedTheApplicant() {
        AcceptanceDecision decision = decide(allPresented());
        assertThat(decision.responsibleClerk()).isEqualTo("张敏");
        assertThat(decision.explanation()).endsWith("首问负责人：张敏");
        assertThatThrownBy(() -> new AcceptanceContext(RESTAURANT, allPresented(), TODAY, PROMISED, " "))
                .hasMessage("须记录首问负责的受理人员");
    }

    @Test
    void anOriginalSatisfiesARequirementForACopy() {
        AcceptanceDecision decision = decide(allPresentedBut(check(LEASE, MaterialStatus.PRESENTED_ORIGINAL)));
        assertThat(decision.kind()).isEqualTo(DecisionKind.ACCEPT);
    }

    @Test
    void aCopyAloneDoesNotSatisfyARequirementToSeeTheOriginal() {
        AcceptanceDecision decision = decide(allPresentedBut(check(ID_CARD, MaterialStatus.PRESENTED_COPY)));
        assertThat(decision.kind()).isEqualTo(DecisionKind.NOTIFY_DEFICIENCIES);
        assertThat(decision.deficiencies()).containsExactly(
                new Deficiency("M02", "申请人身份证", "须查验原件，仅收到复印件", "请出示原件"));
    }

    @Test
    void notifiesEveryMissingAndDefectiveMaterialAtOnce() {
        AcceptanceDecision decision = decide(allPresentedBut(
                check(APPLICATION_FORM, MaterialStatus.MISSING),
                defective(ID_CARD, "证件已过有效期"),
                check(FLOOR_PLAN, MaterialStatus.MISSING)));

        assertThat(decision.kind()).isEqualTo(DecisionKind.NOTIFY_DEFICIENCIES);
        assertThat(decision.deficiencies()).extracting(Deficiency::materialCode).containsExactly("M01", "M02", "M05");
        assertThat(deficiencyOf(decision, APPLICATION_FORM).problem()).isEqualTo("未提交");
        assertThat(deficiencyOf(decision, APPLICATION_FORM).remedy()).isEqualTo("请提交原件（须申请人签字）");
        assertThat(deficiencyOf(decision, ID_CARD).problem()).isEqualTo("不符合要求：证件已过有效期");
        assertThat(deficiencyOf(decision, ID_CARD).remedy()).isEqualTo("请按要求重新提交原件及复印件 1 份");
        assertThat(decision.explanation()).startsWith("结论：一次性告知");
        assertThat(decision.explanation().get(1)).startsWith("共 3 项材料需补正").contains("一次性告知全部内容");
    }

    @Test
    void theRemedyForAMissingMaterialNamesEveryLawfulAlternative() {
        AcceptanceDecision decision = decide(allPresentedBut(check(LEASE, MaterialStatus.MISSING),
                check(ID_CARD, MaterialStatus.MISSING)));
        assertThat(deficiencyOf(decision, LEASE).remedy())
                .isEqualTo("请提交复印件 1 份（租赁合同或房产证）；也可签署告知承诺书替代；也可容缺受理，签署容缺承诺书后限期补齐");
        assertThat(deficiencyOf(decision, ID_CARD).remedy())
                .isEqualTo("请提交原件及复印件 1 份；也可由窗口调取电子证照“居民身份证”免提交；也可复用前案已提交的材料");
    }

    @Test
    void listsUncheckedRequiredMaterialsAndSaysTheChecklistIsIncomplete() {
        AcceptanceDecision decision = decide(List.of(check(APPLICATION_FORM, MaterialStatus.PRESENTED_ORIGINAL)));
        assertThat(decision.kind()).isEqualTo(DecisionKind.NOTIFY_DEFICIENCIES);
        assertThat(decision.checklistComplete()).isFalse();
        assertThat(decision.unchecked()).as("the count the checklist shows (待核验（还有 4 项）)").isEqualTo(4);
        assertThat(decision.deficiencies()).extracting(Deficiency::materialCode).containsExactly("M02", "M03", "M04", "M05");
        assertThat(decision.deficiencies()).allMatch(d -> d.problem().equals("窗口尚未核验此材料"));
        assertThat(decision.explanation()).contains("还有 4 项必要材料尚未核验完毕（未选状态，或不符合要求未注明问题），核验完毕后才能出具通知书");
        assertThat(decision.explanation()).as("no conclusion before every finding").startsWith("结论：尚未核验完毕，暂不能确定");
    }

    @Test
    void aDefectiveMaterialWithoutAStatedProblemLeavesTheChecklistIncompleteAndAsksTheClerkToNameIt() {
        AcceptanceDecision decision = decide(allPresentedBut(defective(APPLICATION_FORM, " ")));
        assertThat(decision.kind()).isEqualTo(DecisionKind.NOTIFY_DEFICIENCIES);
        assertThat(decision.checklistComplete()).isFalse();
        assertThat(decision.explanation()).anyMatch(line -> line.startsWith("申请书（必要）：不符合要求，请在该材料后注明存在的问题"));
        assertThat(decision.deficiencies()).containsExactly(new Deficiency("M01", "申请书", "不符合要求",
                "请提交原件（须申请人签字）"));
        assertThat(decision.deficiencies()).extracting(d -> d.problem() + d.remedy())
                .noneMatch(text -> text.contains("受理人员") || text.contains("未注明"));
    }

    @Test
    void optionalMaterialsNeverBlockAcceptance() {
        for (MaterialCheck photos : List.of(check(PHOTOS, MaterialStatus.MISSING), defective(PHOTOS, "模糊"),
                tolerated(PHOTOS, TODAY), check(PHOTOS, MaterialStatus.COMMITMENT))) {
            AcceptanceDecision decision = decide(allPresentedBut(photos));
            assertThat(decision.kind()).as(photos.status().name()).isEqualTo(DecisionKind.ACCEPT);
            assertThat(decision.explanation()).anyMatch(line -> line.startsWith("门头照片（非必要）") && line.endsWith("不影响受理"));
        }
    }

    @Test
    void acceptsWithToleranceWhenOnlyTolerableMaterialsAreMissing() {
        AcceptanceDecision decision = decide(allPresentedBut(
                tolerated(LEASE, LocalDate.of(2026, 11, 30)), tolerated(HEALTH_CERTIFICATES, LocalDate.of(2026, 12, 4))));

        assertThat(decision.kind()).isEqualTo(DecisionKind.ACCEPT_WITH_TOLERANCE);
        assertThat(decision.toleranceDeadline()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(decision.owedMaterials()).containsExactly(
                new OwedMaterial("M03", "经营场所使用证明", LocalDate.of(2026, 11, 30)),
                new OwedMaterial("M04", "从业人员健康证明", LocalDate.of(2026, 12, 4)));
        assertThat(decision.postVerification()).isFalse();
        assertThat(decision.explanation().get(1))
                .isEqualTo("容缺受理：申请人签署容缺承诺书，于 2026-12-04 前补齐 2 项材料（不晚于承诺办结日期 2026-12-07）；补齐前不能办结");
    }

    @Test
    void aToleranceMayRunFromTodayUpToThePromisedCompletionDate() {
        assertThat(decide(allPresentedBut(tolerated(LEASE, TODAY))).kind()).isEqualTo(DecisionKind.ACCEPT_WITH_TOLERANCE);
        assertThat(decide(allPresentedBut(tolerated(LEASE, PROMISED))).toleranceDeadline()).isEqualTo(PROMISED);
    }

    @Test
    void refusesToTolerateAMaterialThatIsNotFlaggedTolerable() {
        AcceptanceDecision decision = decide(allPresentedBut(tolerated(APPLICATION_FORM, PROMISED)));
        assertThat(decision.kind()).isEqualTo(DecisionKind.NOTIFY_DEFICIENCIES);
        assertThat(deficiencyOf(decision, APPLICATION_FORM).problem()).isEqualTo("此材料不允许容缺");
        assertThat(decision.owedMaterials()).isEmpty();
        assertThat(decision.toleranceDeadline()).isNull();
    }

    @Test
    void aToleranceNeedsAPromisedDateWithinTodayAndThePromisedCompletionDate() {
        assertThat(deficiencyOf(decide(allPresentedBut(tolerated(LEASE, null))), LEASE))
                .isEqualTo(new Deficiency("M03", "经营场所使用证明", "容缺受理未填写补齐日期",
                        "请与申请人约定补齐日期（2026-11-23 至 2026-12-07 之间）"));
        assertThat(deficiencyOf(decide(allPresentedBut(tolerated(LEASE, TODAY.minusDays(1)))), LEASE).problem())
                .isEqualTo("补齐日期 2026-11-22 早于今天");
        Deficiency late = deficiencyOf(decide(allPresentedBut(tolerated(LEASE, PROMISED.plusDays(1)))), LEASE);
        assertThat(late.problem()).isEqualTo("补齐日期 2026-12-08 晚于承诺办结日期 2026-12-07");
        assertThat(late.remedy()).isEqualTo("补齐日期不得晚于承诺办结日期 2026-12-07");
    }

    @Test
    void acceptsOnCommitmentAndFlagsTheCaseForLaterVerification() {
        AcceptanceDecision decision = decide(allPresentedBut(check(FLOOR_PLAN, MaterialStatus.COMMITMENT)));
        assertThat(decision.kind()).isEqualTo(DecisionKind.ACCEPT_ON_COMMITMENT);
        assertThat(decision.postVerification()).isTrue();
        assertThat(decision.explanation()).contains("告知承诺受理：申请人签署告知承诺书，本案标记为事后核查",
                "经营场所平面图（必要）：告知承诺替代，申请人签署告知承诺书，受理后事后核查");
    }

    @Test
    void aCommitmentForAMaterialNotOpenToCommitmentIsADeficiency() {
        AcceptanceDecision decision = decide(allPresentedBut(check(HEALTH_CERTIFICATES, MaterialStatus.COMMITMENT)));
        assertThat(decision.kind()).isEqualTo(DecisionKind.NOTIFY_DEFICIENCIES);
        assertThat(deficiencyOf(decision, HEALTH_CERTIFICATES).problem()).isEqualTo("此材料不适用告知承诺制");
        assertThat(decision.postVerification()).isFalse();
    }

    @Test
    void toleranceAndCommitmentTogetherAcceptWithToleranceAndStillFlagVerification() {
        AcceptanceDecision decision = decide(allPresentedBut(tolerated(HEALTH_CERTIFICATES, PROMISED),
                check(FLOOR_PLAN, MaterialStatus.COMMITMENT)));
        assertThat(decision.kind()).isEqualTo(DecisionKind.ACCEPT_WITH_TOLERANCE);
        assertThat(decision.postVerification()).isTrue();
        assertThat(decision.explanation()).contains("另有 1 项材料以告知承诺替代，本案标记为事后核查");
    }

    @Test
    void anElectronicLicenceCountsOnlyWhereTheRequirementNamesOne() {
        AcceptanceDecision fetched = decide(allPresentedBut(sourced(ID_CARD, MaterialStatus.ELECTRONIC_LICENCE, "证照编号 E123")));
        assertThat(fetched.kind()).isEqualTo(DecisionKind.ACCEPT);
        assertThat(fetched.materialSources()).containsExactly(new MaterialSource("M02", "申请人身份证",
                MaterialStatus.ELECTRONIC_LICENCE, "电子证照“居民身份证”，证照编号 E123"));

        AcceptanceDecision refused = decide(allPresentedBut(check(LEASE, MaterialStatus.ELECTRONIC_LICENCE)));
        assertThat(refused.kind()).isEqualTo(DecisionKind.NOTIFY_DEFICIENCIES);
        assertThat(deficiencyOf(refused, LEASE).problem()).isEqualTo("此材料没有可调取的电子证照");
        assertThat(refused.materialSources()).isEmpty();
    }

    @Test
    void anEarlierCaseCountsOnlyWhereReusableAndWithItsCaseNumber() {
        AcceptanceDecision reused = decide(allPresentedBut(sourced(ID_CARD, MaterialStatus.EARLIER_CASE, "SZ-2026-000123")));
        assertThat(reused.kind()).isEqualTo(DecisionKind.ACCEPT);
        assertThat(reused.materialSources()).extracting(MaterialSource::source).containsExactly("前案 SZ-2026-000123");

        AcceptanceDecision noReference = decide(allPresentedBut(sourced(ID_CARD, MaterialStatus.EARLIER_CASE, "")));
        assertThat(deficiencyOf(noReference, ID_CARD))
                .isEqualTo(new Deficiency("M02", "申请人身份证", "复用前案材料未注明来源", "请填写被复用材料所在的前案受理编号"));

        AcceptanceDecision notReusable = decide(allPresentedBut(sourced(APPLICATION_FORM, MaterialStatus.EARLIER_CASE, "SZ-1")));
        assertThat(deficiencyOf(notReusable, APPLICATION_FORM).problem()).isEqualTo("此材料不能复用前案材料");
    }

    @Test
    void listsIllegalClaimsAndMissingMaterialsTogetherOnOneNotice() {
        AcceptanceDecision decision = decide(allPresentedBut(check(APPLICATION_FORM, MaterialStatus.MISSING),
                tolerated(ID_CARD, PROMISED), check(HEALTH_CERTIFICATES, MaterialStatus.COMMITMENT),
                check(LEASE, MaterialStatus.ELECTRONIC_LICENCE), sourced(FLOOR_PLAN, MaterialStatus.EARLIER_CASE, "X")));
        assertThat(decision.deficiencies()).extracting(Deficiency::problem).containsExactly("未提交", "此材料不允许容缺",
                "此材料没有可调取的电子证照", "此材料不适用告知承诺制", "此材料不能复用前案材料");
    }

    @Test
    void aMaterialSharedByTwoItemsOfABundleIsJudgedOnce() {
        List<MaterialRequirement> merged = List.of(APPLICATION_FORM, ID_CARD, ID_CARD);
        AcceptanceDecision decision = policy.decide(new AcceptanceContext(merged,
                List.of(check(APPLICATION_FORM, MaterialStatus.PRESENTED_ORIGINAL), check(ID_CARD, MaterialStatus.MISSING)),
                TODAY, PROMISED, "张敏"));
        assertThat(decision.deficiencies()).hasSize(1);
    }

    @Test
    void aFindingForAMaterialNotOnTheListIsMentionedButNotCounted() {
        List<MaterialCheck> checks = new java.util.ArrayList<>(allPresented());
        checks.add(MaterialCheck.of("X99", "营业执照", MaterialStatus.MISSING));
        AcceptanceDecision decision = decide(checks);
        assertThat(decision.kind()).isEqualTo(DecisionKind.ACCEPT);
        assertThat(decision.explanation()).contains("营业执照：不在本次申请的材料清单中，不作为受理依据");
    }

    @Test
    void anItemWithoutMaterialsIsAcceptedAtOnce() {
        AcceptanceDecision decision = policy.decide(new AcceptanceContext(List.of(), List.of(), TODAY, PROMISED, "张敏"));
        assertThat(decision.kind()).isEqualTo(DecisionKind.ACCEPT);
        assertThat(decision.explanation()).contains("本事项无须提交材料");
    }

    @Test
    void aClerksRefusalWaitsForASupervisorAndStatesTheGroundAndTheApplicantsRights() {
        AcceptanceDecision proposed = policy.proposeRefusal(
                new AcceptanceContext(RESTAURANT, allPresented(), TODAY, PROMISED, "张敏"),
                new RefusalProposal(RefusalGround.NOT_THIS_AUTHORITY, "应向区卫生健康局申请"));

        assertThat(proposed.kind()).isEqualTo(DecisionKind.REFUSE);
        assertThat(proposed.awaitingSupervisor()).isTrue();
        assertThat(proposed.explanation()).startsWith("结论：不予受理（待窗口负责人确认）",
                "不予受理理由：申请事项依法不属于本行政机关职权范围。应向区卫生健康局申请");
        assertThat(proposed.explanation()).anyMatch(line -> line.contains("行政复议或者提起行政诉讼"));
    }

    @Test
    void aClerkCannotConfirmARefusal() {
        AcceptanceDecision proposed = policy.proposeRefusal(
                new AcceptanceContext(RESTAURANT, allPresented(), TODAY, PROMISED, "张敏"),
                new RefusalProposal(RefusalGround.NO_LICENCE_REQUIRED, "该事项已取消审批"));
        assertThatThrownBy(() -> proposed.confirmRefusal(Role.CLERK, "张敏"))
                .isInstanceOf(Problem.NotPermitted.class)
                .hasMessage("窗口无否决权：不予受理须由窗口负责人当场确认，窗口受理人员不能确认");
        assertThatThrownBy(() -> proposed.confirmRefusal(Role.AGENT, "李四"))
                .hasMessage("窗口无否决权：不予受理须由窗口负责人当场确认，帮办代办员不能确认");
    }

    @Test
    void aSupervisorsConfirmationMakesTheRefusalFinal() {
        AcceptanceDecision confirmed = policy.proposeRefusal(
                        new AcceptanceContext(RESTAURANT, allPresented(), TODAY, PROMISED, "张敏"),
                        new RefusalProposal(RefusalGround.NOT_THIS_AUTHORITY, "应向区卫生健康委员会申请"))
                .confirmRefusal(Role.SUPERVISOR, "王主任");
        assertThat(confirmed.awaitingSupervisor()).isFalse();
        assertThat(confirmed.refusalConfirmedBy()).isEqualTo("王主任");
        assertThat(confirmed.responsibleClerk()).isEqualTo("张敏");
        assertThat(confirmed.explanation()).contains("须同时告知申请人向有关行政机关申请").endsWith("窗口负责人 王主任 已确认不予受理");
    }

    @Test
    void aRefusalNeedsAWrittenReason() {
        assertThatThrownBy(() -> new RefusalProposal(RefusalGround.NO_LICENCE_REQUIRED, "  "))
                .hasMessage("不予受理须书面说明理由，请填写理由");
    }

    @Test
    void theRefusalStatementNamesTheGround() {
        assertThat(new RefusalProposal(RefusalGround.NO_LICENCE_REQUIRED, "该事项已取消审批").statement())
                .isEqualTo("申请事项依法不需要取得行政许可。该事项已取消审批");
        assertThat(RefusalGround.ofStatement("申请事项依法不属于本行政机关职权范围。请向区卫生健康局申请"))
                .isEqualTo(RefusalGround.NOT_THIS_AUTHORITY);
        assertThat(RefusalGround.ofStatement("申请人不具备申请资格。（旧记录）")).isNull();
    }

    /** Only §32(1)'s two grounds may be chosen at the window; eligibility is decided after review (§38). */
    @Test
    void theWindowOffersOnlyTheGroundsOfArticle32() {
        assertThat(RefusalGround.values()).extracting(RefusalGround::clause).containsExactly("第（一）项", "第（二）项");
    }

    @Test
    void onlyARefusalIsConfirmed() {
        assertThatThrownBy(() -> decide(allPresented()).confirmRefusal(Role.SUPERVISOR, "王主任"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("只有不予受理需要窗口负责人确认，本决定为：受理");
    }
}
