package app.retention.store;

import app.retention.domain.ColumnSpec;
import app.retention.domain.DatasetInfo;
import app.retention.domain.SourceInfo;
import app.retention.domain.TallyEntry;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * Writes one new dataset version. The dataset row stays in status IMPORTING (invisible) until
 * {@link #commit}; {@link #abort} or a crash leaves nothing behind: the table is dropped and the
 * metadata deleted, here or at the next start-up.
 *
 * <p>Not thread-safe: one import writes through one writer. Rows are inserted on a {@link WriterThread}, a batch or
 * two behind {@link #append}; every other statement waits until they are stored.
 */
public final class DatasetWriter implements AutoCloseable {

    /** Rows per JDBC batch; measured: larger batches gain nothing on H2's embedded engine. */
    static final int BATCH = 1_000;
    /**
     * A batch is handed over early once its text holds this many characters, so that the batches in flight stay
     * small in memory even when fields are long (a field may hold a million characters).
     */
    private static final long BATCH_CHARACTERS = 1_000_000;
    /** Commit every this many rows so H2's undo log stays small on million-row imports. */
    static final int COMMIT_EVERY = 50_000;
    /** Quarantined rows kept in full; beyond this only the count grows. */
    public static final int MAX_STORED_REJECTS = 10_000;

    private final Connection connection;
    private final long datasetId;
    private final String table;
    private List<ColumnSpec> columns;
    private final PreparedStatement insertRow;
    private final PreparedStatement insertReject;
    private long rows;
    private long rejects;
    private int pendingRows;
    private Object[][] batchValues = new Object[BATCH][];
    private long[] batchLines = new long[BATCH];
    private long batchCharacters;
    private int pendingRejects;
    private final WriterThread thread = new WriterThread();
    private boolean finished;
    /** The workspace folder, to tell a full disk from other failures. */
    private final Path directory;

    private DatasetWriter(Connection connection, Path directory, long datasetId, String table,
                          List<ColumnSpec> columns) throws SQLException {
        this.connection = connection;
        this.directory = directory;
        this.datasetId = datasetId;
        this.table = table;
        this.columns = columns;
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" VALUES (?, ?");
        columns.forEach(c -> sql.append(", ?"));
        this.insertRow = connection.prepareStatement(sql.append(')').toString());
        this.insertReject = connection.prepareStatement(
                "INSERT INTO rejected_row (dataset_id, line, reason, raw) VALUES (?, ?, ?, ?)");
    }

    static DatasetWriter begin(Connection connection, Path directory, String name, SourceInfo source,
                               List<ColumnSpec> columns, String targetColumn) throws SQLException {
        try {
            connection.setAutoCommit(false);
            long id = DatasetSchema.declare(connection, name, source, columns, targetColumn);
            String table = DatasetSchema.tableName(id);
            // Commit the IMPORTING marker before the DDL: H2 commits DDL implicitly anyway, and the marker
            // is what lets start-up clean up after a crash.
            connection.commit();
            try (Statement st = connection.createStatement()) {
                st.execute(DatasetSchema.createTableSql(table, columns));
            }
            return new DatasetWriter(connection, directory, id, table, columns);
        } catch (SQLException | RuntimeException e) {
            FailedStore.release(connection);
            connection.close();
            throw e;
        }
    }

    /**
     * Appends one row. Values follow the column types: {@code Long}, {@code Double}, {@code Boolean},
     * {@code LocalDate}/{@code LocalDateTime}, {@code String}; null for missing.
     */
    public void append(long sourceLine, Object[] values) {
        rows++;
        batchValues[pendingRows] = values.clone();
        batchLines[pendingRows] = sourceLine;
        for (Object value : values) {
            if (value instanceof String text) {
                batchCharacters += text.length();
            }
        }
        if (++pendingRows == BATCH || batchCharacters >= BATCH_CHARACTERS) {
            flushRows();
        }
    }

    /** Hands the rows appended since the last batch to the writer thread. */
    private void flushRows() {
        if (pendingRows == 0) {
            return;
        }
        Object[][] values = batchValues;
        long[] lines = batchLines;
        int count = pendingRows;
        long last = rows;
        batchValues = new Object[BATCH][];
        batchLines = new long[BATCH];
        pendingRows = 0;
        batchCharacters = 0;
        try {
            thread.submit(() -> insertRows(values, lines, count, last));
        } catch (SQLException e) {
            throw failure("write rows up to row " + last, e);
        }
    }

    /** On the writer thread: one batch, whose last row is row {@code last}. */
    private void insertRows(Object[][] values, long[] lines, int count, long last) throws SQLException {
        long first = last - count + 1;
        for (int r = 0; r < count; r++) {
            insertRow.setLong(1, first + r);
            insertRow.setLong(2, lines[r]);
            Object[] row = values[r];
            for (int i = 0; i < row.length; i++) {
                StoredValues.bind(insertRow, i + 3, columns.get(i).type(), row[i]);
            }
            insertRow.addBatch();
        }
        insertRow.executeBatch();
        if ((first - 1) / COMMIT_EVERY != last / COMMIT_EVERY) { // a multiple of COMMIT_EVERY is in this batch
            connection.commit();
        }
    }

    /** Waits until every row handed over is stored, so that the caller's thread may use the connection. */
    private void drain() throws SQLException {
        flushRows();
        thread.drain();
    }

    /**
     * A failed write in words. When it closed H2's store (a full disk), the store's sessions are let go of at
     * once: a rollback on them would never return (see {@link FailedStore}).
     */
    private StoreException failure(String what, SQLException e) {
        FailedStore.release(connection);
        return DiskSpace.failure(directory, what, e);
    }

    /** Records a source row that could not be imported. */
    public void reject(long sourceLine, String reason, String raw) {
        try {
            thread.drain(); // the connection is this thread's while the rows handed over are stored
            storeReject(sourceLine, reason, raw);
        } catch (SQLException e) {
            throw failure("quarantine source line " + sourceLine, e);
        }
    }

    private void storeReject(long sourceLine, String reason, String raw) throws SQLException {
        rejects++;
        if (rejects > MAX_STORED_REJECTS) {
            return;
        }
        insertReject.setLong(1, datasetId);
        insertReject.setLong(2, sourceLine);
        insertReject.setString(3, truncate(reason, 2000));
        insertReject.setString(4, raw == null ? null : truncate(raw, 20000));
        insertReject.addBatch();
        if (++pendingRejects == BATCH) {
            insertReject.executeBatch();
            pendingRejects = 0;
        }
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public long rowsWritten() {
        return rows;
    }

    public long rowsRejected() {
        return rejects;
    }

    /**
     * Makes the dataset visible: stores each column's missing and distinct counts (counted by the caller
     * while rows streamed past) and marks the version ready, in one transaction.
     */
    public DatasetInfo commit(long rowsRead, long[] missing, long[] distinct) {
        if (missing.length != columns.size() || distinct.length != columns.size()) {
            throw new IllegalArgumentException("one missing and one distinct count per column");
        }
        try {
            return commitAll(rowsRead, missing, distinct);
        } catch (SQLException e) {
            throw failure("finish the import", e);
        }
    }

    private DatasetInfo commitAll(long rowsRead, long[] missing, long[] distinct) throws SQLException {
        drain();
        thread.close();
        if (pendingRejects > 0) {
            insertReject.executeBatch();
        }
        updateColumnStatistics(missing, distinct);
        try (PreparedStatement ps = connection.prepareStatement("UPDATE dataset SET status = ?, rows_read = ?, "
                + "rows_imported = ?, rows_rejected = ? WHERE id = ?")) {
            ps.setString(1, DatasetRepository.READY);
            ps.setLong(2, rowsRead);
            ps.setLong(3, rows);
            ps.setLong(4, rejects);
            ps.setLong(5, datasetId);
            ps.executeUpdate();
        }
        connection.commit();
        finished = true;
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT d.*, (SELECT COUNT(*) FROM dataset_column c WHERE c.dataset_id = d.id) AS column_count "
                        + "FROM dataset d WHERE d.id = ?")) {
            ps.setLong(1, datasetId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return DatasetRepository.readDataset(rs);
            }
        } finally {
            connection.close();
        }
    }

    private void updateColumnStatistics(long[] missing, long[] distinct) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE dataset_column SET missing = ?, distinct_count = ? WHERE dataset_id = ? AND position = ?")) {
            for (int i = 0; i < columns.size(); i++) {
                ps.setLong(1, missing[i]);
                ps.setLong(2, distinct[i]);
                ps.setLong(3, datasetId);
                ps.setInt(4, i + 1);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Replaces the columns declared at {@link DatasetRepository#beginImport} by what the whole file showed, when an
     * import began writing before it had seen every row (ADR 0024): roles, and types stored alike (category and
     * text). Rows already written are never changed, so a type stored otherwise is refused.
     *
     * @throws IllegalArgumentException when a column would need its stored values changed
     */
    public void settleColumns(List<ColumnSpec> settled, String targetColumn) {
        if (settled.size() != columns.size()) {
            throw new IllegalArgumentException("one settled column per column");
        }
        for (int i = 0; i < settled.size(); i++) {
            if (!DatasetSchema.storedAlike(columns.get(i).type(), settled.get(i).type())) {
                throw new IllegalArgumentException("column " + (i + 1) + " was written as " + columns.get(i).type()
                        + " and cannot become " + settled.get(i).type());
            }
        }
        try {
            drain();
        } catch (SQLException e) {
            throw failure("write the rows", e);
        }
        try (PreparedStatement ps = connection.prepareStatement("UPDATE dataset_column SET name = ?, type = ?, "
                + "imported_type = ?, role = ?, imported_role = ?, true_label = ?, false_label = ?, format = ? "
                + "WHERE dataset_id = ? AND position = ?");
             PreparedStatement target = connection.prepareStatement(
                     "UPDATE dataset SET target_column = ? WHERE id = ?")) {
            for (int i = 0; i < settled.size(); i++) {
                ColumnSpec c = settled.get(i);
                Jdbc.bind(ps, c.name(), c.type().name(), c.type().name(), c.role().name(), c.role().name(),
                        c.trueLabel(), c.falseLabel(), c.format(), datasetId, i + 1);
                ps.addBatch();
            }
            ps.executeBatch();
            Jdbc.bind(target, targetColumn, datasetId);
            target.executeUpdate();
            columns = List.copyOf(settled);
        } catch (SQLException e) {
            throw failure("record the columns' types", e);
        }
    }

    /**
     * Stores each column's value tally (see {@link TallyEntry} and {@link TallyRepository}), in this import's
     * transaction.
     *
     * @param targetColumn the target the tallies are split by, or null
     * @param tallies      position (1-based) → entries; positions left out are recorded as not tallied
     */
    public void storeTallies(String targetColumn, Map<Integer, List<TallyEntry>> tallies) {
        try {
            drain();
        } catch (SQLException e) {
            throw failure("write the rows", e);
        }
        try {
            TallyRepository.store(connection, datasetId, columns, targetColumn, tallies);
        } catch (SQLException e) {
            throw failure("store value counts", e);
        }
    }

    /** Removes everything this import wrote. Safe to call more than once. */
    public void abort() {
        if (finished) {
            return;
        }
        finished = true;
        thread.close();
        try {
            connection.rollback();
            try (Statement st = connection.createStatement();
                 PreparedStatement ps = connection.prepareStatement("DELETE FROM dataset WHERE id = ?")) {
                st.execute("DROP TABLE IF EXISTS " + table);
                ps.setLong(1, datasetId);
                ps.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            // The IMPORTING marker stays; the next start-up removes the leftovers.
        } finally {
            try {
                connection.close();
            } catch (SQLException e) {
                // already aborting
            }
        }
    }

    /** Aborts unless committed: use in try-with-resources so every failure path cleans up. */
    @Override
    public void close() {
        abort();
    }
}
