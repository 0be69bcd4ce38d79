package app.retention.store;

import app.retention.domain.UpliftModelRecord;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Uplift models learnt from campaigns (docs/adr/0023): their measures, curves and serialised classifier. */
public final class UpliftRepository {

    private static final String COLUMNS = "id, created_at, campaign_id, campaign_name, dataset_name, dataset_version, "
            + "learner, method, folds, seed, customers, qini_uplift, qini_risk, kept_uplift, kept_risk, curve_uplift, "
            + "curve_risk";

    private final Workspace workspace;
    private final Jdbc jdbc;

    UpliftRepository(Workspace workspace) {
        this.workspace = workspace;
        this.jdbc = new Jdbc(workspace);
    }

    /** Saves an uplift model with its classifier in one statement; returns its id. */
    public long save(UpliftModelRecord m, byte[] classifier) {
        return save(m, classifier, null);
    }

    /**
     * Saves an uplift model with its classifier and input schema (to score other datasets with, docs/adr/0027) in
     * one statement; returns its id.
     */
    public long save(UpliftModelRecord m, byte[] classifier, String schemaJson) {
        return Transaction.run(workspace, "save an uplift model of " + m.campaignName(), con -> {
            try (PreparedStatement ps = con.prepareStatement("INSERT INTO uplift_model (created_at, campaign_id, "
                    + "campaign_name, dataset_name, dataset_version, learner, method, folds, seed, customers, "
                    + "qini_uplift, qini_risk, kept_uplift, kept_risk, curve_uplift, curve_risk, classifier, schema_json) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                Jdbc.bind(ps, OffsetDateTime.now(), m.campaignId(), m.campaignName(), m.datasetName(),
                        m.datasetVersion(), m.learner(), m.method(), m.folds(), m.seed(), m.customers(),
                        m.qiniUplift(), m.qiniRisk(), m.keptUplift(), m.keptRisk(), curve(m.curveUplift()),
                        curve(m.curveRisk()));
                ps.setBytes(17, classifier);
                ps.setString(18, schemaJson);
                return Transaction.insert(ps);
            }
        });
    }

    /** Every uplift model, newest first. */
    public List<UpliftModelRecord> list() {
        return jdbc.query("list the uplift models", "SELECT " + COLUMNS + " FROM uplift_model ORDER BY id DESC",
                UpliftRepository::record);
    }

    /** The uplift models learnt from one campaign, newest first. */
    public List<UpliftModelRecord> ofCampaign(long campaignId) {
        return jdbc.query("list a campaign's uplift models", "SELECT " + COLUMNS + " FROM uplift_model "
                + "WHERE campaign_id = ? ORDER BY id DESC", UpliftRepository::record, campaignId);
    }

    public Optional<UpliftModelRecord> find(long id) {
        return jdbc.queryFirst("read uplift model " + id, "SELECT " + COLUMNS + " FROM uplift_model WHERE id = ?",
                UpliftRepository::record, id);
    }

    /** The serialised classifier of an uplift model. */
    public Optional<byte[]> classifier(long id) {
        return jdbc.queryFirst("read uplift model " + id, "SELECT classifier FROM uplift_model WHERE id = ?",
                rs -> rs.getBytes(1), id);
    }

    /** The input schema of an uplift model as JSON; empty for a model learnt before schemas were kept (V20). */
    public Optional<String> schema(long id) {
        return jdbc.queryFirst("read uplift model " + id, "SELECT schema_json FROM uplift_model WHERE id = ?",
                rs -> Optional.ofNullable(rs.getString(1)), id).flatMap(o -> o);
    }

    private static UpliftModelRecord record(ResultSet rs) throws SQLException {
        long campaign = rs.getLong("campaign_id");
        Long campaignId = rs.wasNull() ? null : campaign;
        return new UpliftModelRecord(rs.getLong("id"), rs.getObject("created_at", OffsetDateTime.class), campaignId,
                rs.getString("campaign_name"), rs.getString("dataset_name"), rs.getInt("dataset_version"),
                rs.getString("learner"), rs.getString("method"), rs.getInt("folds"), rs.getLong("seed"),
                rs.getInt("customers"), rs.getDouble("qini_uplift"), rs.getDouble("qini_risk"),
                rs.getDouble("kept_uplift"), rs.getDouble("kept_risk"), points(rs.getString("curve_uplift")),
                points(rs.getString("curve_risk")));
    }

    private static String curve(List<double[]> points) {
        StringBuilder s = new StringBuilder();
        for (double[] p : points) {
            s.append(String.format(Locale.ROOT, "%.0f %.6f%n", p[0], p[1]));
        }
        return s.toString();
    }

    private static List<double[]> points(String text) {
        List<double[]> points = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String[] kq = line.strip().split(" ");
            if (kq.length == 2) {
                points.add(new double[]{Double.parseDouble(kq[0]), Double.parseDouble(kq[1])});
            }
        }
        return points;
    }
}
