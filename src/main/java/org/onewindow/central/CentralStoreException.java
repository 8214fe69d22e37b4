package org.onewindow.central;

import java.sql.SQLException;

/** The database failed underneath a request; the request changed nothing and may be retried. */
public final class CentralStoreException extends RuntimeException {
    CentralStoreException(SQLException cause) {
        super("中心库数据库操作失败：" + cause.getMessage(), cause);
    }
}
