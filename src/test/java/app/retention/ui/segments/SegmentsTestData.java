package app.retention.ui.segments;

import app.retention.data.ImportResult;
import app.retention.data.SampleData;
import app.retention.model.CvPlan;
import app.retention.model.LearnerRequest;
import app.retention.model.ModelService;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;

import java.util.List;

/** A workspace with the sample data and one quick J48 model trained on September, to score October with. */
final class SegmentsTestData {

    private SegmentsTestData() {
    }

    /** Imports the sample snapshots and trains J48 on September; returns the model's id. */
    static long sampleWithModel(Workspace workspace) throws Exception {
        List<ImportResult> imported = SampleData.importBundled(workspace, TaskContext.silent());
        try (ModelService models = new ModelService(workspace, 2)) {
            return models.crossValidate(imported.get(0).dataset(), List.of(LearnerRequest.of("j48")),
                    new CvPlan(3, 1, 1, false, true), TaskContext.silent()).get(0).id();
        }
    }
}
