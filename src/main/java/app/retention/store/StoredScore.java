package app.retention.store;

import java.util.ArrayList;
import java.util.List;

/** One customer's score: the dataset row, the churn probability and its reasons, strongest first. */
public record StoredScore(long rowNumber, double probability, List<StoredReason> reasons) {

    public StoredScore {
        reasons = List.copyOf(reasons);
    }

    /** One reason: the feature it comes from and its wording for this customer. */
    public record StoredReason(String feature, String text) {
    }

    /** One reason per line, feature and text split by a tab (neither contains one: they are cleaned). */
    static String encode(List<StoredReason> reasons) {
        if (reasons.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (StoredReason r : reasons) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(clean(r.feature())).append('\t').append(clean(r.text()));
        }
        return text.toString();
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    static List<StoredReason> decode(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<StoredReason> reasons = new ArrayList<>();
        for (String line : text.split("\n")) {
            int tab = line.indexOf('\t');
            reasons.add(new StoredReason(line.substring(0, tab), line.substring(tab + 1)));
        }
        return reasons;
    }
}
