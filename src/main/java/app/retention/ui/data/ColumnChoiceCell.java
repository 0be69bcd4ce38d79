package app.retention.ui.data;

import app.retention.domain.ColumnInfo;
import app.retention.domain.ColumnRole;
import app.retention.domain.ColumnType;
import app.retention.ui.common.RoleNames;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableCell;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A choice about a column, changeable in place in the Data screen's Columns table (finding M17): its role or its
 * type. A column that offers no choice (the target's role, a date's type) reads as text.
 *
 * @param <T> what is chosen
 */
final class ColumnChoiceCell<T> extends TableCell<ColumnInfo, ColumnInfo> {

    /** The types a number or category column can be read as. */
    private static final List<ColumnType> TYPES = List.of(ColumnType.INTEGER, ColumnType.DECIMAL, ColumnType.CATEGORY,
            ColumnType.TEXT);

    private final Function<ColumnInfo, List<T>> choices;
    private final Function<ColumnInfo, T> current;
    private final Function<T, String> words;
    private final ComboBox<T> combo = new ComboBox<>();
    private boolean showing;

    private ColumnChoiceCell(Function<ColumnInfo, List<T>> choices, Function<ColumnInfo, T> current,
                             Function<T, String> words, BiConsumer<ColumnInfo, T> change, String styleClass) {
        this.choices = choices;
        this.current = current;
        this.words = words;
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.getStyleClass().add(styleClass);
        combo.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : words.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        combo.valueProperty().addListener((obs, was, now) -> {
            ColumnInfo column = getItem();
            if (!showing && column != null && now != null && !now.equals(current.apply(column))) {
                change.accept(column, now);
            }
        });
    }

    /** Feature, ignored, id, date or personal data; the churn target is chosen at import. */
    static ColumnChoiceCell<ColumnRole> role(BiConsumer<ColumnInfo, ColumnRole> change) {
        return new ColumnChoiceCell<>(c -> c.role() == ColumnRole.TARGET ? List.of() : ColumnFixesViewModel.EDITABLE_ROLES,
                ColumnInfo::role, RoleNames::of, change, "role-choice");
    }

    /** A number code read as a category, categories that are numbers as numbers; dates and yes/no stay. */
    static ColumnChoiceCell<ColumnType> type(BiConsumer<ColumnInfo, ColumnType> change) {
        return new ColumnChoiceCell<>(c -> c.role() == ColumnRole.TARGET || !TYPES.contains(c.type()) ? List.of()
                : TYPES, ColumnInfo::type, ColumnType::label, change, "type-choice");
    }

    /**
     * How a category or text feature enters models (docs/adr/0016): chosen by the workbench, or the user's choice;
     * numbers, ids and personal data offer none.
     */
    static ColumnChoiceCell<String> encoding(Function<ColumnInfo, String> current, BiConsumer<ColumnInfo, String> change) {
        return new ColumnChoiceCell<>(c -> c.role() == ColumnRole.FEATURE
                        && (c.type() == ColumnType.CATEGORY || c.type() == ColumnType.TEXT)
                        ? ColumnFixesViewModel.ENCODINGS : List.of(), current,
                ColumnFixesViewModel::encodingWords, change, "encoding-choice");
    }

    @Override
    protected void updateItem(ColumnInfo column, boolean empty) {
        super.updateItem(column, empty);
        if (empty || column == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        List<T> offered = choices.apply(column);
        if (offered.isEmpty()) {
            T value = current.apply(column);
            setGraphic(null);
            setText(value == null ? "" : words.apply(value));
            return;
        }
        showing = true;
        try {
            combo.getItems().setAll(offered);
            combo.setValue(current.apply(column));
        } finally {
            showing = false;
        }
        setText(null);
        setGraphic(combo);
    }
}
