package org.onewindow.sync;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.onewindow.codec.sync.BlobProgress;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.EventType;
import org.onewindow.store.AttachmentFiles;
import org.onewindow.store.ClientStore;

/**
 * Sends the electronic copies this device attached (材料电子件上传) after their events: each copy once, by its hash,
 * resumably — the centre is asked how much it holds and only the rest is sent, so a village link cut at 50 % of a
 * 20 MB scan costs the other 50 %, never the whole again. A copy whose event the centre has not stored yet waits for
 * the next round.
 */
final class AttachmentUploader {

    private final ClientStore store;
    private final CentralClient client;

    AttachmentUploader(ClientStore store, CentralClient client) {
        this.store = store;
        this.client = client;
    }

    /** A copy still to send, as its event describes it. */
    record Pending(String sha256, long size, String mediaType) {
    }

    /** The copies this device recorded and has not yet seen whole at the centre. */
    static Map<String, Pending> pending(ClientStore store) {
        AttachmentFiles files = store.attachments();
        String self = store.device().deviceId();
        Map<String, Pending> pending = new LinkedHashMap<>();
        for (CaseEvent event : store.events().ofTypeSince(EventType.ATTACHMENT_ADDED, Instant.EPOCH)) {
            EventPayload.AttachmentAdded added = (EventPayload.AttachmentAdded) event.payload();
            if (event.deviceId().equals(self) && files.has(added.sha256()) && !files.sent(added.sha256())) {
                pending.putIfAbsent(added.sha256(), new Pending(added.sha256(), added.size(), added.mediaType()));
            }
        }
        return pending;
    }

    /** Sends every pending copy; throws (the round fails, the next resumes) when the link is cut. */
    Tally uploadAll() throws CentralUnreachableException, CentralRefusedException {
        Tally tally = new Tally();
        for (Pending copy : pending(store).values()) {
            try {
                upload(copy, tally);
            } catch (CentralRefusedException e) {
                if (e.deviceRefused()) {
                    throw e;
                }
                // its event is not at the centre yet, or another upload of it is under way: next round
                tally.waiting++;
            }
        }
        return tally;
    }

    private void upload(Pending copy, Tally tally) throws CentralUnreachableException, CentralRefusedException {
        BlobProgress progress = client.blobProgress(copy.sha256());
        if (!progress.complete()) {
            long from = progress.offset();
            byte[] rest = store.attachments().read(copy.sha256(), from, (int) (copy.size() - from));
            progress = client.putBlob(copy.sha256(), from, copy.size(), copy.mediaType(), rest);
            tally.bytes += rest.length;
            tally.resumed += from > 0 ? 1 : 0;
        }
        if (progress.complete()) {
            store.attachments().markSent(copy.sha256());
            tally.sent++;
        } else {
            tally.waiting++;
        }
    }

    /** Counts of one upload pass. */
    static final class Tally {
        int sent;
        int resumed;
        int waiting;
        long bytes;
    }
}
