package app.retention.store;

import app.retention.domain.ScoringInService;
import app.retention.domain.UseCaseRecord;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Use cases, and for each scoring the model that was in use for each use case when it was made. */
public final class UseCaseRepository {

    private static final String SCORINGS = "SELECT r.*, s.use_case_id, s.model_in_use FROM scoring_in_service s "
            + "JOIN score_run r ON r.id = s.score_run_id ";

    private final Jdbc jdbc;

    UseCaseRepository(Workspace workspace) {
        this.jdbc = new Jdbc(workspace);
    }

    /** Stores a new use case; returns it as stored. A taken name is refused. */
    public UseCaseRecord create(UseCaseRecord u) {
        if (find(u.name()).isPresent()) {
            throw new StoreException("A use case named `" + u.name() + "` exists already; choose another name.");
        }
        jdbc.update("save use case " + u.name(), "INSERT INTO use_case (name, created_at, created_by, target_column, "
                + "reference_dataset, description) VALUES (?, ?, ?, ?, ?, ?)", u.name(), OffsetDateTime.now(),
                u.createdBy(), u.targetColumn(), u.referenceDataset(), u.description());
        return find(u.name()).orElseThrow();
    }

    /** Every use case, oldest first. */
    public List<UseCaseRecord> list() {
        return jdbc.query("list the use cases", "SELECT * FROM use_case ORDER BY id", UseCaseRepository::useCase);
    }

    /** The use case of this name (exactly as typed, then ignoring case). */
    public Optional<UseCaseRecord> find(String name) {
        Optional<UseCaseRecord> exact = jdbc.queryFirst("find use case " + name, "SELECT * FROM use_case WHERE name = ?",
                UseCaseRepository::useCase, name);
        return exact.isPresent() ? exact : jdbc.queryFirst("find use case " + name,
                "SELECT * FROM use_case WHERE LOWER(name) = LOWER(?) ORDER BY id", UseCaseRepository::useCase, name);
    }

    private static UseCaseRecord useCase(ResultSet rs) throws SQLException {
        return new UseCaseRecord(rs.getLong("id"), rs.getString("name"), rs.getObject("created_at",
                OffsetDateTime.class), rs.getString("created_by"), rs.getString("target_column"),
                rs.getString("reference_dataset"), rs.getString("description"));
    }

    /** Records that scoring {@code scoreRunId} was made while {@code modelInUse} (or none) was in use. */
    public void recordScoring(long scoreRunId, long useCaseId, Long modelInUse) {
        jdbc.update("record the model in use for scoring " + scoreRunId, "INSERT INTO scoring_in_service "
                + "(score_run_id, use_case_id, model_in_use) VALUES (?, ?, ?)", scoreRunId, useCaseId, modelInUse);
    }

    /** The scorings recorded for a use case, newest first. */
    public List<ScoringInService> scorings(long useCaseId) {
        return jdbc.query("read the scorings of a use case", SCORINGS + "WHERE s.use_case_id = ? ORDER BY r.id DESC",
                rs -> new ScoringInService(ScoreRepository.run(rs), rs.getLong("use_case_id"),
                        nullableLong(rs, "model_in_use")), useCaseId);
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
