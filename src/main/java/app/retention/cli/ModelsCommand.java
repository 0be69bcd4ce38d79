package app.retention.cli;

import app.retention.domain.ModelRecord;
import app.retention.model.ModelDetails;
import app.retention.model.ModelException;
import app.retention.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;

import static app.retention.cli.Json.finite;

@Command(name = "models", aliases = "experiments", description = "List the stored models (one per learner, dataset version and "
        + "validation design) with their provenance, newest first.")
final class ModelsCommand extends WorkspaceCommand {

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    record ModelJson(long id, String createdAt, String dataset, int version, String sha256, String design,
                          String learner, String params, List<String> features, Double auc, Double aucSd, Double prAuc,
                          Double accuracy, Double precision, Double recall, Double f1, Double kappa, Double brier,
                          Double logLoss, Double liftTop10, List<Double> foldAucs, String wekaVersion, String appVersion,
                          long trainMillis, boolean modelStored, List<String> encodings, List<String> excluded) {
        static ModelJson of(ModelRecord e, boolean modelStored, ModelDetails details) {
            return new ModelJson(e.id(), e.createdAt().toString(), e.datasetName(), e.datasetVersion(),
                    e.datasetSha256(), e.design(), e.learner(), e.params(), e.features(), finite(e.rocAuc()),
                    finite(e.rocAucSd()), finite(e.prAuc()), finite(e.accuracy()), finite(e.precision()),
                    finite(e.recall()), finite(e.f1()), finite(e.kappa()), finite(e.brier()), finite(e.logLoss()),
                    finite(e.liftTop10()), e.foldAucs(), e.wekaVersion(), e.appVersion(), e.trainMillis(), modelStored,
                    details.encodings(), details.excluded());
        }
    }

    /**
     * How the model's many-valued category columns were encoded (docs/adr/0016) and which features the run left out;
     * nothing when the run says nothing.
     */
    private ModelDetails details(ModelRecord e) {
        try {
            return workbench().models().run(e.id()).details();
        } catch (ModelException noPayload) {
            return ModelDetails.none(); // stored before the workbench kept a run's details
        }
    }

    @Override
    int run(Workspace workspace) {
        List<ModelRecord> records = workspace.models().list();
        Set<Long> models = new HashSet<>(workspace.models().modelIds());
        if (json) {
            out().println(Json.write(records.stream().map(e -> ModelJson.of(e, models.contains(e.id()),
                    details(e))).toList()));
            return 0;
        }
        if (records.isEmpty()) {
            out().println("No models yet. Run: compare DATASET --learners logistic,randomforest");
            return 0;
        }
        TextTable table = new TextTable(List.of("ID", "WHEN", "DATASET", "LEARNER", "AUC", "± SD", "MODEL", "DESIGN"));
        for (ModelRecord e : records) {
            table.add(List.of(String.valueOf(e.id()), e.createdAt().toLocalDateTime().withNano(0).toString().replace('T', ' '),
                    e.datasetName() + "@" + e.datasetVersion(), e.learner(), String.format(Locale.ROOT, "%.3f", e.rocAuc()),
                    String.format(Locale.ROOT, "%.3f", e.rocAucSd()), models.contains(e.id()) ? "kept" : "-",
                    e.design()));
        }
        table.print(out());
        return 0;
    }
}
