package org.onewindow.store;

import org.onewindow.codec.SealedEvent;
import org.onewindow.domain.caselog.CaseEvent;

/** An event of this device on its way to the central store, as its bytes, with how its last attempts went. */
public record OutboxEntry(SealedEvent sealed, SyncState state, int attempts, String lastError) {

    /** The event as this build reads it. */
    public CaseEvent event() {
        return sealed.event();
    }
}
