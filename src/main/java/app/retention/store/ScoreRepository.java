package app.retention.store;

import app.retention.domain.ScoreRunRecord;
import app.retention.domain.StoredScore.StoredReason;
import app.retention.domain.StoredScore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Scores of dataset versions by stored models; a scoring is stored whole or not at all. */
public final class ScoreRepository {

    private static final int BATCH = 5_000;

    private final Workspace workspace;
    private final Jdbc jdbc;

    ScoreRepository(Workspace workspace) {
        this.workspace = workspace;
        this.jdbc = new Jdbc(workspace);
    }

    /** Stores a scoring and every score in one transaction; returns the scoring's id. */
    public long save(ScoreRunRecord run, List<StoredScore> scores) {
        return save(run, each -> {
            scores.forEach(each);
            return run.millis();
        });
    }

    /** Scores made while they are stored: a scoring writes each one as it comes instead of holding them all. */
    @FunctionalInterface
    public interface ScoreSource {
        /** Hands every score to {@code each}, in row order; returns how long the scoring took, in milliseconds. */
        long writeTo(Consumer<StoredScore> each);
    }

    /**
     * Stores a scoring and its scores as {@code source} makes them, in one transaction, so a scoring that fails or
     * is cancelled half-way stores nothing; the scoring's row count and time are those of the scores written.
     * Returns the scoring's id.
     */
    public long save(ScoreRunRecord run, ScoreSource source) {
        String sql = "INSERT INTO score_run (created_at, dataset_name, dataset_version, dataset_sha256, model_id, "
                + "model_learner, model_auc, model_design, rows_scored, millis) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        return Transaction.run(workspace, "store the scores of " + run.datasetReference(), c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                ps.setObject(1, OffsetDateTime.now());
                ps.setString(2, run.datasetName());
                ps.setInt(3, run.datasetVersion());
                ps.setString(4, run.datasetSha256());
                ps.setLong(5, run.modelId());
                ps.setString(6, run.modelLearner());
                if (Double.isFinite(run.modelAuc())) {
                    ps.setDouble(7, run.modelAuc());
                } else {
                    ps.setNull(7, Types.DOUBLE);
                }
                ps.setString(8, run.modelDesign());
                ps.setLong(9, 0);
                ps.setLong(10, 0);
                id = Transaction.insert(ps);
            }
            long rows;
            long millis;
            try (ScoreBatch batch = new ScoreBatch(c, id)) {
                millis = source.writeTo(batch);
                rows = batch.flush();
            } catch (ScoreWriteFailure e) {
                throw e.sqlCause;
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE score_run SET rows_scored = ?, millis = ? WHERE id = ?")) {
                ps.setLong(1, rows);
                ps.setLong(2, millis);
                ps.setLong(3, id);
                ps.executeUpdate();
            }
            return id;
        });
    }

    /** An insert that failed while the scores were handed over, carried out of the consumer as it was. */
    private static final class ScoreWriteFailure extends RuntimeException {
        private final SQLException sqlCause;

        ScoreWriteFailure(SQLException cause) {
            super(cause);
            this.sqlCause = cause;
        }
    }

    /** Inserts the scores of one scoring in batches; counts them. */
    private static final class ScoreBatch implements Consumer<StoredScore>, AutoCloseable {
        private final PreparedStatement insert;
        private final long runId;
        private int pending;
        private long written;

        ScoreBatch(Connection c, long runId) throws SQLException {
            this.insert = c.prepareStatement("INSERT INTO score (run_id, row_no, probability, reasons) "
                    + "VALUES (?, ?, ?, ?)");
            this.runId = runId;
        }

        @Override
        public void accept(StoredScore s) {
            try {
                insert.setLong(1, runId);
                insert.setLong(2, s.rowNumber());
                insert.setDouble(3, s.probability());
                insert.setString(4, encode(s.reasons()));
                insert.addBatch();
                written++;
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            } catch (SQLException e) {
                throw new ScoreWriteFailure(e);
            }
        }

        long flush() throws SQLException {
            if (pending > 0) {
                insert.executeBatch();
                pending = 0;
            }
            return written;
        }

        @Override
        public void close() throws SQLException {
            insert.close();
        }
    }

    /**
     * Deletes a scoring and its scores in one transaction (segments cut from it go with it): how a scoring that
     * was stored but could not be used is taken back.
     */
    public void delete(long runId) {
        Transaction.run(workspace, "delete scoring " + runId, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM score_run WHERE id = ?")) {
                ps.setLong(1, runId);
                return ps.executeUpdate();
            }
        });
    }

    /** Every scoring, newest first. */
    public List<ScoreRunRecord> runs() {
        return jdbc.query("list the scorings", "SELECT * FROM score_run ORDER BY id DESC", ScoreRepository::run);
    }

    /** The newest scoring of one dataset version by one model, if there is one. */
    public Optional<ScoreRunRecord> latest(String datasetName, int datasetVersion, long modelId) {
        return jdbc.queryFirst("find the scoring of " + datasetName + "@" + datasetVersion, "SELECT * FROM score_run "
                + "WHERE dataset_name = ? AND dataset_version = ? AND model_id = ? ORDER BY id DESC",
                ScoreRepository::run, datasetName, datasetVersion, modelId);
    }

    public Optional<ScoreRunRecord> run(long id) {
        return jdbc.queryFirst("read scoring " + id, "SELECT * FROM score_run WHERE id = ?", ScoreRepository::run, id);
    }

    private static StoredScore score(ResultSet rs) throws SQLException {
        return new StoredScore(rs.getLong(1), rs.getDouble(2), decode(rs.getString(3)));
    }

    static ScoreRunRecord run(ResultSet rs) throws SQLException {
        double read = rs.getDouble("model_auc");
        // wasNull speaks of the last column read: ask it right after the AUC, before any other getter
        double auc = rs.wasNull() ? Double.NaN : read;
        return new ScoreRunRecord(rs.getLong("id"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("dataset_name"), rs.getInt("dataset_version"), rs.getString("dataset_sha256"),
                rs.getLong("model_id"), rs.getString("model_learner"), auc,
                rs.getString("model_design"), rs.getLong("rows_scored"), rs.getLong("millis"));
    }

    /**
     * The scores of one scoring for rows {@code afterRow + 1} to {@code upToRow}, by row number: a page, so that a
     * scoring of a million customers is read alongside its rows without holding every score.
     */
    public List<StoredScore> scores(long runId, long afterRow, long upToRow) {
        return jdbc.query("read the scores of scoring " + runId, "SELECT row_no, probability, reasons FROM score "
                + "WHERE run_id = ? AND row_no > ? AND row_no <= ? ORDER BY row_no", ScoreRepository::score,
                runId, afterRow, upToRow);
    }

    /** The scores of one scoring, by row number. */
    public List<StoredScore> scores(long runId) {
        try (Connection c = workspace.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT row_no, probability, reasons FROM score WHERE run_id = ? ORDER BY row_no")) {
            ps.setLong(1, runId);
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                List<StoredScore> scores = new ArrayList<>();
                while (rs.next()) {
                    scores.add(score(rs));
                }
                return scores;
            }
        } catch (SQLException ex) {
            throw Jdbc.failure("read the scores of scoring " + runId, ex);
        }
    }

    /** One reason per line, feature and text split by a tab (neither contains one: they are cleaned). */
    private static String encode(List<StoredReason> reasons) {
        if (reasons.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (StoredReason r : reasons) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(clean(r.feature())).append('\t').append(clean(r.text()));
        }
        return text.toString();
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static List<StoredReason> decode(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<StoredReason> reasons = new ArrayList<>();
        for (String line : text.split("\n")) {
            int tab = line.indexOf('\t');
            reasons.add(new StoredReason(line.substring(0, tab), line.substring(tab + 1)));
        }
        return reasons;
    }
}
