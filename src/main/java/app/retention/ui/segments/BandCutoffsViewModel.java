package app.retention.ui.segments;

import app.retention.segment.RiskBands;
import app.retention.segment.SegmentException;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The risk bands' cut-offs as the user sets them: the lowest churn probability of High and of Medium. Applied
 * cut-offs are explained against the model's validation scores like the default ones (what share of customers
 * each band holds and how many of them churned); Default goes back to top 10% / next 20%.
 */
public final class BandCutoffsViewModel {

    private final Consumer<RiskBands> apply;
    private final StringProperty high = new SimpleStringProperty("");
    private final StringProperty medium = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private ScoredData data;
    // the cut-offs shown, exactly, and as shown: text the user left alone keeps its exact value on Apply
    private List<Double> shownCutoffs = List.of();
    private List<String> shownText = List.of();

    /** @param apply receives the new bands, for the builder to put every customer in its band again */
    BandCutoffsViewModel(Consumer<RiskBands> apply) {
        this.apply = apply;
    }

    /** Shows the cut-offs of a newly loaded scoring. */
    void offer(ScoredData loaded) {
        this.data = loaded;
        error.set("");
        show(loaded.bands());
    }

    private void show(RiskBands bands) {
        List<Double> cutoffs = bands.cutoffs();
        List<String> texts = bands.cutoffTexts(); // as the band sentences write them
        high.set(texts.isEmpty() ? "" : texts.get(0));
        medium.set(texts.size() < 2 ? "" : texts.get(1));
        shownCutoffs = cutoffs;
        shownText = List.of(high.get(), medium.get());
    }

    /** Applies the typed cut-offs; what cannot be applied is said in {@link #errorProperty()}. */
    public void applyTyped() {
        if (data == null) {
            return;
        }
        List<String> names = data.bands().names();
        try {
            List<Double> cutoffs = new ArrayList<>();
            cutoffs.add(typed(0, high.get(), names.get(0)));
            if (names.size() > 2) {
                cutoffs.add(typed(1, medium.get(), names.get(1)));
            }
            use(data.basis().at(names, cutoffs));
        } catch (SegmentException e) {
            error.set(e.getMessage());
        }
    }

    /** The cut-off typed for band {@code index}, or its exact value when the shown text was left as it was. */
    private double typed(int index, String text, String band) {
        if (index < shownCutoffs.size() && text.equals(shownText.get(index))) {
            return shownCutoffs.get(index);
        }
        return required(TypedNumber.parse(text, "The cut-off of " + band, 0.0, 1.0), band);
    }

    private static double required(Double value, String band) {
        if (value == null) {
            throw new SegmentException("Type the lowest churn probability of " + band + ", for instance 0.5.");
        }
        return value;
    }

    /** Back to the model's default bands: top 10% of validation scores, next 20%, the rest. */
    public void reset() {
        if (data != null) {
            use(data.basis().defaults());
        }
    }

    /** Shows and applies the bands of a saved segment opened again. */
    void restore(RiskBands bands) {
        use(bands);
    }

    private void use(RiskBands bands) {
        error.set("");
        show(bands);
        apply.accept(bands);
    }

    /** The lowest churn probability of High, as typed. */
    public StringProperty highProperty() {
        return high;
    }

    /** The lowest churn probability of Medium, as typed. */
    public StringProperty mediumProperty() {
        return medium;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
