package app.retention.segment;

import app.retention.domain.SegmentRanking;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Who comes first on a segment's call list (docs/adr/0027): by churn risk ({@link ValuePlanner#PRIORITY}, the
 * default), or "persuadables first", by the predicted uplift of a campaign's uplift model stored with the segment's
 * customers. The one order the call list, the brief's plan and a campaign's arms (and so their checksums) follow.
 * Customers predicted to churn <em>more</em> when contacted ("sleeping dogs", uplift below 0) come last.
 */
public final class CallOrder {

    /** Ranked by expected value saved, then churn risk, then key: what every segment did before. */
    public static final CallOrder BY_RISK = new CallOrder(null);

    private final SegmentRanking ranking;
    private final Comparator<RankedCustomer> comparator;

    private CallOrder(SegmentRanking ranking) {
        this.ranking = ranking;
        if (ranking == null) {
            comparator = ValuePlanner.PRIORITY;
        } else {
            Map<String, Double> uplift = ranking.uplift();
            // highest predicted uplift first; a customer without one (not in the segment when it was saved) last;
            // ties as the risk ranking breaks them
            comparator = Comparator.comparingDouble((RankedCustomer r) -> -uplift.getOrDefault(r.customer().key(),
                    Double.NEGATIVE_INFINITY)).thenComparing(ValuePlanner.PRIORITY);
        }
    }

    /** Persuadables first, by the uplift stored with a segment. */
    public static CallOrder byUplift(SegmentRanking ranking) {
        return new CallOrder(Objects.requireNonNull(ranking, "ranking"));
    }

    /** The order of a segment saved with this ranking, or by risk when it has none. */
    public static CallOrder of(SegmentRanking rankingOrNull) {
        return rankingOrNull == null ? BY_RISK : new CallOrder(rankingOrNull);
    }

    public boolean byUplift() {
        return ranking != null;
    }

    /** The stored uplifts and where they come from; null when ranked by risk. */
    public SegmentRanking ranking() {
        return ranking;
    }

    /** The comparator of the call list: the first customer to call first. */
    public Comparator<RankedCustomer> comparator() {
        return comparator;
    }

    /** A customer's predicted uplift, NaN when ranked by risk or unknown. */
    public double uplift(String key) {
        return ranking == null ? Double.NaN : ranking.uplift().getOrDefault(key, Double.NaN);
    }

    /** How many of {@code keys} are predicted to churn more when contacted (uplift below 0). */
    public long sleepingDogs(Collection<String> keys) {
        if (ranking == null) {
            return 0;
        }
        return keys.stream().filter(k -> ranking.uplift().getOrDefault(k, 0.0) < 0).count();
    }

    /** How many of the segment's customers are predicted to churn more when contacted. */
    public long sleepingDogs() {
        return ranking == null ? 0 : sleepingDogs(ranking.uplift().keySet());
    }

    /**
     * The order in words, for provenance, briefs and readouts: "ranked by predicted uplift from campaign X's uplift
     * model: persuadables first", or "ranked by expected value saved (churn risk × value)".
     */
    public String words() {
        return ranking == null ? "ranked by expected value saved (churn risk × value), highest first"
                : "ranked by predicted uplift from campaign " + ranking.campaignName() + "'s uplift model: "
                + "persuadables first";
    }

    /**
     * The sleeping dogs in words: "42 customers are predicted to churn more when called (\"sleeping dogs\"); they
     * come last on the call list." Empty when ranked by risk.
     */
    public String sleepingDogsWords() {
        if (ranking == null) {
            return "";
        }
        long dogs = sleepingDogs();
        if (dogs == 0) {
            return "No customer is predicted to churn more when called.";
        }
        return String.format(Locale.ENGLISH, "%,d %s predicted to churn more when called (\"sleeping dogs\"); "
                + "they come last on the call list.", dogs, dogs == 1 ? "customer is" : "customers are");
    }

    /** The order and the sleeping dogs in one sentence, as the screen and the CLI say it. */
    public String describe() {
        String words = Character.toUpperCase(words().charAt(0)) + words().substring(1) + ".";
        return ranking == null ? words : words + " " + sleepingDogsWords();
    }
}
