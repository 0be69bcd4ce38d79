package app.retention.store;

import app.retention.domain.ColumnSpec;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.IntFunction;

/**
 * H2's floor for an import, for {@code bench import}: the time H2 alone takes to store rows that are already typed
 * in memory, with plain batched JDBC inserts ({@value DatasetWriter#BATCH} rows a batch, a commit every
 * {@value DatasetWriter#COMMIT_EVERY} rows) into a table shaped as an imported dataset's (row number as primary
 * key, source line, one SQL column per column), in a fresh workspace. No parsing, no type inference, no checks, no
 * statistics: what an import cannot go below without a different store.
 */
public final class InsertFloor {

    private InsertFloor() {
    }

    /**
     * Opens a fresh workspace in {@code directory} (not timed), then times creating the table, inserting
     * {@code rows} and closing the workspace (closing flushes what H2 still holds).
     *
     * @param row   row {@code i}'s typed values as {@link DatasetWriter#append} takes them, {@code i} from 0
     * @param count rows
     * @return seconds
     */
    public static double seconds(Path directory, List<ColumnSpec> columns, IntFunction<Object[]> row, int count) {
        Workspace workspace = Workspace.open(directory);
        long start;
        try (Connection connection = workspace.connection()) {
            start = System.nanoTime();
            connection.setAutoCommit(false);
            try (Statement st = connection.createStatement()) {
                st.execute(DatasetSchema.createTableSql("INSERT_FLOOR", columns));
            }
            StringBuilder sql = new StringBuilder("INSERT INTO INSERT_FLOOR VALUES (?, ?");
            columns.forEach(c -> sql.append(", ?"));
            try (PreparedStatement ps = connection.prepareStatement(sql.append(')').toString())) {
                for (int i = 0; i < count; i++) {
                    Object[] values = row.apply(i);
                    long number = i + 1L;
                    ps.setLong(1, number);
                    ps.setLong(2, number + 1);
                    for (int c = 0; c < values.length; c++) {
                        StoredValues.bind(ps, c + 3, columns.get(c).type(), values[c]);
                    }
                    ps.addBatch();
                    if (number % DatasetWriter.BATCH == 0) {
                        ps.executeBatch();
                        if (number % DatasetWriter.COMMIT_EVERY == 0) {
                            connection.commit();
                        }
                    }
                }
                ps.executeBatch();
            }
            connection.commit();
        } catch (SQLException e) {
            workspace.close();
            throw new StoreException("The insert floor could not be measured: " + e.getMessage(), e);
        }
        workspace.close();
        return (System.nanoTime() - start) / 1e9;
    }
}
