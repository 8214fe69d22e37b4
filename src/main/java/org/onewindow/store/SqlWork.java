package org.onewindow.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of work on one connection, inside the transaction or read the {@link Database} opened. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
