package app.retention.campaign;

import java.util.List;

/**
 * How a campaign's customers were accounted for by the outcomes stored for it.
 *
 * @param source          the file or dataset the outcomes came from
 * @param matched         customers of the arms with an outcome
 * @param missingTreated  treated customers without one
 * @param missingControl  control customers without one
 * @param missingKeys     up to 20 of the customers without an outcome, sorted
 * @param ignored         rows of customers in no arm, left aside
 * @param replaced        whether earlier outcomes of the campaign were replaced
 */
public record OutcomeReport(String campaign, String source, long matched, long missingTreated, long missingControl,
                            List<String> missingKeys, long ignored, boolean replaced) {

    public OutcomeReport {
        missingKeys = List.copyOf(missingKeys);
    }

    public long missing() {
        return missingTreated + missingControl;
    }
}
