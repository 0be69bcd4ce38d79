package app.retention.ui.models;

import app.retention.error.WorkbenchException;
import app.retention.evaluate.MetricSet;
import app.retention.text.SpreadsheetSafety;
import app.retention.ui.common.Formats;
import de.siegmar.fastcsv.writer.CsvWriter;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The leaderboard as CSV for a spreadsheet: UTF-8 with a byte-order mark (as the other exports, so Excel reads
 * accents right), numbers plain (full precision, dot decimals), text made formula-safe by
 * {@link SpreadsheetSafety}.
 */
public final class LeaderboardCsv {

    static final List<String> HEADER = List.of("model_id", "learner", "label", "params", "design", "dataset",
            "trained_at", "roc_auc_mean", "roc_auc_sd", "pr_auc", "accuracy", "precision", "recall", "f1", "kappa",
            "brier", "log_loss", "lift_top10", "vs_best", "train_seconds");

    private LeaderboardCsv() {
    }

    public static void write(Path file, List<LeaderboardRow> rows) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                 CsvWriter csv = CsvWriter.builder().build(writer)) {
                writer.write('\uFEFF');
                csv.writeRecord(HEADER);
                for (LeaderboardRow row : rows) {
                    if (row.hasRun()) {
                        csv.writeRecord(record(row));
                    }
                }
            }
        } catch (IOException e) {
            throw new WorkbenchException("Cannot save the leaderboard to " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<String> record(LeaderboardRow row) {
        List<String> cells = new ArrayList<>();
        cells.add(Long.toString(row.run().id()));
        cells.add(text(row.learner()));
        cells.add(text(row.label()));
        cells.add(text(row.run().evaluation().params().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(java.util.stream.Collectors.joining("; "))));
        cells.add(text(row.run().evaluation().design()));
        cells.add(text(row.run().datasetName() + "@" + row.run().datasetVersion()));
        cells.add(Formats.when(row.run().createdAt()));
        cells.add(number(row.mean(MetricSet::rocAuc)));
        cells.add(number(row.sd(MetricSet::rocAuc)));
        for (ToDoubleFunction<MetricSet> metric : List.<ToDoubleFunction<MetricSet>>of(MetricSet::prAuc,
                MetricSet::accuracy, MetricSet::precision, MetricSet::recall, MetricSet::f1, MetricSet::kappa,
                MetricSet::brier, MetricSet::logLoss, MetricSet::liftTop10)) {
            cells.add(number(row.mean(metric)));
        }
        cells.add(text(row.verdict().code()));
        cells.add(number(row.trainSeconds()));
        return cells;
    }

    static String number(double value) {
        return Double.isFinite(value) ? Double.toString(value) : "";
    }

    static String text(String value) {
        return value == null ? "" : SpreadsheetSafety.neutralise(value);
    }
}
