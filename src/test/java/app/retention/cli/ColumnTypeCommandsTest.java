package app.retention.cli;

import app.retention.testing.CliRun;
import app.retention.testing.CliWorkspace;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A column's type changed after import (issue 12 M17, issue 13 point 2): {@code columns set --type}, read the new
 * way by profiles and models, listed and undone as a fix; what cannot be read as the new type is refused with its
 * row and line, and nothing changes.
 */
class ColumnTypeCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private CliWorkspace cli;

    @BeforeEach
    void importShop() throws Exception {
        cli = CliWorkspace.in(dir);
        List<String> lines = new ArrayList<>(List.of("customer_id,area_code,fee,voucher,signup,churned"));
        Random random = new Random(11);
        int[] codes = {408, 415, 510};
        for (int i = 0; i < 300; i++) {
            int code = codes[i % 3];
            String voucher = i == 137 ? "n/a" : Integer.toString(random.nextInt(5));
            boolean churned = random.nextDouble() < (code == 510 ? 0.5 : 0.15);
            lines.add("C" + i + "," + code + ",\"" + (10 + i % 7) + ".5 \"," + "V" + voucher.replace("V", "") + ","
                    + "2026-0" + (1 + i % 9) + "-15," + (churned ? "Yes" : "No"));
        }
        // fee reads as text with a trailing space; voucher as category ("V3"); the 138th voucher is "Vn/a"
        Files.write(dir.resolve("shop.csv"), lines);
        CliRun run = cli.run("import", dir.resolve("shop.csv").toString(), "--name", "shop", "--target", "churned");
        assertThat(run.code()).as(run.err()).isZero();
    }

    private JsonNode column(String name) throws Exception {
        CliRun run = cli.run("profile", "shop", "--json");
        assertThat(run.code()).as(run.err()).isZero();
        for (JsonNode c : JSON.readTree(run.out()).get("columns")) {
            if (c.get("name").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no column " + name);
    }

    @Test
    void aNumberCodeReadsAsACategoryForProfilesAndModelsAndIsUndoneLikeAnyFix() throws Exception {
        assertThat(column("area_code").get("type").asText()).isEqualTo("integer");

        CliRun set = cli.run("columns", "set", "shop", "area_code", "--type", "category");
        assertThat(set.code()).as(set.err()).isZero();
        assertThat(set.out()).contains("`area_code` of shop@1 reads as category.");
        JsonNode code = column("area_code");
        assertThat(code.get("type").asText()).isEqualTo("category");
        assertThat(code.get("topCategories").toString()).contains("\"408\"").contains("\"415\"").contains("\"510\"");
        assertThat(cli.run("fixes", "shop").out())
                .contains("`area_code` reads as category; it was integer when imported.");

        CliRun train = cli.run("train", "shop", "--learner", "logistic", "--folds", "3", "--json");
        assertThat(train.code()).as(train.err()).isZero();
        String id = JSON.readTree(train.out()).get(0).get("id").asText();
        assertThat(cli.run("score", "shop", "--model", id).code()).isZero();

        CliRun undo = cli.run("fixes", "shop", "--undo", "1");
        assertThat(undo.code()).as(undo.err()).isZero();
        assertThat(column("area_code").get("type").asText()).isEqualTo("integer");
        assertThat(column("area_code").get("mean").asDouble()).isCloseTo((408 + 415 + 510) / 3.0,
                org.assertj.core.data.Offset.offset(0.5));
        // the model read area_code as a category: this dataset no longer fits it, and scoring says why
        CliRun stale = cli.run("score", "shop", "--model", id);
        assertThat(stale.code()).isNotZero();
        assertThat(stale.err()).contains("`area_code` is integer, the model expects category");
    }

    @Test
    void categoriesThatAreNumbersReadAsNumbersAndAValueThatIsNotIsRefusedWithItsRowAndLine() throws Exception {
        assertThat(column("fee").get("type").asText()).isIn("category", "text", "decimal");
        if (!column("fee").get("type").asText().equals("decimal")) {
            CliRun fee = cli.run("columns", "set", "shop", "fee", "--type", "decimal");
            assertThat(fee.code()).as(fee.err()).isZero();
        }
        assertThat(column("fee").get("type").asText()).isEqualTo("decimal");
        assertThat(column("fee").get("min").asDouble()).isEqualTo(10.5);

        CliRun voucher = cli.run("columns", "set", "shop", "voucher", "--type", "integer");
        assertThat(voucher.code()).isNotZero();
        assertThat(voucher.err()).contains("`voucher` cannot be read as integer: row 1 (line 2 of the file) holds \"V");
        assertThat(column("voucher").get("type").asText()).isEqualTo("category");
    }

    @Test
    void theTargetDatesAndImpossibleTypesAreRefusedInWords() throws Exception {
        CliRun target = cli.run("columns", "set", "shop", "churned", "--type", "category");
        assertThat(target.code()).isNotZero();
        assertThat(target.err()).contains("is the churn target");
        CliRun date = cli.run("columns", "set", "shop", "signup", "--type", "integer");
        assertThat(date.code()).isNotZero();
        assertThat(date.err()).contains("A date column cannot be read as integer");
        CliRun unknown = cli.run("columns", "set", "shop", "area_code", "--type", "money");
        assertThat(unknown.code()).isNotZero();
        assertThat(unknown.err()).contains("--type money is not a type: use integer, decimal, category or text.");
        assertThat(cli.run("fixes", "shop").out()).contains("No changes since shop@1 was imported.");
    }
}
