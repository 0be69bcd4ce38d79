package app.retention.ui.common;

import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Supplier;

/** The screen side of exporting: the clipboard, Ctrl+C on tables, and the save dialog for charts. */
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

    /** Asks where to save a chart; null when the user cancels. */
    public static Path chooseChartFile(Node owner, String suggestedName, boolean svg) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(svg ? "Save chart as SVG" : "Save chart as PNG");
        chooser.getExtensionFilters().add(svg ? new FileChooser.ExtensionFilter("SVG image", "*.svg")
                : new FileChooser.ExtensionFilter("PNG image", "*.png"));
        chooser.setInitialFileName(suggestedName);
        Window window = owner.getScene() == null ? null : owner.getScene().getWindow();
        File file = chooser.showSaveDialog(window);
        return file == null ? null : file.toPath();
    }
}
