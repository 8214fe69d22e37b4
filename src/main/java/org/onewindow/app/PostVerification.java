package org.onewindow.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.onewindow.domain.Problem;
import org.onewindow.domain.calendar.OutsideCoverageException;
import org.onewindow.domain.calendar.WorkingCalendar;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.catalog.MaterialRequirement;
import org.onewindow.domain.catalog.ServiceItem;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.staff.Role;
import org.onewindow.domain.staff.User;
import org.onewindow.store.CaseDesk;

/**
 * 事后核查: each 证明 a commitment replaced (告知承诺) is a task, due within the working days the catalog gives for
 * checking it, and ends with an outcome the supervisor records — 属实, or 不实 with what was found. A decision obtained by
 * a false commitment is revoked (撤销, 行政许可法 §69) with the credit record made of it (信用记录).
 */
public final class PostVerification {

    /** One commitment still to be checked, and by when. */
    public record Task(String materialCode, String materialName, String method, LocalDate dueBy) {
    }

    private final CaseDesk desk;
    private final Supplier<Catalog> catalog;
    private final Supplier<WorkingCalendar> calendar;
    private final Changes changes;

    PostVerification(CaseDesk desk, Supplier<Catalog> catalog, Supplier<WorkingCalendar> calendar, Changes changes) {
        this.desk = desk;
        this.catalog = catalog;
        this.calendar = calendar;
        this.changes = changes;
    }

    /** The commitments of a case still to be checked, each with its method and due date (null beyond the calendar). */
    public List<Task> tasks(UUID caseId) {
        CaseState state = desk.state(caseId);
        List<Task> tasks = new ArrayList<>();
        for (MaterialCheck pending : state.awaitingVerification()) {
            MaterialRequirement requirement = requirement(state, pending.materialCode());
            String method = requirement == null || requirement.proof() == null ? "" : requirement.proof().verification();
            LocalDate due = null;
            if (requirement != null && requirement.proof() != null && state.receivedOn() != null) {
                try {
                    due = calendar.get().addWorkingDays(state.receivedOn(), requirement.proof().verificationWorkingDays());
                } catch (OutsideCoverageException e) {
                    due = null;
                }
            }
            tasks.add(new Task(pending.materialCode(), pending.materialName(), method, due));
        }
        return tasks;
    }

    private MaterialRequirement requirement(CaseState state, String materialCode) {
        Catalog current = catalog.get();
        for (String code : state.intake().itemCodes()) {
            for (MaterialRequirement requirement : current.item(code).map(ServiceItem::materials).orElse(List.of())) {
                if (requirement.code().equals(materialCode)) {
                    return requirement;
                }
            }
        }
        return null;
    }

    /** Records the outcome of checking one commitment; the case's rules refuse a check of nothing pending. */
    public CaseState record(User supervisor, UUID caseId, String materialCode, boolean truthful, String method,
                            String findings) {
        supervisor(supervisor);
        CaseState state = desk.state(caseId);
        MaterialCheck pending = state.awaitingVerification().stream().filter(m -> m.materialCode().equals(materialCode))
                .findFirst().orElseThrow(() -> new Problem.RuleBroken("该案件没有待核查的告知承诺：" + materialCode));
        CaseState saved = desk.record(supervisor, caseId, new EventPayload.PostVerificationRecorded(materialCode,
                pending.materialName(), truthful, method == null ? "" : method.strip(), findings == null ? "" : findings.strip()));
        changes.caseSaved(saved);
        return saved;
    }

    /** Revokes the decision granted on the case, with the reason, the provision, and the credit record made. */
    public CaseState revoke(User supervisor, UUID caseId, String reason, String basis, String creditRecord) {
        supervisor(supervisor);
        CaseState saved = desk.record(supervisor, caseId, new EventPayload.ApprovalRevoked(strip(reason), strip(basis),
                strip(creditRecord)));
        changes.caseSaved(saved);
        return saved;
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static void supervisor(User user) {
        if (!user.role().mayRecord(Role.SUPERVISOR)) {
            throw new Problem.NotPermitted("事后核查结果和撤销须由窗口负责人记录，当前身份为" + user.role().label());
        }
    }
}
