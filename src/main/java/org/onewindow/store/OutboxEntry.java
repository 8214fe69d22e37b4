package org.onewindow.store;

import org.onewindow.domain.caselog.CaseEvent;

/** An event of this device on its way to the central store, with how its last attempts went. */
public record OutboxEntry(CaseEvent event, SyncState state, int attempts, String lastError) {
}
