package app.retention.ui.data;

import app.retention.data.DatasetCatalog;
import app.retention.domain.DatasetInfo;
import app.retention.domain.StoredRow;
import app.retention.ui.common.Formats;
import app.retention.ui.common.LatestRequest;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The selected dataset's rows on the Data screen, one page at a time: which page is shown, how many there are, and
 * moving between them. Pages are read in the background; a page of a dataset the user has left is dropped.
 */
public final class RowPages {

    public static final int PAGE_SIZE = 100;

    private final DatasetCatalog repository;
    private final LatestRequest reading;
    private final ReadOnlyBooleanWrapper loading;
    private final Supplier<DatasetInfo> selected;
    private final Consumer<Throwable> failed;
    private final ObservableList<StoredRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper page = new ReadOnlyLongWrapper(0);
    private final ReadOnlyLongWrapper pageCount = new ReadOnlyLongWrapper(0);
    private final ReadOnlyStringWrapper rowRange = new ReadOnlyStringWrapper("");
    private final BooleanBinding canGoBack = Bindings.createBooleanBinding(() -> page.get() > 0, page);
    private final BooleanBinding canGoForward =
            Bindings.createBooleanBinding(() -> page.get() + 1 < pageCount.get(), page, pageCount);

    /**
     * @param reading  the screen's reads: a page read is cancelled by a newer read of any kind
     * @param loading  the screen's "reading" flag, set while a page is read
     * @param selected the dataset whose rows are paged
     */
    RowPages(DatasetCatalog repository, LatestRequest reading, ReadOnlyBooleanWrapper loading,
             Supplier<DatasetInfo> selected, Consumer<Throwable> failed) {
        this.repository = repository;
        this.reading = reading;
        this.loading = loading;
        this.selected = selected;
        this.failed = failed;
    }

    /** No dataset: no rows, no pages. */
    void clear() {
        rows.clear();
        page.set(0);
        pageCount.set(0);
        rowRange.set("");
    }

    /** Shows the first page of a dataset just read. */
    void showFirst(DatasetInfo dataset, List<StoredRow> firstPage) {
        pageCount.set((dataset.rowsImported() + PAGE_SIZE - 1) / PAGE_SIZE);
        show(0, firstPage);
    }

    private void show(long number, List<StoredRow> pageRows) {
        loading.set(false);
        page.set(number);
        rows.setAll(pageRows);
        long total = selected.get().rowsImported();
        long from = number * PAGE_SIZE + 1;
        long to = Math.min(total, from + PAGE_SIZE - 1);
        rowRange.set(total == 0 ? "No rows"
                : "Rows " + Formats.count(from) + "–" + Formats.count(to) + " of " + Formats.count(total));
    }

    /** Shows page {@code number} (0-based) of the selected dataset, clamped to the pages it has. */
    public void goToPage(long number) {
        DatasetInfo dataset = selected.get();
        if (dataset == null || pageCount.get() == 0) {
            return;
        }
        long target = Math.max(0, Math.min(number, pageCount.get() - 1));
        reading.cancel();
        loading.set(true);
        reading.submit("Reading rows of " + dataset.name(), ctx -> {
            ctx.checkCancelled();
            return repository.rows(dataset, target * PAGE_SIZE, PAGE_SIZE);
        }, pageRows -> {
            if (dataset == selected.get()) {
                show(target, pageRows);
            }
        }, failed, () -> loading.set(false));
    }

    public void firstPage() {
        goToPage(0);
    }

    public void previousPage() {
        goToPage(page.get() - 1);
    }

    public void nextPage() {
        goToPage(page.get() + 1);
    }

    public void lastPage() {
        goToPage(pageCount.get() - 1);
    }

    public ObservableList<StoredRow> rows() {
        return rows;
    }

    public ReadOnlyLongProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    /** "Rows 101–200 of 250". */
    public ReadOnlyStringProperty rowRangeProperty() {
        return rowRange.getReadOnlyProperty();
    }

    public BooleanBinding canGoBackProperty() {
        return canGoBack;
    }

    public BooleanBinding canGoForwardProperty() {
        return canGoForward;
    }
}
