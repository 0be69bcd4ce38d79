package app.retention.ui.testing;

import app.retention.ui.common.Dialogs;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@link Dialogs} for tests: each question takes the next queued answer, in order, and is recorded. A question with
 * no answer queued fails the test, so a screen that asks something unexpected is noticed.
 */
public final class ScriptedDialogs implements Dialogs {

    private final Deque<Function<Object, Object>> answers = new ArrayDeque<>();
    private final List<Object> asked = new ArrayList<>();

    /** The next file or folder question is answered with {@code file}. */
    public ScriptedDialogs choose(Path file) {
        answers.add(question -> Optional.of(file));
        return this;
    }

    /** The next file question is answered with the file it proposes (folder and name), as a user pressing Save. */
    public ScriptedDialogs acceptProposed() {
        answers.add(question -> Optional.of(((FileRequest) question).proposed()));
        return this;
    }

    /** The next file or folder question is cancelled. */
    public ScriptedDialogs cancel() {
        answers.add(question -> Optional.empty());
        return this;
    }

    /** The next text question is answered with {@code text} (empty: the user cancels). */
    public ScriptedDialogs type(String text) {
        answers.add(question -> Optional.ofNullable(text));
        return this;
    }

    /** The next confirmation is answered yes ({@code true}) or no. */
    public ScriptedDialogs confirm(boolean yes) {
        answers.add(question -> yes);
        return this;
    }

    /** Every question asked so far, oldest first: {@link FileRequest}s, {@link Confirmation}s, folder titles. */
    public synchronized List<Object> asked() {
        return List.copyOf(asked);
    }

    /** The last file question asked. */
    public FileRequest lastFileRequest() {
        return asked().stream().filter(FileRequest.class::isInstance).map(FileRequest.class::cast)
                .reduce((first, second) -> second).orElseThrow(() -> new AssertionError("no file was asked for"));
    }

    @Override
    public Optional<Path> openFile(FileRequest request) {
        return answer(request, Optional.class);
    }

    @Override
    public Optional<Path> saveFile(FileRequest request) {
        return answer(request, Optional.class);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path start) {
        return answer(title, Optional.class);
    }

    @Override
    public Optional<String> askText(TextRequest request) {
        return answer(request, Optional.class);
    }

    @Override
    public boolean confirm(Confirmation question) {
        return answer(question, Boolean.class);
    }

    @SuppressWarnings("unchecked")
    private synchronized <T> T answer(Object question, Class<?> expected) {
        asked.add(question);
        Function<Object, Object> next = answers.poll();
        if (next == null) {
            throw new AssertionError("unexpected question, no answer queued: " + question);
        }
        Object answer = next.apply(question);
        if (!expected.isInstance(answer)) {
            throw new AssertionError("the next queued answer (" + answer + ") does not answer " + question);
        }
        return (T) answer;
    }
}
