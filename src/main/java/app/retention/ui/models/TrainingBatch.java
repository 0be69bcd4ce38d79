package app.retention.ui.models;

import app.retention.domain.DatasetInfo;
import app.retention.model.CvPlan;
import app.retention.model.LearnerRequest;
import app.retention.model.ModelException;
import app.retention.model.ModelRun;
import app.retention.model.ModelService;
import app.retention.task.TaskContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

/**
 * One press of Train, as the Train panel stood at the press, done in the background: the rule baseline first and
 * alone (a rule that does not fit the data must not sink the others), then each learner. Each model is handed on
 * as soon as it is stored, so that it joins the board before the whole batch is done.
 */
record TrainingBatch(DatasetInfo dataset, DatasetInfo test, boolean outOfTime, CvPlan plan,
                     List<LearnerRequest> rule, List<LearnerRequest> others) {

    /** What a batch brings back: the new runs, the rule's problem if any, and every run now stored. */
    record Trained(DatasetInfo dataset, List<ModelRun> fresh, String ruleProblem, List<ModelRun> all) {
    }

    /** The batch the form asks for on {@code d}: its ticked learners, both baselines, its design. */
    static TrainingBatch of(TrainingForm form, DatasetInfo d) {
        boolean outOfTime = form.designProperty().get() == TrainingForm.Design.OUT_OF_TIME;
        List<LearnerRequest> all = form.requests(true);
        return new TrainingBatch(d, form.testDatasetProperty().get(), outOfTime, outOfTime ? null : form.plan(),
                all.stream().filter(r -> r.name().equals(TrainingForm.RULES)).toList(),
                all.stream().filter(r -> !r.name().equals(TrainingForm.RULES)).toList());
    }

    int size() {
        return rule.size() + others.size();
    }

    /** Trains the batch; each stored run is also put on {@code finished}, for the board to pick up. */
    Trained run(ModelService service, Queue<ModelRun> finished, TaskContext ctx) {
        List<ModelRun> fresh = new ArrayList<>();
        String ruleError = "";
        if (!rule.isEmpty()) {
            try {
                stored(train(service, rule, ctx), fresh, finished, ctx);
            } catch (ModelException e) {
                ruleError = e.getMessage();
            }
        }
        for (LearnerRequest learner : others) {
            ctx.checkCancelled();
            stored(train(service, List.of(learner), ctx), fresh, finished, ctx);
        }
        return new Trained(dataset, fresh, ruleError, service.runs(dataset));
    }

    private List<ModelRun> train(ModelService service, List<LearnerRequest> learners, TaskContext ctx) {
        return outOfTime ? service.outOfTime(dataset, test, learners, ctx)
                : service.crossValidate(dataset, learners, plan, ctx);
    }

    private void stored(List<ModelRun> runs, List<ModelRun> fresh, Queue<ModelRun> finished, TaskContext ctx) {
        fresh.addAll(runs);
        finished.addAll(runs);
        ctx.progress(Math.min(0.99, (double) fresh.size() / size()), "Trained " + fresh.size() + " of " + size()
                + " models");
    }
}
