package app.retention.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Stored model evaluations, newest first. */
public final class ExperimentRepository {

    private final Workspace workspace;

    ExperimentRepository(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Stores an evaluation; returns its id. */
    public long save(ExperimentRecord e) {
        String sql = "INSERT INTO experiment (created_at, dataset_name, dataset_version, dataset_sha256, design, learner, "
                + "params, features, roc_auc, roc_auc_sd, pr_auc, accuracy, precision_value, recall, f1, kappa, brier, "
                + "log_loss, lift_top10, fold_aucs, weka_version, app_version, train_millis) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = workspace.connection();
             PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
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
                    ps.setNull(i++, java.sql.Types.DOUBLE);
                }
            }
            ps.setString(i++, e.foldAucs().stream().map(String::valueOf).collect(Collectors.joining(",")));
            ps.setString(i++, e.wekaVersion());
            ps.setString(i++, e.appVersion());
            ps.setLong(i, e.trainMillis());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException ex) {
            throw DatasetRepository.failure("store the evaluation of " + e.learner(), ex);
        }
    }

    /** Every stored evaluation, newest first. */
    public List<ExperimentRecord> list() {
        String sql = "SELECT * FROM experiment ORDER BY id DESC";
        try (Connection c = workspace.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<ExperimentRecord> records = new ArrayList<>();
            while (rs.next()) {
                String folds = rs.getString("fold_aucs");
                records.add(new ExperimentRecord(rs.getLong("id"), rs.getObject("created_at", OffsetDateTime.class),
                        rs.getString("dataset_name"), rs.getInt("dataset_version"), rs.getString("dataset_sha256"),
                        rs.getString("design"), rs.getString("learner"), rs.getString("params"),
                        List.of(rs.getString("features").split("\n")), number(rs, "roc_auc"), number(rs, "roc_auc_sd"),
                        number(rs, "pr_auc"), number(rs, "accuracy"), number(rs, "precision_value"), number(rs, "recall"),
                        number(rs, "f1"), number(rs, "kappa"), number(rs, "brier"), number(rs, "log_loss"),
                        number(rs, "lift_top10"), folds.isEmpty() ? List.of()
                        : Arrays.stream(folds.split(",")).map(Double::valueOf).toList(),
                        rs.getString("weka_version"), rs.getString("app_version"), rs.getLong("train_millis")));
            }
            return records;
        } catch (SQLException ex) {
            throw DatasetRepository.failure("read the stored evaluations", ex);
        }
    }

    private static double number(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : v;
    }
}
