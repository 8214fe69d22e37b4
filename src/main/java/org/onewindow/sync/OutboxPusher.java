package org.onewindow.sync;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.onewindow.codec.Json;
import org.onewindow.codec.sync.EventOutcome;
import org.onewindow.codec.sync.PushRequest;
import org.onewindow.codec.sync.PushResult;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.store.Outbox;
import org.onewindow.store.OutboxEntry;
import org.onewindow.store.SyncResult;

/**
 * Sends this device's unsent events in batches the central store accepts (≤ 500 events, ≤ 5 MB) and
 * records its answer per event. A batch the store refuses as a whole is split until the one bad
 * event is found and set aside (被拒收), so it never holds back the others.
 */
final class OutboxPusher {

    /** Room for the envelope around the events. */
    private static final int ENVELOPE_BYTES = 1024;

    private final Outbox outbox;
    private final CentralClient client;
    private final String deviceId;

    OutboxPusher(Outbox outbox, CentralClient client, String deviceId) {
        this.outbox = outbox;
        this.client = client;
        this.deviceId = deviceId;
    }

    /** Pushes until nothing is left to send; throws (events back to 上传失败) when the store cannot be reached. */
    Tally pushAll() throws CentralUnreachableException, CentralRefusedException {
        Tally tally = new Tally();
        List<OutboxEntry> entries;
        while (!(entries = outbox.pending(PushRequest.MAX_EVENTS)).isEmpty()) {
            send(fitting(entries), tally);
        }
        return tally;
    }

    /** The longest prefix that stays under the byte limit (at least one event). */
    private static List<CaseEvent> fitting(List<OutboxEntry> entries) {
        List<CaseEvent> batch = new ArrayList<>();
        long bytes = ENVELOPE_BYTES;
        for (OutboxEntry entry : entries) {
            bytes += Json.write(entry.event()).getBytes(StandardCharsets.UTF_8).length + 1;
            if (!batch.isEmpty() && bytes > PushRequest.MAX_BYTES) {
                break;
            }
            batch.add(entry.event());
        }
        return batch;
    }

    private void send(List<CaseEvent> batch, Tally tally) throws CentralUnreachableException, CentralRefusedException {
        List<UUID> ids = batch.stream().map(CaseEvent::eventId).toList();
        outbox.markSending(ids);
        PushResult result;
        try {
            result = client.push(new PushRequest(deviceId, batch));
        } catch (CentralUnreachableException e) {
            outbox.recordResults(ids.stream().map(id -> SyncResult.failed(id, e.getMessage())).toList());
            throw e;
        } catch (CentralRefusedException e) {
            if (e.deviceRefused()) {
                outbox.recordResults(ids.stream().map(id -> SyncResult.failed(id, e.getMessage())).toList());
                throw e;
            }
            if (batch.size() == 1) {
                outbox.recordResults(List.of(SyncResult.deadLetter(ids.get(0), e.getMessage())));
                tally.sent++;
                tally.rejected.add(batch.get(0).type().label() + " " + ids.get(0) + "：" + e.getMessage());
                return;
            }
            int half = batch.size() / 2;
            send(batch.subList(0, half), tally);
            send(batch.subList(half, batch.size()), tally);
            return;
        }
        List<SyncResult> results = new ArrayList<>();
        for (EventOutcome outcome : result.outcomes()) {
            switch (outcome.outcome()) {
                case STORED -> {
                    tally.stored++;
                    results.add(SyncResult.synced(outcome.eventId()));
                }
                case DUPLICATE -> {
                    tally.duplicates++;
                    results.add(SyncResult.synced(outcome.eventId()));
                }
                case REJECTED -> {
                    tally.rejected.add(outcome.reason());
                    results.add(SyncResult.deadLetter(outcome.eventId(), outcome.reason()));
                }
            }
        }
        outbox.recordResults(results);
        tally.sent += batch.size();
    }

    /** Counts of one push. */
    static final class Tally {
        int sent;
        int stored;
        int duplicates;
        final List<String> rejected = new ArrayList<>();
    }
}
