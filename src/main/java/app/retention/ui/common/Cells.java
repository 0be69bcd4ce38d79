package app.retention.ui.common;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableColumn;
import javafx.util.Callback;

import java.util.function.Function;

/** Table cell values read from a row object. */
public final class Cells {

    private Cells() {
    }

    public static <S> Callback<TableColumn.CellDataFeatures<S, String>, ObservableValue<String>> text(Function<S, String> read) {
        return cell -> new ReadOnlyStringWrapper(read.apply(cell.getValue()));
    }

    public static <S, T> Callback<TableColumn.CellDataFeatures<S, T>, ObservableValue<T>> value(Function<S, T> read) {
        return cell -> new ReadOnlyObjectWrapper<>(read.apply(cell.getValue()));
    }
}
