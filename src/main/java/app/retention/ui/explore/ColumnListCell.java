package app.retention.ui.explore;

import app.retention.ui.common.RoleNames;
import app.retention.domain.ColumnRole;
import app.retention.explore.ColumnProfile;
import app.retention.ui.common.Formats;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.Locale;

/** A column in the list: a type mark, its name, and its role when it is not an ordinary feature. */
final class ColumnListCell extends ListCell<ColumnProfile> {

    private final Label type = new Label();
    private final Label name = new Label();
    private final Label role = new Label();
    private final HBox box;

    ColumnListCell() {
        type.getStyleClass().add("type-glyph");
        type.setMinWidth(Region.USE_PREF_SIZE);
        name.getStyleClass().add("column-name");
        name.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(name, Priority.ALWAYS);
        role.getStyleClass().add("role-badge");
        role.setMinWidth(Region.USE_PREF_SIZE);
        box = new HBox(type, name, role);
        box.getStyleClass().add("column-cell");
        // as wide as the list, never wider: long names are cut, the role stays visible
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(ColumnProfile item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().removeAll("role-target", "role-excluded");
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        type.setText(ColumnGlyphs.type(item.type()));
        type.getStyleClass().removeIf(c -> c.startsWith("type-") && !c.equals("type-glyph"));
        type.getStyleClass().add("type-" + item.type().label());
        name.setText(item.label());
        String roleText = ColumnGlyphs.role(item.role());
        role.setText(roleText);
        role.setVisible(!roleText.isEmpty());
        role.getStyleClass().removeIf(c -> c.startsWith("badge-"));
        role.getStyleClass().add("badge-" + item.role().name().toLowerCase(Locale.ROOT));
        if (item.role() == ColumnRole.TARGET) {
            getStyleClass().add("role-target");
        } else if (item.role() != ColumnRole.FEATURE) {
            getStyleClass().add("role-excluded");
        }
        setTooltip(new Tooltip(item.label() + " (column `" + item.name() + "`) · " + item.type().label() + " · " + RoleNames.of(item.role())
                + "\nMissing " + Formats.percent(item.missingShare()) + " · " + Formats.count(item.distinct())
                + " distinct values"));
        setGraphic(box);
    }
}
