package app.retention.cli;

import app.retention.data.sample.MobileCommerceGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code segment create} streams its customers (issue 17): 200,000 scored customers are saved by the launcher in
 * a JVM of 128 MB, where reading them all into a list took about 5 KB a customer (a gigabyte here). The
 * million-customer figures, within 1 GB, are in docs/benchmarks.md ({@code bench segment}).
 */
@Tag("slow") // imports, trains and scores 200,000 customers first: about two minutes
class SegmentCreateHeapTest {

    private static final int CUSTOMERS = 200_000;
    private static final Pattern SAVED = Pattern.compile("Saved segment everyone: ([\\d,]+) customers \\(all scored "
            + "customers\\), control group ([\\d,]+)");

    @TempDir
    Path dir;

    private String ok(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--workspace", dir.resolve("ws").toString()));
        all.addAll(List.of(args));
        int code = WorkbenchCli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

    @Test
    void twoHundredThousandScoredCustomersAreSavedAsASegmentIn128Megabytes() throws Exception {
        MobileCommerceGenerator generator = new MobileCommerceGenerator(MobileCommerceGenerator.DEFAULT_SEED);
        Path training = dir.resolve("training.csv");
        Path customers = dir.resolve("customers.csv");
        generator.writeBenchmarkCsv(training, 5_000);
        generator.writeBenchmarkCsv(customers, CUSTOMERS);
        ok("import", training.toString(), "--name", "training");
        ok("import", customers.toString(), "--name", "customers");
        String model = new ObjectMapper().readTree(ok("train", "training", "--learner", "logistic", "--folds", "2",
                "--json")).get(0).get("id").asText();
        ok("score", "customers", "--model", model, "--no-reasons");

        Process create = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-XX:+ExitOnOutOfMemoryError", "-Duser.home=" + dir.resolve("home"),
                "-cp", System.getProperty("java.class.path"), "app.retention.Launcher",
                "--workspace", dir.resolve("ws").toString(), "segment", "create", "everyone", "--dataset",
                "customers", "--model", model)
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile())
                .start();
        assertThat(create.waitFor(5, TimeUnit.MINUTES)).as("segment create finished").isTrue();
        String err = Files.readString(dir.resolve("err.txt"));

        assertThat(create.exitValue()).as(err).isZero();
        Matcher saved = SAVED.matcher(Files.readString(dir.resolve("out.txt")));
        assertThat(saved.find()).as(Files.readString(dir.resolve("out.txt"))).isTrue();
        int members = Integer.parseInt(saved.group(1).replace(",", ""));
        int control = Integer.parseInt(saved.group(2).replace(",", ""));
        assertThat(members).isBetween(CUSTOMERS / 2, CUSTOMERS); // those who already churned are left out
        assertThat(control).isBetween(members / 10 - 3, members / 10 + 3); // 10% of each band, rounded per band
        assertThat(ok("segment", "list")).contains("everyone").contains(String.format(java.util.Locale.ROOT, "%,d", control));
    }
}
