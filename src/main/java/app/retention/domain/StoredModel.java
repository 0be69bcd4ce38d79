package app.retention.domain;

import java.time.OffsetDateTime;

/**
 * A model trained on all of its evaluation's data, for scoring: its input schema (encoded by the model layer) and
 * the serialised classifier with its SHA-256.
 */
public record StoredModel(long experimentId, OffsetDateTime createdAt, String schemaJson, byte[] classifier,
                          String sha256) {
}
