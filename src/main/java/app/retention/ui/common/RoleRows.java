package app.retention.ui.common;

import app.retention.domain.ColumnRole;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.util.Callback;

import java.util.function.Function;

/** Table rows of columns marked by role: the target stands out, columns left out of models are greyed. */
public final class RoleRows {

    private RoleRows() {
    }

    public static <S> Callback<TableView<S>, TableRow<S>> byRole(Function<S, ColumnRole> role) {
        return table -> new TableRow<>() {
            @Override
            protected void updateItem(S item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll(Styles.ROLE_TARGET, Styles.ROLE_EXCLUDED);
                if (!empty && item != null) {
                    ColumnRole r = role.apply(item);
                    if (r == ColumnRole.TARGET) {
                        getStyleClass().add(Styles.ROLE_TARGET);
                    } else if (r != ColumnRole.FEATURE) {
                        getStyleClass().add(Styles.ROLE_EXCLUDED);
                    }
                }
            }
        };
    }
}
