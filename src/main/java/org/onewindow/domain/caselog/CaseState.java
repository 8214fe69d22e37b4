package org.onewindow.domain.caselog;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.Deficiency;
import org.onewindow.domain.intake.MaterialCheck;

/**
 * What a case is now (办件状态), as folded from its events by {@link CaseFold}. Never stored as
 * the truth: the log is; lists keep a projection of this.
 *
 * @param decision             the window's decision, null before the case was opened
 * @param acceptedPromisedDate 承诺办结日期 as computed at acceptance
 * @param acceptedStatutoryDeadline 法定期限届满日期 as computed at acceptance
 * @param promisedDate         the promised date moved later by the working days the clock was paused (§45);
 *                             null when that date lies beyond the calendar's horizon (not yet known)
 * @param statutoryDeadline    the statutory deadline moved the same way
 * @param promisedDays         the promised limit in working days (承诺时限); null for cases recorded before it was kept
 * @param statutoryDays        the statutory limit in working days (法定时限), likewise
 * @param promisedProvisional  the promised date is provisional (暂定): recorded so (counted over unpublished
 *                             holidays and not recounted since), or a pause moved it past the published ones
 * @param statutoryProvisional the same for the statutory deadline
 * @param recordedPromisedProvisional  provisional as the acceptance or the last recount recorded it
 * @param recordedStatutoryProvisional the same for the statutory deadline
 * @param deadlineNote         why the dates were last counted again (期限重算), empty if never
 * @param pausedSince          the day the clock was paused, null while it runs
 * @param pausedWorkingDays    working days not counted in the limits so far
 * @param outstandingMaterials tolerated materials (容缺) still owed; the case cannot conclude while any is
 * @param awaitingVerification materials replaced by the applicant's commitment (告知承诺), for 事后核查
 * @param openDeficiencies     what the one-time notice asked for and has not been brought yet
 * @param approved             the back office's decision, null until it is made
 * @param verifications        the outcomes of 事后核查 recorded so far (属实 or 不实), oldest first
 * @param revocationReason     why the decision was revoked (撤销), empty if it was not
 * @param custody              where a proxy file (代办件) is: at its site, on its way, at the hall or returned; null
 *                             for a case that never was one
 * @param afterAcceptance      routing, issuing, collection, mail and fee (decision record 0033); {@link
 *                             AfterAcceptanceState#NONE} where nothing of them happened
 */
public record CaseState(
        UUID caseId,
        String caseNumber,
        CaseStatus status,
        Intake intake,
        DecisionKind decision,
        String responsibleClerk,
        LocalDate receivedOn,
        LocalDate acceptedPromisedDate,
        LocalDate acceptedStatutoryDeadline,
        LocalDate promisedDate,
        LocalDate statutoryDeadline,
        Integer promisedDays,
        Integer statutoryDays,
        boolean promisedProvisional,
        boolean statutoryProvisional,
        boolean recordedPromisedProvisional,
        boolean recordedStatutoryProvisional,
        String deadlineNote,
        LocalDate toleranceDeadline,
        LocalDate pausedSince,
        int pausedWorkingDays,
        List<MaterialCheck> outstandingMaterials,
        List<MaterialCheck> awaitingVerification,
        List<Deficiency> openDeficiencies,
        List<MaterialCheck> supplements,
        String reviewingDepartment,
        Boolean approved,
        String certificateNumber,
        String refusalReason,
        String voidReason,
        List<Verification> verifications,
        String revocationReason,
        List<PrintedDocument> documents,
        LocalDate concludedOn,
        int eventCount,
        Hlc lastHlc,
        Custody custody,
        AfterAcceptanceState afterAcceptance) {

    public CaseState {
        outstandingMaterials = List.copyOf(outstandingMaterials);
        awaitingVerification = List.copyOf(awaitingVerification);
        openDeficiencies = List.copyOf(openDeficiencies);
        supplements = List.copyOf(supplements);
        documents = List.copyOf(documents);
        verifications = List.copyOf(verifications);
        revocationReason = revocationReason == null ? "" : revocationReason;
        afterAcceptance = afterAcceptance == null ? AfterAcceptanceState.NONE : afterAcceptance;
    }

    /** A case no event has opened yet. */
    public static CaseState unopened(UUID caseId) {
        return new CaseState(caseId, "", CaseStatus.DRAFT, null, null, "", null, null, null, null, null, null, null,
                false, false, false, false, "", null, null, 0,
                List.of(), List.of(), List.of(), List.of(), "", null, "", "", "", List.of(), "", List.of(), null, 0, null,
                null, AfterAcceptanceState.NONE);
    }

    public boolean opened() {
        return eventCount > 0 && intake != null;
    }

    /** A proxy file (代办件) the hall has not decided on yet: it is at its site, on its way or at the hall. */
    public boolean proxyUndecided() {
        return custody != null && decision == null;
    }

    public boolean paused() {
        return pausedSince != null;
    }

    /** The outcome of one 事后核查: the material whose commitment was checked, and whether it held (属实). */
    public record Verification(String materialCode, String materialName, boolean truthful, String findings) {
    }

    /** Whether the decision granted was revoked (撤销). */
    public boolean revoked() {
        return !revocationReason.isEmpty();
    }

    /** One document printed for the case (受理通知书, 补正通知书 …); reprints are listed too. */
    public record PrintedDocument(String kind, String number, boolean reprint, String sha256, Hlc hlc) {
    }
}
