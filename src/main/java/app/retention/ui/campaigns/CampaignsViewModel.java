package app.retention.ui.campaigns;

import app.retention.campaign.CampaignReadout;
import app.retention.campaign.CampaignService;
import app.retention.campaign.OutcomeColumns;
import app.retention.campaign.OutcomeReport;
import app.retention.campaign.ReadoutWords;
import app.retention.domain.CampaignRecord;
import app.retention.domain.CampaignStatus;
import app.retention.export.ReadoutReport;
import app.retention.task.TaskState;
import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.common.ChartFiles;
import app.retention.ui.common.Dialogs;
import app.retention.ui.common.ErrorReporter;
import app.retention.ui.common.Formats;
import app.retention.ui.common.LatestRequest;
import app.retention.ui.common.UserMessages;
import app.retention.usecase.UpliftModels;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The Campaigns screen (issue 15): the workspace's campaigns with their status, and the selected one's plan and,
 * once its outcomes are in, its readout against the control group (the same numbers as {@code campaign readout}:
 * bootstrap seed 1, 2,000 resamples). Outcomes are imported from a file and the readout exported as PDF or HTML,
 * all in the background.
 */
public final class CampaignsViewModel {

    /** The ROI bootstrap's seed and resamples: the CLI's defaults, so the screen and {@code campaign readout} agree. */
    static final long SEED = 1;
    static final int RESAMPLES = 2000;
    static final String IMPORT_ACTION = "outcome import";
    private static final Dialogs.FileType TABLES = Dialogs.FileType.of("Outcomes (CSV, Excel, ARFF)", "csv", "txt",
            "tsv", "xlsx", "arff");

    private final CampaignService campaigns;
    private final BackgroundTasks tasks;
    private final LatestRequest reading;
    private final ErrorReporter errors;
    private final Consumer<String> notices;
    private final Dialogs dialogs;
    private final WhoRespondsViewModel whoResponds;
    private final ObservableList<CampaignRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<CampaignRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<CampaignReadout> readout = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<ReadoutSheet.Row>> plan = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper importError = new ReadOnlyStringWrapper("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final BooleanProperty readingOut = new SimpleBooleanProperty(false);
    private final BooleanProperty working = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private String wanted;
    private boolean reshow;

    public CampaignsViewModel(CampaignService campaigns, UpliftModels uplift, BackgroundTasks tasks,
                              ErrorReporter errors, Consumer<String> notices, Dialogs dialogs) {
        this.campaigns = campaigns;
        this.whoResponds = new WhoRespondsViewModel(uplift, tasks, errors);
        this.tasks = tasks;
        this.reading = new LatestRequest(tasks);
        this.errors = errors;
        this.notices = notices;
        this.dialogs = dialogs;
        busy.bind(loading.or(readingOut).or(working));
        selected.addListener((obs, was, now) -> {
            boolean same = was != null && now != null && was.name().equals(now.name());
            // reading out marks a campaign read out: the readout on screen is that one's
            boolean shown = same && now.campaign().status() == CampaignStatus.READ_OUT && readout.get() != null;
            if (!same || reshow || (!shown && was.campaign().status() != now.campaign().status())) {
                reshow = false;
                show(now);
            }
        });
    }

    /** Who to call next time: the selected campaign's uplift model. */
    public WhoRespondsViewModel whoResponds() {
        return whoResponds;
    }

    /** Reads the campaigns again (an export may have launched one since), keeping the selection. */
    public void refresh() {
        refresh(() -> { });
    }

    /** Reads the campaigns again, then runs {@code then} on the screen's thread. */
    public void refresh(Runnable then) {
        loading.set(true);
        tasks.submit("Reading the campaigns", ctx -> {
            List<CampaignRow> fresh = new ArrayList<>();
            for (CampaignRecord c : campaigns.list()) {
                fresh.add(new CampaignRow(c, campaigns.arms(c), campaigns.callOrder(c)));
            }
            return fresh;
        }, fresh -> {
            loading.set(false);
            listed(fresh);
            then.run();
        }, failure -> {
            loading.set(false);
            errors.report(failure);
        }, status -> {
            if (status.state() == TaskState.CANCELLED) {
                loading.set(false);
            }
        });
    }

    private void listed(List<CampaignRow> fresh) {
        String keep = wanted != null ? wanted : selected.get() == null ? null : selected.get().name();
        wanted = null;
        rows.setAll(fresh);
        summarise();
        selected.set(fresh.stream().filter(r -> r.name().equals(keep)).findFirst()
                .orElse(fresh.isEmpty() ? null : fresh.get(0)));
    }

    private void summarise() {
        long readOut = rows.stream().filter(r -> r.campaign().status() == CampaignStatus.READ_OUT).count();
        summary.set(rows.isEmpty() ? "No campaigns yet." : Formats.count(rows.size())
                + (rows.size() == 1 ? " campaign, " : " campaigns, ") + Formats.count(readOut) + " read out");
    }

    /** Shows the campaign of that name once the list is read (the Exports screen's "Open campaign"). */
    public void open(String name) {
        wanted = name;
        refresh();
    }

    private void show(CampaignRow row) {
        readout.set(null);
        importError.set("");
        plan.set(row == null ? List.of() : planOf(row));
        whoResponds.show(row == null ? null : row.name(), row != null && (row.campaign().status()
                == CampaignStatus.OUTCOMES_IN || row.campaign().status() == CampaignStatus.READ_OUT));
        if (row == null) {
            reading.cancel();
            readingOut.set(false);
            state.set(rows.isEmpty() ? "No campaigns yet. Launch one on the Segments screen: export a call list of "
                    + "a saved segment with \"Launch as a campaign\" ticked." : "Select a campaign.");
            return;
        }
        CampaignStatus status = row.campaign().status();
        if (status == CampaignStatus.PLANNED || status == CampaignStatus.RUNNING) {
            reading.cancel();
            readingOut.set(false);
            state.set((status == CampaignStatus.PLANNED ? "Planned to start on " + row.start() : "Running since "
                    + row.start()) + ": " + row.armSizes() + ". When the outcomes are known (who churned in the "
                    + "following period), import them with Import outcomes… to read the campaign out against its "
                    + "control group.");
            return;
        }
        state.set("Reading " + row.name() + " out against its control group…");
        readingOut.set(true);
        String name = row.name();
        reading.submit("Reading out " + name, ctx -> campaigns.readout(name, SEED, RESAMPLES), r -> {
            readout.set(r);
            state.set("");
            markReadOut(name);
        }, failure -> {
            state.set("This campaign cannot be read out: " + UserMessages.describe(failure));
            errors.report(failure);
        }, () -> readingOut.set(false));
    }

    /** Reading out marks the campaign read out: the list says so without reading everything again. */
    private void markReadOut(String name) {
        for (int i = 0; i < rows.size(); i++) {
            CampaignRow r = rows.get(i);
            if (r.name().equals(name) && r.campaign().status() != CampaignStatus.READ_OUT) {
                CampaignRow now = new CampaignRow(r.campaign().withStatus(CampaignStatus.READ_OUT), r.arms(),
                        r.callOrder());
                boolean wasSelected = selected.get() == r;
                rows.set(i, now);
                summarise();
                if (wasSelected) {
                    selected.set(now); // same name, new status: show() runs, and reads out again only if needed
                }
            }
        }
    }

    /** The campaign's plan in words: channel, offer, economics, how its calls were ordered, where it came from. */
    static List<ReadoutSheet.Row> planOf(CampaignRow row) {
        CampaignRecord c = row.campaign();
        List<ReadoutSheet.Row> fields = new ArrayList<>();
        add(fields, "Status", c.status().label());
        add(fields, "Segment", c.segmentName());
        add(fields, "Call order", row.ranking()); // the readout's words (ReadoutWords.ranking)
        add(fields, "Start", c.startDate().toString());
        add(fields, "Goal", c.goal());
        add(fields, "Channel", c.channel());
        add(fields, "Offer", c.offer());
        add(fields, "Contacts planned", Formats.count(c.capacity()));
        String unit = c.valueUnit() == null ? "" : " " + c.valueUnit();
        add(fields, "Economics", "contact " + ReadoutWords.money(c.contactCost()) + unit + ", offer "
                + ReadoutWords.money(c.offerCost()) + unit + " taken by " + ReadoutWords.percent(c.acceptance())
                + ", keeps " + ReadoutWords.percent(c.saveRate()) + " of would-be churners");
        add(fields, "Control group", ReadoutWords.percent(c.plannedControlShare()) + " held out, never contacted");
        add(fields, "Customer value", c.valueColumn() == null ? "none set" : "column " + c.valueColumn()
                + (c.valueUnit() == null ? "" : ", in " + c.valueUnit()));
        add(fields, "Model against rule", c.rule());
        return fields;
    }

    private static void add(List<ReadoutSheet.Row> fields, String name, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(new ReadoutSheet.Row(name, List.of(value), false));
        }
    }

    /**
     * Import outcomes…: asks for a file (customer id and churned, optionally reached and revenue) and stores its
     * outcomes for the selected campaign, then reads it out. A refused file stores nothing; why, and where in the
     * file, is shown on the screen.
     */
    public void importOutcomes() {
        CampaignRow row = selected.get();
        if (row == null) {
            return;
        }
        dialogs.openFile(new Dialogs.FileRequest("Outcomes of " + row.name(), List.of(TABLES, Dialogs.FileType.ANY),
                null, null)).ifPresent(file -> importOutcomes(row.name(), file));
    }

    /** Stores the outcomes in {@code file} for campaign {@code name} in the background, columns found by name. */
    public void importOutcomes(String name, Path file) {
        importOutcomes(name, new OutcomeSourceViewModel.FromFile(file, OutcomeColumns.byName()));
    }

    /** "Choose the outcomes…": stores the outcomes of the chosen file or dataset for the selected campaign. */
    public void importChosenOutcomes(OutcomeSourceViewModel.Source source) {
        CampaignRow row = selected.get();
        if (row != null && source != null) {
            importOutcomes(row.name(), source);
        }
    }

    /** Stores the outcomes of {@code source} for campaign {@code name} in the background. */
    public void importOutcomes(String name, OutcomeSourceViewModel.Source source) {
        importError.set("");
        working.set(true);
        tasks.submit("Importing the outcomes of " + name, ctx -> source instanceof OutcomeSourceViewModel.FromDataset d
                ? campaigns.importOutcomes(name, d.dataset(), d.columns())
                : campaigns.importOutcomes(name, ((OutcomeSourceViewModel.FromFile) source).file(),
                ((OutcomeSourceViewModel.FromFile) source).columns()), report -> {
                    working.set(false);
                    errors.succeeded(IMPORT_ACTION);
                    notices.accept(imported(report));
                    wanted = name;
                    reshow = true;
                    // the status changes to "outcomes in" (the selection then shows it); if it was that already, here
                    refresh(() -> {
                        if (reshow) {
                            reshow = false;
                            show(selected.get());
                        }
                    });
                }, failure -> {
                    working.set(false);
                    importError.set(refusal(source.describe(), UserMessages.describe(failure)));
                    errors.report(IMPORT_ACTION, failure);
                });
    }

    /**
     * Why a file was refused, as the screen says it: the file first, then the reader's message (which names the
     * line and column) with the command line's options replaced by what to change in the file.
     */
    static String refusal(String source, String why) {
        String onScreen = why
                .replace("Name it with --id-column", "Name that column customer_id in the file")
                .replace("Name it with --churn-column", "Name that column churned in the file (Yes/No or a churn "
                        + "date)")
                .replace("Name the id column with --id-column", "Check that the file's id column holds the "
                        + "campaign's customer ids")
                .replace("or add --ignore-unknown to leave them aside", "or remove those rows")
                .replaceAll(" \\(--[a-z]+-column\\)", "")
                .replace("; nothing was stored.", ".");
        return "Nothing was stored from " + source + ". " + onScreen;
    }

    static String imported(OutcomeReport report) {
        String text = "Stored the outcomes of " + Formats.count(report.matched()) + " customers of " + report.campaign()
                + " from " + Formats.fileName(report.source()) + (report.replaced() ? " (replacing the earlier ones)"
                : "") + ".";
        if (report.missing() > 0) {
            text += " " + Formats.count(report.missing()) + " have no outcome (" + Formats.count(report.missingTreated())
                    + " contacted, " + Formats.count(report.missingControl()) + " control).";
        }
        if (report.ignored() > 0) {
            text += " " + Formats.count(report.ignored()) + " rows of other customers were left aside.";
        }
        return text;
    }

    /** Export readout…: asks where to write the report (PDF, or HTML when {@code pdf} is false) and writes it. */
    public void exportReadout(boolean pdf) {
        CampaignReadout r = readout.get();
        if (r == null) {
            return;
        }
        String extension = pdf ? "pdf" : "html";
        Dialogs.FileType type = pdf ? Dialogs.FileType.of("PDF document", "pdf")
                : Dialogs.FileType.of("HTML page", "html");
        dialogs.saveFile(Dialogs.FileRequest.save("Export the readout of " + r.campaign().name(),
                fileStem(r.campaign().name()) + "-readout." + extension, type)).ifPresent(file -> {
                    working.set(true);
                    tasks.submit("Writing the readout of " + r.campaign().name(), ctx -> ReadoutReport.write(r, file),
                            written -> {
                                working.set(false);
                                notices.accept("Wrote the readout of " + r.campaign().name() + " to " + written);
                            }, failure -> {
                                working.set(false);
                                errors.report(failure);
                            });
                });
    }

    /** Saves a readout chart as PNG or SVG, asking where. */
    public void saveChart(CampaignCharts.Kind kind, boolean svg) {
        CampaignReadout r = readout.get();
        if (r == null) {
            return;
        }
        ChartFiles.ask(dialogs, fileStem(r.campaign().name()), kind, svg).ifPresent(file -> ChartFiles.saveInBackground(
                tasks, () -> CampaignCharts.of(kind, r), file, notices, errors));
    }

    static String fileStem(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}._-]+", "-");
    }

    /** The campaigns, newest first. */
    public ObservableList<CampaignRow> campaigns() {
        return rows;
    }

    public ObjectProperty<CampaignRow> selectedProperty() {
        return selected;
    }

    /** The selected campaign's readout; null until its outcomes are in and it has been read out. */
    public ReadOnlyObjectProperty<CampaignReadout> readoutProperty() {
        return readout.getReadOnlyProperty();
    }

    /** The selected campaign's plan, field by field. */
    public ReadOnlyObjectProperty<List<ReadoutSheet.Row>> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** Where the selected campaign is and what to do next, when there is no readout to show; empty with one. */
    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the last outcome import was refused (what, and where in the file); empty after one that worked. */
    public ReadOnlyStringProperty importErrorProperty() {
        return importError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether the selected campaign is being read out (the bootstrap runs). */
    public ReadOnlyBooleanProperty readingOutProperty() {
        return readingOut;
    }

}
