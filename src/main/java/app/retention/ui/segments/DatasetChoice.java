package app.retention.ui.segments;

import app.retention.domain.DatasetInfo;
import app.retention.ui.common.UserMessages;

/**
 * A dataset as the Segments screen offers it for a chosen model: whether its columns fit the model (and why not),
 * and whether scoring it would be a backtest.
 *
 * @param misfit why the model cannot score it ("`CreditScore` is missing"), or null when it fits
 * @param note   what scoring it means, when it is a backtest ("the model's training data"), or null
 */
public record DatasetChoice(DatasetInfo dataset, String misfit, String note) {

    public boolean fits() {
        return misfit == null;
    }

    /** How the combo shows it: "mcommerce_2026_11 (v1)", with the reason it cannot be chosen or its note. */
    public String label() {
        String base = dataset.name() + "  (v" + dataset.version() + ")";
        if (misfit != null) {
            return base + " — does not fit: " + UserMessages.plain(misfit);
        }
        return note == null ? base : base + " — " + note;
    }

    @Override
    public String toString() {
        return label();
    }
}
