package org.onewindow.store;

/** Where an event stands on its way to the central store (同步状态). */
public enum SyncState {
    PENDING("待上传"),
    SENDING("上传中"),
    SYNCED("已同步"),
    FAILED("上传失败"),
    DEAD_LETTER("被拒收");

    private final String label;

    SyncState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
