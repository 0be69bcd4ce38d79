package app.retention.ui.models;

import javafx.scene.control.TableCell;

import java.util.Locale;
import java.util.function.DoubleFunction;

/** A leaderboard number: sorted as a number, shown as {@code format} says; blank when there is none. */
final class MetricCell extends TableCell<LeaderboardRow, Double> {

    private final DoubleFunction<String> format;

    MetricCell(DoubleFunction<String> format) {
        this.format = format;
    }

    static MetricCell decimals(int places) {
        return new MetricCell(v -> String.format(Locale.US, "%." + places + "f", v));
    }

    @Override
    protected void updateItem(Double item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null || item.isNaN() ? null : format.apply(item));
    }
}
