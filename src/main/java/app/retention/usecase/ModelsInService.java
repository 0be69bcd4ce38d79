package app.retention.usecase;

import app.retention.domain.ColumnInfo;
import app.retention.domain.DatasetInfo;
import app.retention.domain.ModelRecord;
import app.retention.domain.PromotionEvidence;
import app.retention.domain.ScoreRunRecord;
import app.retention.domain.ScoringInService;
import app.retention.domain.ServiceAction;
import app.retention.domain.ServiceLogEntry;
import app.retention.domain.UseCaseRecord;
import app.retention.evaluate.Predictions;
import app.retention.model.ModelCatalog;
import app.retention.model.ModelException;
import app.retention.model.ScoringService;
import app.retention.model.SnapshotScores;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Use cases and their model in use (issue 16, docs/adr/0018): promotion on evidence (or an override with a reason),
 * one-step rollback, the append-only log, the rollback the evidence proposes, and which model was in use when each
 * scoring was made. The model in use is read from the log, never kept anywhere else: each promotion puts a model on
 * top, each rollback takes the top one off, and whatever is on top is in use.
 */
public final class ModelsInService {

    private final Workspace workspace;
    private final ModelCatalog catalog;
    private final ScoringService scoring;

    ModelsInService(Workspace workspace, ModelCatalog catalog, ScoringService scoring) {
        this.workspace = workspace;
        this.catalog = catalog;
        this.scoring = scoring;
    }

    /**
     * Creates a use case whose models predict {@code dataset}'s churn target.
     *
     * @throws InServiceException when the name is blank or taken, or the dataset has no target
     */
    public UseCaseRecord create(String name, DatasetInfo dataset, String description, String user) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 200) {
            throw new InServiceException("A use case needs a name of 1 to 200 characters.");
        }
        if (workspace.useCases().find(clean).isPresent()) {
            throw new InServiceException("A use case named `" + clean + "` exists already; choose another name.");
        }
        if (dataset.targetColumn() == null) {
            throw new InServiceException(dataset.reference() + " has no churn target: a use case is defined on a "
                    + "dataset whose target says who churned (mark it with `columns set`).");
        }
        return workspace.useCases().create(new UseCaseRecord(0, clean, null, user, dataset.targetColumn(),
                dataset.reference(), description == null || description.isBlank() ? null : description.strip()));
    }

    /** Every use case, oldest first. */
    public List<UseCaseRecord> list() {
        return workspace.useCases().list();
    }

    /** @throws InServiceException when there is no use case of that name */
    public UseCaseRecord require(String name) {
        return workspace.useCases().find(name == null ? "" : name.strip()).orElseThrow(() -> new InServiceException(
                "There is no use case `" + name + "`. The command `usecase list` lists them; `usecase create` makes "
                        + "one."));
    }

    /** The log of a use case, oldest first. */
    public List<ServiceLogEntry> history(UseCaseRecord useCase) {
        return workspace.serviceLog().entries(useCase.id());
    }

    /** The models put in use and not rolled back, bottom first: the last is in use, the one before it next. */
    static List<Long> stack(List<ServiceLogEntry> log) {
        Deque<Long> stack = new ArrayDeque<>();
        for (ServiceLogEntry e : log) {
            if (e.action() == ServiceAction.PROMOTE) {
                stack.push(e.modelId());
            } else if (!stack.isEmpty()) {
                stack.pop();
            }
        }
        List<Long> bottomFirst = new ArrayList<>(stack);
        java.util.Collections.reverse(bottomFirst);
        return bottomFirst;
    }

    /** The model in use for a use case, if one is. */
    public Optional<Long> modelInUse(UseCaseRecord useCase) {
        List<Long> stack = stack(history(useCase));
        return stack.isEmpty() ? Optional.empty() : Optional.of(stack.get(stack.size() - 1));
    }

    /**
     * The models in use, each with the use cases it serves ("mcommerce 30-day churn"), for the screens' marks; one
     * read of the log per use case.
     */
    public java.util.Map<Long, String> inUseByModel() {
        java.util.Map<Long, String> inUse = new java.util.LinkedHashMap<>();
        for (UseCaseRecord u : list()) {
            modelInUse(u).ifPresent(id -> inUse.merge(id, u.name(), (a, b) -> a + ", " + b));
        }
        return inUse;
    }

    /**
     * The model to score with when none is named: the model in use of {@code useCaseName}, or of the only use case
     * when the name is null.
     *
     * @return empty when no name is given and there is not exactly one use case (the caller asks for a model)
     * @throws InServiceException when the use case does not exist or has no model in use
     */
    public Optional<Long> defaultModel(String useCaseName) {
        UseCaseRecord useCase;
        if (useCaseName != null) {
            useCase = require(useCaseName);
        } else {
            List<UseCaseRecord> all = list();
            if (all.size() != 1) {
                return Optional.empty();
            }
            useCase = all.get(0);
        }
        return Optional.of(modelInUse(useCase).orElseThrow(() -> new InServiceException("Use case `"
                + useCase.name() + "` has no model in use yet: put one in use with `model promote ID --use-case \""
                + useCase.name() + "\"`, or name one with --model ID.")));
    }

    /** The model in use with its log entry, what a rollback would restore, and a proposed rollback. */
    public ActiveModel active(UseCaseRecord useCase, TaskContext context) {
        List<ServiceLogEntry> log = history(useCase);
        List<Long> stack = stack(log);
        if (stack.isEmpty()) {
            return new ActiveModel(useCase, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }
        long inUse = stack.get(stack.size() - 1);
        ServiceLogEntry since = log.get(log.size() - 1);
        Optional<Long> previous = stack.size() > 1 ? Optional.of(stack.get(stack.size() - 2)) : Optional.empty();
        return new ActiveModel(useCase, Optional.of(inUse), Optional.of(since), previous,
                previous.flatMap(p -> proposal(useCase, inUse, p, context)));
    }

    /**
     * Puts {@code modelId} in use for {@code useCase} when the evidence supports it (see {@link PromotionRule}), or
     * when {@code overrideReason} is given, recording the evidence, the user and the reason.
     *
     * @throws InServiceException when the model does not fit the use case, is in use already, the evidence is
     *                            missing or against it (without an override), or the override has no reason
     */
    public ServiceLogEntry promote(UseCaseRecord useCase, long modelId, String overrideReason, String user,
                                   TaskContext context) {
        if (overrideReason != null && overrideReason.isBlank()) {
            throw new InServiceException("--override needs a reason in words, e.g. --override \"the old model "
                    + "misses the new app version\".");
        }
        checkFits(useCase, modelId);
        Optional<Long> champion = modelInUse(useCase);
        if (champion.isPresent() && champion.get() == modelId) {
            throw new InServiceException("Model " + modelId + " is already in use for `" + useCase.name() + "`.");
        }
        PromotionEvidence evidence;
        try {
            evidence = evidence(useCase, modelId, champion.orElse(null), context);
        } catch (InServiceException noEvidence) {
            if (overrideReason == null) {
                throw new InServiceException("Model " + modelId + " was not put in use: " + noEvidence.getMessage()
                        + " Add --override REASON to put it in use anyway.");
            }
            evidence = null;
        }
        if (evidence != null && !evidence.passed() && overrideReason == null) {
            throw new InServiceException("Model " + modelId + " was not put in use: " + evidence.finding()
                    + " It needs a higher ROC AUC at p < " + PromotionRule.ALPHA + (champion.isPresent()
                    ? " and a calibration error at most " + PromotionRule.CALIBRATION_TOLERANCE + " above" : "")
                    + ". Add --override REASON to put it in use anyway.");
        }
        boolean overridden = overrideReason != null && (evidence == null || !evidence.passed());
        return workspace.serviceLog().append(new ServiceLogEntry(0, useCase.id(), null, user, ServiceAction.PROMOTE,
                modelId, champion.orElse(null), overrideReason == null ? null : overrideReason.strip(), overridden,
                evidence));
    }

    /**
     * Restores the model in use before the current one, in one step.
     *
     * @throws InServiceException without a reason, or when there is no earlier model to restore
     */
    public ServiceLogEntry rollback(UseCaseRecord useCase, String reason, String user) {
        if (reason == null || reason.isBlank()) {
            throw new InServiceException("A rollback needs a reason: --reason TEXT.");
        }
        List<Long> stack = stack(history(useCase));
        if (stack.isEmpty()) {
            throw new InServiceException("Use case `" + useCase.name() + "` has no model in use to roll back.");
        }
        if (stack.size() == 1) {
            throw new InServiceException("Model " + stack.get(0) + " is the first model in use for `"
                    + useCase.name() + "`: there is no earlier one to restore. Promote another instead.");
        }
        long current = stack.get(stack.size() - 1);
        long restored = stack.get(stack.size() - 2);
        return workspace.serviceLog().append(new ServiceLogEntry(0, useCase.id(), null, user, ServiceAction.ROLLBACK,
                restored, current, reason.strip(), false, null));
    }

    /**
     * The evidence for putting {@code challengerId} in use over {@code championId} (null: against chance), on the
     * latest labelled snapshot neither was trained on.
     *
     * @throws InServiceException when there is no such snapshot
     */
    public PromotionEvidence evidence(UseCaseRecord useCase, long challengerId, Long championId, TaskContext context) {
        List<Long> models = championId == null ? List.of(challengerId) : List.of(challengerId, championId);
        DatasetInfo snapshot = latestUnseenLabelled(useCase, models).orElseThrow(() -> new InServiceException(
                "there is no labelled snapshot that " + (championId == null ? "model " + challengerId + " was"
                        : "neither model " + challengerId + " nor model " + championId + " was")
                        + " trained on (a dataset with `" + useCase.targetColumn() + "` filled in); import a later "
                        + "snapshot with its outcomes."));
        return weighOn(snapshot, challengerId, championId, context);
    }

    private PromotionEvidence weighOn(DatasetInfo snapshot, long challengerId, Long championId, TaskContext context) {
        Predictions challenger = scoring.scoreInMemory(snapshot, challengerId, context).labelled();
        Predictions champion = championId == null ? null
                : scoring.scoreInMemory(snapshot, championId, context).labelled();
        return PromotionRule.weigh(snapshot.reference(), challengerId, challenger, championId == null ? 0 : championId,
                champion);
    }

    /**
     * The newest dataset version (by import) with the use case's target filled in for some customers, that every
     * model can read and none was trained on (no version of the same dataset, no file with the same content).
     */
    Optional<DatasetInfo> latestUnseenLabelled(UseCaseRecord useCase, List<Long> modelIds) {
        List<ModelRecord> records = modelIds.stream().map(catalog::record).toList();
        return workspace.datasets().list().stream()
                .sorted(Comparator.comparingLong(DatasetInfo::id).reversed())
                .filter(d -> records.stream().noneMatch(r -> trainedOn(r, d)))
                .filter(d -> labelled(d, useCase.targetColumn()))
                .filter(d -> fitsAll(d, modelIds))
                .findFirst();
    }

    static boolean trainedOn(ModelRecord model, DatasetInfo d) {
        return model.datasetName().equals(d.name()) || model.datasetSha256().equals(d.source().sha256());
    }

    boolean labelled(DatasetInfo d, String target) {
        return workspace.datasets().columns(d).stream()
                .anyMatch(c -> c.name().equals(target) && c.missing() < d.rowsImported());
    }

    private boolean fitsAll(DatasetInfo d, List<Long> modelIds) {
        List<ColumnInfo> columns = workspace.datasets().columns(d);
        return modelIds.stream().allMatch(id -> catalog.misfit(id, columns).isEmpty());
    }

    /**
     * Refuses a model that cannot serve the use case: unknown, not kept, the no-skill reference or the rule, another
     * target, or unable to read the use case's dataset.
     */
    void checkFits(UseCaseRecord useCase, long modelId) {
        ModelRecord record = catalog.record(modelId);
        if (!catalog.canScore(record, false)) {
            throw new InServiceException("Model " + modelId + " (" + record.learner() + ") cannot be put in use: "
                    + (record.learner().equals(ModelCatalog.NO_SKILL) ? "the no-skill reference ranks nobody"
                    : record.learner().equals(ModelCatalog.RULE_BASELINE) ? "the rule baseline is for comparison"
                    : "it was evaluated but not kept; train it again") + ".");
        }
        String target;
        try {
            target = catalog.schema(modelId).target();
        } catch (ModelException e) {
            throw new InServiceException(e.getMessage());
        }
        if (!target.equals(useCase.targetColumn())) {
            throw new InServiceException("Model " + modelId + " predicts `" + target + "`, not `"
                    + useCase.targetColumn() + "` as use case `" + useCase.name() + "` does.");
        }
        workspace.datasets().find(useCase.referenceDataset()).flatMap(d -> catalog.misfit(modelId, d))
                .ifPresent(problem -> {
                    throw new InServiceException("Model " + modelId + " (trained on " + record.datasetName() + "@"
                            + record.datasetVersion() + ") cannot read the data of use case `" + useCase.name()
                            + "` (" + useCase.referenceDataset() + "): " + problem + ".");
                });
    }

    /**
     * Whether the model in use did worse than the model it replaced on a labelled snapshot it scored while in use:
     * the replaced model passes the promotion test against it.
     */
    private Optional<RollbackProposal> proposal(UseCaseRecord useCase, long inUse, long replaced,
                                                TaskContext context) {
        Set<String> scored = new LinkedHashSet<>();
        for (ScoringInService s : workspace.useCases().scorings(useCase.id())) {
            if (s.scoring().modelId() == inUse && s.modelInUse() != null && s.modelInUse() == inUse) {
                scored.add(s.scoring().datasetName());
            }
        }
        List<ModelRecord> records = List.of(catalog.record(inUse), catalog.record(replaced));
        for (String name : scored) {
            Optional<DatasetInfo> labelled = workspace.datasets().list().stream()
                    .filter(d -> d.name().equals(name))
                    .sorted(Comparator.comparingInt(DatasetInfo::version).reversed())
                    .filter(d -> records.stream().noneMatch(r -> trainedOn(r, d)))
                    .filter(d -> labelled(d, useCase.targetColumn()))
                    .filter(d -> fitsAll(d, List.of(inUse, replaced)))
                    .findFirst();
            if (labelled.isEmpty()) {
                continue;
            }
            PromotionEvidence evidence;
            try {
                evidence = weighOn(labelled.get(), replaced, inUse, context);
            } catch (InServiceException tooFewOutcomes) {
                continue;
            }
            if (evidence.passed()) { // the replaced model would be promoted over it: the same test
                return Optional.of(new RollbackProposal(inUse, replaced, evidence));
            }
        }
        return Optional.empty();
    }

    /**
     * Records, for every use case whose target the scoring's model predicts, which model was in use when
     * {@code run} was made.
     */
    public void recordScoring(ScoreRunRecord run) {
        String target;
        try {
            target = catalog.schema(run.modelId()).target();
        } catch (ModelException e) {
            return; // a model without a schema serves no use case
        }
        for (UseCaseRecord u : list()) {
            if (u.targetColumn().equals(target)) {
                workspace.useCases().recordScoring(run.id(), u.id(), modelInUse(u).orElse(null));
            }
        }
    }

    /** The scorings recorded for a use case, newest first. */
    public List<ScoringInService> scorings(UseCaseRecord useCase) {
        return workspace.useCases().scorings(useCase.id());
    }

    /** Scores a dataset version in memory with a model (see {@link ScoringService#scoreInMemory}). */
    SnapshotScores scoreInMemory(DatasetInfo dataset, long modelId, TaskContext context) {
        return scoring.scoreInMemory(dataset, modelId, context);
    }
}
