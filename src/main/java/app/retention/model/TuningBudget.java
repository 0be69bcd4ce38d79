package app.retention.model;

import java.time.Duration;
import java.util.Locale;

/**
 * How long the tuner searches: a time box, or a number of settings to try (what tests use, so that their results
 * do not depend on the machine's speed). Exactly one of the two is set.
 *
 * @param time       the time box; null for a count
 * @param candidates how many settings to try; 0 for a time box
 */
public record TuningBudget(Duration time, int candidates) {

    /** Longer than a day is surely a typing mistake (a minute count in seconds, say). */
    public static final int MAX_MINUTES = 24 * 60;
    public static final int MAX_CANDIDATES = 10_000;

    public TuningBudget {
        if ((time == null) == (candidates == 0)) {
            throw new IllegalArgumentException("A tuning budget is a time or a count of settings");
        }
    }

    /** A time box of {@code minutes} (more than 0, at most a day). */
    public static TuningBudget minutes(double minutes) {
        if (!(minutes > 0) || minutes > MAX_MINUTES) {
            throw new ModelException("The time to search must be more than 0 and at most " + MAX_MINUTES
                    + " minutes (a day), not " + ParamSpec.plain(minutes) + ".");
        }
        return new TuningBudget(Duration.ofMillis(Math.round(minutes * 60_000)), 0);
    }

    /** Try exactly {@code count} settings (the defaults first), whatever the time. */
    public static TuningBudget candidates(int count) {
        if (count < 1 || count > MAX_CANDIDATES) {
            throw new ModelException("The number of settings to try must be between 1 and " + MAX_CANDIDATES
                    + ", not " + count + ".");
        }
        return new TuningBudget(null, count);
    }

    public boolean timed() {
        return time != null;
    }

    /** "5 min", "90 s", "8 settings": what the tuned model's name says. */
    public String describe() {
        if (time == null) {
            return candidates == 1 ? "1 setting" : candidates + " settings";
        }
        long seconds = time.toSeconds();
        return seconds % 60 == 0 ? seconds / 60 + " min" : seconds >= 60
                ? String.format(Locale.ROOT, "%.1f min", seconds / 60.0) : seconds + " s";
    }
}
