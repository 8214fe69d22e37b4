package org.onewindow.domain.intake;

import java.time.LocalDate;
import org.onewindow.domain.catalog.MaterialForm;
import org.onewindow.domain.catalog.MaterialRequirement;

/**
 * The policy's judgement of one material: a line for the explanation and, where it applies, what the
 * notice must list, what is owed under 容缺, or where the material came from.
 *
 * @param deficiency null when the material does not hold the case back
 * @param owed       non-null for a lawfully tolerated material
 * @param source     non-null for a material lawfully taken from an electronic licence or earlier case
 * @param commitment the material was lawfully replaced by the applicant's commitment
 * @param unchecked  a required material has no finding yet, or is found defective without saying how: the
 *                   finding is not complete, and nothing may be recorded or printed from it
 */
record MaterialFinding(String line, Deficiency deficiency, OwedMaterial owed, MaterialSource source,
        boolean commitment, boolean unchecked) {

    /** Judges one material of the list against the clerk's finding (null when there is none). */
    static MaterialFinding of(MaterialRequirement requirement, MaterialCheck check, LocalDate today,
            LocalDate promisedCompletion) {
        MaterialStatus status = check == null ? MaterialStatus.NOT_CHECKED : check.status();
        String title = heading(requirement) + status.label();
        MaterialFinding finding = judge(requirement, check, status, title, today, promisedCompletion);
        if (!requirement.required() && finding.deficiency() != null) {
            // 非必要材料 never hold an application back; the clerk still sees what was wrong with it.
            return plain(heading(requirement) + finding.deficiency().problem() + "；非必要材料，不影响受理");
        }
        return finding;
    }

    private static MaterialFinding judge(MaterialRequirement requirement, MaterialCheck check, MaterialStatus status,
            String title, LocalDate today, LocalDate promisedCompletion) {
        return switch (status) {
            case NOT_CHECKED -> requirement.required()
                    ? new MaterialFinding(title + "，请核验", deficiency(requirement, "窗口尚未核验此材料",
                            "请核验后选择材料状态；如申请人未带，" + howToProvide(requirement)), null, null, false, true)
                    : plain(title + "，非必要材料，不影响受理");
            case PRESENTED_ORIGINAL -> plain(title);
            case PRESENTED_COPY -> requirement.form() == MaterialForm.ORIGINAL
                    || requirement.form() == MaterialForm.ORIGINAL_AND_COPY
                    ? refused(requirement, "须查验原件，仅收到复印件", "请出示原件")
                    : plain(title);
            case MISSING -> refused(requirement, "未提交", howToProvide(requirement));
            // the defect is what the one-time notice tells the applicant: without it there is nothing to tell
            case DEFECTIVE -> check.problem().isBlank()
                    ? new MaterialFinding(title + "，请在该材料后注明存在的问题（写入一次性告知书）",
                            deficiency(requirement, "不符合要求", howToProvide(requirement)), null, null, false, true)
                    : refused(requirement, "不符合要求：" + check.problem(), "请按要求重新提交" + form(requirement));
            case TOLERATED -> tolerated(requirement, check, title, today, promisedCompletion);
            case COMMITMENT -> requirement.commitmentAllowed()
                    ? new MaterialFinding(title + "，申请人签署告知承诺书，受理后事后核查", null, null, null, true, false)
                    : refused(requirement, "此材料不适用告知承诺制", howToProvide(requirement));
            case ELECTRONIC_LICENCE -> requirement.obtainableFromElectronicLicence()
                    ? sourced(requirement, status, title, "电子证照“" + requirement.electronicLicence() + "”"
                            + (check.sourceReference().isBlank() ? "" : "，" + check.sourceReference()))
                    : refused(requirement, "此材料没有可调取的电子证照", howToProvide(requirement));
            case EARLIER_CASE -> earlierCase(requirement, check, title);
        };
    }

    private static MaterialFinding tolerated(MaterialRequirement requirement, MaterialCheck check, String title,
            LocalDate today, LocalDate promisedCompletion) {
        if (!requirement.tolerable()) {
            return refused(requirement, "此材料不允许容缺", howToProvide(requirement));
        }
        LocalDate promisedBy = check.promisedBy();
        if (promisedBy == null) {
            return refused(requirement, "容缺受理未填写补齐日期",
                    "请与申请人约定补齐日期（" + today + " 至 " + promisedCompletion + " 之间）");
        }
        if (promisedBy.isBefore(today)) {
            return refused(requirement, "补齐日期 " + promisedBy + " 早于今天",
                    "补齐日期应在 " + today + " 至 " + promisedCompletion + " 之间");
        }
        if (promisedBy.isAfter(promisedCompletion)) {
            return refused(requirement, "补齐日期 " + promisedBy + " 晚于承诺办结日期 " + promisedCompletion,
                    "补齐日期不得晚于承诺办结日期 " + promisedCompletion);
        }
        OwedMaterial owed = new OwedMaterial(requirement.code(), requirement.name(), promisedBy);
        return new MaterialFinding(title + "，申请人承诺于 " + promisedBy + " 前补齐", null, owed, null, false, false);
    }

    private static MaterialFinding earlierCase(MaterialRequirement requirement, MaterialCheck check, String title) {
        if (!requirement.reusableFromEarlierCase()) {
            return refused(requirement, "此材料不能复用前案材料", howToProvide(requirement));
        }
        if (check.sourceReference().isBlank()) {
            return refused(requirement, "复用前案材料未注明来源", "请填写被复用材料所在的前案受理编号");
        }
        return sourced(requirement, MaterialStatus.EARLIER_CASE, title, "前案 " + check.sourceReference());
    }

    private static MaterialFinding plain(String line) {
        return new MaterialFinding(line, null, null, null, false, false);
    }

    private static MaterialFinding sourced(MaterialRequirement requirement, MaterialStatus status, String title,
            String source) {
        return new MaterialFinding(title + "，来源：" + source, null, null,
                new MaterialSource(requirement.code(), requirement.name(), status, source), false, false);
    }

    /** A line that names the problem instead of the status: the problem says what the clerk chose and why it fails. */
    private static MaterialFinding refused(MaterialRequirement requirement, String problem, String remedy) {
        return new MaterialFinding(heading(requirement) + problem + " —— " + remedy, deficiency(requirement, problem, remedy),
                null, null, false, false);
    }

    private static String heading(MaterialRequirement requirement) {
        return requirement.name() + "（" + (requirement.required() ? "必要" : "非必要") + "）：";
    }

    private static Deficiency deficiency(MaterialRequirement requirement, String problem, String remedy) {
        return new Deficiency(requirement.code(), requirement.name(), problem, remedy);
    }

    /** How the applicant can satisfy the requirement, with every lawful alternative the catalog allows. */
    private static String howToProvide(MaterialRequirement requirement) {
        StringBuilder text = new StringBuilder("请提交").append(form(requirement));
        if (!requirement.note().isBlank()) {
            text.append("（").append(requirement.note()).append("）");
        }
        if (requirement.obtainableFromElectronicLicence()) {
            text.append("；也可由窗口调取电子证照“").append(requirement.electronicLicence()).append("”免提交");
        }
        if (requirement.reusableFromEarlierCase()) {
            text.append("；也可复用前案已提交的材料");
        }
        if (requirement.commitmentAllowed()) {
            text.append("；也可签署告知承诺书替代");
        }
        if (requirement.tolerable()) {
            text.append("；也可容缺受理，签署容缺承诺书后限期补齐");
        }
        return text.toString();
    }

    private static String form(MaterialRequirement requirement) {
        String copies = requirement.copies() > 0 && requirement.form() != MaterialForm.ORIGINAL
                ? " " + requirement.copies() + " 份" : "";
        return requirement.form().label() + copies;
    }
}
