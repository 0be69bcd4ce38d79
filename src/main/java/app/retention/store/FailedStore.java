package app.retention.store;

import org.h2.engine.Database;
import org.h2.engine.Session;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.db.Store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What is left of an H2 database whose file write failed (the disk filled up under it), and how to let go of it
 * without hanging.
 *
 * <p>H2 2.5.252 closes its store when a write fails. From then on, any statement on a session that still holds a
 * transaction spins at 100% CPU for ever ({@code MVStore.registerVersionUsage} waits for a store version that
 * never comes), and the pool's {@code dispose} runs exactly such a statement: the {@code ROLLBACK} that
 * {@code JdbcConnection.close} sends for a pending transaction. So once the store is closed, every session of
 * the database is closed directly: H2's own session close, which gives up at the closed store without that
 * statement. Nothing of the failed transaction was committed; the next open rolls back what reached the file
 * (see docs/adr/0009).
 *
 * <p>This reaches into H2's engine classes ({@link SessionLocal}, {@link Database}): they are the only way to
 * see that the store is closed and to close its sessions without a statement. Embedded mode only.
 */
final class FailedStore {

    private FailedStore() {
    }

    /**
     * When the store behind {@code connection} has closed after a failed write, closes every session of its
     * database (none of them can do anything any more) and returns true; otherwise changes nothing.
     */
    static boolean release(Connection connection) {
        Database database = database(connection);
        if (database == null || !closed(database)) {
            return false;
        }
        for (SessionLocal session : database.getSessions(false)) {
            try {
                session.close();
            } catch (RuntimeException expected) {
                // the closed store refuses the session's own rollback; the session is marked closed all the same
            }
        }
        return true;
    }

    /**
     * Whether {@code connection}'s session was closed under it by {@link #release}: for a connection held open for
     * the workspace's lifetime, which nothing else closes.
     */
    static boolean released(Connection connection) {
        Session session = session(connection);
        return session != null && session.isClosed();
    }

    private static boolean closed(Database database) {
        Store store = database.getStore();
        return store != null && store.getMvStore().isClosed();
    }

    private static Database database(Connection connection) {
        try {
            return session(connection) instanceof SessionLocal local ? local.getDatabase() : null;
        } catch (RuntimeException closed) {
            return null; // the database is closed already (H2 says so with an exception): nothing left to release
        }
    }

    private static Session session(Connection connection) {
        try {
            return connection.unwrap(JdbcConnection.class).getSession();
        } catch (SQLException | RuntimeException e) {
            return null; // not H2's, or closed: nothing of it to release
        }
    }
}
