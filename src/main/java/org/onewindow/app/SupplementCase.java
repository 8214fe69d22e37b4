package org.onewindow.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.onewindow.domain.Problem;
import org.onewindow.domain.caselog.CaseNumber;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.CaseStatus;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.intake.AcceptanceDecision;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.staff.User;
import org.onewindow.store.CaseDesk;
import org.onewindow.store.CaseList;
import org.onewindow.store.CaseRow;
import org.onewindow.sync.CentralRefusedException;
import org.onewindow.sync.CentralUnreachableException;
import org.onewindow.sync.SyncService;

/**
 * 补齐补正 at any window: finds the case (here, or at the centre by its number), and records what the
 * applicant brought. A notified case (一次性告知) left with nothing owed is decided again by the acceptance
 * policy and, when that accepts, accepted under its own number — in the same transaction as the supplement,
 * so the two are kept together or not at all. A decision that cannot be made (the calendar, the rules)
 * never loses the supplement: it is kept, and the reason is returned.
 */
public final class SupplementCase {

    private final CaseDesk desk;
    private final CaseList cases;
    private final Supplier<Optional<SyncService>> centre;
    private final Decisions decisions;
    private final Openings openings;
    private final Changes changes;

    SupplementCase(CaseDesk desk, CaseList cases, Supplier<Optional<SyncService>> centre, Decisions decisions,
                   Openings openings, Changes changes) {
        this.desk = desk;
        this.cases = cases;
        this.centre = centre;
        this.decisions = decisions;
        this.openings = openings;
        this.changes = changes;
    }

    /** What one 记录补正 did. */
    public sealed interface Outcome {
        CaseState state();

        /** How many of the brought materials were recorded. */
        int recorded();

        /** Recorded; the case still owes something, or nothing was left to decide. */
        record Recorded(CaseState state, int recorded) implements Outcome {
        }

        /** Recorded, and the notified case is now accepted under its own number: its receipt follows. */
        record Accepted(CaseState state, int recorded) implements Outcome {
        }

        /** Recorded, but the case could not be accepted yet; the reasons say why. */
        record NotAccepted(CaseState state, int recorded, List<String> reasons) implements Outcome {
        }
    }

    /** Whether the case owes anything a supplement can take in: the case detail offers 补齐补正 only then. */
    public static boolean owesMaterials(CaseState state) {
        return state.opened() && !state.status().closed()
                && (!state.openDeficiencies().isEmpty() || !state.outstandingMaterials().isEmpty()
                    || awaitingDecision(state));
    }

    /** A notified case with nothing left open: the window now owes the applicant a decision. */
    public static boolean awaitingDecision(CaseState state) {
        return state.status() == CaseStatus.AWAITING_SUPPLEMENT && state.openDeficiencies().isEmpty();
    }

    /** A case kept here, as it stands. */
    public CaseState open(UUID caseId) {
        return desk.state(caseId);
    }

    /**
     * Finds a case kept here by the number the applicant shows. One received at another window is fetched from the
     * centre only with the applicant's document number too ({@link #find(String, String)}), which the centre asks for.
     */
    public CaseState find(String typed) {
        String number = CaseNumber.parse(typed).text();
        return desk.state(cases.byCaseNumber(number).orElseThrow(() -> new Problem.NotFound(centre.get().isPresent()
                ? "本机没有受理编号为 " + number + " 的案件；如在其他窗口受理，请同时输入申请人的证件号码，向中心库调取"
                : "本机没有受理编号为 " + number + " 的案件；如在其他窗口受理，请确认本机已注册中心库并联网后重试")).caseId());
    }

    /**
     * Finds a case by the number the applicant shows; one received at another window and not yet here is fetched from
     * the centre, which hands it over only when {@code applicantIdNumber} is the applicant's (decision record 0020).
     */
    public CaseState find(String typed, String applicantIdNumber) {
        String number = CaseNumber.parse(typed).text();
        Optional<CaseRow> row = cases.byCaseNumber(number);
        Optional<SyncService> sync = centre.get();
        if (row.isEmpty() && sync.isPresent()) {
            if (applicantIdNumber == null || applicantIdNumber.isBlank()) {
                throw new Problem.InvalidInput("向中心库调取其他窗口受理的案件，须输入申请人的证件号码");
            }
            try {
                sync.get().fetchCase(number, applicantIdNumber);
            } catch (CentralUnreachableException e) {
                throw new Problem.CentreUnavailable("本机没有受理编号为 " + number + " 的案件，也未能连接中心库调取："
                        + e.getMessage(), e);
            } catch (CentralRefusedException e) {
                if (e.status() == 404) {
                    throw new Problem.NotFound(e.getMessage());
                }
                throw new Problem.CentreUnavailable("未能从中心库调取受理编号为 " + number + " 的案件：" + e.getMessage(), e);
            }
            row = cases.byCaseNumber(number);
        }
        return desk.state(row.orElseThrow(() -> new Problem.NotFound(sync.isPresent()
                ? "没有与受理编号 " + number + " 和申请人证件号码都相符的案件，请核对"
                : "本机没有受理编号为 " + number + " 的案件；如在其他窗口受理，请确认本机已注册中心库并联网后重试")).caseId());
    }

    /**
     * 记录补正: records the materials brought (those found satisfactory) and, for a notified case left with
     * nothing owed, decides again and accepts it — all in one transaction.
     */
    public Outcome record(User clerk, UUID caseId, List<MaterialCheck> brought, String note) {
        List<MaterialCheck> satisfied = brought.stream().filter(m -> m.status().satisfied()).toList();
        Decision decision = new Decision(clerk, satisfied, note == null ? "" : note.strip());
        CaseState after = desk.append(clerk, caseId, decision::next);
        changes.caseSaved(after);
        if (decision.accepted) {
            return new Outcome.Accepted(after, satisfied.size());
        }
        return decision.reasons.isEmpty() ? new Outcome.Recorded(after, satisfied.size())
                : new Outcome.NotAccepted(after, satisfied.size(), decision.reasons);
    }

    /** The events of one 记录补正, built inside its transaction: the supplement, then perhaps the acceptance. */
    private final class Decision {
        private final User clerk;
        private final List<MaterialCheck> brought;
        private final String note;
        private int step;
        private boolean accepted;
        private final List<String> reasons = new ArrayList<>();

        Decision(User clerk, List<MaterialCheck> brought, String note) {
            this.clerk = clerk;
            this.brought = brought;
            this.note = note;
        }

        EventPayload next(CaseState current) {
            step++;
            if (step == 1) {
                if (!brought.isEmpty()) {
                    return new EventPayload.MaterialsSupplemented(brought, note);
                }
                if (!awaitingDecision(current)) {
                    throw new Problem.InvalidInput("请至少登记一份已收取且符合要求的材料");
                }
                step++;
            }
            if (step == 2 && awaitingDecision(current)) {
                return acceptance(current);
            }
            return null;
        }

        private EventPayload acceptance(CaseState current) {
            try {
                Intake updated = withSupplements(current);
                String firstClerk = current.responsibleClerk().isBlank() ? clerk.userId() : current.responsibleClerk();
                AcceptanceDecision decision = decisions.decide(updated, firstClerk);
                if (!decision.kind().accepts()) {
                    reasons.addAll(decision.explanation());
                    return null;
                }
                EventPayload acceptance = openings.acceptance(current.caseNumber(), updated, decision.kind(), firstClerk);
                accepted = true;
                return acceptance;
            } catch (Problem problem) {
                // the supplement stands; why the case could not be accepted is told, not thrown
                reasons.add(problem.getMessage());
                return null;
            }
        }
    }

    /** The intake's findings, each replaced by the latest supplement of the same material. */
    private static Intake withSupplements(CaseState state) {
        Map<String, MaterialCheck> findings = new LinkedHashMap<>();
        state.intake().materials().forEach(m -> findings.put(m.materialCode(), m));
        state.supplements().forEach(m -> findings.put(m.materialCode(), m));
        Intake i = state.intake();
        return new Intake(i.catalogVersion(), i.itemCodes(), i.bundleCode(), i.situationCodes(), i.applicant(), i.agent(),
                List.copyOf(findings.values()));
    }
}
