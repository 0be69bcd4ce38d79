package app.retention.store;

import app.retention.domain.ModelPayload;
import app.retention.domain.ModelRecord;
import app.retention.domain.StoredModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Evaluations, their payloads and the models kept for scoring, stored in a real H2 workspace and read back. */
class ModelRepositoryTest {

    @TempDir
    Path dir;

    private static ModelRecord record(String dataset, String learner, double auc) {
        return new ModelRecord(0, null, dataset, 1, "a".repeat(64), "10-fold cross-validation", learner,
                "-C 0.25", List.of("tenure", "plan"), auc, 0.01, 0.5, 0.8, 0.6, 0.4, 0.48, 0.3, 0.12, 0.4, 3.1,
                List.of(0.81, 0.79), "3.8.6", "test", 1200);
    }

    @Test
    void anEvaluationReadsBackEveryNumberAndList() {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            long id = ws.models().save(record("customers", "j48", 0.8));

            ModelRecord read = ws.models().find(id).orElseThrow();

            assertThat(read.learner()).isEqualTo("j48");
            assertThat(read.rocAuc()).isEqualTo(0.8);
            assertThat(read.features()).containsExactly("tenure", "plan");
            assertThat(read.foldAucs()).containsExactly(0.81, 0.79);
            assertThat(read.liftTop10()).isEqualTo(3.1);
            assertThat(ws.models().payload(id)).isEmpty();
            assertThat(ws.models().model(id)).isEmpty();
            assertThat(ws.models().modelIds()).isEmpty();
        }
    }

    @Test
    void aNotANumberMetricReadsBackAsNotANumber() {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            long id = ws.models().save(record("customers", "zeror", Double.NaN));

            assertThat(ws.models().find(id).orElseThrow().rocAuc()).isNaN();
        }
    }

    @Test
    void aKeptModelAndPayloadReadBackWithTheModelsChecksum() {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            byte[] classifier = {1, 2, 3, 4};
            ModelPayload payload = new ModelPayload(1, 900, 100, "[]", new byte[] {9, 8}, "[]", "tree");
            long id = ws.models().save(record("customers", "j48", 0.8), payload, "{\"target\":\"churn\"}",
                    classifier);

            StoredModel model = ws.models().model(id).orElseThrow();
            assertThat(model.classifier()).containsExactly(1, 2, 3, 4);
            assertThat(model.schemaJson()).isEqualTo("{\"target\":\"churn\"}");
            assertThat(model.sha256()).isEqualTo(
                    "9f64a747e1b97f131fabb6b447296c9b6f0201e79fb3c5356e6c77e89b6a806a");
            assertThat(ws.models().modelIds()).containsExactly(id);
            ModelPayload read = ws.models().payload(id).orElseThrow();
            assertThat(read.trainSize()).isEqualTo(900);
            assertThat(read.predictions()).containsExactly(9, 8);
            assertThat(read.details()).isEqualTo("tree");
        }
    }

    @Test
    void evaluationsAreListedPerDatasetVersion() {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            ws.models().save(record("customers", "j48", 0.8));
            ws.models().save(record("customers", "logistic", 0.82));
            ws.models().save(record("accounts", "j48", 0.7));

            assertThat(ws.models().list("customers", 1)).extracting(ModelRecord::learner)
                    .containsExactlyInAnyOrder("j48", "logistic");
            assertThat(ws.models().list("customers", 2)).isEmpty();
            assertThat(ws.models().list()).hasSize(3);
        }
    }
}
