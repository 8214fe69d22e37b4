package org.onewindow.ui.cases;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.onewindow.app.AfterAcceptanceSteps;
import org.onewindow.app.CaseQueries;
import org.onewindow.domain.caselog.AfterAcceptance.CollectorCapacity;
import org.onewindow.domain.caselog.AfterAcceptance.Licence;
import org.onewindow.domain.caselog.AfterAcceptance.MailPurpose;
import org.onewindow.domain.caselog.AfterAcceptance.MailState;
import org.onewindow.domain.caselog.AfterAcceptanceRules;
import org.onewindow.domain.caselog.AfterAcceptanceState;
import org.onewindow.domain.caselog.BackOfficeStage;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.catalog.Department;
import org.onewindow.domain.catalog.ServiceItem;
import org.onewindow.domain.identity.IdKind;
import org.onewindow.domain.staff.User;
import org.onewindow.print.AfterAcceptancePapers.LabelSize;
import org.onewindow.print.CertificateRenderer;
import org.onewindow.print.PrintOffset;
import org.onewindow.ui.app.Dates;
import org.onewindow.ui.app.Failures;
import org.onewindow.ui.app.Labels;
import org.onewindow.ui.app.Localization;
import org.onewindow.ui.app.Session;
import org.onewindow.ui.app.TaskExecutor;

/**
 * A case after acceptance in its detail (issue 12, decision record 0033): the deciding department and where the case
 * stands there, the fee and its settlement (缴费, 免收), the certificate issued at the window (出证 on plain paper or
 * 套打, a spoiled print voided with a reason and printed again), collection by the applicant or an authorised agent
 * (领取, its 签收单 printed), and the result by post (寄出 with its label, 妥投, 退回). What the domain refuses — an
 * unpaid fee blocks 出证, 领取 and 寄出 — is shown in its own Chinese words.
 */
public final class CaseAfterViewModel {

    private final UUID caseId;
    private final CaseQueries cases;
    private final AfterAcceptanceSteps steps;
    private final Supplier<Catalog> catalog;
    private final Supplier<PrintOffset> certificateOffset;
    private final Session session;
    private final TaskExecutor tasks;
    private final Localization texts;
    private final Labels labels;
    private final Dates dates;
    private final Failures failures;
    private Runnable changed = () -> { };

    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");
    private final ReadOnlyStringWrapper department = new ReadOnlyStringWrapper(this, "department", "");
    private final ReadOnlyStringWrapper stage = new ReadOnlyStringWrapper(this, "stage", "");
    private final ReadOnlyStringWrapper fee = new ReadOnlyStringWrapper(this, "fee", "");
    private final ReadOnlyBooleanWrapper feeOpen = new ReadOnlyBooleanWrapper(this, "feeOpen");
    private final ReadOnlyStringWrapper licence = new ReadOnlyStringWrapper(this, "licence", "");
    private final ReadOnlyStringWrapper certificate = new ReadOnlyStringWrapper(this, "certificate", "");
    private final ReadOnlyBooleanWrapper mayIssue = new ReadOnlyBooleanWrapper(this, "mayIssue");
    private final ReadOnlyBooleanWrapper mayReprint = new ReadOnlyBooleanWrapper(this, "mayReprint");
    private final ReadOnlyStringWrapper delivery = new ReadOnlyStringWrapper(this, "delivery", "");
    private final ReadOnlyBooleanWrapper byMail = new ReadOnlyBooleanWrapper(this, "byMail");
    private final ReadOnlyBooleanWrapper mayCollect = new ReadOnlyBooleanWrapper(this, "mayCollect");
    private final ReadOnlyBooleanWrapper mayMail = new ReadOnlyBooleanWrapper(this, "mayMail");
    private final ReadOnlyBooleanWrapper mayTrack = new ReadOnlyBooleanWrapper(this, "mayTrack");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    private final StringProperty amount = new SimpleStringProperty(this, "amount", "");
    private final StringProperty receiptNumber = new SimpleStringProperty(this, "receiptNumber", "");
    private final StringProperty payer = new SimpleStringProperty(this, "payer", "");
    private final StringProperty waiverBasis = new SimpleStringProperty(this, "waiverBasis", "");
    private final BooleanProperty onStock = new SimpleBooleanProperty(this, "onStock");
    private final StringProperty voidReason = new SimpleStringProperty(this, "voidReason", "");
    private final BooleanProperty byAgent = new SimpleBooleanProperty(this, "byAgent");
    private final StringProperty collectorName = new SimpleStringProperty(this, "collectorName", "");
    private final StringProperty collectorId = new SimpleStringProperty(this, "collectorId", "");
    private final StringProperty authorisation = new SimpleStringProperty(this, "authorisation", "");
    private final StringProperty courier = new SimpleStringProperty(this, "courier", "");
    private final StringProperty waybill = new SimpleStringProperty(this, "waybill", "");
    private final StringProperty postage = new SimpleStringProperty(this, "postage", "");
    private final BooleanProperty postagePaidByHall = new SimpleBooleanProperty(this, "postagePaidByHall", true);
    private final BooleanProperty smallLabel = new SimpleBooleanProperty(this, "smallLabel", true);
    private final StringProperty trackNote = new SimpleStringProperty(this, "trackNote", "");
    private String liveWaybill = "";

    public CaseAfterViewModel(UUID caseId, CaseQueries cases, AfterAcceptanceSteps steps, Supplier<Catalog> catalog,
                              Supplier<PrintOffset> certificateOffset, Session session, TaskExecutor tasks,
                              Localization texts) {
        this.caseId = caseId;
        this.cases = cases;
        this.steps = steps;
        this.catalog = catalog;
        this.certificateOffset = certificateOffset;
        this.session = session;
        this.tasks = tasks;
        this.texts = texts;
        this.labels = new Labels(texts);
        this.dates = new Dates(texts);
        this.failures = new Failures(texts);
        byAgent.addListener((o, before, agent) -> {
            if (!agent) {
                authorisation.set("");
            }
        });
    }

    /** Called after every recorded step, so the detail around it (documents, timeline) reads the case again. */
    public void onChanged(Runnable listener) {
        this.changed = listener;
    }

    public void refresh() {
        tasks.execute(() -> cases.detail(caseId).state(), this::show, error -> problem.set(failures.describe(error)));
    }

    void show(CaseState state) {
        BackOfficeStage where = BackOfficeStage.of(state);
        shown.set(state.opened() && where != BackOfficeStage.NOT_SENT && where != BackOfficeStage.CLOSED_AT_WINDOW);
        AfterAcceptanceState after = state.afterAcceptance();
        String name = after.departmentName().isEmpty() ? departmentOf(state) : after.departmentName();
        department.set(name.isEmpty() ? "—" : after.routedAt() == null ? texts.get("after.department.byCatalog", name)
                : texts.get("after.department.routed", name, dates.time(after.routedAt())));
        stage.set(after.pauseReason().isEmpty() ? labels.of(where)
                : texts.get("after.stage.paused", labels.of(where), after.pauseReason()));
        feeOpen.set(!after.feeSettled());
        if (after.feeDue().signum() == 0) {
            fee.set(texts.get("after.fee.none"));
        } else if (after.fee() == null) {
            fee.set(texts.get("after.fee.unpaid", after.feeDue().toPlainString()));
        } else if (after.fee().waived()) {
            fee.set(texts.get("after.fee.waived", after.feeDue().toPlainString(), after.fee().basis()));
        } else {
            fee.set(texts.get("after.fee.paid", after.fee().amount().toPlainString(), after.fee().receiptNumber(),
                    after.fee().payer()));
        }
        if (amount.get().isBlank() && after.feeDue().signum() > 0) {
            amount.set(after.feeDue().toPlainString());
        }
        if (payer.get().isBlank()) {
            payer.set(state.intake().applicant().name());
        }
        Licence granted = after.licence();
        licence.set(Boolean.FALSE.equals(state.approved()) ? texts.get("after.licence.denied")
                : granted == null ? texts.get(Boolean.TRUE.equals(state.approved()) ? "after.licence.none" : "after.licence.pending")
                : texts.get("after.licence.line", granted.name(), granted.number(), dates.day(granted.validFrom()),
                granted.validUntil() == null ? texts.get("after.licence.noEnd") : dates.day(granted.validUntil())));
        int live = AfterAcceptanceRules.liveCertificatePrints(state).size();
        certificate.set(state.certificateNumber().isEmpty() ? texts.get("after.certificate.notIssued")
                : texts.get("after.certificate.issued", state.certificateNumber(), live, after.voidedPrints().size()));
        mayIssue.set(Boolean.TRUE.equals(state.approved()) && granted != null && live == 0);
        mayReprint.set(live > 0);
        byMail.set(after.mailTo() != null);
        delivery.set(deliveryLine(after));
        mayCollect.set(state.approved() != null && after.mailTo() == null && after.collection() == null);
        mayMail.set(state.approved() != null && after.mailPending());
        liveWaybill = after.resultMailing().filter(m -> m.state() == MailState.SENT).map(m -> m.waybillNumber()).orElse("");
        mayTrack.set(!liveWaybill.isEmpty());
    }

    private String deliveryLine(AfterAcceptanceState after) {
        StringBuilder line = new StringBuilder();
        if (after.postalIntake() != null) {
            line.append(texts.get("after.delivery.postalIntake", after.postalIntake().courier(),
                    after.postalIntake().waybillNumber(), dates.day(after.postalIntake().arrivedOn()))).append('\n');
        }
        if (after.collection() != null) {
            line.append(texts.get("after.delivery.collected", after.collection().collectorName(),
                    labels.of(after.collection().capacity()), dates.time(after.collection().at())));
        } else if (after.mailTo() != null) {
            line.append(texts.get("after.delivery.mailTo", after.mailTo().recipient(), after.mailTo().phone(),
                    after.mailTo().address()));
        } else {
            line.append(texts.get("after.delivery.atWindow"));
        }
        for (AfterAcceptanceState.Mailing mailing : after.mailings()) {
            line.append('\n').append(texts.get("after.delivery.mailing", labels.of(mailing.purpose()), mailing.courier(),
                    mailing.waybillNumber(), labels.of(mailing.state()),
                    mailing.postagePaidByHall() ? texts.get("after.mail.freePost") : "",
                    mailing.note().isEmpty() ? "" : mailing.note()));
        }
        return line.toString();
    }

    private String departmentOf(CaseState state) {
        Catalog items = catalog.get();
        return state.intake().itemCodes().stream().map(items::item).flatMap(java.util.Optional::stream)
                .map(ServiceItem::departmentCode).map(items::department).flatMap(java.util.Optional::stream)
                .map(Department::name).findFirst().orElse("");
    }

    /** 缴费 in the exact amount with its 非税收入票据 number and payer. */
    public void pay() {
        BigDecimal paid;
        try {
            paid = new BigDecimal(amount.get().strip());
        } catch (NumberFormatException e) {
            problem.set(texts.get("after.fee.amountInvalid"));
            return;
        }
        run(clerk -> steps.pay(clerk, caseId, paid, receiptNumber.get(), payer.get()),
                state -> texts.get("after.fee.paidDone", state.afterAcceptance().fee().receiptNumber()));
    }

    /** 免收 with its basis. */
    public void waive() {
        run(clerk -> steps.waive(clerk, caseId, waiverBasis.get()), state -> texts.get("after.fee.waivedDone"));
    }

    /** 出证 on plain paper or the pre-printed stock with the certificate printer's calibration. */
    public void issue() {
        CertificateRenderer.Stock stock = stock();
        run(clerk -> {
            AfterAcceptanceSteps.IssuedCertificate issued = steps.issueCertificate(clerk, caseId, stock, offset(stock));
            return texts.get("after.certificate.printed", issued.state().certificateNumber(), issued.printerName());
        });
    }

    /** 作废 the spoiled print with its reason, and print the certificate again (补打). */
    public void voidAndReprint() {
        if (voidReason.get().isBlank()) {
            problem.set(texts.get("after.certificate.reasonNeeded"));
            return;
        }
        CertificateRenderer.Stock stock = stock();
        String reason = voidReason.get();
        run(clerk -> {
            AfterAcceptanceSteps.IssuedCertificate again = steps.voidAndReprint(clerk, caseId, reason, stock, offset(stock));
            return texts.get("after.certificate.reprinted", again.state().certificateNumber(), again.printerName());
        });
    }

    /** The certificate printer's calibration for 套打, read in the background (it is kept in the store). */
    private PrintOffset offset(CertificateRenderer.Stock stock) {
        return stock == CertificateRenderer.Stock.PRE_PRINTED ? certificateOffset.get() : PrintOffset.NONE;
    }

    private CertificateRenderer.Stock stock() {
        return onStock.get() ? CertificateRenderer.Stock.PRE_PRINTED : CertificateRenderer.Stock.PLAIN_PAPER;
    }

    /** 领取: the applicant, or an agent with the 委托书; the 签收单 is printed for signing. */
    public void collect() {
        AfterAcceptanceSteps.Collector who = new AfterAcceptanceSteps.Collector(
                byAgent.get() ? CollectorCapacity.AGENT : CollectorCapacity.APPLICANT, collectorName.get(),
                IdKind.RESIDENT_ID, collectorId.get(), byAgent.get() ? authorisation.get() : "");
        run(clerk -> {
            AfterAcceptanceSteps.Collected collected = steps.collect(clerk, caseId, who);
            return texts.get("after.collect.done", collected.state().afterAcceptance().collection().collectorName(),
                    collected.receipt().documentNumber(), collected.printerName());
        });
    }

    /** 寄出 the result with its label printed. */
    public void mail() {
        BigDecimal charged;
        try {
            charged = postage.get().isBlank() ? BigDecimal.ZERO : new BigDecimal(postage.get().strip());
        } catch (NumberFormatException e) {
            problem.set(texts.get("after.mail.postageInvalid"));
            return;
        }
        LabelSize size = smallLabel.get() ? LabelSize.LABEL_100X150 : LabelSize.A5;
        boolean free = postagePaidByHall.get();
        run(clerk -> {
            AfterAcceptanceSteps.Mailed mailed = steps.mail(clerk, caseId, MailPurpose.RESULT, courier.get(),
                    waybill.get(), charged, free, size);
            return texts.get("after.mail.done", mailed.label().documentNumber(), mailed.printerName());
        });
    }

    /** 妥投 as the courier reports it. */
    public void delivered() {
        track(MailState.DELIVERED);
    }

    /** 退回: the mail came back; the note says why. */
    public void returned() {
        if (trackNote.get().isBlank()) {
            problem.set(texts.get("after.mail.returnNoteNeeded"));
            return;
        }
        track(MailState.RETURNED);
    }

    private void track(MailState state) {
        String number = liveWaybill;
        String note = trackNote.get();
        run(clerk -> steps.track(clerk, caseId, number, state, note),
                done -> texts.get("after.mail.tracked", number, labels.of(state)));
    }

    private void run(java.util.function.Function<User, CaseState> work, java.util.function.Function<CaseState, String> said) {
        run(clerk -> said.apply(work.apply(clerk)));
    }

    private void run(java.util.function.Function<User, String> work) {
        if (busy.get()) {
            return;
        }
        User clerk = session.requireClerk();
        busy.set(true);
        problem.set("");
        message.set("");
        Callable<String> job = () -> work.apply(clerk);
        tasks.execute(job, done -> {
            busy.set(false);
            voidReason.set("");
            message.set(done);
            refresh();
            changed.run();
        }, error -> {
            busy.set(false);
            problem.set(failures.describe(error));
        });
    }

    public ReadOnlyBooleanProperty shownProperty() { return shown.getReadOnlyProperty(); }
    public ReadOnlyStringProperty departmentProperty() { return department.getReadOnlyProperty(); }
    public ReadOnlyStringProperty stageProperty() { return stage.getReadOnlyProperty(); }
    public ReadOnlyStringProperty feeProperty() { return fee.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty feeOpenProperty() { return feeOpen.getReadOnlyProperty(); }
    public ReadOnlyStringProperty licenceProperty() { return licence.getReadOnlyProperty(); }
    public ReadOnlyStringProperty certificateProperty() { return certificate.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty mayIssueProperty() { return mayIssue.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty mayReprintProperty() { return mayReprint.getReadOnlyProperty(); }
    public ReadOnlyStringProperty deliveryProperty() { return delivery.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty byMailProperty() { return byMail.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty mayCollectProperty() { return mayCollect.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty mayMailProperty() { return mayMail.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty mayTrackProperty() { return mayTrack.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public StringProperty amountProperty() { return amount; }
    public StringProperty receiptNumberProperty() { return receiptNumber; }
    public StringProperty payerProperty() { return payer; }
    public StringProperty waiverBasisProperty() { return waiverBasis; }
    public BooleanProperty onStockProperty() { return onStock; }
    public StringProperty voidReasonProperty() { return voidReason; }
    public BooleanProperty byAgentProperty() { return byAgent; }
    public StringProperty collectorNameProperty() { return collectorName; }
    public StringProperty collectorIdProperty() { return collectorId; }
    public StringProperty authorisationProperty() { return authorisation; }
    public StringProperty courierProperty() { return courier; }
    public StringProperty waybillProperty() { return waybill; }
    public StringProperty postageProperty() { return postage; }
    public BooleanProperty postagePaidByHallProperty() { return postagePaidByHall; }
    public BooleanProperty smallLabelProperty() { return smallLabel; }
    public StringProperty trackNoteProperty() { return trackNote; }

}
