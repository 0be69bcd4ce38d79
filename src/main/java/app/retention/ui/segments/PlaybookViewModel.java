package app.retention.ui.segments;

import app.retention.segment.Playbook;
import app.retention.segment.RiskBands;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.LinkedHashMap;
import java.util.Map;

/** The playbook as an editable table: one row per risk band with its action; empty actions read "No action". */
public final class PlaybookViewModel {

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final Runnable changed;
    private Playbook edited = Playbook.defaults();

    PlaybookViewModel(Runnable changed) {
        this.changed = changed;
    }

    /** Shows one row per band of a scoring, keeping the actions written so far. */
    void offer(RiskBands bands) {
        Playbook current = playbookFor(bands);
        rows.setAll(current.actions().entrySet().stream().map(e -> new Row(e.getKey(), e.getValue())).toList());
    }

    /** The playbook as edited, with a line for every band ("No action" where none was written). */
    public Playbook playbookFor(RiskBands bands) {
        Playbook p = edited;
        for (String band : p.bandsWithoutAction(bands)) {
            p = p.withAction(band, Playbook.NO_ACTION);
        }
        return p;
    }

    /** Sets a band's action; blank means "No action". */
    public void setAction(Row row, String action) {
        String text = action == null || action.isBlank() ? Playbook.NO_ACTION : action.strip();
        row.action.set(text);
        Map<String, String> actions = new LinkedHashMap<>();
        rows.forEach(r -> actions.put(r.band(), r.action.get()));
        edited = new Playbook(actions);
        changed.run();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** One band's line. */
    public static final class Row {
        private final String band;
        private final StringProperty action;

        Row(String band, String action) {
            this.band = band;
            this.action = new SimpleStringProperty(action);
        }

        public String band() {
            return band;
        }

        public ReadOnlyStringProperty actionProperty() {
            return action;
        }
    }
}
