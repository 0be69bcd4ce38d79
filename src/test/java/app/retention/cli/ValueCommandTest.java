package app.retention.cli;

import app.retention.domain.CustomerValue;
import app.retention.store.Workspace;
import app.retention.testing.CliRun;
import app.retention.testing.CliWorkspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code value DATASET}: customer value is set by the user, never guessed, and used by segments (finding M5). */
class ValueCommandTest {

    @TempDir
    Path dir;
    private CliWorkspace cli;

    @BeforeEach
    void importCustomers() throws IOException {
        cli = CliWorkspace.in(dir);
        StringBuilder csv = new StringBuilder("customer_id,plan,monthly_fee,clv,churn\n");
        for (int i = 1; i <= 300; i++) {
            csv.append("C").append(i).append(',').append(i % 2 == 0 ? "Basic" : "Plus").append(',')
                    .append(10 + i % 7).append(',').append(100 + i).append(',').append(i % 4 == 0 ? "Yes" : "No")
                    .append('\n');
        }
        Path file = Files.writeString(dir.resolve("customers.csv"), csv);
        cli.ok("import", file.toString(), "--name", "customers", "--target", "churn");
    }

    private CustomerValue stored() {
        try (Workspace workspace = Workspace.open(cli.directory())) {
            return workspace.datasets().customerValue("customers");
        }
    }

    @Test
    void noValueIsSetUntilTheUserSetsOneEvenWhenAColumnIsNamedLikeOne() {
        assertThat(cli.ok("value", "customers").out()).contains("customers: no customer value set");
        assertThat(stored()).isEqualTo(CustomerValue.NONE);

        assertThat(cli.ok("value", "customers", "--column", "monthly_fee", "--currency", "eur", "--per", "month",
                "--months", "18").out()).contains("customer value monthly_fee (€, monthly amount × 18 months)");
        assertThat(stored()).isEqualTo(CustomerValue.monthly("monthly_fee", "EUR", 18));
        assertThat(cli.ok("value", "customers", "--json").out()).contains("\"currency\" : \"EUR\"", "\"months\" : 18",
                "\"basis\" : \"monthly\"");

        cli.ok("rename", "customers", "clients");
        assertThat(cli.ok("value", "clients").out()).contains("monthly_fee (€, monthly amount × 18 months)");
        assertThat(cli.ok("value", "clients", "--clear").out()).contains("no customer value set");
    }

    @Test
    void aWrongColumnCurrencyOrProjectionIsOneClearLineAndChangesNothing() {
        cli.ok("value", "customers", "--column", "clv", "--currency", "BRL");
        for (String[] args : new String[][]{
                {"value", "customers", "--column", "plan"},
                {"value", "customers", "--column", "nope"},
                {"value", "customers", "--column", "clv", "--currency", "reais"},
                {"value", "customers", "--column", "clv", "--months", "12"},
                {"value", "customers", "--column", "monthly_fee", "--per", "month", "--months", "0"},
                {"value", "customers", "--per", "month"},
                {"value", "customers", "--column", "clv", "--clear"}}) {
            CliRun run = cli.run(args);
            assertThat(run.code()).as(String.join(" ", args)).isNotZero();
            assertThat(run.err().lines().filter(l -> l.startsWith("error:")).count()).as(run.err()).isEqualTo(1);
            assertThat(run.err()).doesNotContain("Exception");
        }
        assertThat(stored()).isEqualTo(CustomerValue.lifetime("clv", "BRL"));
    }
}
