package app.retention.usecase;

import app.retention.domain.ColumnInfo;
import app.retention.domain.ColumnRole;
import app.retention.domain.DatasetInfo;
import app.retention.domain.ModelRecord;
import app.retention.domain.StoredRow;
import app.retention.export.DatasetRef;
import app.retention.export.ExportColumn;
import app.retention.export.ExportOptions;
import app.retention.export.ExportResult;
import app.retention.export.ExportTable;
import app.retention.export.ModelRef;
import app.retention.export.Provenance;
import app.retention.export.SegmentExports;
import app.retention.export.ValueKind;
import app.retention.model.ModelCatalog;
import app.retention.model.SnapshotScores;
import app.retention.segment.BandBasis;
import app.retention.segment.RiskBand;
import app.retention.segment.RiskBands;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Band migration between two scorings of the same customers by one model (issue 16): both snapshots are scored with
 * the model and cut into its default risk bands (from its validation scores), customers are matched by their id,
 * and the Low/Medium/High transition matrix and the customers newly at risk (moved up into High) are reported; the
 * latter can be exported as a call list with provenance and an entry in the export log.
 */
public final class BandMigration {

    /** Every customer of both scorings who moved up into the top band, with both scores. */
    public record Mover(String customer, String bandBefore, double probabilityBefore, double probabilityNow) {
    }

    /**
     * @param bands     band names, highest risk first
     * @param matrix    customers per band before (row) and now (column), in {@code bands}' order
     * @param onlyBefore customers of the first snapshot not in the second (left, or a new id)
     * @param newlyAtRisk customers now in the top band who were not, highest probability first
     */
    public record Report(String before, String after, long modelId, String keyColumn, List<String> bands,
                         long[][] matrix, long matched, long onlyBefore, long onlyNow, List<Mover> newlyAtRisk) {
    }

    private final Workspace workspace;
    private final ModelCatalog catalog;
    private final ModelsInService inService;
    private final SegmentExports exports;

    BandMigration(Workspace workspace, ModelCatalog catalog, ModelsInService inService, SegmentExports exports) {
        this.workspace = workspace;
        this.catalog = catalog;
        this.inService = inService;
        this.exports = exports;
    }

    /**
     * The transition between {@code before} and {@code after}, both scored by {@code modelId}.
     *
     * @throws InServiceException when a dataset has no customer id column or the model cannot read it
     */
    public Report compare(DatasetInfo before, DatasetInfo after, long modelId, TaskContext context) {
        ModelRecord model = catalog.record(modelId);
        for (DatasetInfo d : List.of(before, after)) {
            catalog.misfit(modelId, d).ifPresent(problem -> {
                throw new InServiceException(d.reference() + " cannot be read by model " + modelId + ": " + problem
                        + ".");
            });
        }
        String key = keyColumn(before);
        if (!key.equals(keyColumn(after))) {
            throw new InServiceException(before.reference() + " and " + after.reference() + " name their customers "
                    + "in different columns (`" + key + "`, `" + keyColumn(after) + "`): customers cannot be matched.");
        }
        RiskBands bands = new BandBasis(catalog.validationScores(modelId), false).at(null);
        Map<String, double[]> was = scoresByKey(before, modelId, key, context);
        Map<String, double[]> now = scoresByKey(after, modelId, key, context);
        List<String> names = bands.names();
        long[][] matrix = new long[names.size()][names.size()];
        List<Mover> movers = new ArrayList<>();
        long matched = 0;
        String top = names.get(0);
        for (Map.Entry<String, double[]> e : now.entrySet()) {
            double[] b = was.get(e.getKey());
            if (b == null) {
                continue;
            }
            matched++;
            RiskBand from = bands.assign(b[0]);
            RiskBand to = bands.assign(e.getValue()[0]);
            matrix[names.indexOf(from.name())][names.indexOf(to.name())]++;
            if (to.name().equals(top) && !from.name().equals(top)) {
                movers.add(new Mover(e.getKey(), from.name(), b[0], e.getValue()[0]));
            }
        }
        movers.sort(Comparator.comparingDouble(Mover::probabilityNow).reversed().thenComparing(Mover::customer));
        long onlyBefore = was.size() - matched;
        long onlyNow = now.size() - matched;
        return new Report(before.reference(), after.reference(), model.id(), key, names, matrix, matched, onlyBefore,
                onlyNow, movers);
    }

    /**
     * Writes the customers newly at risk of {@code report} as a call list (CSV or XLSX), with provenance, logged.
     */
    public ExportResult exportNewlyAtRisk(Report report, Path out, String user) {
        ModelRecord model = catalog.record(report.modelId());
        DatasetInfo after = workspace.datasets().require(report.after());
        List<ExportColumn> columns = List.of(ExportColumn.integer("rank"), ExportColumn.text(report.keyColumn()),
                new ExportColumn("churn_probability", ValueKind.PROBABILITY, null),
                new ExportColumn("churn_probability_before", ValueKind.PROBABILITY, null),
                ExportColumn.text("band_before"), ExportColumn.text("band_now"));
        List<List<Object>> rows = new ArrayList<>();
        int rank = 1;
        for (Mover m : report.newlyAtRisk()) {
            rows.add(List.of(rank++, m.customer(), m.probabilityNow(), m.probabilityBefore(), m.bandBefore(),
                    report.bands().get(0)));
        }
        String name = "newly at risk " + report.before() + " → " + report.after();
        ExportTable table = new ExportTable("Customers newly at risk", columns, rows);
        ModelRef ref = new ModelRef(Long.toString(model.id()), model.learner(), model.rocAuc(), model.design(),
                Map.of("rocAuc", model.rocAuc()));
        RiskBands bands = new BandBasis(catalog.validationScores(model.id()), false).at(null);
        Provenance provenance = new Provenance(new DatasetRef(after.name(), after.version(), after.source().sha256()),
                ref, bands.bands().stream().map(b -> new Provenance.Band(b.name(), b.lowerProbability(),
                b.upperProbability(), b.description())).toList(), new Provenance.SegmentRef(name,
                List.of("moved up into " + report.bands().get(0) + " between " + report.before() + " and "
                        + report.after())), null, null, null, Workbench.appVersion());
        return exports.callList(name, table, provenance, out, ExportOptions.maskingPersonalData(user));
    }

    private String keyColumn(DatasetInfo dataset) {
        return workspace.datasets().columns(dataset).stream().filter(c -> c.role() == ColumnRole.ID)
                .map(ColumnInfo::name).findFirst().orElseThrow(() -> new InServiceException(dataset.reference()
                        + " has no customer id column: customers of two snapshots are matched by it (mark one with "
                        + "`columns set`)."));
    }

    /** Each customer's churn probability (in a one-element array), by id, in row order. */
    private Map<String, double[]> scoresByKey(DatasetInfo dataset, long modelId, String key, TaskContext context) {
        SnapshotScores scores = inService.scoreInMemory(dataset, modelId, context);
        List<ColumnInfo> columns = workspace.datasets().columns(dataset);
        int keyAt = -1;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(key)) {
                keyAt = i;
            }
        }
        Map<Long, String> keys = new HashMap<>();
        for (long offset = 0; offset < dataset.rowsImported(); offset += 10_000) {
            for (StoredRow row : workspace.datasets().rows(dataset, offset, 10_000)) {
                Object k = row.values().get(keyAt);
                if (k != null) {
                    keys.put(row.rowNumber(), String.valueOf(k));
                }
            }
        }
        Map<String, double[]> byKey = new LinkedHashMap<>();
        long[] rows = scores.rowNumbers();
        double[] p = scores.probabilities();
        for (int i = 0; i < rows.length; i++) {
            String k = keys.get(rows[i]);
            if (k != null) {
                byKey.put(k, new double[]{p[i]});
            }
        }
        return byKey;
    }
}
