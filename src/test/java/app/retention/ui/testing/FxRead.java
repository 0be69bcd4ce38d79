package app.retention.ui.testing;

import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Reads what a screen shows on the JavaFX thread, for GUI tests: a table's items read from the test thread while
 * the screen fills them can fail half-way (a sorted list caught mid-update, seen on a loaded machine).
 */
public final class FxRead {

    private FxRead() {
    }

    public static <T> T of(Supplier<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read::get).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }
}
