package app.retention.ui.common;

import app.retention.error.WorkbenchException;
import javafx.application.Platform;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a written file, or its folder, with the computer's own programs. Works off the JavaFX thread (the desktop
 * call may block); where the computer offers no such programs (a server, a headless test) it says so, with the
 * file's place, instead of failing.
 */
public final class DesktopFiles {

    private final ErrorReporter errors;

    public DesktopFiles(ErrorReporter errors) {
        this.errors = errors;
    }

    /** Opens the file with the program the computer uses for its type (a spreadsheet for a CSV). */
    public void open(Path file) {
        run(file, "open " + file.getFileName(), desktop -> {
            if (!desktop.isSupported(Desktop.Action.OPEN)) {
                throw unsupported(file);
            }
            desktop.open(file.toFile());
        });
    }

    /** Shows the file's folder (with the file selected where the computer can do that). */
    public void showInFolder(Path file) {
        run(file, "show the folder of " + file.getFileName(), desktop -> {
            if (desktop.isSupported(Desktop.Action.BROWSE_FILE_DIR)) {
                desktop.browseFileDirectory(file.toFile());
            } else if (desktop.isSupported(Desktop.Action.OPEN)) {
                File folder = file.toAbsolutePath().getParent().toFile();
                desktop.open(folder);
            } else {
                throw unsupported(file);
            }
        });
    }

    private interface DesktopCall {
        void on(Desktop desktop) throws IOException;
    }

    private void run(Path file, String what, DesktopCall call) {
        Thread thread = new Thread(() -> {
            try {
                if (!Files.exists(file)) {
                    throw new WorkbenchException("Cannot " + what + ": " + file + " is no longer there.");
                }
                if (GraphicsEnvironment.isHeadless() || !Desktop.isDesktopSupported()) {
                    throw unsupported(file);
                }
                call.on(Desktop.getDesktop());
            } catch (IOException | RuntimeException e) {
                WorkbenchException shown = e instanceof WorkbenchException w ? w
                        : new WorkbenchException("Cannot " + what + " (" + e.getMessage() + "). The file is at "
                        + file.toAbsolutePath() + ".", e);
                Platform.runLater(() -> errors.report(shown));
            }
        }, "desktop-open");
        thread.setDaemon(true);
        thread.start();
    }

    private static WorkbenchException unsupported(Path file) {
        return new WorkbenchException("This computer offers no program to open files from here. The file is at "
                + file.toAbsolutePath() + ".");
    }
}
