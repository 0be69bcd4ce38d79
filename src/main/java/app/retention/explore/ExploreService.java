package app.retention.explore;

import app.retention.domain.ChurnDefinition;
import app.retention.domain.ColumnInfo;
import app.retention.domain.ColumnLabels;
import app.retention.domain.ColumnRole;
import app.retention.domain.ColumnType;
import app.retention.domain.DatasetInfo;
import app.retention.domain.Encoding;
import app.retention.domain.FilteredRows;
import app.retention.domain.RowFilter;
import app.retention.error.WorkbenchException;
import app.retention.store.DatasetQueries;
import app.retention.store.DatasetRepository;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Profiles, churn rates, drivers and data-quality warnings of a dataset version, computed in H2 from one
 * value distribution per column (see ADR 0002) and cached per version until its roles or merges change.
 */
public final class ExploreService {

    private final Workspace workspace;
    private final Map<Long, Analysis> cache = new ConcurrentHashMap<>();

    public ExploreService(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Everything derived from one read of a dataset version's distributions. */
    private record Analysis(List<ColumnInfo> columns, ChurnDefinition churn, Map<String, ColumnDistribution> distributions,
                            DatasetProfile profile, Map<String, Map<String, String>> merges) {
    }

    /** The profile of every column; the first call per version reads the data, later ones are cached. */
    public DatasetProfile profile(DatasetInfo dataset, TaskContext context) {
        return analysis(dataset, context).profile();
    }

    private Analysis analysis(DatasetInfo dataset, TaskContext context) {
        Analysis cached = cache.get(dataset.id());
        if (cached != null) {
            return cached;
        }
        Analysis fresh = analyse(dataset, context);
        cache.put(dataset.id(), fresh);
        return fresh;
    }

    private Analysis analyse(DatasetInfo dataset, TaskContext context) {
        List<ColumnInfo> columns = workspace.datasets().columns(dataset);
        Map<String, Map<String, String>> merges = workspace.datasets().merges(dataset);
        ChurnDefinition churn = null;
        ColumnInfo target = ChurnDefinitions.targetColumn(dataset, columns).orElse(null);
        if (target != null) {
            churn = ChurnDefinitions.of(target, Distributions.load(workspace, dataset, target, null, Map.of()));
        }
        Map<String, ColumnDistribution> distributions = new LinkedHashMap<>();
        List<ColumnProfile> profiles = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            context.checkCancelled();
            ColumnInfo column = columns.get(i);
            context.progress((double) i / columns.size(), "Profiling " + column.name());
            if (column.role() == ColumnRole.ID || column.role() == ColumnRole.PII) {
                // unique or personal values: the import's counts are enough, and nobody reads their distribution
                profiles.add(new ColumnProfile(column.name(), column.type(), column.role(), dataset.rowsImported(),
                        column.missing(), column.distinct(), null, null, null, null, column.displayLabel()));
                continue;
            }
            ColumnDistribution d = Distributions.load(workspace, dataset, column, churn, merges.get(column.name()));
            distributions.put(column.name(), d);
            profiles.add(ColumnProfiles.of(d));
        }
        long churners = 0;
        if (churn != null) {
            ColumnDistribution t = distributions.get(churn.target().name());
            for (int i = 0; i < t.size(); i++) {
                if (t.values().get(i).equals(churn.churnValue())) {
                    churners = t.counts()[i];
                }
            }
        }
        double baseRate = churn == null ? Double.NaN : (double) churners / dataset.rowsImported();
        DatasetProfile profile = new DatasetProfile(dataset.name(), dataset.version(), dataset.rowsImported(),
                churn == null ? null : churn.target().name(), churn == null ? null : ChurnDefinitions.label(churn),
                churners, baseRate, List.copyOf(profiles));
        context.progress(1, "Profiled " + dataset.name());
        return new Analysis(columns, churn, distributions, profile, merges);
    }

    /** Churn rate by category, or by {@code bins} quantile bins for numbers, with 95% intervals. */
    public ChurnBreakdown churnBy(DatasetInfo dataset, String column, int bins, TaskContext context) {
        if (bins < 2 || bins > 50) {
            throw new WorkbenchException("The number of bins must be between 2 and 50, not " + bins + ".");
        }
        Analysis a = requireTarget(dataset, context);
        ColumnDistribution d = distribution(a, dataset, column);
        return new ChurnBreakdown(column, a.profile().baseRate(), RateGroups.of(d, bins, a.profile().baseRate()),
                d.column().displayLabel());
    }

    /** Every feature ranked by single-feature ROC AUC (then information value), strongest first. */
    public List<Driver> drivers(DatasetInfo dataset, TaskContext context) {
        Analysis a = requireTarget(dataset, context);
        List<Driver> drivers = new ArrayList<>();
        for (ColumnInfo c : a.columns()) {
            if (c.role() == ColumnRole.FEATURE && a.distributions().containsKey(c.name())) {
                drivers.add(DriverRanking.of(a.distributions().get(c.name()), a.profile().baseRate()));
            }
        }
        drivers.sort(Comparator.comparingDouble(Driver::auc).thenComparingDouble(Driver::iv).reversed());
        return drivers;
    }

    /** Data-quality findings, errors first. A dataset without a usable target gets an error, not an exception. */
    public List<DataWarning> warnings(DatasetInfo dataset, TaskContext context) {
        Analysis a = analysis(dataset, context);
        Map<String, Driver> drivers = new LinkedHashMap<>();
        if (a.churn() != null && a.profile().churners() > 0 && a.profile().churners() < a.profile().rows()) {
            drivers(dataset, context).forEach(d -> drivers.put(d.column(), d));
        }
        long duplicates = workspace.queries().duplicateRows(dataset, a.columns());
        return WarningRules.check(new WarningRules.Inputs(a.columns(), a.profile(), a.distributions(), drivers, duplicates,
                workspace.datasets().encodings(dataset)));
    }

    /** Churn rate by one column, or by two (a heat map); numbers in quantile bins. */
    public Crosstab crosstab(DatasetInfo dataset, String rowColumn, String columnColumn, int bins, TaskContext context) {
        Analysis a = requireTarget(dataset, context);
        return Crosstabs.build(workspace.queries(), dataset, a.churn(), a.profile().baseRate(),
                distribution(a, dataset, rowColumn), columnColumn == null ? null : distribution(a, dataset, columnColumn),
                bins, a.merges());
    }

    /**
     * The first customers of a group (a crosstab cell, a bar of a chart), and how many there are. The filters are
     * the groups' own ({@link RateGroup#selector()}): a merged category stands for all its stored spellings.
     */
    public FilteredRows preview(DatasetInfo dataset, List<RowFilter> selectors, int limit, TaskContext context) {
        Analysis a = analysis(dataset, context);
        List<RowFilter> filters = new ArrayList<>();
        for (RowFilter s : selectors) {
            ColumnInfo column = column(a, s.column().name());
            if (s instanceof RowFilter.In in) {
                filters.add(RowFilter.in(column, sourceValues(a, in)));
            } else if (s instanceof RowFilter.Range r) {
                filters.add(RowFilter.range(column, r.from(), r.to()));
            }
        }
        return workspace.queries().rowsWhere(dataset, a.columns(), filters, limit);
    }

    /** Merged categories stand for all their source spellings when filtering stored rows. */
    private static List<Object> sourceValues(Analysis a, RowFilter.In s) {
        Map<String, String> merges = a.merges().getOrDefault(s.column().name(), Map.of());
        List<Object> values = new ArrayList<>(s.values());
        for (Map.Entry<String, String> e : merges.entrySet()) {
            if (s.values().contains(e.getValue())) {
                values.add(e.getKey());
            }
        }
        return values;
    }

    /** Carries out a warning's action (ignore a column, merge spellings) and forgets the cached analysis. */
    public void apply(DatasetInfo dataset, WarningAction action) {
        switch (action.kind()) {
            case IGNORE_COLUMN -> workspace.datasets().setRole(dataset, action.column(), ColumnRole.IGNORED);
            case MERGE_CATEGORIES -> workspace.datasets().mergeCategories(dataset, action.column(), action.merges());
        }
        cache.remove(dataset.id());
    }

    /** The changes made to a version since its import (roles, merged spellings), each of which can be undone. */
    public List<AppliedFix> appliedFixes(DatasetInfo dataset) {
        List<AppliedFix> fixes = new ArrayList<>();
        for (DatasetRepository.RoleChange change : workspace.datasets().roleChanges(dataset)) {
            fixes.add(new AppliedFix(AppliedFix.Kind.ROLE, change.column(), change.imported(), change.now(), null, null));
        }
        workspace.datasets().merges(dataset).forEach((column, merges) ->
                fixes.add(new AppliedFix(AppliedFix.Kind.MERGE, column, null, null, merges, null)));
        workspace.datasets().encodings(dataset).forEach((column, encoding) ->
                fixes.add(new AppliedFix(AppliedFix.Kind.ENCODING, column, null, null, null, encoding)));
        workspace.datasets().typeChanges(dataset).forEach(change ->
                fixes.add(AppliedFix.type(change.column(), change.imported(), change.now())));
        workspace.datasets().columns(dataset).stream().filter(c -> c.label() != null)
                .forEach(c -> fixes.add(AppliedFix.label(c.name(), c.label())));
        return fixes;
    }

    /** Undoes a fix: the column gets back the role it was imported with, or its spellings read as written. */
    public void undo(DatasetInfo dataset, AppliedFix fix) {
        switch (fix.kind()) {
            case ROLE -> workspace.datasets().setRole(dataset, fix.column(), fix.imported());
            case MERGE -> workspace.datasets().removeMerges(dataset, fix.column());
            case ENCODING -> workspace.datasets().setEncoding(dataset, fix.column(), null, null);
            case LABEL -> workspace.datasets().setLabel(dataset, fix.column(), null);
            case TYPE -> workspace.datasets().setType(dataset, fix.column(), fix.types().get(0));
        }
        cache.remove(dataset.id());
    }

    /** The column of a version a user named (surrounding spaces ignored); refused in words when there is none. */
    private ColumnInfo requireColumn(DatasetInfo dataset, String column) {
        return workspace.datasets().columns(dataset).stream()
                .filter(c -> c.name().equals(column == null ? "" : column.strip())).findFirst()
                .orElseThrow(() -> new WorkbenchException(dataset.reference() + " has no column named `" + column
                        + "`."));
    }

    /**
     * Changes a column's role after import. A column can become a feature, be ignored, or be marked as an id, a
     * date or personal data; the target is chosen at import (a new version), and personal data never becomes a
     * model feature.
     */
    public void changeRole(DatasetInfo dataset, String column, ColumnRole role) {
        ColumnInfo current = requireColumn(dataset, column);
        if (role == ColumnRole.TARGET || current.role() == ColumnRole.TARGET) {
            throw new WorkbenchException("The churn target is chosen when a file is imported: import it again "
                    + "with --target (a new version) to change it.");
        }
        if (current.role() == ColumnRole.PII && role == ColumnRole.FEATURE) {
            throw new WorkbenchException("`" + current.name() + "` holds personal data, which is never a model "
                    + "feature.");
        }
        workspace.datasets().setRole(dataset, current.name(), role);
        cache.remove(dataset.id());
    }

    /**
     * Chooses how a category or text feature enters models (docs/adr/0016), recorded with the dataset version and
     * undone like a role change. {@code minCount} (customers a value needs to stay on its own) goes with
     * {@link Encoding#GROUP_RARE} only; without it the default applies.
     */
    public void changeEncoding(DatasetInfo dataset, String column, Encoding encoding, Integer minCount) {
        ColumnInfo current = requireColumn(dataset, column);
        if (current.type() != ColumnType.CATEGORY && current.type() != ColumnType.TEXT) {
            throw new WorkbenchException("`" + current.name() + "` is " + current.type().label() + ": encodings are "
                    + "for category and text columns.");
        }
        if (minCount != null && encoding != Encoding.GROUP_RARE) {
            throw new WorkbenchException("--min-count goes with --encoding " + Encoding.GROUP_RARE.label()
                    + " only: it is how many customers a value needs to stay on its own.");
        }
        if (minCount != null && minCount < 1) {
            throw new WorkbenchException("--min-count must be at least 1, not " + minCount + ".");
        }
        workspace.datasets().setEncoding(dataset, current.name(), encoding, minCount);
        cache.remove(dataset.id());
    }

    /**
     * Reads a column of a version as another type (issue 12 M17, issue 13): a number code as a category, categories
     * that are numbers as numbers, whole numbers as decimals and back. Recorded with the version and undone like a
     * role change; the stored values stay as imported. Refused in words: the target, dates and yes/no columns, merged
     * spellings that a number would lose, and a value that does not read as the new type (with its row and line).
     */
    public void changeType(DatasetInfo dataset, String column, ColumnType type) {
        ColumnInfo current = requireColumn(dataset, column);
        if (current.type() == type) {
            return;
        }
        if (current.role() == ColumnRole.TARGET) {
            throw new WorkbenchException("`" + current.name() + "` is the churn target: its values are read as churned "
                    + "or not whatever their type.");
        }
        if (type.isNumeric() && workspace.datasets().merges(dataset).containsKey(current.name())) {
            throw new WorkbenchException("`" + current.name() + "` has merged spellings, which a number would lose: "
                    + "undo them first (`fixes " + dataset.reference() + "`).");
        }
        workspace.datasets().setType(dataset, current.name(), type);
        cache.remove(dataset.id());
    }

    /**
     * Gives a column of a version the label people read in charts, drivers, reasons, exports and briefs; a blank
     * label gives back the one humanised from its name. Recorded with the version (undone like a role change) and
     * carried to the dataset's next versions.
     *
     * @return the column's label now
     */
    public String changeLabel(DatasetInfo dataset, String column, String label) {
        ColumnInfo current = requireColumn(dataset, column);
        String checked;
        try {
            checked = ColumnLabels.checked(label);
        } catch (IllegalArgumentException e) {
            throw new WorkbenchException("Label of `" + current.name() + "`: " + e.getMessage());
        }
        if (checked != null && checked.equals(ColumnLabels.humanise(current.name()))) {
            checked = null; // the label it has anyway: nothing to record or undo
        }
        workspace.datasets().setLabel(dataset, current.name(), checked);
        cache.remove(dataset.id());
        return checked != null ? checked : ColumnLabels.humanise(current.name());
    }

    /** Forgets cached results of a version (after its roles were changed elsewhere). */
    public void invalidate(DatasetInfo dataset) {
        cache.remove(dataset.id());
    }

    private Analysis requireTarget(DatasetInfo dataset, TaskContext context) {
        Analysis a = analysis(dataset, context);
        if (a.churn() == null) {
            throw new WorkbenchException(dataset.reference() + " has no churn target: mark the column that says "
                    + "whether a customer churned as target.");
        }
        return a;
    }

    private ColumnDistribution distribution(Analysis a, DatasetInfo dataset, String name) {
        ColumnDistribution d = a.distributions().get(name);
        if (d != null) {
            return d;
        }
        ColumnInfo column = column(a, name);
        return Distributions.load(workspace, dataset, column, a.churn(), a.merges().get(name));
    }

    private static ColumnInfo column(Analysis a, String name) {
        return a.columns().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow(() ->
                new WorkbenchException("No column named `" + name + "`. Columns: "
                        + String.join(", ", a.columns().stream().map(ColumnInfo::name).toList()) + "."));
    }
}
