package app.retention.domain;

/**
 * Which encoding a category or text column gets when the user chose none (docs/adr/0016): by its number of values
 * among the training customers and by the kind of learner. Few values stay as they are for every learner; a column
 * where almost every customer has a different value is left out; otherwise linear models, kernels, networks and
 * Naive Bayes get one number per value (its smoothed churn rate), and trees get rare values grouped while the
 * values are few enough to split on, the churn rate beyond. Shared by the models, which apply it, and the data
 * warnings, which say what it will do.
 */
public final class EncodingPolicy {

    /** Up to this many values a column enters every learner as it is. */
    public static final int KEEP_LIMIT = 12;
    /** Trees get rare values grouped up to this many values, the churn rate per value beyond. */
    public static final int GROUP_LIMIT = 30;
    /** Values per customer with a value from which a column reads as free text (names, comments, addresses). */
    public static final double FREE_TEXT_SHARE = 0.9;
    /** Customers a value needs to stay on its own when rare values are grouped, unless the user says otherwise. */
    public static final int DEFAULT_MIN_COUNT = 30;
    /**
     * Weight, in customers, of the overall churn rate in a value's encoded rate: a value with 20 customers lands
     * halfway between its own rate and the overall one.
     */
    public static final double SMOOTHING = 20;

    /** How a learner takes categories. */
    public enum Family {
        /** The rule baseline and the no-skill reference read columns as they are. */
        AS_IS,
        /** Trees and rule learners split on values. */
        TREES,
        /** Linear models, kernels, networks and Naive Bayes weigh every value on its own. */
        NUMERIC
    }

    private EncodingPolicy() {
    }

    /** The family of a catalog learner. */
    public static Family family(String learner) {
        return switch (learner) {
            case "zeror", "rules" -> Family.AS_IS;
            case "j48", "randomforest", "boosting", "xgboost", "jrip" -> Family.TREES;
            default -> Family.NUMERIC;
        };
    }

    /** Whether a column reads as free text: more than a few values, and almost every customer's is different. */
    public static boolean freeText(long distinct, double present) {
        return distinct > KEEP_LIMIT && distinct >= FREE_TEXT_SHARE * present;
    }

    /** The default encoding of a column with {@code distinct} values among {@code present} customers with one. */
    public static Encoding choose(Family family, long distinct, double present) {
        if (family == Family.AS_IS || distinct <= KEEP_LIMIT) {
            return Encoding.KEEP;
        }
        if (freeText(distinct, present)) {
            return Encoding.IGNORE;
        }
        if (family == Family.TREES && distinct <= GROUP_LIMIT) {
            return Encoding.GROUP_RARE;
        }
        return Encoding.TARGET;
    }
}
