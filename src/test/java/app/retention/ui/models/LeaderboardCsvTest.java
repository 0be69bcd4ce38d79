package app.retention.ui.models;

import app.retention.evaluate.BinaryMetrics;
import app.retention.evaluate.Predictions;
import app.retention.model.ModelDetails;
import app.retention.model.ModelEvaluation;
import app.retention.model.ModelRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LeaderboardCsvTest {

    @TempDir
    Path dir;

    private static ModelRun run(long id, String learner, Map<String, String> params) {
        double[] p = {0.9, 0.2, 0.7, 0.1};
        boolean[] y = {true, false, false, true};
        ModelEvaluation e = new ModelEvaluation(learner, params, "2-fold stratified cross-validation, seed 1", 1,
                List.of(BinaryMetrics.compute(p, y, 0.5), BinaryMetrics.compute(p, y, 0.5)),
                new Predictions(p, y), 2, 2, 1500, 0);
        return new ModelRun(id, OffsetDateTime.parse("2026-11-23T10:15:30Z"), "shop", 2, e, List.of(),
                ModelDetails.none(), false);
    }

    @Test
    void numbersArePlainAndTextThatASpreadsheetWouldRunIsQuoted() throws Exception {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("rule", "x > 1");
        LeaderboardRow rule = LeaderboardRow.of(run(7, "rules", params), Standing.BEST, 0);
        LeaderboardRow missing = LeaderboardRow.missing("rules", "Needs a rule");
        Path file = dir.resolve("out/board.csv");

        LeaderboardCsv.write(file, List.of(rule, missing));

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(2); // a baseline without a run has nothing to export
        assertThat(lines.get(0)).startsWith("\uFEFFmodel_id,learner,");
        assertThat(lines.get(0).split(",")).hasSize(LeaderboardCsv.HEADER.size());
        assertThat(lines.get(1)).startsWith("7,rules,Rule baseline,rule=x > 1,\"2-fold stratified cross-validation, "
                + "seed 1\",shop@2,").contains(",0.5,0.0,0.75,").contains(",best,1.5");
    }

    @Test
    void formulaLikeTextIsPrefixedWithAnApostrophe() {
        assertThat(LeaderboardCsv.text("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(LeaderboardCsv.text("+1")).isEqualTo("'+1");
        assertThat(LeaderboardCsv.text("-x")).isEqualTo("'-x");
        assertThat(LeaderboardCsv.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(LeaderboardCsv.text("logistic")).isEqualTo("logistic");
        assertThat(LeaderboardCsv.number(Double.NaN)).isEmpty();
        assertThat(LeaderboardCsv.number(0.25)).isEqualTo("0.25");
    }
}
