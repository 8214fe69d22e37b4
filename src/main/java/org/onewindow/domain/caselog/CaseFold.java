package org.onewindow.domain.caselog;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.onewindow.domain.calendar.OutsideCoverageException;
import org.onewindow.domain.calendar.WorkingCalendar;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.Deficiency;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.intake.MaterialStatus;

/**
 * Folds a case's events, in HLC order, into its {@link CaseState}. The fold is total: it applies
 * whatever the merged logs of several devices hold, because {@link CaseRules} already checked each
 * event where it was recorded, and a union of logs must always give one state.
 */
public final class CaseFold {

    /** Days are counted where the windows are. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final WorkingCalendar calendar;

    public CaseFold(WorkingCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** The state after all {@code events} of one case, in any order given. */
    public CaseState fold(UUID caseId, List<CaseEvent> events) {
        List<CaseEvent> ordered = new ArrayList<>(events);
        ordered.sort(Comparator.comparing(CaseEvent::hlc));
        CaseState state = CaseState.unopened(caseId);
        for (CaseEvent event : ordered) {
            state = apply(state, event);
        }
        return state;
    }

    /** The state after one more event (later in HLC order than every event already folded). */
    public CaseState apply(CaseState state, CaseEvent event) {
        if (!event.caseId().equals(state.caseId())) {
            throw new IllegalArgumentException("event " + event.eventId() + " belongs to case " + event.caseId());
        }
        Folding f = new Folding(state);
        LocalDate day = LocalDate.ofInstant(event.recordedAt(), ZONE);
        EventPayload payload = event.payload();
        // a switch expression must name every event type: a new one does not compile until it is folded here
        Runnable step = switch (payload.type()) {
            case APPLICATION_ACCEPTED -> () -> f.accepted((EventPayload.ApplicationAccepted) payload, day);
            case DEFICIENCY_NOTIFIED -> () -> f.notified((EventPayload.DeficiencyNotified) payload, day);
            case APPLICATION_REFUSED -> () -> f.refused((EventPayload.ApplicationRefused) payload, day);
            case MATERIALS_SUPPLEMENTED -> () -> f.supplemented((EventPayload.MaterialsSupplemented) payload);
            case REVIEW_STARTED -> () -> f.reviewStarted((EventPayload.ReviewStarted) payload);
            case DECIDED -> () -> f.decided((EventPayload.Decided) payload);
            case CLOCK_PAUSED -> () -> f.paused(day, ((EventPayload.ClockPaused) payload).reason());
            case CLOCK_RESUMED -> () -> f.resumed(day);
            case CERTIFICATE_ISSUED -> () -> f.certificate = ((EventPayload.CertificateIssued) payload).certificateNumber();
            case CONCLUDED -> () -> f.concluded(day);
            // recorded in the timeline; they do not change what the case is
            case DELIVERED, EVALUATED -> () -> { };
            case VOIDED -> () -> f.voided((EventPayload.Voided) payload);
            case DEADLINES_RECALCULATED -> () -> f.recalculated((EventPayload.DeadlinesRecalculated) payload);
            case POST_VERIFICATION_RECORDED -> () -> f.verified((EventPayload.PostVerificationRecorded) payload);
            case APPROVAL_REVOKED -> () -> f.revoked((EventPayload.ApprovalRevoked) payload, day);
            case PROXY_FILE_OPENED -> () -> f.proxyOpened((EventPayload.ProxyFileOpened) payload, day);
            case HANDED_OVER -> () -> f.custody = f.custody == null ? null
                    : f.custody.moved(Custody.Stage.HANDED_OVER, ((EventPayload.HandedOver) payload).batchNumber());
            case HANDOVER_RECEIVED -> () -> f.handoverReceived((EventPayload.HandoverReceived) payload);
            case HANDOVER_RETURNED -> () -> f.handoverReturned((EventPayload.HandoverReturned) payload);
            // the copies are listed from the log, beside the state: they change nothing the rules look at
            case ATTACHMENT_ADDED -> () -> { };
            case DOCUMENT_PRINTED -> () -> {
                EventPayload.DocumentPrinted p = (EventPayload.DocumentPrinted) payload;
                f.documents.add(new CaseState.PrintedDocument(p.documentKind(), p.documentNumber(), p.reprint(),
                        p.sha256(), event.hlc()));
            };
            case CASE_ROUTED, CERTIFICATE_PRINT_VOIDED, RESULT_COLLECTED, POSTAL_INTAKE_RECORDED, MAIL_DELIVERY_CHOSEN,
                    MAIL_SENT, MAIL_TRACKED, FEE_PAID, FEE_WAIVED ->
                    () -> f.after = f.after.apply((EventPayload.AfterAcceptanceStep) payload, event);
        };
        step.run();
        f.eventCount++;
        f.lastHlc = event.hlc();
        return f.state();
    }

    /** The mutable working copy of one step of the fold. */
    private final class Folding {
        private final UUID caseId;
        private String caseNumber;
        private CaseStatus status;
        private Intake intake;
        private DecisionKind decision;
        private String responsibleClerk;
        private LocalDate receivedOn;
        private LocalDate basePromised;
        private LocalDate baseStatutory;
        private Integer promisedDays;
        private Integer statutoryDays;
        private boolean promisedProvisional;
        private boolean statutoryProvisional;
        private String deadlineNote;
        private LocalDate toleranceDeadline;
        private LocalDate pausedSince;
        private int pausedWorkingDays;
        private final List<MaterialCheck> outstanding;
        private final List<MaterialCheck> commitments;
        private final List<Deficiency> deficiencies;
        private final List<MaterialCheck> supplements;
        private String reviewingDepartment;
        private Boolean approved;
        private String certificate;
        private String refusalReason;
        private String voidReason;
        private final List<CaseState.Verification> verifications;
        private String revocationReason;
        private final List<CaseState.PrintedDocument> documents;
        private LocalDate concludedOn;
        private int eventCount;
        private Hlc lastHlc;
        private Custody custody;
        private AfterAcceptanceState after;

        Folding(CaseState s) {
            caseId = s.caseId();
            caseNumber = s.caseNumber();
            status = s.status();
            intake = s.intake();
            decision = s.decision();
            responsibleClerk = s.responsibleClerk();
            receivedOn = s.receivedOn();
            basePromised = s.acceptedPromisedDate();
            baseStatutory = s.acceptedStatutoryDeadline();
            promisedDays = s.promisedDays();
            statutoryDays = s.statutoryDays();
            promisedProvisional = s.recordedPromisedProvisional();
            statutoryProvisional = s.recordedStatutoryProvisional();
            deadlineNote = s.deadlineNote();
            toleranceDeadline = s.toleranceDeadline();
            pausedSince = s.pausedSince();
            pausedWorkingDays = s.pausedWorkingDays();
            outstanding = new ArrayList<>(s.outstandingMaterials());
            commitments = new ArrayList<>(s.awaitingVerification());
            deficiencies = new ArrayList<>(s.openDeficiencies());
            supplements = new ArrayList<>(s.supplements());
            reviewingDepartment = s.reviewingDepartment();
            approved = s.approved();
            certificate = s.certificateNumber();
            refusalReason = s.refusalReason();
            voidReason = s.voidReason();
            verifications = new ArrayList<>(s.verifications());
            revocationReason = s.revocationReason();
            documents = new ArrayList<>(s.documents());
            concludedOn = s.concludedOn();
            eventCount = s.eventCount();
            lastHlc = s.lastHlc();
            custody = s.custody();
            after = s.afterAcceptance();
        }

        void opened(String number, Intake taken, String clerk, LocalDate day) {
            if (intake == null) {
                receivedOn = day;
            }
            caseNumber = number;
            intake = taken;
            responsibleClerk = clerk;
        }

        void accepted(EventPayload.ApplicationAccepted a, LocalDate day) {
            opened(a.caseNumber(), a.intake(), a.responsibleClerk(), day);
            decision = a.decision();
            status = CaseStatus.ACCEPTED;
            basePromised = a.promisedDate();
            baseStatutory = a.statutoryDeadline();
            promisedDays = a.promisedDays();
            statutoryDays = a.statutoryDays();
            promisedProvisional = a.promisedProvisional();
            statutoryProvisional = a.statutoryProvisional();
            toleranceDeadline = a.toleranceDeadline();
            after = after.accepted(a.fee());
            deficiencies.clear();
            outstanding.clear();
            commitments.clear();
            for (MaterialCheck material : a.intake().materials()) {
                if (material.status() == MaterialStatus.TOLERATED && !suppliedEarlier(material)) {
                    outstanding.add(material);
                } else if (material.status() == MaterialStatus.COMMITMENT) {
                    commitments.add(material);
                }
            }
        }

        private boolean suppliedEarlier(MaterialCheck material) {
            return supplements.stream().anyMatch(s -> s.materialCode().equals(material.materialCode()));
        }

        void notified(EventPayload.DeficiencyNotified d, LocalDate day) {
            opened(d.caseNumber(), d.intake(), d.responsibleClerk(), day);
            decision = DecisionKind.NOTIFY_DEFICIENCIES;
            status = CaseStatus.AWAITING_SUPPLEMENT;
            deficiencies.clear();
            deficiencies.addAll(d.deficiencies());
        }

        void refused(EventPayload.ApplicationRefused r, LocalDate day) {
            opened(r.caseNumber(), r.intake(), r.responsibleClerk(), day);
            decision = DecisionKind.REFUSE;
            status = CaseStatus.REFUSED;
            refusalReason = r.reason();
            concludedOn = day;
        }

        /**
         * 代办收件: received at the site (收件), no decision yet; what the applicant was told is missing is owed, so a
         * supplement at the site can take it in before the file is carried.
         */
        void proxyOpened(EventPayload.ProxyFileOpened p, LocalDate day) {
            opened(p.caseNumber(), p.intake(), p.responsibleClerk(), day);
            status = CaseStatus.RECEIVED;
            custody = new Custody(Custody.Stage.AT_SITE, p.site(), "");
            deficiencies.clear();
            deficiencies.addAll(p.deficiencies());
        }

        /** The hall has the file: 预受理, until its own decision (受理 starts then). */
        void handoverReceived(EventPayload.HandoverReceived r) {
            if (custody == null) {
                return;
            }
            custody = custody.moved(Custody.Stage.AT_HALL, r.batchNumber());
            if (decision == null) {
                status = CaseStatus.PRE_ACCEPTED;
            }
        }

        /** Not taken at the hall: back to the site (预受理退回). */
        void handoverReturned(EventPayload.HandoverReturned r) {
            if (custody == null) {
                return;
            }
            custody = custody.moved(Custody.Stage.RETURNED, r.batchNumber());
            if (decision == null) {
                status = CaseStatus.PRE_ACCEPTANCE_RETURNED;
            }
        }

        void supplemented(EventPayload.MaterialsSupplemented s) {
            for (MaterialCheck material : s.materials()) {
                if (!material.status().satisfied()) {
                    continue;
                }
                supplements.add(material);
                outstanding.removeIf(m -> m.materialCode().equals(material.materialCode()));
                deficiencies.removeIf(d -> d.materialCode().equals(material.materialCode()));
                if (material.status() != MaterialStatus.COMMITMENT) {
                    commitments.removeIf(m -> m.materialCode().equals(material.materialCode()));
                }
            }
        }

        void reviewStarted(EventPayload.ReviewStarted r) {
            reviewingDepartment = r.department();
            if (status == CaseStatus.ACCEPTED) {
                status = CaseStatus.IN_PROGRESS;
            }
        }

        void decided(EventPayload.Decided d) {
            approved = d.approved();
            after = after.decided(d.licence());
            if (status == CaseStatus.ACCEPTED) {
                status = CaseStatus.IN_PROGRESS;
            }
        }

        void paused(LocalDate day, String reason) {
            if (pausedSince == null && !status.closed()) {
                pausedSince = day;
                after = after.paused(reason);
                status = CaseStatus.SUSPENDED;
            }
        }

        void resumed(LocalDate day) {
            if (pausedSince == null) {
                return;
            }
            pausedWorkingDays += Math.max(0, calendar.workingDaysBetween(pausedSince, day));
            pausedSince = null;
            after = after.resumed();
            // Only the back office pauses the clock, so a resumed case is always in its hands.
            if (status == CaseStatus.SUSPENDED) {
                status = CaseStatus.IN_PROGRESS;
            }
        }

        void concluded(LocalDate day) {
            if (status != CaseStatus.VOIDED && status != CaseStatus.REFUSED) {
                status = CaseStatus.CONCLUDED;
                concludedOn = day;
                pausedSince = null;
                after = after.resumed();
            }
        }

        void recalculated(EventPayload.DeadlinesRecalculated r) {
            basePromised = r.promisedDate();
            baseStatutory = r.statutoryDeadline();
            promisedProvisional = r.promisedProvisional();
            statutoryProvisional = r.statutoryProvisional();
            deadlineNote = r.reason();
        }

        /** The commitment is checked: the task is done, whatever its outcome; the outcome is kept. */
        void verified(EventPayload.PostVerificationRecorded v) {
            commitments.removeIf(m -> m.materialCode().equals(v.materialCode()));
            verifications.add(new CaseState.Verification(v.materialCode(), v.materialName(), v.truthful(), v.findings()));
        }

        /** The granted decision is revoked; a case still in hand ends with it. */
        void revoked(EventPayload.ApprovalRevoked r, LocalDate day) {
            revocationReason = r.reason();
            commitments.clear();
            if (!status.closed()) {
                status = CaseStatus.CONCLUDED;
                concludedOn = day;
                pausedSince = null;
            }
        }

        void voided(EventPayload.Voided v) {
            status = CaseStatus.VOIDED;
            voidReason = v.reason();
            pausedSince = null;
            after = after.resumed();
        }

        /**
         * The date moved by the paused working days; null (not yet known) when that lies beyond the
         * calendar's data, because a fold must never fail: a pulled pause would otherwise block sync.
         */
        private LocalDate extended(LocalDate date) {
            if (date == null || pausedWorkingDays == 0) {
                return date;
            }
            try {
                return calendar.addWorkingDays(date, pausedWorkingDays);
            } catch (OutsideCoverageException e) {
                return null;
            }
        }

        /**
         * Provisional (暂定) as recorded — until a recount (期限重算) records it otherwise — or because a pause moved the
         * date past the published holidays of the calendar folded with.
         */
        private boolean provisional(boolean recorded, LocalDate date) {
            return recorded || pausedWorkingDays > 0 && date != null && calendar.isProvisional(date);
        }

        CaseState state() {
            LocalDate promised = extended(basePromised);
            LocalDate statutory = extended(baseStatutory);
            return new CaseState(caseId, caseNumber, status, intake, decision, responsibleClerk, receivedOn,
                    basePromised, baseStatutory, promised, statutory, promisedDays, statutoryDays,
                    provisional(promisedProvisional, promised), provisional(statutoryProvisional, statutory),
                    promisedProvisional, statutoryProvisional, deadlineNote, toleranceDeadline, pausedSince, pausedWorkingDays, outstanding, commitments, deficiencies,
                    supplements, reviewingDepartment, approved, certificate, refusalReason, voidReason,
                    verifications, revocationReason, documents, concludedOn, eventCount, lastHlc, custody, after);
        }
    }
}
