package app.retention.store;

import app.retention.domain.ScoreRunRecord;
import app.retention.domain.StoredScore;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Scorings stored in a real H2 workspace and read back. */
class ScoreRepositoryTest {

    @TempDir
    Path dir;

    private static ScoreRunRecord run(String learner, double auc) {
        return new ScoreRunRecord(0, null, "customers", 1, "abc", 7, learner, auc, "10-fold cross-validation", 0, 12);
    }

    private static List<StoredScore> scores() {
        return List.of(new StoredScore(1, 0.25, List.of()), new StoredScore(2, 0.75, List.of()));
    }

    @Test
    void aScoringWithoutModelAucReadsBackAsNotANumberAndNotZero() {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            long id = ws.scores().save(run("imported", Double.NaN), scores());

            ScoreRunRecord read = ws.scores().run(id).orElseThrow();

            assertThat(read.modelAuc()).isNaN();
            assertThat(read.modelLearner()).isEqualTo("imported");
            assertThat(ws.scores().runs()).extracting(ScoreRunRecord::modelAuc).allMatch(a -> Double.isNaN(a));
        }
    }

    @Test
    void aScoringWithModelAucReadsBackItsAucAndCounts() {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            long id = ws.scores().save(run("j48", 0.8125), scores());

            ScoreRunRecord read = ws.scores().run(id).orElseThrow();

            assertThat(read.modelAuc()).isEqualTo(0.8125);
            assertThat(read.rowsScored()).isEqualTo(2);
            assertThat(ws.scores().scores(id)).extracting(StoredScore::probability).containsExactly(0.25, 0.75);
        }
    }

    @Test
    void theLatestScoringOfADatasetVersionAndModelIsTheNewest() {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            ws.scores().save(run("j48", 0.8), scores());
            long newer = ws.scores().save(run("j48", 0.8), scores());

            assertThat(ws.scores().latest("customers", 1, 7)).map(ScoreRunRecord::id).contains(newer);
            assertThat(ws.scores().latest("customers", 2, 7)).isEmpty();
        }
    }
}
