package app.retention.cli;

import app.retention.domain.ColumnInfo;
import app.retention.domain.ColumnRole;
import app.retention.domain.DatasetInfo;
import app.retention.store.Workspace;
import app.retention.testing.CliRun;
import app.retention.testing.CliWorkspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Fixes made after import are listed and undone, and a column's role can change after import (issue 12, M17). */
class FixCommandsTest {

    @TempDir
    Path dir;
    private CliWorkspace cli;

    @BeforeEach
    void importCustomers() throws IOException {
        cli = CliWorkspace.in(dir);
        StringBuilder csv = new StringBuilder("customer_id,email,city,nps,churn\n");
        for (int i = 1; i <= 200; i++) {
            csv.append("C").append(i).append(",c").append(i).append("@example.com,")
                    .append(i % 3 == 0 ? "Sao Paulo" : i % 3 == 1 ? "São Paulo" : "Rio de Janeiro").append(',').append(i % 11).append(',')
                    .append(i % 4 == 0 ? "Yes" : "No").append('\n');
        }
        Path file = Files.writeString(dir.resolve("customers.csv"), csv);
        assertThat(cli.ok("import", file.toString(), "--name", "customers").out()).contains("200 rows imported");
    }

    private ColumnRole role(String column) {
        try (Workspace workspace = Workspace.open(cli.directory())) {
            DatasetInfo d = workspace.datasets().require("customers");
            return workspace.datasets().columns(d).stream().filter(c -> c.name().equals(column))
                    .map(ColumnInfo::role).findFirst().orElseThrow();
        }
    }

    @Test
    void aRoleChangedAfterImportIsListedAsAFixAndUndoneToItsImportedRole() {
        assertThat(cli.ok("fixes", "customers").out()).contains("No changes since customers@1 was imported.");
        assertThat(role("nps")).isEqualTo(ColumnRole.FEATURE);

        assertThat(cli.ok("columns", "set", "customers", "nps", "--role", "ignored").out())
                .contains("`nps` of customers@1 is now ignored.");
        assertThat(role("nps")).isEqualTo(ColumnRole.IGNORED);
        assertThat(cli.ok("fixes", "customers").out())
                .contains("1. `nps` is ignored (kept out of models); it was feature when imported.");

        assertThat(cli.ok("fixes", "customers", "--undo", "1").out()).startsWith("Undone: `nps` is ignored");
        assertThat(role("nps")).isEqualTo(ColumnRole.FEATURE);
        assertThat(cli.ok("fixes", "customers").out()).contains("No changes since");
    }

    @Test
    void theColumnsListStillWorksBesideItsSetCommandAndStillAsksForItsDataset() {
        assertThat(cli.ok("columns", "customers").out()).contains("COLUMN", "nps", "feature");
        CliRun none = CliRun.on(dir.resolve("new"), "columns");
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("Missing required parameter: 'DATASET'");
        assertThat(dir.resolve("new")).doesNotExist();
        assertThat(cli.run("warnings").err()).contains("Missing required parameter: 'DATASET'");
    }

    @Test
    void aWarningsActionIsAppliedFromTheCommandLineAndAWrongKindSaysWhereToLook() {
        String warnings = cli.ok("warnings", "customers", "--json").out();
        assertThat(warnings).contains("\"kind\" : \"spelling\"").contains("\"from\" : \"Sao Paulo\"",
                "\"to\" : \"São Paulo\"", "\"confidence\" : \"high\"");
        assertThat(cli.ok("warnings", "customers").out())
                .contains("`Sao Paulo` as `São Paulo` (high confidence: the same "
                + "once case, spacing and accents are ignored)");

        assertThat(cli.ok("warnings", "apply", "customers", "spelling").out()).startsWith("Done: Merge")
                .contains("`Sao Paulo` as `São Paulo` (high confidence");
        assertThat(cli.ok("fixes", "customers").out()).contains("`city`: \"Sao Paulo\" reads as \"São Paulo\"");

        CliRun wrong = cli.run("warnings", "apply", "customers", "astrology");
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.err()).contains("No warning of kind `astrology` has an action for customers@1. See "
                + "`warnings customers@1`.");
    }

    @Test
    void mergedSpellingsAreListedAndUndoneSoTheSourceSpellingsReadAsWritten() {
        try (Workspace workspace = Workspace.open(cli.directory())) {
            DatasetInfo d = workspace.datasets().require("customers");
            workspace.datasets().mergeCategories(d, "city", Map.of("Sao Paulo", "São Paulo"));
        }
        assertThat(cli.ok("fixes", "customers", "--json").out()).contains("\"kind\" : \"merge\"")
                .contains("\\\"Sao Paulo\\\" reads as \\\"São Paulo\\\"");

        cli.ok("fixes", "customers", "--undo", "1");

        try (Workspace workspace = Workspace.open(cli.directory())) {
            assertThat(workspace.datasets().merges(workspace.datasets().require("customers"))).isEmpty();
        }
    }

    @Test
    void theTargetAndPersonalDataAsAFeatureAreRefusedAndAWrongNumberOrRoleSaysWhatIsValid() {
        CliRun target = cli.run("columns", "set", "customers", "churn", "--role", "feature");
        assertThat(target.code()).isEqualTo(1);
        assertThat(target.err()).startsWith("error: The churn target is chosen when a file is imported");

        CliRun pii = cli.run("columns", "set", "customers", "email", "--role", "feature");
        assertThat(pii.code()).isEqualTo(1);
        assertThat(pii.err()).contains("`email` holds personal data, which is never a model feature.");
        assertThat(role("email")).isEqualTo(ColumnRole.PII);

        CliRun unknown = cli.run("columns", "set", "customers", "nps", "--role", "weight");
        assertThat(unknown.err()).contains("--role weight is not a role: use feature, ignored, id, date or pii.");
        CliRun none = cli.run("fixes", "customers", "--undo", "1");
        assertThat(none.err()).contains("--undo 1: customers@1 has no fixes to undo.");
    }
}
