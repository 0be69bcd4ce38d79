package app.retention.domain;

/**
 * What a promotion (or a proposed rollback) rests on: two models measured on the same customers of the latest
 * labelled snapshot neither was trained on.
 *
 * @param snapshot   the dataset version, {@code name@version}
 * @param challenger the model asking to be put in use
 * @param champion   the model in use, or null when the use case has none (the challenger is then tested against
 *                   chance)
 * @param pValue     DeLong's two-sided p-value of the difference in ROC AUC (against 0.5 without a champion)
 * @param passed     whether the challenger met the rule (higher AUC at p &lt; 0.05, calibration within tolerance)
 * @param finding    the verdict in one sentence, naming the figures
 */
public record PromotionEvidence(String snapshot, long customers, long churners, ModelFigures challenger,
                                ModelFigures champion, double pValue, boolean passed, String finding) {
}
