package app.retention.testing;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/** A plain customer CSV of any length (id, plan, spend, visits, tenure, churn), the same for the same length. */
public final class CustomerCsv {

    private CustomerCsv() {
    }

    /** Writes {@code rows} customers to {@code file} (about 42 bytes a row) and returns it. */
    public static Path write(Path file, int rows) throws IOException {
        Random random = new Random(rows);
        String[] plans = {"basic", "pro", "max"};
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("customer_id,plan,spend,visits,tenure,churn\n");
            for (int i = 0; i < rows; i++) {
                out.write(String.format(Locale.ROOT, "C%07d,%s,%.2f,%d,%d,%s%n", i, plans[random.nextInt(3)],
                        random.nextDouble() * 500, random.nextInt(90), 1 + random.nextInt(60),
                        random.nextBoolean() ? "Yes" : "No"));
            }
        }
        return file;
    }
}
