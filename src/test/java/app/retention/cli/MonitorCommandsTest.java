package app.retention.cli;

import app.retention.testing.CliRun;
import app.retention.testing.CliWorkspace;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code monitor} and {@code migration} on the sample (issue 16), with the model in use of a use case. */
@Tag("slow") // imports the sample, trains one model, scores snapshots in memory: about a minute
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitorCommandsTest {

    @TempDir
    static Path dir;
    private CliWorkspace cli;
    private String model;

    @BeforeAll
    void putAModelInUse() throws Exception {
        cli = CliWorkspace.in(dir).withSample();
        model = cli.train("mcommerce_2026_09", "logistic");
        cli.ok("usecase", "create", "churn", "--dataset", "mcommerce_2026_09");
        cli.ok("model", "promote", model, "--use-case", "churn");
    }

    @Test
    void theTrainingDataAgainstItselfHasNoDriftAndNoDecayReading() throws Exception {
        JsonNode report = cli.json("monitor", "mcommerce_2026_09", "--json");
        assertThat(report.get("modelId").asText()).isEqualTo(model);
        assertThat(report.get("features")).isNotEmpty().allSatisfy(f -> {
            assertThat(f.get("psi").asDouble()).isZero();
            assertThat(f.get("findings")).isEmpty();
        });
        assertThat(report.get("decay").isNull() || report.get("decay").isEmpty()).isTrue();
    }

    @Test
    void aLaterSnapshotIsReadInputByInputWithTheScoreAndTheDecayWhenItsOutcomesAreKnown() throws Exception {
        JsonNode report = cli.json("monitor", "mcommerce_2026_10", "--against", model, "--json");
        assertThat(report.get("snapshot").asText()).isEqualTo("mcommerce_2026_10@1");
        assertThat(report.get("trainingData").asText()).isEqualTo("mcommerce_2026_09@1");
        assertThat(report.get("customers").asLong()).isEqualTo(19_697);
        JsonNode features = report.get("features");
        for (int i = 1; i < features.size(); i++) {
            assertThat(features.get(i).get("psi").asDouble()).isLessThanOrEqualTo(features.get(i - 1).get("psi")
                    .asDouble());
        }
        assertThat(report.get("score").get("psi").asDouble()).isNotNegative();
        JsonNode decay = report.get("decay");
        JsonNode realised = decay.get("realised");
        assertThat(realised.get("auc").asDouble()).isBetween(realised.get("aucLow").asDouble(),
                realised.get("aucHigh").asDouble());
        assertThat(decay.get("validation").get("auc").asDouble()).isBetween(0.6, 0.95);
        assertThat(decay.get("retrainRecommended").asBoolean()).isEqualTo(decay.get("pValue").asDouble() < 0.05
                && decay.get("validation").get("auc").asDouble() > realised.get("auc").asDouble());

        String text = cli.ok("monitor", "mcommerce_2026_10").out();
        assertThat(text).contains("against mcommerce_2026_09@1, the training data of model " + model)
                .contains("PSI: below 0.1 stable").contains("The churn score is").contains("in validation");
    }

    @Test
    void theDriftPlantedInNovemberIsFoundAndNamedAndNothingElseMoves() throws Exception {
        JsonNode report = cli.json("monitor", "mcommerce_2026_11", "--json");
        List<String> shifted = new java.util.ArrayList<>();
        for (JsonNode f : report.get("features")) {
            if (f.get("psi").asDouble() > 0.25) {
                shifted.add(f.get("feature").asText());
            } else {
                assertThat(f.get("psi").asDouble()).as(f.get("feature").asText()).isLessThan(0.1);
            }
        }
        assertThat(shifted).containsExactlyInAnyOrder("app_version", "sessions_30d", "payment_method");
        String text = cli.ok("monitor", "mcommerce_2026_11").out();
        assertThat(text).containsPattern("app_version 5\\.5\\.0 is new: 7\\d% of customers, unseen in training")
                .contains("payment_method Pix Automático is new: 8.0% of customers, unseen in training")
                .containsPattern("sessions_30d has shifted: PSI 0\\.\\d{3} \\(above 0\\.25\\)")
                .contains("sessions_30d: the median is 16, 9 in training");
    }

    /** Writes and imports November with December's outcomes once, whichever test needs it first. */
    private synchronized void importNovemberOutcomes() {
        if (cli.run("show", "mcommerce_2026_11_outcomes").code() == 0) {
            return;
        }
        Path labelled = dir.resolve("mcommerce_2026_11_outcomes.csv");
        cli.ok("sample", "november-outcomes", "--out", labelled.toString());
        assertThat(Files.exists(dir.resolve("mcommerce_2026_11_outcomes.csv.part"))).isFalse();
        cli.ok("import", labelled.toString());
    }

    @Test
    void decemberOutcomesOfTheNovemberCustomersMakeDecayMeasurable() throws Exception {
        importNovemberOutcomes();
        JsonNode report = cli.json("monitor", "mcommerce_2026_11_outcomes", "--json");
        assertThat(report.get("customers").asLong()).isEqualTo(19_413);
        JsonNode realised = report.get("decay").get("realised");
        assertThat(realised.get("auc").asDouble()).isBetween(0.6, 0.9)
                .isBetween(realised.get("aucLow").asDouble(), realised.get("aucHigh").asDouble());
        assertThat(cli.ok("monitor", "mcommerce_2026_11_outcomes").out())
                .contains("On mcommerce_2026_11_outcomes@1 model "
                + model + " has ROC AUC");
    }

    @Test
    void decayListsEveryLabelledSnapshotAfterTrainingAgainstValidationAndTheFirstOne() throws Exception {
        importNovemberOutcomes();
        JsonNode report = cli.json("decay", "--json");
        assertThat(report.get("modelId").asText()).isEqualTo(model);
        assertThat(report.get("firstAfterTraining").asText()).isEqualTo("mcommerce_2026_10@1");
        JsonNode points = report.get("points");
        assertThat(points).hasSize(2);
        assertThat(points.get(0).get("label").asText()).isEqualTo("mcommerce_2026_10@1");
        assertThat(points.get(1).get("label").asText()).isEqualTo("mcommerce_2026_11_outcomes@1");
        assertThat(points.get(0).get("againstFirst").isNull()).isTrue();
        JsonNode fromFirst = points.get(1).get("againstFirst");
        assertThat(fromFirst.get("drop").asDouble()).isCloseTo(points.get(0).get("realised").get("auc").asDouble()
                - points.get(1).get("realised").get("auc").asDouble(), org.assertj.core.api.Assertions.within(1e-9));
        JsonNode fromValidation = points.get(1).get("againstValidation");
        assertThat(points.get(1).get("retrainRecommended").asBoolean()).isEqualTo(fromFirst.get("significant")
                .asBoolean() || fromValidation.get("significant").asBoolean());
        assertThat(report.get("retrainRecommended").asBoolean()).isEqualTo(points.get(1).get("retrainRecommended")
                .asBoolean());

        String text = cli.ok("decay", "--model", model).out();
        assertThat(text).contains("First snapshot after training: mcommerce_2026_10@1.")
                .contains("VS VALIDATION").contains("mcommerce_2026_11_outcomes@1")
                .contains(report.get("finding").asText());
        CliRun unknown = cli.run("decay", "--model", "999");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err().strip()).startsWith("error: ").doesNotContain("\n");
    }

    @Test
    void migrationCountsEveryMatchedCustomerOnceAndExportsTheNewlyAtRiskAsALoggedCallList() throws Exception {
        Path calls = dir.resolve("newly-at-risk.csv");
        JsonNode report = cli.json("migration", "mcommerce_2026_10", "mcommerce_2026_11", "--json", "--out",
                calls.toString());
        assertThat(report.get("bands").toString()).isEqualTo("[\"High\",\"Medium\",\"Low\"]");
        long sum = 0;
        for (JsonNode row : report.get("matrix")) {
            for (JsonNode cell : row) {
                sum += cell.asLong();
            }
        }
        assertThat(sum).isEqualTo(report.get("matched").asLong()).isPositive();
        assertThat(report.get("matched").asLong() + report.get("onlyBefore").asLong()).isEqualTo(19_697);
        long moved = report.get("matrix").get(1).get(0).asLong() + report.get("matrix").get(2).get(0).asLong();
        assertThat(report.get("newlyAtRisk")).hasSize((int) moved);
        assertThat(report.get("newlyAtRisk")).allSatisfy(m -> assertThat(m.get("bandBefore").asText())
                .isNotEqualTo("High"));

        List<String> lines = Files.readAllLines(calls, StandardCharsets.UTF_8);
        assertThat(lines).hasSize((int) moved + 1);
        assertThat(lines.get(0)).contains("customer_id").contains("churn_probability");
        assertThat(Files.exists(dir.resolve("newly-at-risk.csv.provenance.json"))).isTrue();
        assertThat(cli.ok("export", "log").out()).contains("newly at risk mcommerce_2026_10@1");

        String text = cli.ok("migration", "mcommerce_2026_10", "mcommerce_2026_11").out();
        assertThat(text).contains("by model " + model).contains("newly at risk (moved up into High)");
    }

    @Test
    void badInputIsRefusedInOneLine() {
        for (String[] args : List.of(new String[]{"monitor", "no_such_dataset"},
                new String[]{"monitor", "mcommerce_2026_10", "--against", "999"},
                new String[]{"monitor", "mcommerce_2026_10", "--use-case", "nope"},
                new String[]{"migration", "mcommerce_2026_10", "no_such", "--model", model})) {
            CliRun run = cli.run(args);
            assertThat(run.code()).as(String.join(" ", args)).isEqualTo(1);
            assertThat(run.err().strip()).startsWith("error: ").doesNotContain("\n").doesNotContain("Exception");
        }
    }
}
