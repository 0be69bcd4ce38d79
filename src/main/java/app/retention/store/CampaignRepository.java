package app.retention.store;

import app.retention.domain.CampaignArm;
import app.retention.domain.CampaignArmRecord;
import app.retention.domain.CampaignMember;
import app.retention.domain.CampaignOutcome;
import app.retention.domain.CampaignRecord;
import app.retention.domain.CampaignStatus;
import app.retention.domain.OutcomeImportRecord;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Campaigns, their arms (every customer as exported) and their outcomes. */
public final class CampaignRepository {

    private static final int BATCH = 5_000;

    private final Workspace workspace;
    private final Jdbc jdbc;

    CampaignRepository(Workspace workspace) {
        this.workspace = workspace;
        this.jdbc = new Jdbc(workspace);
    }

    /**
     * Saves a campaign with its arms and their customers in one transaction: all of it or nothing. A taken name is
     * refused, and so is a customer in two arms (the table's key).
     *
     * @return the new campaign's id
     */
    public long save(CampaignRecord c, List<CampaignArmRecord> arms, List<CampaignMember> members) {
        return save(c, arms, members, null);
    }

    /**
     * As {@link #save(CampaignRecord, List, List)}, with the call order of a segment not ranked by churn risk in
     * words (docs/adr/0027), in the same transaction.
     *
     * @param callOrder null for a campaign whose segment is ranked by churn risk
     */
    public long save(CampaignRecord c, List<CampaignArmRecord> arms, List<CampaignMember> members, String callOrder) {
        if (exists(c.name())) {
            throw new StoreException("A campaign named `" + c.name() + "` exists already; choose another name.");
        }
        return Transaction.run(workspace, "save campaign " + c.name(), con -> {
            long id;
            try (PreparedStatement ps = con.prepareStatement("INSERT INTO campaign (name, created_at, status, goal, "
                    + "channel, offer, start_date, capacity, contact_cost, offer_cost, acceptance, save_rate, "
                    + "value_column, value_unit, planned_control_share, segment_id, segment_name, score_run_id, "
                    + "model_id, model_learner, dataset_reference, key_column, export_id, rule_text) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                Jdbc.bind(ps, c.name(), OffsetDateTime.now(), c.status().name(), c.goal(), c.channel(), c.offer(),
                        Date.valueOf(c.startDate()), c.capacity(), c.contactCost(), c.offerCost(), c.acceptance(),
                        c.saveRate(), c.valueColumn(), c.valueUnit(), c.plannedControlShare(), c.segmentId(),
                        c.segmentName(), c.scoreRunId(), c.modelId(), c.modelLearner(), c.datasetReference(),
                        c.keyColumn(), c.exportId(), c.rule());
                id = Transaction.insert(ps);
            }
            try (PreparedStatement ps = con.prepareStatement(
                    "INSERT INTO campaign_arm (campaign_id, arm, customers, sha256) VALUES (?, ?, ?, ?)")) {
                for (CampaignArmRecord arm : arms) {
                    Jdbc.bind(ps, id, arm.arm().name(), arm.customers(), arm.sha256());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = con.prepareStatement("INSERT INTO campaign_customer (campaign_id, "
                    + "customer_key, arm, probability, risk_band, customer_value) VALUES (?, ?, ?, ?, ?, ?)")) {
                int pending = 0;
                for (CampaignMember m : members) {
                    Jdbc.bind(ps, id, m.key(), m.arm().name(), m.probability(), m.band(),
                            Double.isNaN(m.value()) ? null : m.value());
                    ps.addBatch();
                    if (++pending == BATCH) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                ps.executeBatch();
            }
            if (callOrder != null) {
                try (PreparedStatement ps = con.prepareStatement(
                        "INSERT INTO campaign_call_order (campaign_id, words) VALUES (?, ?)")) {
                    Jdbc.bind(ps, id, callOrder);
                    ps.executeUpdate();
                }
            }
            return id;
        });
    }

    /** The call order a campaign's segment had in words, or empty when it was ranked by churn risk. */
    public Optional<String> callOrder(long campaignId) {
        return jdbc.queryFirst("read a campaign's call order", "SELECT words FROM campaign_call_order WHERE "
                + "campaign_id = ?", rs -> rs.getString(1), campaignId);
    }

    /** Whether a campaign has this name (spaces around it ignored). */
    public boolean exists(String typedName) {
        String name = DatasetRepository.lookupName(typedName);
        return jdbc.queryFirst("look up campaign " + name, "SELECT 1 FROM campaign WHERE name = ?", rs -> true, name)
                .isPresent();
    }

    /** Every campaign, newest first. */
    public List<CampaignRecord> list() {
        return jdbc.query("list the campaigns", "SELECT * FROM campaign ORDER BY id DESC", CampaignRepository::record);
    }

    /** The campaign of that name (spaces around it ignored). */
    public Optional<CampaignRecord> find(String typedName) {
        String name = DatasetRepository.lookupName(typedName);
        return jdbc.queryFirst("read campaign " + name, "SELECT * FROM campaign WHERE name = ?",
                CampaignRepository::record, name);
    }

    /** The campaign's arms as stored: size and checksum. */
    public List<CampaignArmRecord> arms(long campaignId) {
        return jdbc.query("read a campaign's arms", "SELECT arm, customers, sha256 FROM campaign_arm "
                + "WHERE campaign_id = ? ORDER BY CASE arm WHEN 'TREATED' THEN 0 WHEN 'CONTROL' THEN 1 WHEN 'RULE' THEN 2 "
                + "ELSE 3 END", rs -> new CampaignArmRecord(
                CampaignArm.valueOf(rs.getString(1)), rs.getLong(2), rs.getString(3)), campaignId);
    }

    /** Every customer of the campaign's arms, by key. */
    public List<CampaignMember> members(long campaignId) {
        return jdbc.query("read a campaign's customers", "SELECT customer_key, arm, probability, risk_band, "
                + "customer_value FROM campaign_customer WHERE campaign_id = ? ORDER BY customer_key", rs -> {
                    double value = rs.getDouble(5);
                    double known = rs.wasNull() ? Double.NaN : value;
                    return new CampaignMember(rs.getString(1), CampaignArm.valueOf(rs.getString(2)), rs.getDouble(3),
                            rs.getString(4), known);
                }, campaignId);
    }

    /**
     * Replaces the campaign's outcomes with these, records where they came from and sets its status, in one
     * transaction: a failure leaves the earlier outcomes as they were.
     */
    public void saveOutcomes(long campaignId, OutcomeImportRecord source, List<CampaignOutcome> outcomes,
                             CampaignStatus status) {
        jdbc.inTransaction("save the campaign's outcomes", con -> {
            try (PreparedStatement ps = con.prepareStatement("DELETE FROM campaign_outcome WHERE campaign_id = ?")) {
                Jdbc.bind(ps, campaignId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = con.prepareStatement(
                    "DELETE FROM campaign_outcome_import WHERE campaign_id = ?")) {
                Jdbc.bind(ps, campaignId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = con.prepareStatement("INSERT INTO campaign_outcome_import (campaign_id, "
                    + "imported_at, source, matched, missing, ignored) VALUES (?, ?, ?, ?, ?, ?)")) {
                Jdbc.bind(ps, campaignId, OffsetDateTime.now(), source.source(), source.matched(), source.missing(),
                        source.ignored());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = con.prepareStatement("INSERT INTO campaign_outcome (campaign_id, "
                    + "customer_key, churned, churn_date, reached, revenue) VALUES (?, ?, ?, ?, ?, ?)")) {
                int pending = 0;
                for (CampaignOutcome o : outcomes) {
                    ps.setLong(1, campaignId);
                    ps.setString(2, o.key());
                    ps.setBoolean(3, o.churned());
                    if (o.churnDate() == null) {
                        ps.setNull(4, Types.DATE);
                    } else {
                        ps.setDate(4, Date.valueOf(o.churnDate()));
                    }
                    ps.setObject(5, o.reached(), Types.BOOLEAN);
                    ps.setObject(6, o.revenue(), Types.DOUBLE);
                    ps.addBatch();
                    if (++pending == BATCH) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = con.prepareStatement("UPDATE campaign SET status = ? WHERE id = ?")) {
                Jdbc.bind(ps, status.name(), campaignId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The campaign's stored outcomes, by key. */
    public List<CampaignOutcome> outcomes(long campaignId) {
        return jdbc.query("read a campaign's outcomes", "SELECT customer_key, churned, churn_date, reached, revenue "
                + "FROM campaign_outcome WHERE campaign_id = ? ORDER BY customer_key", rs -> {
                    Date date = rs.getDate(3);
                    boolean reached = rs.getBoolean(4);
                    Boolean reachedKnown = rs.wasNull() ? null : reached;
                    double revenue = rs.getDouble(5);
                    Double revenueKnown = rs.wasNull() ? null : revenue;
                    return new CampaignOutcome(rs.getString(1), rs.getBoolean(2),
                            date == null ? null : date.toLocalDate(), reachedKnown, revenueKnown);
                }, campaignId);
    }

    /** Where the stored outcomes came from, if any were imported. */
    public Optional<OutcomeImportRecord> outcomeImport(long campaignId) {
        return jdbc.queryFirst("read a campaign's outcomes", "SELECT imported_at, source, matched, missing, ignored "
                + "FROM campaign_outcome_import WHERE campaign_id = ?", rs -> new OutcomeImportRecord(
                rs.getObject(1, OffsetDateTime.class), rs.getString(2), rs.getLong(3), rs.getLong(4),
                rs.getLong(5)), campaignId);
    }

    /** Links a campaign to the export-log entry of the list that contacts its customers. */
    public void linkExport(long campaignId, Long exportId) {
        jdbc.update("link a campaign to its list", "UPDATE campaign SET export_id = ? WHERE id = ?", exportId,
                campaignId);
    }

    /** Deletes a campaign with its arms and customers (a launch whose list could not be written is taken back). */
    public void delete(long campaignId) {
        jdbc.update("delete a campaign", "DELETE FROM campaign WHERE id = ?", campaignId);
    }

    /** Sets the campaign's status. */
    public void setStatus(long campaignId, CampaignStatus status) {
        jdbc.update("update a campaign's status", "UPDATE campaign SET status = ? WHERE id = ?", status.name(),
                campaignId);
    }

    private static CampaignRecord record(ResultSet rs) throws SQLException {
        long segmentId = rs.getLong("segment_id");
        Long segment = rs.wasNull() ? null : segmentId;
        long exportId = rs.getLong("export_id");
        Long export = rs.wasNull() ? null : exportId;
        LocalDate start = rs.getDate("start_date").toLocalDate();
        return new CampaignRecord(rs.getLong("id"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("name"), CampaignStatus.stored(rs.getString("status")), rs.getString("goal"),
                rs.getString("channel"), rs.getString("offer"), start, rs.getInt("capacity"),
                rs.getDouble("contact_cost"), rs.getDouble("offer_cost"), rs.getDouble("acceptance"),
                rs.getDouble("save_rate"), rs.getString("value_column"), rs.getString("value_unit"),
                rs.getDouble("planned_control_share"), segment, rs.getString("segment_name"),
                rs.getLong("score_run_id"), rs.getLong("model_id"), rs.getString("model_learner"),
                rs.getString("dataset_reference"), rs.getString("key_column"), export, rs.getString("rule_text"));
    }
}
