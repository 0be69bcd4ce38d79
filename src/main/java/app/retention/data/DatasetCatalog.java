package app.retention.data;

import app.retention.domain.ColumnInfo;
import app.retention.domain.CustomerValue;
import app.retention.domain.DatasetInfo;
import app.retention.domain.RejectedRow;
import app.retention.domain.StoredRow;
import app.retention.store.DatasetRepository;
import app.retention.store.Workspace;

import java.util.List;
import java.util.Optional;

/**
 * The stored datasets as the screens and commands see them: listing, looking up, reading rows, renaming and
 * deleting. Front ends call this service, never the repository, so that a rule about datasets (a name's form,
 * what a delete removes) lives below them (issue 11).
 */
public final class DatasetCatalog {

    /** The workspace setting that remembers the dataset last opened on the Data screen. */
    private static final String LAST_OPENED = "last_opened_dataset";

    private final Workspace workspace;
    private final DatasetRepository repository;

    public DatasetCatalog(Workspace workspace) {
        this.workspace = workspace;
        this.repository = workspace.datasets();
    }

    /** The id of the dataset last opened, so that the app reopens where the user left off (finding M10). */
    public Optional<Long> lastOpened() {
        return workspace.setting(LAST_OPENED).filter(id -> id.matches("\\d{1,18}")).map(Long::parseLong);
    }

    /** Remembers {@code dataset} as the one last opened. */
    public void rememberOpened(DatasetInfo dataset) {
        workspace.putSetting(LAST_OPENED, Long.toString(dataset.id()));
    }

    /** Every version of every dataset, by name, newest version first. */
    public List<DatasetInfo> list() {
        return repository.list();
    }

    /** A dataset by {@code name} (its latest version) or {@code name@version}. */
    public Optional<DatasetInfo> find(String reference) {
        return repository.find(reference);
    }

    /** Like {@link #find}, but fails with a message naming the known datasets. */
    public DatasetInfo require(String reference) {
        return repository.require(reference);
    }

    public List<ColumnInfo> columns(DatasetInfo dataset) {
        return repository.columns(dataset);
    }

    /** Up to {@code limit} stored rows from {@code offset}, in file order. */
    public List<StoredRow> rows(DatasetInfo dataset, long offset, int limit) {
        return repository.rows(dataset, offset, limit);
    }

    /** The rows the import quarantined, with their line and reason. */
    public List<RejectedRow> rejectedRows(DatasetInfo dataset) {
        return repository.rejectedRows(dataset);
    }

    /** Renames every version of a dataset; refuses a taken or malformed name. */
    public void rename(String name, String newName) {
        repository.rename(name, newName);
    }

    /** What a customer of this dataset is worth, as the user set it (every version), or {@link CustomerValue#NONE}. */
    public CustomerValue customerValue(String name) {
        return repository.customerValue(repository.require(name).name());
    }

    /**
     * Sets what a customer of this dataset is worth (every version), or clears it with {@link CustomerValue#NONE}:
     * the next segment of it starts from this value (finding M5).
     *
     * @throws ImportException when the column is not a numeric column of the dataset's latest version
     */
    public CustomerValue setCustomerValue(String name, CustomerValue value) {
        DatasetInfo latest = repository.require(name);
        if (value.isSet()) {
            ColumnInfo column = repository.columns(latest).stream().filter(c -> c.name().equals(value.column()))
                    .findFirst().orElseThrow(() -> new ImportException("There is no column `" + value.column()
                            + "` in " + latest.name() + " to take customer value from."));
            if (!column.type().isNumeric()) {
                throw new ImportException("Column `" + column.name() + "` is a " + column.type().label()
                        + " column; customer value must be a number (an integer or decimal column).");
            }
        }
        repository.setCustomerValue(latest.name(), value);
        return value;
    }

    /** Deletes one version with its rows, columns and quarantined rows. */
    public void delete(DatasetInfo dataset) {
        repository.delete(dataset);
    }
}
