package org.onewindow.sync;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.onewindow.codec.Json;
import org.onewindow.codec.sync.EventEnvelope;
import org.onewindow.codec.sync.EventOutcome;
import org.onewindow.codec.sync.PushRequest;
import org.onewindow.codec.sync.PushResult;
import org.onewindow.store.DeviceSigningKey;
import org.onewindow.store.Outbox;
import org.onewindow.store.OutboxEntry;
import org.onewindow.store.SyncResult;

/**
 * Sends this device's unsent events in batches the central store accepts (≤ 500 events, ≤ 5 MB) and
 * records its answer per event. A batch the store refuses as a whole is split until the one bad
 * event is found and set aside (被拒收), so it never holds back the others.
 */
final class OutboxPusher {

    /** Room for the request around the events. */
    private static final int REQUEST_BYTES = 1024;

    private final Outbox outbox;
    private final CentralClient client;
    private final String deviceId;
    private final DeviceSigningKey key;

    OutboxPusher(Outbox outbox, CentralClient client, String deviceId, DeviceSigningKey key) {
        this.outbox = outbox;
        this.client = client;
        this.deviceId = deviceId;
        this.key = key;
    }

    /**
     * Pushes every unsent event once, in sequence order; throws (events back to 上传失败) when the store cannot
     * be reached. An event the centre defers (it is older than this build) waits for the next round.
     */
    Tally pushAll() throws CentralUnreachableException, CentralRefusedException {
        Tally tally = new Tally();
        // The events of the device this one replaced after a restore first, in that device's order; then its own.
        for (String writer : outbox.devicesWithPendingEvents()) {
            long sentUpTo = 0;
            List<OutboxEntry> entries;
            while (!(entries = outbox.pendingAfter(writer, sentUpTo, PushRequest.MAX_EVENTS)).isEmpty()) {
                List<OutboxEntry> batch = fitting(entries);
                send(batch, tally);
                sentUpTo = batch.get(batch.size() - 1).event().deviceSeq();
            }
        }
        return tally;
    }

    /**
     * The event as sent: with its signature, or — an event of this device written before it signed (an earlier build)
     * — signed now; the signature is outside the body, so its bytes and hash stay as they were (decision record 0016).
     */
    private EventEnvelope envelope(OutboxEntry entry) {
        EventEnvelope stored = EventEnvelope.of(entry.sealed());
        if (!stored.signature().isEmpty() || !entry.event().deviceId().equals(deviceId)) {
            return stored;
        }
        return new EventEnvelope(stored.body(), stored.hash(), key.sign(stored.hash()));
    }

    /** The longest prefix that stays under the byte limit (at least one event). */
    private static List<OutboxEntry> fitting(List<OutboxEntry> entries) {
        List<OutboxEntry> batch = new ArrayList<>();
        long bytes = REQUEST_BYTES;
        for (OutboxEntry entry : entries) {
            // 128: room for a signature added as it is sent
            bytes += Json.write(EventEnvelope.of(entry.sealed())).getBytes(StandardCharsets.UTF_8).length + 128;
            if (!batch.isEmpty() && bytes > PushRequest.MAX_BYTES) {
                break;
            }
            batch.add(entry);
        }
        return batch;
    }

    private void send(List<OutboxEntry> batch, Tally tally) throws CentralUnreachableException, CentralRefusedException {
        List<UUID> ids = batch.stream().map(entry -> entry.event().eventId()).toList();
        outbox.markSending(ids);
        PushResult result;
        try {
            result = client.push(new PushRequest(deviceId, batch.stream().map(this::envelope).toList()));
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
                tally.rejected.add(batch.get(0).event().type().label() + " " + ids.get(0) + "：" + e.getMessage());
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
                // Shown as 上传失败 with the centre's reason, and sent again next round.
                case DEFERRED -> results.add(SyncResult.failed(outcome.eventId(), outcome.reason()));
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
