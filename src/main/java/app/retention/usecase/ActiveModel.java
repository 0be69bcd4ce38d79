package app.retention.usecase;

import app.retention.domain.ServiceLogEntry;
import app.retention.domain.UseCaseRecord;

import java.util.Optional;

/**
 * The model in use for a use case, the log entry that put it there, the one a rollback would restore, and a
 * rollback the evidence proposes.
 */
public record ActiveModel(UseCaseRecord useCase, Optional<Long> modelId, Optional<ServiceLogEntry> since,
                          Optional<Long> previous, Optional<RollbackProposal> proposal) {
}
