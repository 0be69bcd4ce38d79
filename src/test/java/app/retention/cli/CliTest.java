package app.retention.cli;

import app.retention.testing.CliRun;
import app.retention.testing.CliWorkspace;
import app.retention.testing.SharedDatasets;
import app.retention.testing.WorkspaceSnapshot;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The CLI contract: output shapes, exit codes, one clear line on stderr, workspace unchanged on bad input. */
class CliTest {

    @TempDir
    Path dir;
    private CliWorkspace cli;


    @BeforeEach
    void setUp() {
        cli = CliWorkspace.in(dir);
    }

    @Test
    void novemberOutcomesToAFolderThatCannotBeWrittenSayWhereInOneLineAndLeaveNothing() {
        CliRun run = cli.run("sample", "november-outcomes", "--out", "/proc/no-such-folder/outcomes.csv");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("error: Cannot write /proc/no-such-folder/outcomes.csv")
                .doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void escapeSequencesInTheDataNeverReachTheTerminalRaw() throws IOException {
        Path file = dir.resolve("hostile.csv");
        java.nio.file.Files.writeString(file, "id,name\u001b[31m,plan,churn\n1,\u001b]0;owned\u0007Ana,basic,Yes\n"
                + "2,Bruno\u202egnp.exe,pro,No\n3,Carla,pro,No\n");
        assertThat(cli.run("import", file.toString(), "--name", "hostile").code()).isZero();
        for (CliRun run : List.of(cli.run("show", "hostile"), cli.run("columns", "hostile"), cli.run("datasets"),
                cli.run("show", "hostile", "--json"), cli.run("show", "nope\u001b[2J"))) {
            String all = run.out() + run.err();
            assertThat(all).doesNotContain("\u001b", "\u0007", "\u202e");
        }
        assertThat(cli.run("show", "hostile").out()).contains("\\u001b]0;owned\\u0007Ana");
        assertThat(cli.run("show", "nope\u001b[2J").err()).contains("nope\\u001b[2J");
    }

    @Test
    void aTargetWithOneValueTrainsNothingAndSaysWhy() throws IOException {
        Path file = dir.resolve("stayed.csv");
        StringBuilder csv = new StringBuilder("id,visits,churn\n");
        for (int i = 1; i <= 60; i++) {
            csv.append(i).append(',').append(i % 7).append(",No\n");
        }
        java.nio.file.Files.writeString(file, csv.toString());
        assertThat(cli.run("import", file.toString(), "--name", "stayed", "--target", "churn").code()).isZero();
        String before = cli.run("experiments", "--json").out();
        cli.run("train", "stayed", "--learner", "logistic").assertRefused("has one value only (`No` for all 60");
        assertThat(cli.run("experiments", "--json").out()).isEqualTo(before);
    }

    @Test
    void importPrintsNameAndRowCounts() {
        CliRun run = cli.run("import", SharedDatasets.file("telco_customer_churn.csv").toString(), "--name", "telco");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("telco").contains("7,043 rows imported").contains("0 rejected");
    }

    @Test
    void datasetsJsonListsNameVersionRowsColumnsSourceAndChecksum() throws IOException {
        cli.run("import", SharedDatasets.file("bank_churn_modelling.csv").toString());
        CliRun run = cli.run("datasets", "--json");
        assertThat(run.code()).isZero();
        JsonNode array = new ObjectMapper().readTree(run.out());
        assertThat(array.isArray()).isTrue();
        JsonNode bank = array.get(0);
        assertThat(bank.get("name").asText()).isEqualTo("bank_churn_modelling");
        assertThat(bank.get("version").asInt()).isEqualTo(1);
        assertThat(bank.get("rows").asLong()).isEqualTo(10_000);
        assertThat(bank.get("columns").asInt()).isEqualTo(14);
        assertThat(bank.get("source").asText()).endsWith("bank_churn_modelling.csv");
        assertThat(bank.get("sha256").asText()).startsWith("ee2a5c9d8daf3aed").hasSize(64);
    }

    @Test
    void columnsJsonHasTypeRoleMissingAndDistinct() throws IOException {
        cli.run("import", SharedDatasets.file("telco_customer_churn.csv").toString(), "--name", "telco");
        CliRun run = cli.run("columns", "telco", "--json");
        assertThat(run.code()).isZero();
        JsonNode columns = new ObjectMapper().readTree(run.out());
        assertThat(columns).hasSize(21);
        JsonNode total = null;
        for (JsonNode c : columns) {
            assertThat(c.get("type").asText()).isIn("integer", "decimal", "boolean", "date", "category", "text");
            assertThat(c.get("role").asText()).isIn("feature", "id", "target", "pii", "date", "ignored");
            if (c.get("name").asText().equals("TotalCharges")) {
                total = c;
            }
        }
        assertThat(total).isNotNull();
        assertThat(total.get("type").asText()).isEqualTo("decimal");
        assertThat(total.get("missing").asLong()).isEqualTo(11);
        assertThat(total.get("distinct").asLong()).isEqualTo(6530);
    }

    @Test
    void showPrintsTheFirstRowsAsATable() {
        cli.run("import", SharedDatasets.file("bank_churn_modelling.csv").toString(), "--name", "bank");
        CliRun run = cli.run("show", "bank", "--limit", "2");
        assertThat(run.code()).isZero();
        assertThat(run.out().lines()).hasSize(3);
        assertThat(run.out().lines().findFirst().orElseThrow()).startsWith("RowNumber").contains("Surname");
        assertThat(run.out()).contains("Hargrave");
    }

    @Test
    void importWithRejectsFailsUnlessAllowedAndListsThem() throws IOException {
        Path ragged = dir.resolve("ragged.csv");
        Files.writeString(ragged, "a,b\n1,2\n3\n4,5\n");
        Path rejects = dir.resolve("rejects.csv");
        CliRun refused = cli.run("import", ragged.toString(), "--rejects-out", rejects.toString());
        refused.assertRefused("line 3");
        assertThat(Files.readString(rejects)).contains("expected 2 fields, found 1");
        CliRun allowed = cli.run("import", ragged.toString(), "--allow-rejects");
        assertThat(allowed.code()).isZero();
        assertThat(allowed.out()).contains("2 rows imported, 1 rejected");
        assertThat(cli.run("rejects", "ragged").out()).contains("expected 2 fields, found 1");
    }

    @Test
    void missingFileFailsWithOneLineAndLeavesTheWorkspaceUnchanged() {
        cli.run("import", SharedDatasets.file("bank_churn_modelling.csv").toString());
        WorkspaceSnapshot before = cli.snapshot();
        cli.run("import", dir.resolve("missing.csv").toString()).assertRefused("File not found");
        assertThat(cli.snapshot()).isEqualTo(before);
    }

    @Test
    void unreadableFileFailsWithOneLineAndLeavesTheWorkspaceUnchanged() throws IOException {
        cli.run("import", SharedDatasets.file("bank_churn_modelling.csv").toString());
        WorkspaceSnapshot before = cli.snapshot();
        Path binary = dir.resolve("data.csv");
        Files.write(binary, new byte[] {1, 2, 0, 4, 5, 0, 0, 7});
        cli.run("import", binary.toString()).assertRefused("binary");
        assertThat(cli.snapshot()).isEqualTo(before);
    }

    @Test
    void unknownDatasetFailsNamingTheKnownOnes() {
        cli.run("import", SharedDatasets.file("bank_churn_modelling.csv").toString());
        cli.run("columns", "telco").assertRefused("No dataset named `telco`");
        assertThat(cli.run("show", "telco").err()).contains("Known datasets: bank_churn_modelling");
    }

    @Test
    void badOptionFailsWithUsageExitCode() {
        CliRun run = cli.run("show", "x", "--limit", "many");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("--limit");
        cli.run("frobnicate").assertRefused("frobnicate");
    }

    @Test
    void deleteNeedsConfirmation() {
        cli.run("import", SharedDatasets.file("bank_churn_modelling.csv").toString(), "--name", "bank");
        cli.run("delete", "bank").assertRefused("--yes");
        assertThat(cli.run("delete", "bank", "--yes").code()).isZero();
        assertThat(cli.run("datasets").out()).contains("No datasets yet");
    }

    @Test
    void profileDriversAndWarningsPrintTheDocumentedJson() throws IOException {
        cli.run("import", SharedDatasets.file("telco_customer_churn.csv").toString(), "--name", "telco");
        ObjectMapper json = new ObjectMapper();
        JsonNode profile = json.readTree(cli.run("profile", "telco", "--json").out());
        assertThat(profile.get("rows").asLong()).isEqualTo(7043);
        assertThat(profile.get("target").asText()).isEqualTo("Churn");
        assertThat(profile.get("baseRate").asDouble()).isEqualTo(1869.0 / 7043);
        JsonNode tenure = null;
        for (JsonNode c : profile.get("columns")) {
            assertThat(c.has("name") && c.has("type") && c.has("missing") && c.has("distinct")).isTrue();
            if (c.get("name").asText().equals("tenure")) {
                tenure = c;
            }
        }
        assertThat(tenure.get("median").asDouble()).isEqualTo(29.0);
        JsonNode drivers = json.readTree(cli.run("drivers", "telco", "--json", "--top", "3").out());
        assertThat(drivers).hasSize(3);
        assertThat(drivers.get(0).get("auc").asDouble()).isGreaterThanOrEqualTo(drivers.get(1).get("auc").asDouble());
        assertThat(drivers.get(0).get("sentence").asText()).startsWith("Customers whose");
        assertThat(drivers.get(0).has("iv")).isTrue();
        JsonNode warnings = json.readTree(cli.run("warnings", "telco", "--json").out());
        assertThat(warnings.get(0).get("kind").asText()).isEqualTo("identifier");
        assertThat(warnings.get(0).get("columns").get(0).asText()).isEqualTo("customerID");
        assertThat(warnings.get(0).has("message")).isTrue();
        cli.run("drivers", "telco", "--top", "0").assertRefused("--top");
    }

    @Test
    void compareprintsTheDocumentedJsonWithAVerdictAgainstTheBest() throws IOException {
        cli.run("import", SharedDatasets.file("bank_churn_modelling.csv").toString(), "--name", "bank");
        CliRun run = cli.run("compare", "bank", "--learners", "zeror,logistic", "--folds", "3", "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode results = new ObjectMapper().readTree(run.out());
        assertThat(results).hasSize(2);
        for (String field : List.of("learner", "auc", "aucSd", "prAuc", "accuracy", "precision", "recall", "f1",
                "kappa", "brier", "logLoss", "liftTop10", "vsBest")) {
            assertThat(results.get(0).has(field)).as(field).isTrue();
        }
        assertThat(results.get(0).get("auc").asDouble()).isEqualTo(0.5);
        assertThat(results.get(0).get("vsBest").asText()).isEqualTo("worse");
        assertThat(results.get(1).get("auc").asDouble()).isBetween(0.72, 0.80);
        assertThat(results.get(1).get("vsBest").asText()).isEqualTo("same");
        JsonNode experiments = new ObjectMapper().readTree(cli.run("models", "--json").out());
        assertThat(experiments).hasSize(2);
        JsonNode logistic = experiments.get(0);
        assertThat(logistic.get("learner").asText()).isEqualTo("logistic");
        assertThat(logistic.get("dataset").asText()).isEqualTo("bank");
        assertThat(logistic.get("sha256").asText()).startsWith("ee2a5c9d8daf3aed");
        assertThat(logistic.get("design").asText()).isEqualTo("3-fold stratified cross-validation, seed 1");
        assertThat(logistic.get("params").asText()).isEqualTo("ridge=0.00000001; balance=none");
        assertThat(logistic.get("foldAucs")).hasSize(3);
        assertThat(logistic.get("auc").asDouble()).isEqualTo(results.get(1).get("auc").asDouble());
        assertThat(logistic.get("features").toString()).contains("CreditScore").doesNotContain("Surname", "CustomerId");
        assertThat(logistic.get("wekaVersion").asText()).startsWith("3.8");
    }

    @Test
    void impossibleLearnerParametersFailWithOneClearLine() {
        cli.run("import", SharedDatasets.file("bank_churn_modelling.csv").toString(), "--name", "bank");
        cli.run("train", "bank", "--learner", "randomforest", "--param", "trees=0")
                .assertRefused("Number of trees (trees) must be between 1 and 5000, not 0.");
        cli.run("compare", "bank", "--learners", "zeror,catboost").assertRefused("Unknown learner `catboost`");
        cli.run("train", "bank", "--learner", "rules").assertRefused("needs a rule");
        cli.run("compare", "bank", "--learners", "zeror", "--param", "trees=3").assertRefused("LEARNER.KEY=VALUE");
        cli.run("train", "bank", "--learner", "logistic", "--param", "balance=smote")
                .assertRefused("Class balancing (balance) must be one of none, reweight, undersample, not `smote`.");
        cli.run("compare", "bank", "--learners", "zeror", "--repeats", "0")
                .assertRefused("Repeats must be between 1 and 100, not 0.");
    }

    @Test
    void aModelExportedFromOneWorkspaceImportsIntoAnother() throws IOException {
        cli.run("import", SharedDatasets.file("bank_churn_modelling.csv").toString(), "--name", "bank");
        CliRun trained = cli.run("train", "bank", "--learner", "j48", "--folds", "3", "--repeats", "2", "--json");
        assertThat(trained.code()).as(trained.err()).isZero();
        JsonNode result = new ObjectMapper().readTree(trained.out()).get(0);
        assertThat(result.get("design").asText()).isEqualTo("3-fold stratified cross-validation × 2 repeats, seeds 1–2");
        long id = result.get("id").asLong();
        Path file = dir.resolve("bank-tree.model");
        assertThat(cli.run("model", "export", Long.toString(id), "--out", file.toString()).code()).isZero();
        assertThat(file).isRegularFile();
        assertThat(dir).isDirectoryNotContaining("glob:**.part");
        cli = CliWorkspace.at(dir.resolve("other"));
        CliRun imported = cli.run("model", "import", file.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported bank-tree.model as model 1: j48 trained on bank@1");
        JsonNode experiments = new ObjectMapper().readTree(cli.run("experiments", "--json").out());
        assertThat(experiments.get(0).get("modelStored").asBoolean()).isTrue();
        assertThat(experiments.get(0).get("sha256").asText()).startsWith("ee2a5c9d8daf3aed");
    }

    @Test
    void xgboostTrainsExportsImportsAndScoresFromTheCommandLine() throws IOException {
        // the first 2,000 customers of the bank: quick, and enough for a real model
        Path small = dir.resolve("bank-2000.csv");
        Files.write(small, Files.readAllLines(SharedDatasets.file("bank_churn_modelling.csv")).subList(0, 2001));
        cli.run("import", small.toString(), "--name", "bank");
        CliRun trained = cli.run("train", "bank", "--learner", "xgboost", "--folds", "3", "--param", "learningRate=0.3",
                "--json");
        assertThat(trained.code()).as(trained.err()).isZero();
        assertThat(trained.err()).isEmpty();
        JsonNode result = new ObjectMapper().readTree(trained.out()).get(0);
        assertThat(result.get("learner").asText()).isEqualTo("xgboost");
        assertThat(result.get("params").get("learningRate").asText()).isEqualTo("0.3");
        assertThat(result.get("auc").asDouble()).isGreaterThan(0.80);
        Path file = dir.resolve("bank-xgboost.model");
        assertThat(cli.run("model", "export", result.get("id").asText(), "--out", file.toString()).code()).isZero();
        cli = CliWorkspace.at(dir.resolve("other"));
        cli.run("import", small.toString(), "--name", "bank");
        CliRun imported = cli.run("model", "import", file.toString());
        assertThat(imported.out()).as(imported.err()).contains("as model 1: xgboost trained on bank@1");
        CliRun scored = cli.run("score", "bank", "--model", "1", "--json");
        assertThat(scored.code()).as(scored.err()).isZero();
        assertThat(new ObjectMapper().readTree(scored.out()).get("customers").asLong()).isEqualTo(2_000);
    }

    @Test
    void aHoldOutSplitTrainsOnTwoThirdsAndTestsOnTheRest() throws IOException {
        cli.run("import", SharedDatasets.file("bank_churn_modelling.csv").toString(), "--name", "bank");
        CliRun run = cli.run("train", "bank", "--learner", "naivebayes", "--holdout", "3", "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode result = new ObjectMapper().readTree(run.out()).get(0);
        assertThat(result.get("design").asText())
                .isEqualTo("stratified hold-out: 6,666 customers trained, 3,334 tested (1 in 3), seed 1");
        assertThat(result.get("auc").asDouble()).isBetween(0.70, 0.90);
        assertThat(result.get("aucSd").asDouble()).isZero();

        // one test set: the models are compared by DeLong's paired test, not called "same" untested
        CliRun compared = cli.run("compare", "bank", "--learners", "naivebayes,zeror", "--holdout", "3", "--json");
        assertThat(compared.code()).as(compared.err()).isZero();
        JsonNode both = new ObjectMapper().readTree(compared.out());
        assertThat(both.get(0).get("vsBest").asText()).isEqualTo("same"); // the best itself
        assertThat(both.get(1).get("learner").asText()).isEqualTo("zeror");
        assertThat(both.get(1).get("vsBest").asText()).isEqualTo("worse");
    }

    @Test
    void importingAFileThatIsNotAModelFailsAndStoresNothing() throws IOException {
        Path file = dir.resolve("customers.model");
        Files.writeString(file, "customer_id,churned\n1,Yes\n");
        cli.run("datasets");
        WorkspaceSnapshot before = cli.snapshot();
        cli.run("model", "import", file.toString())
                .assertRefused("customers.model is not a Retention Workbench model file.");
        cli.run("model", "export", "42", "--out", dir.resolve("x.model").toString())
                .assertRefused("There is no model 42.");
        assertThat(cli.snapshot()).isEqualTo(before);
    }
}
