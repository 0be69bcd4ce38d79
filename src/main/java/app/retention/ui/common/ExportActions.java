package app.retention.ui.common;

import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.util.function.Supplier;

/** The screen side of exporting: the clipboard and Ctrl+C on tables (files are asked for through {@link Dialogs}). */
public final class ExportActions {

    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private ExportActions() {
    }

    public static void copy(String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** Ctrl+C (Cmd+C) in the table copies the whole table as tab-separated text. */
    public static void copyOnShortcut(TableView<?> table, Supplier<String> tsv) {
        table.setOnKeyPressed(event -> {
            if (COPY.match(event)) {
                copy(tsv.get());
                event.consume();
            }
        });
    }
}
