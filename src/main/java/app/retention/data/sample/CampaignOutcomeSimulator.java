package app.retention.data.sample;

import app.retention.domain.CampaignArm;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * What happens to a sample customer after a campaign (sample-data/README.md, "Campaign outcomes"): churn is drawn
 * from the ground-truth rule ({@link ChurnGroundTruth}, the same log-odds, noise and sigmoid) with a documented,
 * heterogeneous treatment effect added to the log-odds of treated customers who were reached. Each customer's draws
 * come from a stream of the seed and their key, so the same seed gives the same outcomes whatever the order.
 */
public final class CampaignOutcomeSimulator {

    /** Everyone reached feels the contact a little. */
    public static final double BASE_EFFECT = -0.2;
    /** Coupon hunters (half or more of their orders with a coupon) respond to an offer. */
    public static final double COUPON_EFFECT = -0.8;
    /** Customers who allow push notifications respond to the follow-up. */
    public static final double PUSH_EFFECT = -0.5;
    /** An open complaint is only helped by a call (a person who listens); any other channel does nothing. */
    public static final double COMPLAINT_CALL_EFFECT = -1.0;
    /** Platinum customers churn more when contacted: it reminds them of competitors' VIP offers. */
    public static final double PLATINUM_EFFECT = 0.8;
    /** Reach: 60% of customers, 90% of those with four or more sessions in the last 30 days. */
    public static final double REACH_QUIET = 0.6;
    public static final double REACH_ACTIVE = 0.9;

    /** One customer's outcome. {@code reached} is null for the control group (nobody tried). */
    public record Outcome(boolean churned, LocalDate churnDate, Boolean reached, double revenue) {
    }

    private final long seed;
    private final boolean byCall;
    private final LocalDate start;

    /**
     * @param channel the campaign's channel; "call" or "phone" in it makes it a call
     * @param start   the campaign's first day: churn dates fall in the 30 days from it
     */
    public CampaignOutcomeSimulator(long seed, String channel, LocalDate start) {
        this.seed = seed;
        String c = channel == null ? "" : channel.toLowerCase(Locale.ROOT);
        this.byCall = c.contains("call") || c.contains("phone");
        this.start = start;
    }

    /**
     * The change in churn log-odds a reached treated customer gets (0 for everyone else): Platinum +0.8 whatever
     * else; an open complaint −1.0 by call and 0 otherwise; else −0.2, −0.8 more for a coupon hunter, −0.5 more
     * with push allowed.
     */
    public double treatmentEffect(Customer c) {
        if (c.loyaltyTier().equals("Platinum")) {
            return PLATINUM_EFFECT;
        }
        if (c.complaint()) {
            return byCall ? COMPLAINT_CALL_EFFECT : 0;
        }
        double effect = BASE_EFFECT;
        if (c.couponShare() >= 0.5) {
            effect += COUPON_EFFECT;
        }
        if (c.pushOptIn()) {
            effect += PUSH_EFFECT;
        }
        return effect;
    }

    /** Draws the outcome of the customer with this key and row, in this arm. */
    public Outcome draw(String key, Map<String, Object> row, CampaignArm arm) {
        Customer c = fromRow(row);
        LocalDate snapshot = date(row, "snapshot_date");
        RandomDraws draws = RandomDraws.stream(seed, key.hashCode());
        double logOdds = ChurnGroundTruth.riskScore(c, snapshot) + ChurnGroundTruth.NOISE_SD * draws.gaussian();
        double reachChance = c.trackedSessions() >= 4 ? REACH_ACTIVE : REACH_QUIET;
        boolean reachDraw = draws.chance(reachChance);
        Boolean reached = arm.contacted() ? reachDraw : null;
        if (Boolean.TRUE.equals(reached)) {
            logOdds += treatmentEffect(c);
        }
        boolean churned = draws.chance(RandomDraws.sigmoid(logOdds));
        int day = draws.uniformInt(0, 29);
        double spend = c.avgBasketBrl() * Math.max(0.3, c.orders90d() / 3.0) * (0.5 + draws.uniform());
        return new Outcome(churned, churned ? start.plusDays(day) : null, reached,
                churned ? 0 : Math.round(spend * 100) / 100.0);
    }

    /** The sample customer a stored row describes (hidden traits are not needed by the churn rule). */
    static Customer fromRow(Map<String, Object> row) {
        String id = text(row, "customer_id");
        int number = id.startsWith("MC-") ? Integer.parseInt(id.substring(3)) : 0;
        Object nps = row.get("nps");
        return new Customer(number, text(row, "full_name"), text(row, "email"), text(row, "phone"),
                text(row, "country"), date(row, "signup_date"), text(row, "acquisition_channel"),
                text(row, "device_os"), text(row, "app_version"), integer(row, "sessions_30d"),
                integer(row, "days_since_last_order"), integer(row, "orders_90d"), number(row, "avg_basket_brl"),
                integer(row, "coupons_used_90d"), yes(row, "push_opt_in"), text(row, "payment_method"),
                text(row, "loyalty_tier"), nps == null ? OptionalInt.empty()
                : OptionalInt.of(((Number) nps).intValue()), integer(row, "support_tickets_90d"),
                yes(row, "complaint"), number(row, "clv_brl"), null);
    }

    private static Object require(Map<String, Object> row, String column) {
        if (!row.containsKey(column)) {
            throw new IllegalArgumentException(column);
        }
        return row.get(column);
    }

    private static String text(Map<String, Object> row, String column) {
        Object v = require(row, column);
        return v == null ? "" : v.toString();
    }

    private static int integer(Map<String, Object> row, String column) {
        return ((Number) require(row, column)).intValue();
    }

    private static double number(Map<String, Object> row, String column) {
        return ((Number) require(row, column)).doubleValue();
    }

    private static boolean yes(Map<String, Object> row, String column) {
        Object v = require(row, column);
        return v instanceof Boolean b ? b : "yes".equalsIgnoreCase(String.valueOf(v));
    }

    private static LocalDate date(Map<String, Object> row, String column) {
        Object v = require(row, column);
        if (v instanceof LocalDate d) {
            return d;
        }
        if (v instanceof java.time.LocalDateTime t) {
            return t.toLocalDate();
        }
        String text = String.valueOf(v);
        return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    }
}
