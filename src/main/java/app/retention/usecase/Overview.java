package app.retention.usecase;

import app.retention.campaign.CampaignReadout;
import app.retention.domain.CampaignRecord;
import app.retention.domain.CampaignStatus;
import app.retention.domain.DatasetInfo;
import app.retention.domain.ScoreRunRecord;
import app.retention.domain.UseCaseRecord;
import app.retention.explore.DataWarning;
import app.retention.explore.DatasetProfile;
import app.retention.segment.ScoredCustomer;
import app.retention.segment.SegmentListing;
import app.retention.task.TaskContext;
import app.retention.usecase.OverviewReport.Attention;
import app.retention.usecase.OverviewReport.CampaignLine;
import app.retention.usecase.OverviewReport.Place;
import app.retention.usecase.OverviewReport.SegmentLine;
import app.retention.usecase.OverviewReport.SnapshotChurn;
import app.retention.usecase.OverviewReport.ValueAtRisk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The overview (issue 15 §5): churn across labelled snapshots, value at risk in the newest scoring, the model in use,
 * segments and campaigns in flight with their last readout, and what needs attention next. The overview screen and
 * {@code overview} both call {@link #compute}; it reads only (a scoring is reused, never made).
 */
public final class Overview {

    /** Days after a campaign's start when its outcomes are due: the sample's churn window. */
    static final int OUTCOME_WINDOW_DAYS = 30;
    private static final int SHOWN = 5;
    private static final String HIGH = "High";

    private final Workbench services;

    Overview(Workbench services) {
        this.services = services;
    }

    /** The overview of the workspace as it is {@code today}. */
    public OverviewReport compute(LocalDate today, TaskContext context) {
        List<DatasetInfo> newest = newestVersions();
        List<SnapshotChurn> trend = new ArrayList<>();
        for (DatasetInfo d : newest) {
            context.checkCancelled();
            if (d.targetColumn() != null) {
                DatasetProfile p = services.explore().profile(d, context);
                if (!Double.isNaN(p.baseRate())) {
                    trend.add(new SnapshotChurn(d.name(), p.rows(), p.churners(), p.baseRate()));
                }
            }
        }
        List<Attention> attention = new ArrayList<>();
        List<String> inUse = new ArrayList<>();
        String advice = modelsInUse(inUse, attention, context);
        List<CampaignLine> campaigns = campaigns(today, attention);
        warnings(newest, attention, context);
        List<SegmentLine> segments = services.segments().list().stream().limit(SHOWN).map(s -> new SegmentLine(
                s.name(), String.format(Locale.ENGLISH, "%,d customers (%,d held out) from %s, model %d",
                s.customers(), s.controlSize(), s.dataset(), s.modelId()))).toList();
        if (newest.isEmpty()) {
            attention.add(new Attention("The workspace holds no data yet.", "Import a file", Place.DATA, null));
        }
        return new OverviewReport(trend, valueAtRisk(context).orElse(null), inUse, advice, segments, campaigns, attention);
    }

    /** The newest version of each dataset, in the order they were first imported. */
    private List<DatasetInfo> newestVersions() {
        Map<String, DatasetInfo> newest = new LinkedHashMap<>();
        services.datasets().list().stream().sorted(Comparator.comparingLong(DatasetInfo::id))
                .forEach(d -> newest.merge(d.name(), d, (a, b) -> a.version() >= b.version() ? a : b));
        return new ArrayList<>(newest.values());
    }

    private String modelsInUse(List<String> lines, List<Attention> attention, TaskContext context) {
        List<UseCaseRecord> useCases = services.inService().list();
        for (UseCaseRecord u : useCases) {
            ActiveModel active = services.inService().active(u, context);
            lines.add(active.modelId().map(id -> "Use case " + u.name() + ": model " + id + " in use"
                    + active.since().map(s -> " since " + s.recordedAt().toLocalDate()).orElse(""))
                    .orElse("Use case " + u.name() + ": no model in use yet"));
            active.proposal().ifPresent(p -> attention.add(new Attention(p.sentence(u.name()), "Open Models",
                    Place.MODELS, null)));
        }
        if (useCases.isEmpty()) {
            return "No model is in use yet: train and compare models on the Models screen, then make the best one "
                    + "the model in use of a use case (`usecase create`, `model promote`), so lists are scored with it.";
        }
        return lines.stream().allMatch(l -> l.endsWith("no model in use yet"))
                ? "No use case has a model in use yet: promote one on the Models screen." : null;
    }

    private List<CampaignLine> campaigns(LocalDate today, List<Attention> attention) {
        List<CampaignLine> lines = new ArrayList<>();
        for (CampaignRecord c : services.campaigns().list()) {
            CampaignStatus status = c.status();
            LocalDate due = c.startDate().plusDays(OUTCOME_WINDOW_DAYS);
            if ((status == CampaignStatus.RUNNING || status == CampaignStatus.PLANNED) && !today.isBefore(due)) {
                attention.add(new Attention("Outcomes of campaign " + c.name() + " are due (it started on "
                        + c.startDate() + "): import who churned to read it out.", "Open campaign", Place.CAMPAIGNS,
                        c.name()));
            }
            if (lines.size() >= SHOWN) {
                continue;
            }
            String sentence;
            if (status == CampaignStatus.OUTCOMES_IN || status == CampaignStatus.READ_OUT) {
                sentence = lastReadout(c);
            } else if (status == CampaignStatus.PLANNED) {
                sentence = "Starts on " + c.startDate() + ".";
            } else {
                sentence = "Running since " + c.startDate() + "; outcomes due from " + due + ".";
            }
            lines.add(new CampaignLine(c.name(), status.label(), sentence));
        }
        return lines;
    }

    /** The readout's "what happened" sentence, as the Campaigns screen and {@code campaign readout} say it. */
    private String lastReadout(CampaignRecord c) {
        try {
            CampaignReadout r = services.campaigns().peek(c.name(), 1, 2000);
            return r.words().whatHappened();
        } catch (RuntimeException e) {
            return "Outcomes are in, but the campaign cannot be read out: " + e.getMessage();
        }
    }

    /** Warnings the newest labelled snapshot still has (a handled warning is gone from the list). */
    private void warnings(List<DatasetInfo> newest, List<Attention> attention, TaskContext context) {
        Optional<DatasetInfo> labelled = newest.stream().filter(d -> d.targetColumn() != null)
                .reduce((a, b) -> b);
        if (labelled.isEmpty()) {
            return;
        }
        List<DataWarning> open = services.explore().warnings(labelled.get(), context).stream()
                .filter(w -> w.severity() != DataWarning.Severity.INFO).toList();
        if (!open.isEmpty()) {
            attention.add(new Attention(open.size() + (open.size() == 1 ? " warning" : " warnings") + " about "
                    + labelled.get().name() + " not handled yet, e.g. " + open.get(0).message(), "Check the data",
                    Place.EXPLORE, labelled.get().name()));
        }
    }

    /** The High band of the newest scoring whose model is still there, with the dataset's value column. */
    private Optional<ValueAtRisk> valueAtRisk(TaskContext context) {
        for (ScoreRunRecord run : services.workspace().scores().runs()) {
            Optional<DatasetInfo> dataset = services.datasets().find(run.datasetReference());
            if (dataset.isEmpty() || services.workspace().models().find(run.modelId()).isEmpty()) {
                continue;
            }
            PreparedSegment prepared;
            try {
                prepared = services.preparation().prepare(dataset.get(), run.modelId(), null, ValueChoice.ofDataset(),
                        context);
            } catch (RuntimeException noValueColumn) {
                prepared = services.preparation().prepare(dataset.get(), run.modelId(), null, ValueChoice.none(),
                        context);
            }
            List<ScoredCustomer> high = prepared.customers().stream().filter(c -> c.band().equals(HIGH)).toList();
            double value = high.stream().mapToDouble(ScoredCustomer::value).filter(v -> !Double.isNaN(v)).sum();
            boolean known = high.stream().anyMatch(c -> !Double.isNaN(c.value()));
            String unit = prepared.value().unit();
            String sentence = known
                    ? String.format(Locale.ENGLISH, "%,d customers of %s are at high risk (scored by model %d); "
                    + "together they are worth %,.0f%s.", high.size(), dataset.get().name(), run.modelId(), value,
                    unit == null ? "" : " (" + unit + ")")
                    : String.format(Locale.ENGLISH, "%,d customers of %s are at high risk (model %d); the dataset "
                    + "has no value column to say what they are worth.", high.size(), dataset.get().name(),
                    run.modelId());
            return Optional.of(new ValueAtRisk(dataset.get().name(), run.modelId(), high.size(),
                    known ? value : Double.NaN, unit, sentence));
        }
        return Optional.empty();
    }
}
