package app.retention.ui.monitor;

import app.retention.domain.DatasetInfo;
import app.retention.export.ExportResult;
import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.common.Dialogs;
import app.retention.ui.common.ErrorReporter;
import app.retention.ui.common.Formats;
import app.retention.ui.common.LatestRequest;
import app.retention.usecase.BandMigration;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The Monitor screen's band migration (issue 16): the same customers in an earlier snapshot (by default the dataset
 * version imported just before the monitored one) and in the monitored one, both scored by the monitored model and
 * cut into its default bands; the transition matrix, and the customers newly at risk, exportable as a call list
 * through {@link BandMigration#exportNewlyAtRisk} (provenance and export log, as every list).
 */
public final class MigrationViewModel {

    private final BandMigration migration;
    private final BackgroundTasks tasks;
    private final ErrorReporter errors;
    private final Dialogs dialogs;
    private final Consumer<String> notices;
    private final LatestRequest comparing;
    private final ObservableList<DatasetInfo> earlier = FXCollections.observableArrayList();
    private final ObjectProperty<DatasetInfo> before = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<BandMigration.Report> report = new ReadOnlyObjectWrapper<>();
    private final ObservableList<BandMigration.Mover> newlyAtRisk = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper finding = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private DatasetInfo after;
    private Long modelId;
    private boolean offering;

    MigrationViewModel(BandMigration migration, BackgroundTasks tasks, ErrorReporter errors, Dialogs dialogs,
                       Consumer<String> notices) {
        this.migration = migration;
        this.tasks = tasks;
        this.errors = errors;
        this.dialogs = dialogs;
        this.notices = notices;
        this.comparing = new LatestRequest(tasks);
        before.addListener((obs, was, now) -> {
            if (!offering && now != null && modelId != null) {
                compare(modelId);
            }
        });
    }

    /** The versions to compare {@code monitored} with: every other one; by default the one imported just before. */
    void offer(List<DatasetInfo> datasets, DatasetInfo monitored) {
        after = monitored;
        List<DatasetInfo> others = datasets.stream().filter(d -> monitored == null || d.id() != monitored.id())
                .toList();
        DatasetInfo kept = before.get();
        offering = true;
        try {
            earlier.setAll(others);
            before.set(others.stream().filter(d -> kept != null && d.id() == kept.id()).findFirst()
                    .orElse(others.stream().filter(d -> monitored != null && d.id() < monitored.id())
                            .reduce((a, b) -> b).orElse(null)));
        } finally {
            offering = false;
        }
    }

    /** Compares the earlier snapshot with the monitored one, both scored by {@code model}, in the background. */
    void compare(long model) {
        this.modelId = model;
        DatasetInfo from = before.get();
        DatasetInfo to = after;
        if (from == null || to == null) {
            report.set(null);
            newlyAtRisk.clear();
            finding.set("Band migration needs an earlier snapshot of the same customers.");
            return;
        }
        busy.set(true);
        finding.set("Scoring " + from.reference() + " and " + to.reference() + " with model " + model + "…");
        comparing.submit("Comparing bands " + from.reference() + " → " + to.reference(),
                ctx -> migration.compare(from, to, model, ctx), this::shown, failure -> {
                    report.set(null);
                    newlyAtRisk.clear();
                    finding.set(failure.getMessage());
                }, () -> busy.set(comparing.isRunning()));
    }

    private void shown(BandMigration.Report r) {
        report.set(r);
        newlyAtRisk.setAll(r.newlyAtRisk());
        String top = r.bands().get(0);
        finding.set(String.format(Locale.ROOT, "%s customers are in both %s and %s. %s of them moved up into %s: "
                + "not in it then, in it now; the customers to call first.%s",
                Formats.count(r.matched()), r.before(), r.after(), Formats.count(r.newlyAtRisk().size()), top,
                r.onlyNow() == 0 ? "" : " " + Formats.count(r.onlyNow()) + " customers are new in " + r.after()
                        + "."));
    }

    /** Asks where, then writes the customers newly at risk as a call list (with provenance, logged). */
    public void exportNewlyAtRisk() {
        BandMigration.Report r = report.get();
        if (r == null || r.newlyAtRisk().isEmpty()) {
            return;
        }
        String name = ("newly-at-risk-" + r.before() + "-to-" + r.after()).replaceAll("[^\\p{L}\\p{N}._-]+", "-");
        dialogs.saveFile(Dialogs.FileRequest.save("Export the customers newly at risk as a call list", name + ".csv",
                Dialogs.FileType.CSV, Dialogs.FileType.of("Excel workbook", "xlsx"))).ifPresent(file -> export(r,
                file));
    }

    private void export(BandMigration.Report r, Path file) {
        String user = System.getProperty("user.name", "unknown");
        tasks.submit("Exporting the customers newly at risk", ctx -> migration.exportNewlyAtRisk(r, file, user),
                (ExportResult done) -> {
                    errors.succeeded("call list");
                    notices.accept("Call list of " + Formats.count(done.rows()) + " customers newly at risk saved to "
                            + done.file() + ", with its provenance; personal data masked.");
                }, failure -> errors.report("call list", failure));
    }

    /** The other dataset versions, oldest first. */
    public ObservableList<DatasetInfo> earlier() {
        return earlier;
    }

    public ObjectProperty<DatasetInfo> beforeProperty() {
        return before;
    }

    public ReadOnlyObjectProperty<BandMigration.Report> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Customers now in the top band who were not, highest probability first. */
    public ObservableList<BandMigration.Mover> newlyAtRisk() {
        return newlyAtRisk;
    }

    public ReadOnlyStringProperty findingProperty() {
        return finding.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
