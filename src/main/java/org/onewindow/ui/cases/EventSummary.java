package org.onewindow.ui.cases;

import java.util.List;
import java.util.stream.Collectors;
import org.onewindow.domain.caselog.AfterAcceptance;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.intake.Deficiency;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.ui.app.Dates;
import org.onewindow.ui.app.Labels;
import org.onewindow.ui.app.Localization;

/** The details of an event for the timeline: what was decided, owed, supplied or printed. */
final class EventSummary {

    private final Localization texts;
    private final Labels labels;
    private final Dates dates;

    EventSummary(Localization texts) {
        this.texts = texts;
        this.labels = new Labels(texts);
        this.dates = new Dates(texts);
    }

    /**
     * A switch expression over every type: a new event type does not compile until the timeline can say it. People
     * the events record by user id are shown by {@code names}.
     */
    String of(EventPayload payload, java.util.function.UnaryOperator<String> names) {
        return switch (payload.type()) {
            case APPLICATION_ACCEPTED -> {
                EventPayload.ApplicationAccepted accepted = (EventPayload.ApplicationAccepted) payload;
                yield texts.get("timeline.accepted", labels.of(accepted.decision()), dates.day(accepted.promisedDate()));
            }
            case DEFICIENCY_NOTIFIED -> {
                EventPayload.DeficiencyNotified notified = (EventPayload.DeficiencyNotified) payload;
                yield texts.get("timeline.deficiencies", notified.deficiencies().size(),
                        join(notified.deficiencies().stream().map(Deficiency::materialName).toList()));
            }
            case APPLICATION_REFUSED -> {
                EventPayload.ApplicationRefused refused = (EventPayload.ApplicationRefused) payload;
                yield texts.get("timeline.refused", refused.reason(), names.apply(refused.confirmedBySupervisor()));
            }
            case MATERIALS_SUPPLEMENTED -> join(((EventPayload.MaterialsSupplemented) payload).materials().stream()
                    .map(MaterialCheck::materialName).toList());
            case REVIEW_STARTED -> {
                EventPayload.ReviewStarted review = (EventPayload.ReviewStarted) payload;
                yield join(List.of(review.department(), review.note()));
            }
            case DECIDED -> {
                EventPayload.Decided decided = (EventPayload.Decided) payload;
                yield join(List.of(texts.get(decided.approved() ? "timeline.approved" : "timeline.denied"), decided.note()));
            }
            case CLOCK_PAUSED -> ((EventPayload.ClockPaused) payload).reason();
            case CLOCK_RESUMED -> ((EventPayload.ClockResumed) payload).note();
            case CERTIFICATE_ISSUED -> {
                EventPayload.CertificateIssued issued = (EventPayload.CertificateIssued) payload;
                yield join(List.of(issued.certificateName(), issued.certificateNumber()));
            }
            case CONCLUDED -> ((EventPayload.Concluded) payload).note();
            case DELIVERED -> {
                EventPayload.Delivered delivered = (EventPayload.Delivered) payload;
                yield join(List.of(delivered.method(), delivered.note()));
            }
            case EVALUATED -> {
                EventPayload.Evaluated evaluated = (EventPayload.Evaluated) payload;
                yield join(List.of(texts.get("timeline.score", evaluated.score()), evaluated.comment()));
            }
            case VOIDED -> {
                EventPayload.Voided voided = (EventPayload.Voided) payload;
                yield texts.get("timeline.voided", voided.reason(), names.apply(voided.supervisor()));
            }
            case DOCUMENT_PRINTED -> {
                EventPayload.DocumentPrinted printed = (EventPayload.DocumentPrinted) payload;
                yield join(List.of(labels.documentKind(printed.documentKind()), printed.documentNumber(),
                        printed.reprint() ? texts.get("timeline.reprint") : ""));
            }
            case DEADLINES_RECALCULATED -> ((EventPayload.DeadlinesRecalculated) payload).reason();
            case POST_VERIFICATION_RECORDED -> {
                EventPayload.PostVerificationRecorded verified = (EventPayload.PostVerificationRecorded) payload;
                yield texts.get(verified.truthful() ? "timeline.verified.true" : "timeline.verified.false",
                        verified.materialName(), verified.method(), verified.findings());
            }
            case APPROVAL_REVOKED -> {
                EventPayload.ApprovalRevoked revoked = (EventPayload.ApprovalRevoked) payload;
                yield join(List.of(texts.get("timeline.revoked", revoked.reason(), revoked.basis()), revoked.creditRecord()));
            }
            case PROXY_FILE_OPENED -> {
                EventPayload.ProxyFileOpened proxy = (EventPayload.ProxyFileOpened) payload;
                yield texts.get("timeline.proxyOpened", proxy.site(), labels.of(proxy.authorisation().method()),
                        labels.of(proxy.expected()), dates.day(proxy.handOverBy()));
            }
            case HANDED_OVER -> {
                EventPayload.HandedOver handed = (EventPayload.HandedOver) payload;
                yield texts.get("timeline.handedOver", handed.batchNumber(), handed.papers());
            }
            case HANDOVER_RECEIVED -> {
                EventPayload.HandoverReceived received = (EventPayload.HandoverReceived) payload;
                yield join(List.of(texts.get("timeline.handoverReceived", received.batchNumber(), received.papersReceived()),
                        received.discrepancy()));
            }
            case HANDOVER_RETURNED -> {
                EventPayload.HandoverReturned returned = (EventPayload.HandoverReturned) payload;
                yield texts.get("timeline.handoverReturned", returned.batchNumber(), returned.reason());
            }
            case ATTACHMENT_ADDED -> {
                EventPayload.AttachmentAdded added = (EventPayload.AttachmentAdded) payload;
                yield texts.get("timeline.attachment", added.materialName(), added.size() / 1024);
            }
            case CASE_ROUTED -> texts.get("timeline.routed", ((AfterAcceptance.CaseRouted) payload).departmentName());
            case CERTIFICATE_PRINT_VOIDED -> {
                AfterAcceptance.CertificatePrintVoided voided = (AfterAcceptance.CertificatePrintVoided) payload;
                yield texts.get("timeline.printVoided", voided.certificateNumber(), voided.reason());
            }
            case RESULT_COLLECTED -> {
                AfterAcceptance.ResultCollected collected = (AfterAcceptance.ResultCollected) payload;
                yield collected.capacity() == AfterAcceptance.CollectorCapacity.APPLICANT
                        ? texts.get("timeline.collectedByApplicant", collected.collectorName())
                        : texts.get("timeline.collectedByAgent", collected.collectorName(), collected.authorisation());
            }
            case POSTAL_INTAKE_RECORDED -> {
                AfterAcceptance.PostalIntakeRecorded postal = (AfterAcceptance.PostalIntakeRecorded) payload;
                yield texts.get("timeline.postalIntake", postal.courier(), postal.waybillNumber(), postal.arrivedOn());
            }
            case MAIL_DELIVERY_CHOSEN -> {
                AfterAcceptance.MailDeliveryChosen chosen = (AfterAcceptance.MailDeliveryChosen) payload;
                yield texts.get("timeline.mailChosen", chosen.recipient(), chosen.address());
            }
            case MAIL_SENT -> {
                AfterAcceptance.MailSent sent = (AfterAcceptance.MailSent) payload;
                yield texts.get(sent.purpose() == AfterAcceptance.MailPurpose.RESULT ? "timeline.mailedResult"
                        : "timeline.mailedReceipt", sent.courier(), sent.waybillNumber())
                        + (sent.postagePaidByHall() ? texts.get("timeline.separator") + texts.get("timeline.postageByHall") : "");
            }
            case MAIL_TRACKED -> {
                AfterAcceptance.MailTracked tracked = (AfterAcceptance.MailTracked) payload;
                yield join(List.of(texts.get(tracked.state() == AfterAcceptance.MailState.DELIVERED
                        ? "timeline.mailDelivered" : "timeline.mailReturned", tracked.waybillNumber()), tracked.note()));
            }
            case FEE_PAID -> {
                AfterAcceptance.FeePaid paid = (AfterAcceptance.FeePaid) payload;
                yield texts.get("timeline.feePaid", paid.amount().toPlainString(), paid.receiptNumber(), paid.payer());
            }
            case FEE_WAIVED -> texts.get("timeline.feeWaived", ((AfterAcceptance.FeeWaived) payload).basis());
        };
    }

    private String join(List<String> parts) {
        return parts.stream().filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(texts.get("timeline.separator")));
    }
}
