package org.onewindow.print;

import org.onewindow.domain.catalog.MaterialRequirement;
import org.onewindow.domain.intake.Deficiency;

/**
 * A deficiency as the applicant reads it. Findings recorded before the window insisted on a written problem may hold
 * the clerk's prompt ("受理人员须注明…", "未注明问题"); a paper never prints such internal text: it says the material
 * does not meet the requirements and what the catalog asks for.
 */
record ApplicantWording(String problem, String remedy) {

    /** Text meant for the clerk, which a paper for the applicant must not carry. */
    private static final String[] INTERNAL = {"受理人员", "未注明问题", "窗口尚未核验", "请核验后"};

    static ApplicantWording of(Deficiency deficiency, IntakeFacts facts) {
        String problem = internal(deficiency.problem()) ? "不符合要求" : deficiency.problem();
        String remedy = deficiency.remedy();
        if (internal(remedy)) {
            MaterialRequirement requirement = facts.requirement(deficiency.materialCode());
            remedy = requirement == null ? "请按办事指南的要求重新提交"
                    : "请按要求重新提交" + requirement.form().label()
                            + (requirement.note().isBlank() ? "" : "（" + requirement.note() + "）");
        }
        return new ApplicantWording(problem, remedy);
    }

    static boolean internal(String text) {
        for (String marker : INTERNAL) {
            if (text.contains(marker)) {
                return true;
            }
        }
        return false;
    }
}
