package app.retention.ui.segments;

import app.retention.domain.DatasetInfo;
import app.retention.error.WorkbenchException;
import app.retention.segment.BandSummary;
import app.retention.segment.ColumnFilter;
import app.retention.segment.ControlGroups;
import app.retention.segment.RiskBands;
import app.retention.segment.ScoredCustomer;
import app.retention.segment.Segment;
import app.retention.segment.SegmentDefinition;
import app.retention.segment.SegmentSummary;
import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.common.Dialogs;
import app.retention.ui.common.ErrorReporter;
import app.retention.ui.common.LatestRequest;
import app.retention.usecase.ValueChoice;
import app.retention.usecase.Workbench;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

import java.util.List;

/**
 * The Segments screen's builder: choose a model and a dataset, score (or reuse a scoring), tick risk bands and
 * category values and see the segment's size, expected churners, value at risk and control group at once, then
 * save it. The campaign plan ({@link CampaignViewModel}), the playbook ({@link PlaybookViewModel}) and the export
 * ({@link SegmentExportViewModel}) follow the segment as it is now.
 */
public final class SegmentsViewModel {

    private final Workbench services;
    private final BackgroundTasks tasks;
    private final ErrorReporter errors;
    private final ScoringChoiceViewModel choice;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<ScoredData> scored = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper scoringText = new ReadOnlyStringWrapper("Choose a model and score a dataset.");
    private final SegmentFiltersViewModel filtering = new SegmentFiltersViewModel(this::recount);
    private final BandCutoffsViewModel cutoffs = new BandCutoffsViewModel(this::rebanded);
    private final DoubleProperty controlShare = new SimpleDoubleProperty(ControlGroups.DEFAULT_SHARE);
    private final SegmentCountsViewModel counts = new SegmentCountsViewModel();
    private final BreakdownChoice breakdown = new BreakdownChoice();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final CampaignViewModel campaign = new CampaignViewModel();
    private final PlaybookViewModel playbook;
    private final SavedSegmentsViewModel savedSegments;
    private final SegmentExportViewModel export;
    private final RankingChoiceViewModel ranking;
    private final SegmentSaveViewModel saving;
    private final BooleanProperty unsavedChanges = new SimpleBooleanProperty(false);
    private final LatestRequest scoring;
    /** A saved segment being opened into the builder, until its scoring is loaded. */
    private SegmentReopening reopening;

    public SegmentsViewModel(Workbench services, BackgroundTasks tasks, ErrorReporter errors, Dialogs dialogs) {
        this.services = services;
        this.choice = new ScoringChoiceViewModel(services.models(), services.datasets(), services.inService(),
                tasks, errors);
        this.tasks = tasks;
        this.scoring = new LatestRequest(tasks);
        this.errors = errors;
        this.playbook = new PlaybookViewModel(this::recount);
        this.savedSegments = new SavedSegmentsViewModel(services.segments(), tasks, errors, this::opened,
                this::deleted, notice::set, dialogs);
        this.export = new SegmentExportViewModel(services, tasks, errors, campaign, savedSegments, notice::set,
                dialogs);
        export.unsavedChangesProperty().bind(unsavedChanges);
        this.ranking = new RankingChoiceViewModel(services, tasks, errors);
        this.saving = new SegmentSaveViewModel(services, tasks, errors, savedSegments, busy, notice::set, segment -> {
            export.segmentProperty().set(segment);
            unsavedChanges.set(false);
        });
        controlShare.addListener((obs, was, now) -> recount());
        // another breakdown is another view of the same segment: nothing to save
        breakdown.chosenProperty().addListener((obs, was, now) -> summarise());
        choice.modelProperty().addListener((obs, was, now) -> forgetScoring());
        choice.datasetProperty().addListener((obs, was, now) -> {
            if (was == null || now == null || !was.dataset().equals(now.dataset())) {
                forgetScoring();
                ranking.offerFor(now == null ? null : now.dataset());
            }
        });
        // another customer value: read the same scoring's customers again (the scoring is reused)
        choice.value().customerValueProperty().addListener((obs, was, now) -> {
            ScoredData data = scored.get();
            DatasetChoice chosen = choice.datasetProperty().get();
            if (data != null && !busy.get() && chosen != null && data.run().datasetReference().equals(
                    chosen.dataset().reference()) && !data.value().equals(now)) {
                score();
            }
        });
    }

    /** Reads the stored models, datasets and saved segments again, keeping the choices that still exist. */
    public void refresh() {
        refresh(() -> { });
    }

    /** Like {@link #refresh()}; {@code then} runs once the models and datasets are offered. */
    public void refresh(Runnable then) {
        savedSegments.refresh();
        choice.refresh(() -> {
            if (choice.models().isEmpty() && scored.get() == null) {
                scoringText.set("No stored model can score yet: train one on the Models screen (or with `compare`).");
            }
            then.run();
        });
    }

    /** Chooses the model with this id, if it is offered ("Score customers →" on the Models screen). */
    public void chooseModel(long id) {
        choice.chooseModel(id);
    }

    /**
     * Scores the chosen dataset with the chosen model in the background, reusing the newest scoring of the same
     * dataset version by the same model when there is one, and loads its customers.
     */
    public void score() {
        ModelChoice m = choice.modelProperty().get();
        DatasetChoice chosen = choice.datasetProperty().get();
        if (m == null || chosen == null) {
            errors.report(new WorkbenchException(
                    "Choose a stored model and a dataset to score. Train a model on the Models screen first."));
            return;
        }
        if (!chosen.fits()) {
            errors.report(new WorkbenchException(chosen.dataset().reference() + " does not fit model " + m.id()
                    + ": " + chosen.misfit() + ". Choose a dataset with the model's columns."));
            return;
        }
        DatasetInfo d = chosen.dataset();
        ValueChoice value = choice.value().valueChoice();
        busy.set(true);
        scoringText.set("Scoring " + d.name() + " with model " + m.id() + "…");
        // latest request wins: another model or dataset chosen meanwhile cancels this scoring and drops its answer
        scoring.submit("Scoring " + d.name() + " with model " + m.id(),
                ctx -> ScoredData.load(services.preparation(), m.id(), d, value, ctx), this::loaded,
                failure -> {
                    busy.set(false);
                    scoringText.set("Scoring failed; see the status bar.");
                    errors.report(failure);
                }, () -> {
                    if (busy.get()) { // neither loaded nor failed: cancelled from the status bar
                        busy.set(false);
                        scoringText.set("Scoring cancelled.");
                    }
                });
    }

    private void loaded(ScoredData data) {
        busy.set(false);
        DatasetChoice chosen = choice.datasetProperty().get();
        ModelChoice model = choice.modelProperty().get();
        if (chosen == null || model == null || !data.run().datasetReference().equals(chosen.dataset().reference())
                || data.run().modelId() != model.id()) {
            return; // the user chose another dataset or model meanwhile: these scores are not theirs
        }
        scoringText.set(data.describe());
        filtering.offer(data);
        breakdown.offer(data.categories());
        playbook.offer(data.bands());
        cutoffs.offer(data);
        scored.set(data); // last, so that whoever follows it sees the bands and filters of this scoring
        notice.set(scoringText.get());
        SegmentReopening opening = reopening;
        reopening = null;
        boolean reopened = opening != null && opening.matches(data);
        if (reopened) {
            opening.restore(data, cutoffs, filtering);
            controlShare.set(opening.segment().record().controlShare());
            saving.opened(opening.segment());
        }
        recount();
        if (reopened) {
            unsavedChanges.set(false); // the builder shows the segment as saved
        }
    }

    /** Puts every customer in its band of {@code bands} (cut-offs set by hand, or back to the default). */
    private void rebanded(RiskBands bands) {
        ScoredData data = scored.get();
        if (data == null) {
            return;
        }
        ScoredData moved = data.inBands(bands);
        playbook.offer(bands);
        scored.set(moved);
        notice.set("Risk bands: " + String.join(" ", bands.describe()));
        recount();
    }

    private void forgetScoring() {
        if (scoring.isRunning()) {
            scoring.cancel();
            busy.set(false);
            scoringText.set("Score to load the customers of this choice.");
        }
        if (scored.get() != null) {
            scored.set(null);
            filtering.clearBands();
            scoringText.set("Score to load the customers of this choice.");
            recount();
        }
    }

    /** Ticks exactly these risk bands. */
    public void tickBands(List<String> names) {
        filtering.tickBands(names);
    }

    /** The filters as ticked and typed now ({@link SegmentFiltersViewModel#filters()}). */
    public List<ColumnFilter> filters() {
        return filtering.filters();
    }

    /** The live counts: the customers the filters select, computed in memory from the loaded scoring. */
    private void recount() {
        unsavedChanges.set(scored.get() != null); // a save or an open sets it back
        summarise();
    }

    /** The counts and summary of the customers the filters select, without touching what is saved. */
    private void summarise() {
        ScoredData data = scored.get();
        List<ColumnFilter> filters = filters();
        counts.filters(filters.isEmpty() ? "All scored customers" : String.join("; ",
                filters.stream().map(ColumnFilter::describe).toList()));
        if (data == null) {
            counts.clear();
            campaign.show(List.of(), app.retention.domain.CustomerValue.NONE);
            return;
        }
        List<ScoredCustomer> members = new SegmentDefinition("preview", data.run().datasetName(),
                data.run().datasetVersion(), String.valueOf(data.run().modelId()), filters).select(data.customers());
        SegmentSummary s = SegmentSummary.of(members, breakdown.chosenProperty().get(),
                playbook.playbookFor(data.bands()));
        counts.show(members, s, data.value().isSet() ? data.value().money(s.valueAtRisk()) : "no value set",
                controlSize(s));
        campaign.show(members, data.value());
        // the Campaign tab's sample size (finding M15): a smaller control group cannot show the campaign worked
        long needed = campaign.perGroupNeeded();
        counts.controlWarning(needed == 0 ? "" : ControlGroups.tooSmall(s.bands().stream().map(b -> b.customers())
                .toList(), controlSize(s), needed, CampaignViewModel.TARGET_UPLIFT));
    }

    private long controlSize(SegmentSummary s) {
        return s.bands().stream().mapToLong(b -> ControlGroups.heldOut(b.customers(), controlShare.get())).sum();
    }

    /** Saves the segment as filtered now, with its control group, then offers it to the export. */
    public void save() {
        ScoredData data = scored.get();
        if (data == null || saving.name().isEmpty()) {
            errors.report(new WorkbenchException("Score a dataset and give the segment a name before saving it."));
            return;
        }
        String rangeError = filtering.rangeError();
        if (!rangeError.isEmpty()) {
            errors.report(new WorkbenchException("Fix the range before saving: " + rangeError));
            return;
        }
        saving.save(data, filters(), playbook.playbookFor(data.bands()), controlShare.get(),
                ranking.ordering(data.run().datasetReference()));
    }

    /**
     * A saved segment opened from the list: the Campaign and Export tabs work on it until the builder changes, and
     * the builder shows how it was cut (model, dataset, value, bands and filters), loaded with its scoring reused.
     */
    private void opened(Segment segment) {
        export.segmentProperty().set(segment);
        campaign.show(segment.customers(), segment.value());
        unsavedChanges.set(false);
        if (choice.reopen(segment.scoring().modelId(), segment.scoring().datasetReference(), segment.value())) {
            reopening = new SegmentReopening(segment);
            score();
        } else {
            notice.set("Opened " + segment.definition().name() + " for the Campaign and Export tabs; its model or "
                    + "dataset is no longer offered, so the builder cannot show it.");
        }
    }

    private void deleted(String name) {
        Segment shown = export.segmentProperty().get();
        if (shown != null && shown.definition().name().equals(name)) {
            export.segmentProperty().set(null);
        }
    }

    /** The saved segments, to open, export or delete. */
    public SavedSegmentsViewModel savedSegments() {
        return savedSegments;
    }

    /** The band sentences ("High: the top 10% of scores; 41% of them churned in validation"). */
    public List<String> bandDescriptions() {
        return scored.get() == null ? List.of() : scored.get().bands().describe();
    }

    /** The action of each band present in the segment, for the summary. */
    public List<BandSummary> bandSummaries() {
        return counts.summaryProperty().get() == null ? List.of() : counts.summaryProperty().get().bands();
    }

    /** The models and datasets offered for scoring. */
    public ScoringChoiceViewModel choice() {
        return choice;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ScoredData> scoredProperty() {
        return scored.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty scoringTextProperty() {
        return scoringText.getReadOnlyProperty();
    }

    /** The bands, categories and ranges that cut the segment. */
    public SegmentFiltersViewModel filtering() {
        return filtering;
    }

    /** The risk bands' cut-offs, typed by the user or the model's default. */
    public BandCutoffsViewModel cutoffs() {
        return cutoffs;
    }

    public DoubleProperty controlShareProperty() {
        return controlShare;
    }

    /** The name to save the segment under, and what the save says. */
    public SegmentSaveViewModel saving() {
        return saving;
    }

    /** The Summary tab's breakdown column (m15). */
    public BreakdownChoice breakdown() {
        return breakdown;
    }

    /** The customers the filters select now and the cards that count them. */
    public SegmentCountsViewModel counts() {
        return counts;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public CampaignViewModel campaign() {
        return campaign;
    }

    public PlaybookViewModel playbook() {
        return playbook;
    }

    public SegmentExportViewModel export() {
        return export;
    }

    /** Who comes first on the call list of the segment to save. */
    public RankingChoiceViewModel ranking() {
        return ranking;
    }
}
