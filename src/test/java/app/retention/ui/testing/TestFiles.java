package app.retention.ui.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Small churn files written by the tests themselves. */
public final class TestFiles {

    private TestFiles() {
    }

    /** {@code customer_id,plan,monthly_fee,churned} with {@code rows} rows; every third customer churned. */
    public static Path churnCsv(Path dir, String name, int rows) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("customer_id,plan,monthly_fee,churned");
        String[] plans = {"basic", "plus", "premium"};
        for (int i = 1; i <= rows; i++) {
            lines.add("C" + (1000 + i) + "," + plans[i % 3] + "," + (10 + i % 7) + ".5," + (i % 3 == 0 ? "yes" : "no"));
        }
        return write(dir, name, lines);
    }

    public static Path write(Path dir, String name, List<String> lines) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }
}
