package app.retention.store;

import app.retention.domain.ColumnEncoding;
import app.retention.domain.ColumnInfo;
import app.retention.domain.ColumnRole;
import app.retention.domain.ColumnSpec;
import app.retention.domain.ColumnType;
import app.retention.domain.CustomerValue;
import app.retention.domain.DatasetInfo;
import app.retention.domain.Encoding;
import app.retention.domain.RejectedRow;
import app.retention.domain.SourceInfo;
import app.retention.domain.StoredRow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Datasets of a workspace: their versions, columns, rows and quarantined rows. */
public final class DatasetRepository {

    static final String READY = "READY";
    static final String IMPORTING = "IMPORTING";
    private static final String SELECT_DATASET = "SELECT d.id, d.name, d.version, d.table_name, d.source_path, "
            + "d.source_format, d.source_detail, d.source_size, d.sha256, d.imported_at, d.rows_read, "
            + "d.rows_imported, d.rows_rejected, d.target_column, "
            + "(SELECT COUNT(*) FROM dataset_column c WHERE c.dataset_id = d.id) AS column_count "
            + "FROM dataset d WHERE d.status = 'READY' ";

    private final Workspace workspace;
    private final Jdbc jdbc;

    DatasetRepository(Workspace workspace) {
        this.workspace = workspace;
        this.jdbc = new Jdbc(workspace);
    }

    /** Every version of every dataset, by name, newest version first. */
    public List<DatasetInfo> list() {
        return query(SELECT_DATASET + "ORDER BY LOWER(d.name), d.name, d.version DESC");
    }

    /**
     * Finds a dataset by reference: {@code name} (its latest version) or {@code name@version}. Spaces around the
     * name and the version are ignored: a name is never saved with them ({@link DatasetNames#requireValid}), and a
     * pasted or quoted {@code "telco "} means {@code telco}.
     */
    public Optional<DatasetInfo> find(String reference) {
        String wanted = lookupName(reference);
        int at = wanted.lastIndexOf('@');
        if (at > 0) {
            String name = wanted.substring(0, at).strip();
            String version = wanted.substring(at + 1).strip();
            if (version.matches("\\d{1,9}")) {
                return query(SELECT_DATASET + "AND d.name = ? AND d.version = ?", name, Integer.parseInt(version))
                        .stream().findFirst();
            }
        }
        return query(SELECT_DATASET + "AND d.name = ? ORDER BY d.version DESC", wanted).stream().findFirst();
    }

    /** A name or reference as the user typed it, as it is looked up: without surrounding spaces. */
    static String lookupName(String typed) {
        return typed == null ? "" : typed.strip();
    }

    /** Like {@link #find} but fails with a message naming the known datasets. */
    public DatasetInfo require(String reference) {
        return find(reference).orElseThrow(() -> {
            String known = list().stream().map(DatasetInfo::name).distinct().collect(Collectors.joining(", "));
            return new StoreException("No dataset named `" + lookupName(reference) + "` in this workspace."
                    + (known.isEmpty() ? " The workspace has no datasets yet." : " Known datasets: " + known + "."));
        });
    }

    public List<ColumnInfo> columns(DatasetInfo dataset) {
        String sql = "SELECT position, name, sql_name, type, role, missing, distinct_count, true_label, false_label, "
                + "format, label, imported_type FROM dataset_column WHERE dataset_id = ? ORDER BY position";
        return jdbc.query("read the columns of " + dataset.reference(), sql, rs -> {
            ColumnType type = ColumnType.valueOf(rs.getString(4));
            // a type changed after import: the stored values are read as the new type (ColumnTypes)
            String read = ColumnTypes.readAs(rs.getString(3), ColumnType.valueOf(rs.getString(12)), type);
            return new ColumnInfo(rs.getInt(1), rs.getString(2), read, type, ColumnRole.valueOf(rs.getString(5)),
                    rs.getLong(6), rs.getLong(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11));
        }, dataset.id());
    }

    /**
     * A page of rows in import order, read by row number so that a page deep into a large dataset costs
     * the same as the first.
     */
    public List<StoredRow> rows(DatasetInfo dataset, long offset, int limit) {
        List<ColumnInfo> columns = columns(dataset);
        String select = columns.stream().map(ColumnInfo::sqlName).collect(Collectors.joining(", "));
        String sql = "SELECT row_no, source_line" + (select.isEmpty() ? "" : ", " + select) + " FROM "
                + dataset.tableName() + " WHERE row_no > ? AND row_no <= ? ORDER BY row_no";
        return jdbc.query("read rows of " + dataset.reference(), sql, rs -> {
            List<Object> values = new ArrayList<>(columns.size());
            for (int i = 0; i < columns.size(); i++) {
                values.add(StoredValues.read(rs, i + 3, columns.get(i).type()));
            }
            return new StoredRow(rs.getLong(1), rs.getLong(2), values);
        }, offset, offset + limit);
    }

    public List<RejectedRow> rejectedRows(DatasetInfo dataset) {
        String sql = "SELECT line, reason, raw FROM rejected_row WHERE dataset_id = ? ORDER BY line";
        return jdbc.query("read the rejected rows of " + dataset.reference(), sql,
                rs -> new RejectedRow(rs.getLong(1), rs.getString(2), rs.getString(3)), dataset.id());
    }

    /** Category merges of a dataset version: column name → (source spelling → merged spelling). */
    public Map<String, Map<String, String>> merges(DatasetInfo dataset) {
        String sql = "SELECT column_name, from_value, to_value FROM category_merge WHERE dataset_id = ? "
                + "ORDER BY column_name, from_value";
        Map<String, Map<String, String>> merges = new LinkedHashMap<>();
        for (String[] m : jdbc.query("read the category merges of " + dataset.reference(), sql,
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}, dataset.id())) {
            merges.computeIfAbsent(m[0], k -> new LinkedHashMap<>()).put(m[1], m[2]);
        }
        return merges;
    }

    /** Records that, in this dataset version, each source spelling of {@code column} reads as its mapped one. */
    public void mergeCategories(DatasetInfo dataset, String column, Map<String, String> fromTo) {
        jdbc.inTransaction("merge categories of " + column + " in " + dataset.reference(), c -> {
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM category_merge WHERE dataset_id = ? AND column_name = ? AND from_value = ?");
                 PreparedStatement insert = c.prepareStatement(
                         "INSERT INTO category_merge (dataset_id, column_name, from_value, to_value) VALUES (?, ?, ?, ?)")) {
                for (Map.Entry<String, String> e : fromTo.entrySet()) {
                    Jdbc.bind(delete, dataset.id(), column, e.getKey());
                    delete.executeUpdate();
                    if (!e.getKey().equals(e.getValue())) {
                        Jdbc.bind(insert, dataset.id(), column, e.getKey(), e.getValue());
                        insert.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    /** Changes the role of a column of a dataset version (for example to keep a leaking column out of models). */
    public void setRole(DatasetInfo dataset, String column, ColumnRole role) {
        requireColumn(dataset, column);
        update("UPDATE dataset_column SET role = ? WHERE dataset_id = ? AND name = ?", role.name(), dataset.id(), column);
    }

    /** The column of a version named {@code column}; refused in words when there is none. */
    private ColumnInfo requireColumn(DatasetInfo dataset, String column) {
        return columns(dataset).stream().filter(ci -> ci.name().equals(column)).findFirst()
                .orElseThrow(() -> new StoreException(dataset.reference() + " has no column named `" + column + "`."));
    }

    /** A column whose type was changed after import: the type it was imported (and is stored) with, and now. */
    public record TypeChange(String column, ColumnType imported, ColumnType now) {
    }

    /** The columns of a version whose type was changed since its import, in column order. */
    public List<TypeChange> typeChanges(DatasetInfo dataset) {
        return jdbc.query("read the type changes of " + dataset.reference(), "SELECT name, imported_type, type "
                + "FROM dataset_column WHERE dataset_id = ? AND type <> imported_type ORDER BY position",
                rs -> new TypeChange(rs.getString(1), ColumnType.valueOf(rs.getString(2)),
                        ColumnType.valueOf(rs.getString(3))), dataset.id());
    }

    /**
     * Reads a column of a version as another type from now on (its stored values stay as imported): checked first,
     * so that every value reads as the new type; a value that does not is refused with its row and line. Its
     * import-time value counts are dropped (exploring counts the values as they now read), and so is an encoding
     * chosen for a category that becomes a number.
     */
    public void setType(DatasetInfo dataset, String column, ColumnType type) {
        ColumnInfo current = requireColumn(dataset, column);
        String stored = jdbc.queryFirst("read the column " + column, "SELECT sql_name, imported_type FROM "
                + "dataset_column WHERE dataset_id = ? AND name = ?", rs -> rs.getString(1) + " " + rs.getString(2),
                dataset.id(), column).orElseThrow();
        String sqlName = stored.split(" ")[0];
        ColumnType imported = ColumnType.valueOf(stored.split(" ")[1]);
        String unreadable = ColumnTypes.unreadable(sqlName, imported, type);
        if (unreadable != null) {
            jdbc.queryFirst("check " + column, "SELECT row_no, source_line, " + sqlName + " FROM " + dataset.tableName()
                    + " WHERE " + unreadable + " ORDER BY row_no FETCH FIRST 1 ROW ONLY", rs -> {
                throw new StoreException("`" + column + "` cannot be read as " + type.label() + ": row "
                        + rs.getLong(1) + " (line " + rs.getLong(2) + " of the file) holds \"" + rs.getString(3)
                        + "\". Nothing was changed.");
            });
        }
        jdbc.inTransaction("change the type of " + column, c -> {
            try (PreparedStatement retype = c.prepareStatement("UPDATE dataset_column SET type = ?, encoding = "
                    + "CASE WHEN ? THEN NULL ELSE encoding END, encoding_min_count = CASE WHEN ? THEN NULL ELSE "
                    + "encoding_min_count END WHERE dataset_id = ? AND name = ?");
                 PreparedStatement untally = c.prepareStatement(
                         "DELETE FROM value_tally WHERE dataset_id = ? AND position = ?")) {
                Jdbc.bind(retype, type.name(), type.isNumeric(), type.isNumeric(), dataset.id(), column);
                retype.executeUpdate();
                Jdbc.bind(untally, dataset.id(), current.position());
                untally.executeUpdate();
            }
            return null;
        });
    }

    /** Gives a column of a version its display label; null gives it back its humanised name. */
    public void setLabel(DatasetInfo dataset, String column, String label) {
        requireColumn(dataset, column);
        update("UPDATE dataset_column SET label = ? WHERE dataset_id = ? AND name = ?", label, dataset.id(), column);
    }

    /**
     * Records how a column of a dataset version enters models (docs/adr/0016); a null {@code encoding} gives the
     * choice back to the workbench.
     */
    public void setEncoding(DatasetInfo dataset, String column, Encoding encoding, Integer minCount) {
        requireColumn(dataset, column);
        update("UPDATE dataset_column SET encoding = ?, encoding_min_count = ? WHERE dataset_id = ? AND name = ?",
                encoding == null ? null : encoding.name(), minCount, dataset.id(), column);
    }

    /** The encodings users chose for columns of a version, by column name, in column order. */
    public Map<String, ColumnEncoding> encodings(DatasetInfo dataset) {
        Map<String, ColumnEncoding> encodings = new LinkedHashMap<>();
        for (ColumnEncoding e : jdbc.query("read the column encodings of " + dataset.reference(),
                "SELECT name, encoding, encoding_min_count FROM dataset_column WHERE dataset_id = ? "
                        + "AND encoding IS NOT NULL ORDER BY position",
                rs -> new ColumnEncoding(rs.getString(1), Encoding.valueOf(rs.getString(2)),
                        (Integer) rs.getObject(3)), dataset.id())) {
            encodings.put(e.column(), e);
        }
        return encodings;
    }

    /** A column whose role is no longer the one it was imported with. */
    public record RoleChange(String column, ColumnRole imported, ColumnRole now) {
    }

    /** The columns of a version whose role was changed since its import, in column order. */
    public List<RoleChange> roleChanges(DatasetInfo dataset) {
        return jdbc.query("read the role changes of " + dataset.reference(), "SELECT name, imported_role, role "
                + "FROM dataset_column WHERE dataset_id = ? AND role <> imported_role ORDER BY position",
                rs -> new RoleChange(rs.getString(1), ColumnRole.valueOf(rs.getString(2)),
                        ColumnRole.valueOf(rs.getString(3))), dataset.id());
    }

    /** Forgets every category merge of one column of a version: its source spellings read as written again. */
    public void removeMerges(DatasetInfo dataset, String column) {
        update("DELETE FROM category_merge WHERE dataset_id = ? AND column_name = ?", dataset.id(), column);
    }

    /** Renames every version of a dataset; {@code name} is looked up as {@link #find} does. */
    public void rename(String typedName, String newName) {
        DatasetNames.requireValid(newName);
        String name = require(typedName).name();
        if (!name.equals(newName) && find(newName).isPresent()) {
            throw new StoreException("A dataset named `" + newName + "` already exists; choose another name.");
        }
        jdbc.inTransaction("rename " + name, c -> {
            for (String sql : List.of("UPDATE dataset SET name = ? WHERE name = ?",
                    "UPDATE dataset_value SET dataset_name = ? WHERE dataset_name = ?")) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setString(1, newName);
                    ps.setString(2, name);
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    /** The customer value the user set for a dataset (every version), or {@link CustomerValue#NONE}. */
    public CustomerValue customerValue(String datasetName) {
        return jdbc.queryFirst("read the customer value of " + datasetName, "SELECT value_column, currency, basis, "
                + "months FROM dataset_value WHERE dataset_name = ?", rs -> new CustomerValue(rs.getString(1),
                rs.getString(2), CustomerValue.Basis.parse(rs.getString(3)), rs.getInt(4)), datasetName)
                .orElse(CustomerValue.NONE);
    }

    /** Sets (or, with {@link CustomerValue#NONE}, clears) the customer value of a dataset, every version. */
    public void setCustomerValue(String datasetName, CustomerValue value) {
        String what = "set the customer value of " + datasetName;
        if (!value.isSet()) {
            jdbc.update(what, "DELETE FROM dataset_value WHERE dataset_name = ?", datasetName);
            return;
        }
        jdbc.update(what, "MERGE INTO dataset_value (dataset_name, value_column, currency, basis, months, set_at) "
                + "KEY (dataset_name) VALUES (?, ?, ?, ?, ?, ?)", datasetName, value.column(), value.currency(),
                value.basis().name(), value.months(), OffsetDateTime.now());
    }

    /** Deletes one version of a dataset with its rows, columns and quarantined rows. */
    public void delete(DatasetInfo dataset) {
        jdbc.inTransaction("delete " + dataset.reference(), c -> {
            try (Statement st = c.createStatement();
                 PreparedStatement ps = c.prepareStatement("DELETE FROM dataset WHERE id = ?")) {
                ps.setLong(1, dataset.id());
                ps.executeUpdate();
                st.execute("DROP TABLE IF EXISTS " + dataset.tableName());
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM dataset_value WHERE dataset_name = ? "
                    + "AND NOT EXISTS (SELECT 1 FROM dataset WHERE name = ?)")) {
                ps.setString(1, dataset.name()); // the last version gone: its value setting goes with it
                ps.setString(2, dataset.name());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Starts writing a new version of {@code name}. Nothing is visible until {@link DatasetWriter#commit}.
     */
    public DatasetWriter beginImport(String name, SourceInfo source, List<ColumnSpec> columns, String targetColumn) {
        DatasetNames.requireValid(name);
        DiskSpace.requireRoomForImport(workspace.directory(), source);
        try {
            return DatasetWriter.begin(workspace.connection(), workspace.directory(), name, source, columns,
                    targetColumn);
        } catch (SQLException e) {
            throw DiskSpace.failure(workspace.directory(), "start importing " + name, e);
        }
    }

    /** The names of the SQL tables holding dataset rows; lets tests prove nothing was left behind. */
    public List<String> dataTables() {
        List<String> tables = new ArrayList<>();
        try (Connection c = workspace.connection();
             ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "DS\\_%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        } catch (SQLException e) {
            throw Jdbc.failure("list the data tables", e);
        }
        return tables;
    }

    private List<DatasetInfo> query(String sql, Object... params) {
        return jdbc.query("read datasets", sql, DatasetRepository::readDataset, params);
    }

    static DatasetInfo readDataset(ResultSet rs) throws SQLException {
        SourceInfo source = new SourceInfo(rs.getString("source_path"), rs.getString("source_format"),
                rs.getString("source_detail"), rs.getLong("source_size"), rs.getString("sha256"));
        return new DatasetInfo(rs.getLong("id"), rs.getString("name"), rs.getInt("version"),
                rs.getString("table_name"), source, rs.getObject("imported_at", OffsetDateTime.class),
                rs.getLong("rows_read"), rs.getLong("rows_imported"), rs.getLong("rows_rejected"),
                rs.getInt("column_count"), rs.getString("target_column"));
    }

    private void update(String sql, Object... params) {
        jdbc.update("update datasets (" + Arrays.toString(params) + ")", sql, params);
    }
}
