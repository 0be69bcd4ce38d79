package app.retention.evaluate;

/**
 * Information value of a grouping for a binary outcome: Σ (share of non-events − share of events) ×
 * ln(share of non-events / share of events). Each group's counts get 0.5 added so that an empty side does
 * not make it infinite. Rule of thumb: &lt; 0.02 useless, 0.1–0.3 medium, &gt; 0.3 strong.
 */
public final class InformationValue {

    private InformationValue() {
    }

    public static double of(long[] events, long[] nonEvents) {
        if (events.length != nonEvents.length) {
            throw new IllegalArgumentException("one event and one non-event count per group");
        }
        double totalEvents = 0;
        double totalNonEvents = 0;
        for (int i = 0; i < events.length; i++) {
            totalEvents += events[i] + 0.5;
            totalNonEvents += nonEvents[i] + 0.5;
        }
        double iv = 0;
        for (int i = 0; i < events.length; i++) {
            double e = (events[i] + 0.5) / totalEvents;
            double n = (nonEvents[i] + 0.5) / totalNonEvents;
            iv += (n - e) * Math.log(n / e);
        }
        return iv;
    }
}
