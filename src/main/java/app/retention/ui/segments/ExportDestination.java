package app.retention.ui.segments;

import app.retention.domain.ExportKind;
import app.retention.error.WorkbenchException;
import app.retention.segment.Segment;
import app.retention.ui.common.Dialogs;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where an export is written: {@code <workspace>/exports/<segment>-<kind>.<ext>} proposed for the segment and kind
 * shown (keeping a folder the user chose before), the Browse… chooser, and the proposed folder made on first use
 * (a folder the user typed must exist, so a typo is not created).
 */
public final class ExportDestination {

    private final Path workspaceFolder;
    private final Dialogs dialogs;
    private final ObservableValue<Segment> segment;
    private final ObservableValue<ExportKind> kind;
    private final StringProperty file = new SimpleStringProperty("");

    ExportDestination(Path workspaceFolder, Dialogs dialogs, ObservableValue<Segment> segment,
                      ObservableValue<ExportKind> kind) {
        this.workspaceFolder = workspaceFolder;
        this.dialogs = dialogs;
        this.segment = segment;
        this.kind = kind;
        segment.addListener((obs, was, now) -> suggestFile());
        kind.addListener((obs, was, now) -> suggestFile());
    }

    /** Proposes {@code <workspace>/exports/<segment>-<kind>.<ext>}, keeping a folder the user chose before. */
    private void suggestFile() {
        Segment s = segment.getValue();
        if (s == null) {
            file.set("");
            return;
        }
        Path folder = file.get().isBlank() ? proposedFolder() : Path.of(file.get()).toAbsolutePath().getParent();
        file.set(folder.resolve(defaultFileName()).toString());
    }

    /** {@code <workspace>/exports}: the folder exports go to unless the user chooses another; made on first use. */
    Path proposedFolder() {
        return workspaceFolder.resolve("exports").toAbsolutePath().normalize();
    }

    /**
     * Browse…: asks where to write, in the folder of the file shown, proposing its name (or the default one), and
     * shows the file chosen. False when the user cancels.
     */
    public boolean chooseFile() {
        ExportKind k = kind.getValue();
        List<Dialogs.FileType> types = k.extensions().stream()
                .map(ext -> Dialogs.FileType.of(ext.toUpperCase(Locale.ROOT) + " file", ext)).toList();
        String current = file.get();
        String name = current == null || current.isBlank() ? defaultFileName()
                : Path.of(current.strip()).getFileName().toString();
        Optional<Path> chosen = dialogs.saveFile(new Dialogs.FileRequest("Export " + k.title().toLowerCase(Locale.ROOT),
                types, folderForChooser(), name));
        chosen.ifPresent(path -> file.set(path.toAbsolutePath().toString()));
        return chosen.isPresent();
    }

    /**
     * The folder the save chooser opens in: the file's folder when it exists, the proposed folder (made now, as the
     * export would) when the file is in it, else the nearest folder above it that exists.
     */
    private Path folderForChooser() {
        String current = file.get();
        Path folder = current == null || current.isBlank() ? proposedFolder()
                : Path.of(current.strip()).toAbsolutePath().normalize().getParent();
        if (folder != null && folder.equals(proposedFolder())) {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                // the chooser opens further up; the export says what is wrong if the user keeps this folder
            }
        }
        while (folder != null && !Files.isDirectory(folder)) {
            folder = folder.getParent();
        }
        return folder;
    }

    /** "churn-high-br-calls.csv": the file name the chooser proposes. */
    private String defaultFileName() {
        Segment s = segment.getValue();
        String base = s == null ? "segment" : s.definition().name().toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]+", "-");
        ExportKind k = kind.getValue();
        return base + "-" + k.fileSuffix() + "." + k.extensions().get(0);
    }

    /** Only the folder this screen proposed is made: a folder the user typed must exist, so a typo is not created. */
    static void makeProposedFolder(Path out, Path proposed) {
        Path folder = out.toAbsolutePath().normalize().getParent();
        if (folder == null || !folder.equals(proposed) || Files.isDirectory(folder)) {
            return;
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new WorkbenchException("Cannot create the export folder " + folder + " (" + e.getMessage()
                    + "). Choose another location.", e);
        }
    }

    /** The file to write, as a path; the view's Browse… button fills it from a file chooser. */
    public StringProperty fileProperty() {
        return file;
    }
}
