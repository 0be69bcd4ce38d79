package app.retention.ui.segments;

import app.retention.model.ModelService;
import app.retention.model.ScoringService;
import app.retention.segment.RiskBands;
import app.retention.segment.ScoredCustomer;
import app.retention.segment.SegmentService;
import app.retention.store.DatasetInfo;
import app.retention.store.ScoreRunRecord;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;

import java.util.List;
import java.util.Map;

/**
 * A scoring loaded for the builder: its record, the risk bands, the value column and every customer, with the
 * category columns a filter can use and their values (most customers first), and the model's calibrated
 * validation scores that explain the bands.
 */
public record ScoredData(ScoreRunRecord run, RiskBands bands, String valueColumn, List<ScoredCustomer> customers,
                         Map<String, List<String>> categories, boolean reused, double[] validationProbabilities,
                         boolean[] validationChurned) {

    private static final int MAX_CATEGORY_VALUES = 30;

    /**
     * Scores {@code dataset} with the model, or reuses the newest scoring of the same dataset version by the same
     * model, and reads its customers into the model's default bands. Runs in the background.
     */
    static ScoredData load(Workspace workspace, long modelId, DatasetInfo dataset, TaskContext ctx) {
        ScoreRunRecord existing = workspace.scores().latest(dataset.name(), dataset.version(), modelId).orElse(null);
        ScoreRunRecord run = existing != null ? existing
                : new ScoringService(workspace, Math.max(1, Runtime.getRuntime().availableProcessors() - 1))
                .score(dataset, modelId, true, ctx).run();
        ModelService.ValidationScores validation;
        try (ModelService service = new ModelService(workspace, 1)) {
            validation = service.validationScores(modelId);
        }
        RiskBands bands = RiskBands.fromValidation(validation.probabilities(), validation.churned());
        String valueColumn = SegmentService.guessValueColumn(workspace.datasets().columns(dataset)).orElse(null);
        List<ScoredCustomer> customers = new SegmentService(workspace).customers(run, bands, valueColumn, ctx);
        return new ScoredData(run, bands, valueColumn, customers,
                SegmentCategories.of(workspace.datasets().columns(dataset), customers, MAX_CATEGORY_VALUES),
                existing != null, validation.probabilities(), validation.churned());
    }

    /** The same scoring with every customer put in its band of {@code other}. */
    ScoredData inBands(RiskBands other) {
        List<ScoredCustomer> moved = customers.stream().map(c -> new ScoredCustomer(c.key(), c.probability(),
                other.assign(c.probability()).name(), c.value(), c.reasons(), c.attributes())).toList();
        return new ScoredData(run, other, valueColumn, moved, categories, reused, validationProbabilities,
                validationChurned);
    }
}
