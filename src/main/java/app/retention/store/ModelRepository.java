package app.retention.store;

import app.retention.domain.ModelPayload;
import app.retention.domain.ModelRecord;
import app.retention.domain.StoredModel;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Stored model evaluations, newest first, with their payloads and the models trained for scoring. */
public final class ModelRepository {

    private static final String COLUMNS = "id, created_at, dataset_name, dataset_version, dataset_sha256, design, "
            + "learner, params, features, roc_auc, roc_auc_sd, pr_auc, accuracy, precision_value, recall, f1, kappa, "
            + "brier, log_loss, lift_top10, fold_aucs, weka_version, app_version, train_millis";

    private final Workspace workspace;
    private final Jdbc jdbc;

    ModelRepository(Workspace workspace) {
        this.workspace = workspace;
        this.jdbc = new Jdbc(workspace);
    }

    /** Stores an evaluation without payload or model; returns its id. */
    public long save(ModelRecord e) {
        return save(e, null, null, null);
    }

    /**
     * Stores an evaluation, its payload and, when {@code classifier} is not null, the model trained for scoring,
     * in one transaction; returns the model's id.
     */
    public long save(ModelRecord e, ModelPayload payload, String schemaJson, byte[] classifier) {
        String sql = "INSERT INTO experiment (created_at, dataset_name, dataset_version, dataset_sha256, design, learner, "
                + "params, features, roc_auc, roc_auc_sd, pr_auc, accuracy, precision_value, recall, f1, kappa, brier, "
                + "log_loss, lift_top10, fold_aucs, weka_version, app_version, train_millis, repeats, train_size, "
                + "test_size, fold_metrics, predictions, importance, details) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        return Transaction.run(workspace, "store the evaluation of " + e.learner(), c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                int i = bindRecord(ps, e);
                ps.setInt(i++, payload == null ? 1 : payload.repeats());
                ps.setLong(i++, payload == null ? 0 : payload.trainSize());
                ps.setLong(i++, payload == null ? 0 : payload.testSize());
                ps.setString(i++, payload == null ? null : payload.foldMetrics());
                ps.setBytes(i++, payload == null ? null : payload.predictions());
                ps.setString(i++, payload == null ? null : payload.importance());
                ps.setString(i, payload == null ? null : payload.details());
                id = Transaction.insert(ps);
            }
            if (classifier != null) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO trained_model (experiment_id, created_at, "
                        + "schema_json, classifier, sha256) VALUES (?, ?, ?, ?, ?)")) {
                    ps.setLong(1, id);
                    ps.setObject(2, OffsetDateTime.now());
                    ps.setString(3, schemaJson);
                    ps.setBytes(4, classifier);
                    ps.setString(5, sha256(classifier));
                    ps.executeUpdate();
                }
            }
            return id;
        });
    }

    private static int bindRecord(PreparedStatement ps, ModelRecord e) throws SQLException {
        int i = 1;
        ps.setObject(i++, OffsetDateTime.now());
        ps.setString(i++, e.datasetName());
        ps.setInt(i++, e.datasetVersion());
        ps.setString(i++, e.datasetSha256());
        ps.setString(i++, e.design());
        ps.setString(i++, e.learner());
        ps.setString(i++, e.params());
        ps.setString(i++, String.join("\n", e.features()));
        for (double v : new double[] {e.rocAuc(), e.rocAucSd(), e.prAuc(), e.accuracy(), e.precision(), e.recall(),
                e.f1(), e.kappa(), e.brier(), e.logLoss(), e.liftTop10()}) {
            if (Double.isFinite(v)) {
                ps.setDouble(i++, v);
            } else {
                ps.setNull(i++, Types.DOUBLE);
            }
        }
        ps.setString(i++, e.foldAucs().stream().map(String::valueOf).collect(Collectors.joining(",")));
        ps.setString(i++, e.wekaVersion());
        ps.setString(i++, e.appVersion());
        ps.setLong(i++, e.trainMillis());
        return i;
    }

    /** Every stored evaluation, newest first. */
    public List<ModelRecord> list() {
        return jdbc.query("read the stored evaluations", "SELECT " + COLUMNS + " FROM experiment ORDER BY id DESC",
                ModelRepository::record);
    }

    /** The evaluations of models trained on one dataset version, newest first. */
    public List<ModelRecord> list(String datasetName, int datasetVersion) {
        return jdbc.query("read the stored evaluations", "SELECT " + COLUMNS + " FROM experiment "
                + "WHERE dataset_name = ? AND dataset_version = ? ORDER BY id DESC", ModelRepository::record,
                datasetName, datasetVersion);
    }

    /** One evaluation by id. */
    public Optional<ModelRecord> find(long id) {
        return jdbc.queryFirst("read evaluation " + id, "SELECT " + COLUMNS + " FROM experiment WHERE id = ?",
                ModelRepository::record, id);
    }

    private static ModelRecord record(ResultSet rs) throws SQLException {
        String folds = rs.getString("fold_aucs");
        return new ModelRecord(rs.getLong("id"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("dataset_name"), rs.getInt("dataset_version"), rs.getString("dataset_sha256"),
                rs.getString("design"), rs.getString("learner"), rs.getString("params"),
                List.of(rs.getString("features").split("\n")), number(rs, "roc_auc"), number(rs, "roc_auc_sd"),
                number(rs, "pr_auc"), number(rs, "accuracy"), number(rs, "precision_value"), number(rs, "recall"),
                number(rs, "f1"), number(rs, "kappa"), number(rs, "brier"), number(rs, "log_loss"),
                number(rs, "lift_top10"), folds.isEmpty() ? List.of()
                : Arrays.stream(folds.split(",")).map(Double::valueOf).toList(),
                rs.getString("weka_version"), rs.getString("app_version"), rs.getLong("train_millis"));
    }

    /** The payload of an evaluation; empty for one stored before payloads existed. */
    public Optional<ModelPayload> payload(long id) {
        String sql = "SELECT repeats, train_size, test_size, fold_metrics, predictions, importance, details "
                + "FROM experiment WHERE id = ? AND fold_metrics IS NOT NULL";
        return jdbc.queryFirst("read evaluation " + id, sql, rs -> new ModelPayload(rs.getInt(1), rs.getLong(2),
                rs.getLong(3), rs.getString(4), rs.getBytes(5), rs.getString(6), rs.getString(7)), id);
    }

    /** The model trained for scoring with evaluation {@code id}, if one was kept. */
    public Optional<StoredModel> model(long id) {
        String sql = "SELECT experiment_id, created_at, schema_json, classifier, sha256 FROM trained_model "
                + "WHERE experiment_id = ?";
        return jdbc.queryFirst("read model " + id, sql, rs -> new StoredModel(rs.getLong(1),
                rs.getObject(2, OffsetDateTime.class), rs.getString(3), rs.getBytes(4), rs.getString(5)), id);
    }

    /** Ids of the evaluations that kept a model. */
    public List<Long> modelIds() {
        return jdbc.query("list the stored models", "SELECT experiment_id FROM trained_model ORDER BY experiment_id DESC",
                rs -> rs.getLong(1));
    }

    private static double number(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : v;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
