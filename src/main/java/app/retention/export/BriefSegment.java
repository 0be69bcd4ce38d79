package app.retention.export;

/**
 * The target segment as the brief states it.
 *
 * @param definition            the segment in words (dataset, model and filters)
 * @param size                  customers in the segment
 * @param controlSize           customers held out as control
 * @param treatedSize           customers the campaign may reach
 * @param controlShare          the share asked for the control group
 * @param expectedChurners      Σ churn probability over the segment
 * @param valueAtRisk           Σ churn probability × CLV over the segment
 * @param customersWithoutValue customers whose CLV is unknown
 */
public record BriefSegment(String name, String definition, int size, int controlSize, int treatedSize,
                           double controlShare, double expectedChurners, double valueAtRisk,
                           int customersWithoutValue) {
}
