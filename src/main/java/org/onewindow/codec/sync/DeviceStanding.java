package org.onewindow.codec.sync;

/**
 * What the centre holds of the asking device: where its hash chain ends there ({@code lastSeq} 0 when nothing has
 * arrived), so a window that lost events it had already sent (a lost {@code -wal}, a copy of an old file) notices
 * before it writes over them.
 */
public record DeviceStanding(String deviceId, String deviceCode, long lastSeq, String lastHash) {
    public DeviceStanding {
        lastHash = lastHash == null ? "" : lastHash;
    }
}
