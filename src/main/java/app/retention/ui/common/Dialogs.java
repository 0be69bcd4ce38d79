package app.retention.ui.common;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a screen asks the user in a dialog: a file to read, where to write, a folder, or "are you sure". View models
 * ask through it, so the decision (which file is proposed, what happens after a yes) is theirs and testable; the
 * app answers with the system's dialogs ({@link FxDialogs}), tests with queued answers.
 */
public interface Dialogs {

    /** The file to read; empty when the user cancels. */
    Optional<Path> openFile(FileRequest request);

    /** Where to write; empty when the user cancels. The system's chooser asks before replacing a file. */
    Optional<Path> saveFile(FileRequest request);

    /** A folder; empty when the user cancels. {@code start} may be null. */
    Optional<Path> chooseFolder(String title, Path start);

    /** True only when the user picks the question's action; cancelling or closing the dialog is a no. */
    boolean confirm(Confirmation question);

    /** A line of text (a new name); empty when the user cancels. */
    Optional<String> askText(TextRequest request);

    /** A file name to propose for {@code words}: what is not a letter, digit, dot, dash or underscore becomes _. */
    static String fileName(String words, String extension) {
        return words.replaceAll("[^\\p{L}\\p{N}._-]+", "_") + "." + extension;
    }

    /** A kind of file the chooser offers, e.g. "CSV file" with {@code csv}; {@code *} matches every file. */
    record FileType(String description, List<String> extensions) {

        public static final FileType CSV = of("CSV file", "csv");
        public static final FileType PNG = of("PNG image", "png");
        public static final FileType SVG = of("SVG image", "svg");
        public static final FileType ANY = of("All files", "*");

        public FileType {
            extensions = List.copyOf(extensions);
        }

        public static FileType of(String description, String... extensions) {
            return new FileType(description, Arrays.asList(extensions));
        }
    }

    /**
     * A chooser's title, the file types it offers (the first is selected), the folder it opens in and the file
     * name it proposes; folder and name may be null.
     */
    record FileRequest(String title, List<FileType> types, Path folder, String fileName) {

        public FileRequest {
            types = List.copyOf(types);
        }

        /** Asks to save {@code fileName} as one of {@code types}, in the chooser's own folder. */
        public static FileRequest save(String title, String fileName, FileType... types) {
            return new FileRequest(title, Arrays.asList(types), null, fileName);
        }

        public FileRequest in(Path start) {
            return new FileRequest(title, types, start, fileName);
        }

        /** The file the chooser proposes: the name in the folder (the working folder when none is given). */
        public Path proposed() {
            Path name = Path.of(fileName == null ? "" : fileName);
            return folder == null ? name.toAbsolutePath() : folder.resolve(name);
        }
    }

    /** "New name for segment 'x'", with the text proposed in the field ({@code proposed}) and the button's word. */
    record TextRequest(String title, String question, String proposed, String action) {
    }

    /**
     * "Delete segment 'x'?" with what it means in {@code details} and the word on the button that does it
     * ("Delete"); the other button is Cancel, and it is the default.
     */
    record Confirmation(String title, String question, String details, String action) {
    }
}
