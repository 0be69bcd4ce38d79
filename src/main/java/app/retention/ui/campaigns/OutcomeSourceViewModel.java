package app.retention.ui.campaigns;

import app.retention.campaign.CampaignService;
import app.retention.campaign.OutcomeColumns;
import app.retention.data.DatasetCatalog;
import app.retention.domain.ColumnInfo;
import app.retention.domain.DatasetInfo;
import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.common.Dialogs;
import app.retention.ui.common.ErrorReporter;
import app.retention.ui.common.LatestRequest;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * "Choose the outcomes…" on the Campaigns screen (issue 15 §2): where a campaign's outcomes come from, a file or a
 * later labelled snapshot already in the workspace (e.g. next month's data with its churn column), and which of its
 * columns holds the customer id, churned, reached and revenue. A column left on {@link #BY_NAME} is found by its
 * name, as {@code campaign outcomes} does without {@code --id-column} and the like. The source's columns are read in
 * the background.
 */
public final class OutcomeSourceViewModel {

    /** The choice that leaves a column to be found by its name. */
    public static final String BY_NAME = "(found by its name)";

    /** Where the outcomes come from. */
    public sealed interface Source permits FromFile, FromDataset {
        /** The file or dataset, as a message names it. */
        String describe();
    }

    /** An outcomes file (CSV, Excel, ARFF). */
    public record FromFile(Path file, OutcomeColumns columns) implements Source {
        @Override
        public String describe() {
            return file.getFileName().toString();
        }
    }

    /** A labelled dataset of the workspace; customers in no arm of the campaign are always left aside. */
    public record FromDataset(DatasetInfo dataset, OutcomeColumns columns) implements Source {
        @Override
        public String describe() {
            return dataset.reference();
        }
    }

    private final CampaignService campaigns;
    private final DatasetCatalog datasets;
    private final BackgroundTasks tasks;
    private final LatestRequest reading;
    private final ErrorReporter errors;
    private final Dialogs dialogs;
    private final BooleanProperty fromDataset = new SimpleBooleanProperty(false);
    private final StringProperty file = new SimpleStringProperty("");
    private final ObjectProperty<DatasetInfo> dataset = new SimpleObjectProperty<>();
    private final ObservableList<DatasetInfo> datasetChoices = FXCollections.observableArrayList();
    private final ObservableList<String> columns = FXCollections.observableArrayList(BY_NAME);
    private final StringProperty idColumn = new SimpleStringProperty(BY_NAME);
    private final StringProperty churnColumn = new SimpleStringProperty(BY_NAME);
    private final StringProperty reachedColumn = new SimpleStringProperty(BY_NAME);
    private final StringProperty revenueColumn = new SimpleStringProperty(BY_NAME);
    private final BooleanProperty ignoreUnknown = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public OutcomeSourceViewModel(CampaignService campaigns, DatasetCatalog datasets, BackgroundTasks tasks,
                                  ErrorReporter errors, Dialogs dialogs) {
        this.campaigns = campaigns;
        this.datasets = datasets;
        this.tasks = tasks;
        this.reading = new LatestRequest(tasks);
        this.errors = errors;
        this.dialogs = dialogs;
        file.addListener((obs, was, now) -> readColumns());
        dataset.addListener((obs, was, now) -> readColumns());
        fromDataset.addListener((obs, was, now) -> readColumns());
    }

    /** Lists the datasets that know who churned (the ones that can be outcomes), newest first, in the background. */
    public void refresh() {
        tasks.submit("Listing the labelled datasets", ctx -> {
            List<DatasetInfo> labelled = new ArrayList<>();
            for (DatasetInfo d : datasets.list()) {
                if (d.targetColumn() != null) {
                    labelled.add(d);
                }
            }
            labelled.sort(java.util.Comparator.comparing(DatasetInfo::importedAt).reversed());
            return labelled;
        }, list -> {
            datasetChoices.setAll(list);
            if (dataset.get() == null && !list.isEmpty()) {
                dataset.set(list.get(0));
            }
        }, errors::report);
    }

    /** Browse…: asks for the outcomes file. */
    public void chooseFile() {
        dialogs.openFile(new Dialogs.FileRequest("Outcomes file", List.of(Dialogs.FileType.of(
                "Outcomes (CSV, Excel, ARFF)", "csv", "txt", "tsv", "xlsx", "arff"), Dialogs.FileType.ANY), null,
                null)).ifPresent(path -> file.set(path.toAbsolutePath().toString()));
    }

    /** The columns of the file or dataset chosen, for the four choices; a choice no longer offered goes back. */
    private void readColumns() {
        boolean useDataset = fromDataset.get();
        DatasetInfo d = dataset.get();
        String f = file.get();
        problem.set("");
        if (useDataset ? d == null : f == null || f.isBlank()) {
            offer(List.of());
            return;
        }
        reading.submit("Reading the outcome columns", ctx -> useDataset
                ? datasets.columns(d).stream().map(ColumnInfo::name).toList()
                : campaigns.outcomeColumns(Path.of(f.strip())), this::offer, failure -> {
                    offer(List.of());
                    problem.set(app.retention.ui.common.UserMessages.describe(failure));
                });
    }

    private void offer(List<String> names) {
        List<String> choices = new ArrayList<>();
        choices.add(BY_NAME);
        choices.addAll(names);
        columns.setAll(choices);
        for (StringProperty choice : List.of(idColumn, churnColumn, reachedColumn, revenueColumn)) {
            if (!columns.contains(choice.get())) {
                choice.set(BY_NAME);
            }
        }
    }

    /** The source as chosen; null while no file or dataset is chosen. */
    public Source source() {
        OutcomeColumns chosen = new OutcomeColumns(named(idColumn), named(churnColumn), named(reachedColumn),
                named(revenueColumn), ignoreUnknown.get());
        if (fromDataset.get()) {
            return dataset.get() == null ? null : new FromDataset(dataset.get(), chosen);
        }
        return file.get() == null || file.get().isBlank() ? null : new FromFile(Path.of(file.get().strip()), chosen);
    }

    private static String named(StringProperty choice) {
        String value = choice.get();
        return value == null || value.isBlank() || value.equals(BY_NAME) ? null : value;
    }

    /** False for a file (the default), true for a labelled dataset of the workspace. */
    public BooleanProperty fromDatasetProperty() {
        return fromDataset;
    }

    public StringProperty fileProperty() {
        return file;
    }

    public ObjectProperty<DatasetInfo> datasetProperty() {
        return dataset;
    }

    /** The workspace's datasets with a churn target, newest first. */
    public ObservableList<DatasetInfo> datasetChoices() {
        return datasetChoices;
    }

    /** {@link #BY_NAME}, then the source's columns. */
    public ObservableList<String> columns() {
        return columns;
    }

    public StringProperty idColumnProperty() {
        return idColumn;
    }

    /** Churned as Yes/No, 1/0, true/false, or a churn date (blank: stayed). */
    public StringProperty churnColumnProperty() {
        return churnColumn;
    }

    /** Whether the contact was made; optional. */
    public StringProperty reachedColumnProperty() {
        return reachedColumn;
    }

    /** Revenue in the period after; optional. */
    public StringProperty revenueColumnProperty() {
        return revenueColumn;
    }

    /** A file only: leave aside rows of customers in no arm (a dataset always does). */
    public BooleanProperty ignoreUnknownProperty() {
        return ignoreUnknown;
    }

    /** Why the chosen file's columns could not be read; empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
