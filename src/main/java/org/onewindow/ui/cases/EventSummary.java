package org.onewindow.ui.cases;

import java.util.List;
import java.util.stream.Collectors;
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

    String of(EventPayload payload) {
        if (payload instanceof EventPayload.ApplicationAccepted accepted) {
            return texts.get("timeline.accepted", labels.of(accepted.decision()), dates.day(accepted.promisedDate()));
        } else if (payload instanceof EventPayload.DeficiencyNotified notified) {
            return texts.get("timeline.deficiencies", notified.deficiencies().size(),
                    join(notified.deficiencies().stream().map(Deficiency::materialName).toList()));
        } else if (payload instanceof EventPayload.ApplicationRefused refused) {
            return texts.get("timeline.refused", refused.reason(), refused.confirmedBySupervisor());
        } else if (payload instanceof EventPayload.MaterialsSupplemented supplemented) {
            return join(supplemented.materials().stream().map(MaterialCheck::materialName).toList());
        } else if (payload instanceof EventPayload.ReviewStarted review) {
            return join(List.of(review.department(), review.note()));
        } else if (payload instanceof EventPayload.Decided decided) {
            return join(List.of(texts.get(decided.approved() ? "timeline.approved" : "timeline.denied"), decided.note()));
        } else if (payload instanceof EventPayload.ClockPaused paused) {
            return paused.reason();
        } else if (payload instanceof EventPayload.ClockResumed resumed) {
            return resumed.note();
        } else if (payload instanceof EventPayload.CertificateIssued issued) {
            return join(List.of(issued.certificateName(), issued.certificateNumber()));
        } else if (payload instanceof EventPayload.Concluded concluded) {
            return concluded.note();
        } else if (payload instanceof EventPayload.Delivered delivered) {
            return join(List.of(delivered.method(), delivered.note()));
        } else if (payload instanceof EventPayload.Evaluated evaluated) {
            return join(List.of(texts.get("timeline.score", evaluated.score()), evaluated.comment()));
        } else if (payload instanceof EventPayload.Voided voided) {
            return texts.get("timeline.voided", voided.reason(), voided.supervisor());
        } else if (payload instanceof EventPayload.DocumentPrinted printed) {
            return join(List.of(labels.documentKind(printed.documentKind()), printed.documentNumber(),
                    printed.reprint() ? texts.get("timeline.reprint") : ""));
        }
        throw new IllegalArgumentException("no summary for " + payload.type());
    }

    private String join(List<String> parts) {
        return parts.stream().filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(texts.get("timeline.separator")));
    }
}
