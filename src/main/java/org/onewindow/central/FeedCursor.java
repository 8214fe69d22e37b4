package org.onewindow.central;

/**
 * A position in the change feed: everything written by a transaction before {@code tx}, and by
 * {@code tx} up to sequence {@code seq}, has been seen. Written {@code tx.seq}; opaque to clients.
 */
record FeedCursor(long tx, long seq) {

    static final FeedCursor START = new FeedCursor(0, 0);

    static FeedCursor parse(String text) {
        if (text == null || text.isBlank()) {
            return START;
        }
        int dot = text.indexOf('.');
        try {
            FeedCursor cursor = new FeedCursor(Long.parseLong(text.substring(0, dot)), Long.parseLong(text.substring(dot + 1)));
            if (cursor.tx < 0 || cursor.seq < 0) {
                throw new NumberFormatException(text);
            }
            return cursor;
        } catch (RuntimeException e) {
            throw ApiException.badRequest("同步游标格式不正确：" + text + "（应原样使用上次下载返回的 cursor）");
        }
    }

    @Override
    public String toString() {
        return tx + "." + seq;
    }
}
