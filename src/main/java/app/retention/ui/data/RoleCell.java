package app.retention.ui.data;

import app.retention.domain.ColumnInfo;
import app.retention.domain.ColumnRole;
import app.retention.ui.common.RoleNames;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableCell;

import java.util.function.BiConsumer;

/**
 * A column's role in the Data screen's Columns table, changeable in place (finding M17): feature, ignored, id,
 * date or personal data. The churn target is chosen at import and reads as text.
 */
final class RoleCell extends TableCell<ColumnInfo, ColumnInfo> {

    private final BiConsumer<ColumnInfo, ColumnRole> change;
    private final ComboBox<ColumnRole> roles = new ComboBox<>();
    private boolean showing;

    RoleCell(BiConsumer<ColumnInfo, ColumnRole> change) {
        this.change = change;
        roles.getItems().setAll(ColumnFixesViewModel.EDITABLE_ROLES);
        roles.setMaxWidth(Double.MAX_VALUE);
        roles.getStyleClass().add("role-choice");
        roles.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ColumnRole role) {
                return role == null ? "" : RoleNames.of(role);
            }

            @Override
            public ColumnRole fromString(String text) {
                return null;
            }
        });
        roles.valueProperty().addListener((obs, was, now) -> {
            ColumnInfo column = getItem();
            if (!showing && column != null && now != null && now != column.role()) {
                change.accept(column, now);
            }
        });
    }

    @Override
    protected void updateItem(ColumnInfo column, boolean empty) {
        super.updateItem(column, empty);
        if (empty || column == null) {
            setGraphic(null);
            setText(null);
        } else if (column.role() == ColumnRole.TARGET) {
            setGraphic(null);
            setText(RoleNames.of(ColumnRole.TARGET));
        } else {
            showing = true;
            try {
                roles.setValue(column.role());
            } finally {
                showing = false;
            }
            setText(null);
            setGraphic(roles);
        }
    }
}
