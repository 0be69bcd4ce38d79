package app.retention.data.sample;

import java.time.LocalDate;

/**
 * The rule that decides who churns in the sample data: {@code P(churn) = sigmoid(riskScore + noise)}
 * with {@code noise ~ Normal(0, NOISE_SD)}. Every term is spelled out in {@code sample-data/README.md};
 * keep the two in step.
 *
 * <p>Most effects are deliberately step-shaped, U-shaped or only present in combination, because
 * that is what real churn drivers look like and it lets tree ensembles show their advantage over
 * a linear model.
 */
public final class ChurnGroundTruth {

    public static final double INTERCEPT = -3.75;
    /** Standard deviation of the unobserved per-customer shock added to the risk score. */
    public static final double NOISE_SD = 0.5;

    private ChurnGroundTruth() {
    }

    /**
     * Deterministic part of the churn log-odds for a customer seen on {@code snapshotDate}.
     *
     * @return log-odds before noise; 0 means a 50% churn chance
     */
    public static double riskScore(Customer c, LocalDate snapshotDate) {
        double score = INTERCEPT;

        // Recency: risk jumps at 30 and 60 days, peaks for the recently lapsed and fades for
        // long sleepers, who kept the app through several earlier decisions.
        int recency = c.daysSinceLastOrder();
        if (recency > 240) {
            score += 0.5;
        } else if (recency > 120) {
            score += 1.6;
        } else if (recency > 60) {
            score += 2.6;
        } else if (recency > 30) {
            score += 1.2;
        }

        // Sessions: U-shaped. Almost no visits means drifting away; very many visits with at most
        // one order means searching without finding. Sessions as earlier builds counted them (5.5.0 counts each
        // app open twice, see NovemberChanges).
        int sessions = c.trackedSessions();
        if (sessions == 0) {
            score += 1.8;
        } else if (sessions <= 3) {
            score += 1.1;
        } else if (sessions >= 40) {
            score += c.orders90d() <= 1 ? 2.0 : -0.4;
        }

        // No push channel hurts most when the customer is not opening the app either.
        if (!c.pushOptIn()) {
            score += sessions <= 3 ? 1.3 : 0.15;
        }

        // Coupon hunters paying with Boleto, OXXO or cash leave when promotions stop.
        boolean couponHunter = c.couponShare() >= 0.5;
        if (c.paysCashLike()) {
            score += couponHunter ? 1.6 : -0.3;
        } else if (couponHunter) {
            score += 0.25;
        }

        // Builds before 5.2.0 crash at checkout on Android only.
        if (c.onAppBefore52()) {
            score += c.deviceOs().equals("Android") ? 1.5 : 0.2;
        }

        // A complaint still open after repeated contacts is far worse than one handled quickly.
        int tickets = c.supportTickets90d();
        if (c.complaint()) {
            score += tickets >= 2 ? 2.0 : 0.5;
        } else if (tickets >= 3) {
            score += 0.35;
        }

        // NPS: no answer is mildly bad, detractors bad, promoters good.
        if (c.nps().isEmpty()) {
            score += 0.15;
        } else if (c.nps().getAsInt() <= 6) {
            score += 0.9;
        } else if (c.nps().getAsInt() >= 9) {
            score -= 1.0;
        }

        score += switch (c.loyaltyTier()) {
            case "Silver" -> -0.3;
            case "Gold" -> -0.5;
            case "Platinum" -> 0.3; // competitors target big spenders with VIP offers
            default -> 0.0;
        };

        int tenure = c.tenureDays(snapshotDate);
        if (tenure < 45) {
            score += 0.8;
        } else if (tenure < 180) {
            score += 0.3;
        }

        score += switch (c.acquisitionChannel()) {
            case "influencer" -> 0.4;
            case "paid_social" -> 0.25;
            case "marketplace" -> 0.15;
            case "referral" -> -0.35;
            default -> 0.0;
        };
        if (c.country().equals("AR")) {
            score += 0.2;
        }
        score -= 0.25 * StrictMath.log(c.avgBasketBrl() / 90.0);
        return score;
    }

    /** Draws whether the customer churns within 30 days after {@code snapshotDate}. */
    static boolean drawChurn(Customer c, LocalDate snapshotDate, RandomDraws draws) {
        double logOdds = riskScore(c, snapshotDate) + NOISE_SD * draws.gaussian();
        return draws.chance(RandomDraws.sigmoid(logOdds));
    }
}
