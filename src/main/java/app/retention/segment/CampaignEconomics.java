package app.retention.segment;

import java.util.Locale;

/**
 * What contacting a customer costs and achieves, for the expected value saved (METRICS.md).
 *
 * @param contactCost    cost of one contact (a call, an e-mail), in the value's currency; ≥ 0
 * @param offerCost      cost of the offer to a customer who accepts it; ≥ 0
 * @param acceptanceRate share of contacted customers who accept the offer, in [0, 1]
 * @param saveRate       share of would-be churners a contact keeps, in [0, 1]
 */
public record CampaignEconomics(double contactCost, double offerCost, double acceptanceRate, double saveRate) {

    public CampaignEconomics {
        requireCost("contact cost", contactCost);
        requireCost("offer cost", offerCost);
        requireRate("offer acceptance rate", acceptanceRate);
        requireRate("save rate", saveRate);
    }

    /** What one contact costs on average: contact cost + offer cost × acceptance rate. */
    public double costPerContact() {
        return contactCost + offerCost * acceptanceRate;
    }

    private static void requireCost(String what, double cost) {
        if (!(cost >= 0) || Double.isInfinite(cost)) {
            throw new SegmentException("The " + what + " must be zero or more; got " + cost + ".");
        }
    }

    private static void requireRate(String what, double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            String shown = Double.isNaN(rate) ? "nothing" : String.format(Locale.ROOT, "%s (%s)", rate,
                    Wording.percent(rate));
            throw new SegmentException("The " + what + " must be between 0% and 100% (a share from 0 to 1); got "
                    + shown + ".");
        }
    }
}
