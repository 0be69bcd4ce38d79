package app.retention.domain;

import java.time.OffsetDateTime;

/**
 * One entry of the append-only log of a use case's models in use.
 *
 * @param modelId         the model in use after this entry
 * @param previousModelId the model in use before it, or null for the use case's first
 * @param reason          why (required for an override and a rollback), or null
 * @param overridden      whether a promotion went ahead although the evidence did not support it
 * @param evidence        the figures it rests on, or null when there were none (an override without a labelled
 *                        snapshot)
 */
public record ServiceLogEntry(long id, long useCaseId, OffsetDateTime recordedAt, String recordedBy,
                              ServiceAction action, long modelId, Long previousModelId, String reason,
                              boolean overridden, PromotionEvidence evidence) {
}
