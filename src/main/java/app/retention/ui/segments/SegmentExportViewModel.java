package app.retention.ui.segments;

import app.retention.campaign.CampaignRequest;
import app.retention.domain.CampaignArm;
import app.retention.domain.CampaignArmRecord;
import app.retention.domain.CampaignRecord;
import app.retention.domain.ExportKind;
import app.retention.error.WorkbenchException;
import app.retention.export.ExportResult;
import app.retention.export.SegmentExports;
import app.retention.segment.CampaignEconomics;
import app.retention.segment.Segment;
import app.retention.segment.SegmentListing;
import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.common.Dialogs;
import app.retention.ui.common.ErrorReporter;
import app.retention.ui.common.Formats;
import app.retention.ui.common.UserMessages;
import app.retention.usecase.RuleArmChoices;
import app.retention.usecase.Workbench;
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
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Exports a saved segment, named on the tab (finding M6: never another one than the user sees): the one just
 * saved or opened, or any earlier one chosen in "Segment to export". Exports: a call list (top of the list up to the capacity, control group left out), the whole
 * segment list, or the campaign brief. Personal data is masked unless the user asks for it; either way the export
 * is recorded in the workspace's export log.
 */
public final class SegmentExportViewModel {

    /** The action an export error belongs to: a later export that works clears it from the status bar. */
    static final String EXPORT_ACTION = "segment export";

    private final Workbench services;
    private final SegmentExports exports;
    private final BackgroundTasks tasks;
    private final ErrorReporter errors;
    private final CampaignViewModel campaign;
    private final Consumer<String> notices;
    private final SavedSegmentsViewModel saved;
    private final ObjectProperty<Segment> segment = new SimpleObjectProperty<>();
    private final ObjectProperty<SegmentListing> choice = new SimpleObjectProperty<>();
    private final BooleanProperty unsavedChanges = new SimpleBooleanProperty(false);
    private final ObjectProperty<ExportKind> kind = new SimpleObjectProperty<>(ExportKind.CALL_LIST);
    private final BooleanProperty includePersonalData = new SimpleBooleanProperty(false);
    private final StringProperty goal = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<ExportResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper resultText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorText = new ReadOnlyStringWrapper("");
    private final CampaignLaunchViewModel launch = new CampaignLaunchViewModel();
    private final ExportDestination destination;

    SegmentExportViewModel(Workbench services, BackgroundTasks tasks, ErrorReporter errors,
                           CampaignViewModel campaign, SavedSegmentsViewModel saved, Consumer<String> notices,
                           Dialogs dialogs) {
        this.services = services;
        // first, so that the file is proposed for a new segment before anything else follows it
        this.destination = new ExportDestination(services.directory(), dialogs, segment, kind);
        this.exports = services.exports();
        this.tasks = tasks;
        this.errors = errors;
        this.campaign = campaign;
        this.notices = notices;
        this.saved = saved;
        segment.addListener((obs, was, now) -> {
            if (now != null) {
                launch.proposeFor(now.definition().name());
                offerRules(now);
            }
            showChoice();
        });
        // the list is read in the background: the segment just saved is named once the list holds it
        saved.segments().addListener((ListChangeListener<SegmentListing>) change -> showChoice());
        // a segment chosen here is loaded; choosing the one shown already loads nothing
        choice.addListener((obs, was, now) -> {
            if (now != null && (segment.get() == null || !segment.get().definition().name().equals(now.name()))) {
                saved.open(now);
            }
        });
    }

    /** Offers the team's usual rules for a model-vs-rule campaign of {@code shown}, read in the background. */
    private void offerRules(Segment shown) {
        tasks.submit("Reading the team's rules for " + shown.definition().name(),
                ctx -> RuleArmChoices.of(services, shown.outline()), rules -> {
                    if (segment.get() == shown) {
                        launch.offerRules(rules, shown.record().controlShare());
                    }
                }, errors::report);
    }

    /**
     * Names the segment being exported in the choice, or nothing when it is not listed (deleted). The view calls it
     * again after a combo box has handled a new list, which can clear its value.
     */
    void showChoice() {
        Segment s = segment.get();
        choice.set(s == null ? null : saved.find(s.definition().name()).orElse(null));
    }

    /** After a failed export: asks where to write instead, and writes there at once. */
    public void chooseAnotherLocation() {
        if (destination.chooseFile()) {
            export();
        }
    }

    /** Writes the chosen export to the {@link #destination()}'s file in the background. */
    public void export() {
        Segment s = segment.get();
        if (s == null) {
            errors.report(new WorkbenchException(unsavedChanges.get()
                    ? "Save the segment first; exports are made from saved segments."
                    : "Choose the saved segment to export."));
            return;
        }
        String file = destination.fileProperty().get();
        if (file == null || file.isBlank()) {
            errors.report(new WorkbenchException("Choose the file to write the " + kind.get().title().toLowerCase(
                    Locale.ROOT) + " to."));
            return;
        }
        CampaignEconomics economics;
        try {
            economics = campaign.economics();
        } catch (WorkbenchException e) {
            errors.report(e);
            return;
        }
        Path out = Path.of(file.strip());
        ExportKind k = kind.get();
        int capacity = Math.max(0, campaign.capacityProperty().get());
        boolean personal = includePersonalData.get() && k.isList();
        String user = System.getProperty("user.name");
        String aim = goal.get();
        Path proposed = destination.proposedFolder();
        // a list can launch a campaign: its customers are the contacted arm, the control group the control arm
        String campaign = launch.nameToLaunch(k.isList());
        CampaignRequest request;
        try {
            request = campaign == null ? null : launch.request(campaign, s.definition().name(),
                    k == ExportKind.CALL_LIST ? capacity : Integer.MAX_VALUE, economics, aim, k == ExportKind.CALL_LIST);
        } catch (WorkbenchException e) {
            errors.report(e);
            return;
        }
        busy.set(true);
        errorText.set("");
        launch.clearLaunched();
        tasks.submit("Exporting " + k.title().toLowerCase(Locale.ROOT) + " of " + s.definition().name(), ctx -> {
            if (campaign != null) {
                services.campaigns().checkNewName(campaign); // refused before the list is written
            }
            ExportDestination.makeProposedFolder(out, proposed);
            if (request != null && request.rule() != null) {
                var launched = services.launchWithRule(request, s, economics, out, personal, user, ctx);
                return new Exported(launched.list(), launched.campaign(),
                        services.campaigns().arms(launched.campaign()));
            }
            ExportResult written = switch (k) {
                case CALL_LIST -> exports.list(s, ExportKind.CALL_LIST, economics, capacity, out,
                        null, personal, user);
                case SEGMENT_LIST -> exports.list(s, ExportKind.SEGMENT_LIST, economics, capacity,
                        out, null, personal, user);
                case CAMPAIGN_BRIEF -> exports.brief(s, economics, capacity, aim, out, user);
            };
            if (campaign == null) {
                return new Exported(written, null, List.of());
            }
            ctx.progress(0.8, "Launching campaign " + campaign);
            CampaignRecord created = services.launchCampaign(request, written, ctx);
            return new Exported(written, created, services.campaigns().arms(created));
        }, this::written, failure -> failed(k, out, failure));
    }

    /** A written export and the campaign it launched (null when none). */
    private record Exported(ExportResult result, CampaignRecord campaign, List<CampaignArmRecord> arms) {
    }

    private void failed(ExportKind k, Path out, Throwable failure) {
        busy.set(false);
        result.set(null);
        resultText.set("");
        String why = UserMessages.describe(failure);
        // the export's own messages name the file already; anything else gets it added, so the place is always said
        errorText.set(why.contains(out.toAbsolutePath().toString()) ? why
                : "The " + k.title().toLowerCase(Locale.ROOT) + " was not written to " + out.toAbsolutePath() + ". "
                + why);
        errors.report(EXPORT_ACTION, failure);
    }

    private void written(Exported exported) {
        ExportResult written = exported.result();
        busy.set(false);
        result.set(written);
        String text = "Wrote " + written.file() + ": " + Formats.count(written.rows()) + " rows"
                + (written.personalDataIncluded() ? ", with personal data (recorded in the export log)."
                : ", personal data masked.");
        if (exported.campaign() != null) {
            long contacted = exported.arms().stream().filter(a -> a.arm() == CampaignArm.TREATED)
                    .mapToLong(CampaignArmRecord::customers).sum();
            long control = exported.arms().stream().filter(a -> a.arm() == CampaignArm.CONTROL)
                    .mapToLong(CampaignArmRecord::customers).sum();
            text += " Launched campaign " + exported.campaign().name() + ": " + Formats.count(contacted)
                    + " to contact, " + Formats.count(control) + " held out as its control group"
                    + ruleGroup(exported.arms()) + ". When the outcomes are known, import them on the Campaigns screen.";
            launch.launched(exported.campaign().name());
        }
        resultText.set(text);
        errorText.set("");
        errors.succeeded(EXPORT_ACTION);
        notices.accept(text);
    }

    /** "; the rule's group: 200 to contact, 51 held out", or nothing for a campaign without a rule. */
    private static String ruleGroup(List<CampaignArmRecord> arms) {
        long rule = arms.stream().filter(a -> a.arm() == CampaignArm.RULE).mapToLong(CampaignArmRecord::customers)
                .sum();
        long held = arms.stream().filter(a -> a.arm() == CampaignArm.RULE_CONTROL)
                .mapToLong(CampaignArmRecord::customers).sum();
        return arms.stream().noneMatch(a -> a.arm() == CampaignArm.RULE) ? "" : "; the rule's group: "
                + Formats.count(rule) + " to contact, " + Formats.count(held) + " held out";
    }

    /** "Launch as a campaign": whether a list export also launches one, and what the campaign is. */
    public CampaignLaunchViewModel launch() {
        return launch;
    }

    /** Where the view sends its own failures (a file that cannot be opened): the status bar. */
    public ErrorReporter errors() {
        return errors;
    }

    /** The saved segments offered in "Segment to export", newest first. */
    public ObservableList<SegmentListing> choices() {
        return saved.segments();
    }

    /**
     * The saved segment chosen in "Segment to export": choosing one loads it into {@link #segmentProperty()};
     * saving or opening a segment shows it here.
     */
    public ObjectProperty<SegmentListing> choiceProperty() {
        return choice;
    }

    /**
     * True while the builder shows a segment that is not saved as shown (scored, filtered or edited since the
     * last save): the tab then says to save it first, so that the segment on screen is not taken for the one
     * exported.
     */
    public BooleanProperty unsavedChangesProperty() {
        return unsavedChanges;
    }

    /** The saved segment exports are made from; null until one is saved, opened or chosen. */
    public ObjectProperty<Segment> segmentProperty() {
        return segment;
    }

    public ObjectProperty<ExportKind> kindProperty() {
        return kind;
    }

    /** Off by default; when on, names, e-mails and phones are written in full and that is recorded. */
    public BooleanProperty includePersonalDataProperty() {
        return includePersonalData;
    }

    /** The brief's goal, and a launched campaign's; empty for the default sentence. */
    public StringProperty goalProperty() {
        return goal;
    }

    /** Where the export is written: the file proposed or chosen. */
    public ExportDestination destination() {
        return destination;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ExportResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /**
     * Why the last export failed, with the file it was meant for; empty after an export that worked. The view
     * offers "Choose another location" beside it.
     */
    public ReadOnlyStringProperty errorTextProperty() {
        return errorText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultTextProperty() {
        return resultText.getReadOnlyProperty();
    }
}
