package app.retention.ui.segments;

import app.retention.data.ImportResult;
import app.retention.data.SampleData;
import app.retention.model.CvPlan;
import app.retention.model.LearnerRequest;
import app.retention.model.ModelService;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A workspace with the sample data and one quick J48 model trained on September, to score October with. Training
 * takes most of a test's time, so it is done once per test run and the workspace folder copied for each test.
 */
public final class SegmentsTestData {

    private static Path trained;
    private static long trainedModelId;

    private SegmentsTestData() {
    }

    /** Makes {@code directory} a workspace holding the sample data and a J48 model; returns the model's id. */
    public static synchronized long sampleWithModelAt(Path directory) throws Exception {
        if (trained == null) {
            Path template = Files.createTempDirectory("segments-test-ws");
            try (Workspace workspace = Workspace.open(template)) {
                trainedModelId = sampleWithModel(workspace);
            }
            trained = template;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(template)));
        }
        copy(trained, directory);
        return trainedModelId;
    }

    /** Imports the sample snapshots and trains J48 on September; returns the model's id. */
    static long sampleWithModel(Workspace workspace) throws Exception {
        List<ImportResult> imported = SampleData.importBundled(workspace, TaskContext.silent());
        try (ModelService models = new ModelService(workspace, 2)) {
            return models.crossValidate(imported.get(0).dataset(), List.of(LearnerRequest.of("j48")),
                    new CvPlan(3, 1, 1, false, true), TaskContext.silent()).get(0).id();
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover temporary folder is harmless; the test run is over
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
