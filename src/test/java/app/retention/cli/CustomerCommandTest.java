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
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code customer ID}: the customer card on the sample (issue 16), from a call list's first row. */
@Tag("slow") // imports the sample, trains, scores and exports: about a minute
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomerCommandTest {

    @TempDir
    static Path dir;
    private CliWorkspace cli;
    private String model;
    private String firstOnTheList;

    @BeforeAll
    void aCallListAndACampaign() throws Exception {
        cli = CliWorkspace.in(dir).withSample();
        model = cli.train("mcommerce_2026_09", "j48");
        cli.ok("segment", "create", "at risk", "--dataset", "mcommerce_2026_11", "--model", model, "--where",
                "risk_band = High", "--control", "0.2");
        Path calls = dir.resolve("calls.csv");
        cli.ok("export", "calllist", "at risk", "--capacity", "50", "--out", calls.toString(), "--campaign",
                "Card test",
                "--start", "2026-12-01");
        List<String> lines = Files.readAllLines(calls, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).replace("\uFEFF", "").split(","));
        firstOnTheList = lines.get(1).split(",")[header.indexOf("customer_id")];
    }

    @Test
    void theCardOfACustomerOnTheCallListShowsTheScoreBandReasonsSegmentAndCampaign() throws Exception {
        JsonNode card = cli.json("customer", firstOnTheList, "--json");
        assertThat(card.get("customer").asText()).isEqualTo(firstOnTheList);
        List<String> datasets = new ArrayList<>();
        card.get("snapshots").forEach(s -> datasets.add(s.get("dataset").asText()));
        assertThat(datasets).contains("mcommerce_2026_11@1");
        JsonNode november = null;
        for (JsonNode s : card.get("snapshots")) {
            if (s.get("dataset").asText().equals("mcommerce_2026_11@1")) {
                november = s;
            }
        }
        JsonNode scoring = november.get("scorings").get(0);
        assertThat(scoring.get("model").asText()).isEqualTo(model);
        assertThat(scoring.get("band").asText()).isEqualTo("High");
        assertThat(scoring.get("probability").asDouble()).isBetween(0.0, 1.0);
        assertThat(scoring.get("reasons")).isNotEmpty();
        assertThat(scoring.get("segments").get(0).get("name").asText()).isEqualTo("at risk");
        assertThat(scoring.get("segments").get(0).get("control").asBoolean()).isFalse();
        JsonNode campaign = card.get("campaigns").get(0);
        assertThat(campaign.get("name").asText()).isEqualTo("Card test");
        assertThat(campaign.get("arm").asText()).isEqualTo("treated");
        assertThat(campaign.get("probability").asDouble()).isEqualTo(scoring.get("probability").asDouble());

        String text = cli.ok("customer", firstOnTheList).out();
        assertThat(text).startsWith("Customer " + firstOnTheList).contains("segments: at risk")
                .contains("campaign Card test").contains("treated arm");
    }

    @Test
    void aCustomerInEverySnapshotIsShownInEachWithTheKnownOutcome() throws Exception {
        JsonNode card = cli.json("customer", "MC-000002", "--json");
        assertThat(card.get("snapshots")).hasSize(3);
        assertThat(card.get("snapshots").get(0).get("dataset").asText()).isEqualTo("mcommerce_2026_09@1");
        assertThat(card.get("snapshots").get(0).get("outcome").asText()).isEqualTo("churned_30d = No");
        JsonNode only = cli.json("customer", "MC-000002", "--dataset", "mcommerce_2026_10", "--json");
        assertThat(only.get("snapshots")).singleElement()
                .satisfies(s -> assertThat(s.get("dataset").asText()).isEqualTo("mcommerce_2026_10@1"));
    }

    @Test
    void anUnknownCustomerOrDatasetIsRefusedInOneLine() {
        CliRun unknown = cli.run("customer", "MC-999999");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err().strip()).isEqualTo("error: No customer `MC-999999` in any dataset (looked in the "
                + "customer id column of 3 dataset versions) or campaign.");
        CliRun noDataset = cli.run("customer", "MC-000002", "--dataset", "nope");
        assertThat(noDataset.code()).isEqualTo(1);
        assertThat(noDataset.err().strip()).startsWith("error: ").doesNotContain("\n");
    }

    @Test
    void aSearchByNameOrEmailIsRefusedWithoutIncludePiiAndFindsTheCustomerWithIt() throws Exception {
        CliRun refused = cli.run("customer", "--name", "Pereira");
        assertThat(refused.code()).isNotZero();
        assertThat(refused.err()).contains("reads personal data").contains("--include-pii");
        assertThat(refused.out()).doesNotContain("Pereira");

        JsonNode card = cli.json("customer", "--email", "rafael.pereira.2@example.com", "--include-pii",
                "--json");
        assertThat(card.get("customer").asText()).isEqualTo("MC-000002");

        String several = cli.ok("customer", "--name", "Pereira", "--include-pii").out();
        assertThat(several).contains("customers found; run `customer ID` for one of them:").contains("MC-");

        CliRun both = cli.run("customer", "MC-000002", "--name", "Pereira");
        assertThat(both.code()).isNotZero();
        assertThat(both.err()).contains("Give one of: a customer id, --name TEXT or --email TEXT.");
    }
}
