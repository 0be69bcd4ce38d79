package app.retention.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The app's {@link Dialogs}: the system's file and folder choosers and a confirmation alert, each owned by the
 * window the user is working in (the main window, or the import wizard in front of it), so it stays on top of it.
 */
public final class FxDialogs implements Dialogs {

    @Override
    public Optional<Path> openFile(FileRequest request) {
        return path(chooser(request).showOpenDialog(owner()));
    }

    @Override
    public Optional<Path> saveFile(FileRequest request) {
        return path(chooser(request).showSaveDialog(owner()));
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path start) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (start != null && Files.isDirectory(start)) {
            chooser.setInitialDirectory(start.toFile());
        }
        return path(chooser.showDialog(owner()));
    }

    @Override
    public boolean confirm(Confirmation question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question.details(), ButtonType.CANCEL, ButtonType.OK);
        alert.initOwner(owner());
        alert.setTitle(question.title());
        alert.setHeaderText(question.question());
        Button action = (Button) alert.getDialogPane().lookupButton(ButtonType.OK);
        action.setText(question.action());
        // a destructive action is never what Enter does
        action.setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    @Override
    public Optional<String> askText(TextRequest request) {
        TextInputDialog dialog = new TextInputDialog(request.proposed());
        dialog.initOwner(owner());
        dialog.setTitle(request.title());
        dialog.setHeaderText(request.question());
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.OK)).setText(request.action());
        return dialog.showAndWait();
    }

    private static FileChooser chooser(FileRequest request) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(request.title());
        for (FileType type : request.types()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.description(),
                    type.extensions().stream().map(ext -> "*." + ext).toList()));
        }
        if (request.folder() != null && Files.isDirectory(request.folder())) {
            chooser.setInitialDirectory(request.folder().toFile());
        }
        if (request.fileName() != null) {
            chooser.setInitialFileName(request.fileName());
        }
        return chooser;
    }

    private static Window owner() {
        return Window.getWindows().stream().filter(Window::isFocused).findFirst()
                .orElse(Window.getWindows().stream().filter(Window::isShowing).findFirst().orElse(null));
    }

    private static Optional<Path> path(File file) {
        return Optional.ofNullable(file).map(File::toPath);
    }
}
