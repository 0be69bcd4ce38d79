package app.retention.domain;

import java.time.OffsetDateTime;

/**
 * The outcomes stored for a campaign: where they came from and how its customers were accounted for.
 *
 * @param matched customers of the arms with an outcome
 * @param missing customers of the arms without one
 * @param ignored rows of customers outside the campaign that were left aside (a whole snapshot as outcomes)
 */
public record OutcomeImportRecord(OffsetDateTime importedAt, String source, long matched, long missing,
                                  long ignored) {
}
