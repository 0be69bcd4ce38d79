package app.retention.ui.models;

import app.retention.domain.DatasetInfo;
import app.retention.model.ModelService;
import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.common.ErrorReporter;
import app.retention.ui.common.Formats;
import app.retention.ui.common.LatestRequest;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many models each offered dataset has, counted in the background, so that the picker says which datasets have
 * models and a board without any names one that has (finding M10: models trained on another dataset looked lost
 * after a restart or a new import).
 */
final class ModelCounts {

    private final ModelService service;
    private final ErrorReporter errors;
    private final LatestRequest counting;
    private final ObservableMap<Long, Integer> counts = FXCollections.observableHashMap();

    ModelCounts(ModelService service, BackgroundTasks tasks, ErrorReporter errors) {
        this.service = service;
        this.errors = errors;
        this.counting = new LatestRequest(tasks);
    }

    /** Stored runs per dataset id; filled in the background. */
    ObservableMap<Long, Integer> byDataset() {
        return counts;
    }

    /** Counts the stored runs of every offered dataset in the background; {@code counted} runs once they are in. */
    void count(List<DatasetInfo> offered, Runnable counted) {
        counting.submit("Counting models", ctx -> {
            Map<Long, Integer> found = new HashMap<>();
            for (DatasetInfo d : offered) {
                ctx.checkCancelled();
                found.put(d.id(), service.runCount(d));
            }
            return found;
        }, found -> {
            counts.clear();
            counts.putAll(found);
            counted.run();
        }, errors::report);
    }

    /** "20,000 customers · 7 models"; a dataset without models names one of {@code offered} that has them. */
    String summaryOf(DatasetInfo d, long models, List<DatasetInfo> offered) {
        if (d == null) {
            return "";
        }
        String count = models == 1 ? "1 model" : models + " models";
        if (models > 0) {
            return Formats.count(d.rowsImported()) + " customers · " + count;
        }
        return Formats.count(d.rowsImported()) + " customers · no models yet" + offered.stream()
                .filter(o -> !o.equals(d) && counts.getOrDefault(o.id(), 0) > 0)
                .max(Comparator.comparingInt((DatasetInfo o) -> counts.get(o.id())))
                .map(o -> " (" + o.name() + (offered.stream().filter(x -> x.name().equals(o.name())).count() > 1
                        ? " version " + o.version() : "") + " has " + counts.get(o.id())
                        + (counts.get(o.id()) == 1 ? " model" : " models") + ": choose it above)")
                .orElse("");
    }
}
