package app.retention.store;

import org.h2.api.Trigger;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The database's own refusal to change or remove a row of the log of models in use (V13): whatever a future
 * repository or a hand-typed statement tries, the history of promotions and rollbacks only grows.
 */
public final class AppendOnlyLog implements Trigger {

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("the log of models in use only grows: its entries are never changed or removed");
    }
}
