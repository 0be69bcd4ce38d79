package app.retention.store;

import app.retention.domain.ModelFigures;
import app.retention.domain.PromotionEvidence;
import app.retention.domain.ServiceAction;
import app.retention.domain.ServiceLogEntry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The log of promotions and rollbacks of the models in use: entries are appended and read, never changed or removed
 * (this class has no such method, and the table's triggers refuse one; docs/adr/0018).
 */
public final class ServiceLogRepository {

    private final Jdbc jdbc;

    ServiceLogRepository(Workspace workspace) {
        this.jdbc = new Jdbc(workspace);
    }

    /** Adds an entry at the end of a use case's log (its id and time are the store's); returns it as stored. */
    public ServiceLogEntry append(ServiceLogEntry e) {
        PromotionEvidence ev = e.evidence();
        ModelFigures ch = ev == null ? null : ev.challenger();
        ModelFigures cp = ev == null ? null : ev.champion();
        return jdbc.inTransaction("record the " + e.action().name().toLowerCase(java.util.Locale.ROOT) + " of model "
                + e.modelId(), c -> {
            long id;
            try (var ps = c.prepareStatement("INSERT INTO model_in_use_log (use_case_id, recorded_at, recorded_by, "
                    + "action, model_id, previous_model_id, reason, overridden, snapshot, customers, churners, "
                    + "challenger_auc, challenger_auc_low, challenger_auc_high, challenger_lift10, challenger_ece, "
                    + "champion_id, champion_auc, champion_auc_low, champion_auc_high, champion_lift10, champion_ece, "
                    + "p_value, passed, finding) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    java.sql.Statement.RETURN_GENERATED_KEYS)) {
                Jdbc.bind(ps, e.useCaseId(), OffsetDateTime.now(), e.recordedBy(), e.action().name(), e.modelId(),
                        e.previousModelId(), e.reason(), e.overridden(),
                        ev == null ? null : ev.snapshot(), ev == null ? null : ev.customers(),
                        ev == null ? null : ev.churners(),
                        ch == null ? null : finite(ch.auc()), ch == null ? null : finite(ch.aucLow()),
                        ch == null ? null : finite(ch.aucHigh()), ch == null ? null : finite(ch.liftTop10()),
                        ch == null ? null : finite(ch.calibrationError()),
                        cp == null ? null : cp.modelId(), cp == null ? null : finite(cp.auc()),
                        cp == null ? null : finite(cp.aucLow()), cp == null ? null : finite(cp.aucHigh()),
                        cp == null ? null : finite(cp.liftTop10()), cp == null ? null : finite(cp.calibrationError()),
                        ev == null ? null : finite(ev.pValue()), ev == null ? null : ev.passed(),
                        ev == null ? null : ev.finding());
                id = Transaction.insert(ps);
            }
            try (var ps = c.prepareStatement("SELECT * FROM model_in_use_log WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return entry(rs);
                }
            }
        });
    }

    /** A use case's log, oldest first. */
    public List<ServiceLogEntry> entries(long useCaseId) {
        return jdbc.query("read the log of models in use", "SELECT * FROM model_in_use_log WHERE use_case_id = ? "
                + "ORDER BY id", ServiceLogRepository::entry, useCaseId);
    }

    /** How many entries the log holds over all use cases. */
    public long size() {
        return jdbc.queryFirst("count the log of models in use", "SELECT COUNT(*) FROM model_in_use_log",
                rs -> rs.getLong(1)).orElse(0L);
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static double number(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : v;
    }

    private static ServiceLogEntry entry(ResultSet rs) throws SQLException {
        PromotionEvidence evidence = null;
        String snapshot = rs.getString("snapshot");
        if (snapshot != null) {
            ModelFigures challenger = new ModelFigures(rs.getLong("model_id"), number(rs, "challenger_auc"),
                    number(rs, "challenger_auc_low"), number(rs, "challenger_auc_high"),
                    number(rs, "challenger_lift10"), number(rs, "challenger_ece"));
            Long championId = UseCaseRepository.nullableLong(rs, "champion_id");
            ModelFigures champion = championId == null ? null : new ModelFigures(championId,
                    number(rs, "champion_auc"), number(rs, "champion_auc_low"), number(rs, "champion_auc_high"),
                    number(rs, "champion_lift10"), number(rs, "champion_ece"));
            evidence = new PromotionEvidence(snapshot, rs.getLong("customers"), rs.getLong("churners"), challenger,
                    champion, number(rs, "p_value"), rs.getBoolean("passed"), rs.getString("finding"));
        }
        return new ServiceLogEntry(rs.getLong("id"), rs.getLong("use_case_id"),
                rs.getObject("recorded_at", OffsetDateTime.class), rs.getString("recorded_by"),
                ServiceAction.valueOf(rs.getString("action")), rs.getLong("model_id"),
                UseCaseRepository.nullableLong(rs, "previous_model_id"), rs.getString("reason"),
                rs.getBoolean("overridden"), evidence);
    }
}
