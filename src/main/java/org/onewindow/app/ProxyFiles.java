package org.onewindow.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.CaseState;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.EventType;
import org.onewindow.store.ClientStore;
import org.onewindow.store.OutboxEntry;

/**
 * The agent's outbox (代办件发件箱): every proxy file this site took in, what still waits to go to the centre — its
 * events, its electronic copies — and what the hall has done with it since: received, returned, accepted (and when,
 * which is when its time limits started), notified or refused.
 */
public final class ProxyFiles {

    private final ClientStore store;
    ProxyFiles(ClientStore store) {
        this.store = store;
    }

    /** One file as the agent follows it. */
    public record FileLine(CaseState state, Instant takenAt, boolean waitingToGo, int copies, int copiesWaiting,
                           Optional<Instant> hallDecidedAt, String hallNote) {
    }

    /** What waits to go in all, and every file. */
    public record Overview(List<FileLine> files, long eventsWaiting, long copiesWaiting, long bytesWaiting,
                           Optional<Instant> lastSync) {
    }

    public Overview overview() {
        Set<UUID> waiting = new HashSet<>();
        long eventsWaiting = 0;
        for (OutboxEntry entry : store.outbox().pending(Integer.MAX_VALUE)) {
            waiting.add(entry.event().caseId());
            eventsWaiting++;
        }
        List<FileLine> files = new ArrayList<>();
        long bytesWaiting = 0;
        for (CaseEvent opened : store.events().ofTypeSince(EventType.PROXY_FILE_OPENED, Instant.EPOCH)) {
            List<CaseEvent> log = store.events().eventsOf(opened.caseId());
            CaseState state = store.desk().state(opened.caseId());
            int copies = 0;
            int copiesWaiting = 0;
            Optional<Instant> decided = Optional.empty();
            String note = "";
            for (CaseEvent event : log) {
                if (event.payload() instanceof EventPayload.AttachmentAdded added) {
                    copies++;
                    if (event.deviceId().equals(store.device().deviceId()) && !store.attachments().sent(added.sha256())) {
                        copiesWaiting++;
                        bytesWaiting += added.size();
                    }
                } else if (event.payload() instanceof EventPayload.Opening opening && opening.decides() && decided.isEmpty()) {
                    decided = Optional.of(event.recordedAt());
                } else if (event.payload() instanceof EventPayload.HandoverReturned returned) {
                    note = returned.reason();
                } else if (event.payload() instanceof EventPayload.HandoverReceived received) {
                    note = received.discrepancy();
                }
            }
            files.add(new FileLine(state, opened.recordedAt(), waiting.contains(opened.caseId()), copies, copiesWaiting,
                    decided, note));
        }
        files.sort((a, b) -> b.takenAt().compareTo(a.takenAt()));
        long copiesWaiting = files.stream().mapToLong(FileLine::copiesWaiting).sum();
        return new Overview(files, eventsWaiting, copiesWaiting, bytesWaiting, store.outbox().lastSuccessfulSync());
    }
}
