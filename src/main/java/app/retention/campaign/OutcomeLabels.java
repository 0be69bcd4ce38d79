package app.retention.campaign;

import app.retention.data.DatasetCatalog;
import app.retention.data.DisplayValues;
import app.retention.data.ImportOptions;
import app.retention.data.ImportResult;
import app.retention.data.ImportService;
import app.retention.domain.CampaignArm;
import app.retention.domain.CampaignMember;
import app.retention.domain.CampaignOutcome;
import app.retention.domain.CampaignRecord;
import app.retention.domain.ColumnInfo;
import app.retention.domain.ColumnRole;
import app.retention.domain.DatasetInfo;
import app.retention.domain.StoredRow;
import app.retention.store.DatasetNames;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import de.siegmar.fastcsv.writer.CsvWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Outcomes become labels (issue 15 §4): a campaign's customers as they were scored (their columns from the dataset
 * the campaign was cut from), their arm, and what happened to them as the churn target, imported as a new dataset
 * ready for retraining. The arm is kept out of models (a model of churn must not learn who was called); the
 * dataset's source file, kept under the workspace's {@code campaigns/} folder, is named after the campaign.
 */
public final class OutcomeLabels {

    /** The target column of a dataset made from outcomes. */
    public static final String TARGET = "churned_after_campaign";
    /** The column saying which arm a customer was in. */
    public static final String ARM = "campaign_arm";

    private static final int PAGE = 5_000;

    private final Workspace workspace;
    private final CampaignService campaigns;
    private final DatasetCatalog datasets;
    private final ImportService imports;

    public OutcomeLabels(Workspace workspace, CampaignService campaigns, DatasetCatalog datasets,
                         ImportService imports) {
        this.workspace = workspace;
        this.campaigns = campaigns;
        this.datasets = datasets;
        this.imports = imports;
    }

    /**
     * Makes the labelled dataset of campaign {@code campaignName}: every customer of every arm with an outcome.
     *
     * @param datasetName the new dataset's name; null: the campaign's name followed by "outcomes"
     * @throws CampaignException when the campaign has no outcomes yet, or its dataset is gone
     */
    public ImportResult labelledDataset(String campaignName, String datasetName, TaskContext context) {
        CampaignRecord campaign = campaigns.require(campaignName);
        List<CampaignOutcome> outcomes = workspace.campaigns().outcomes(campaign.id());
        if (outcomes.isEmpty()) {
            throw new CampaignException("Campaign " + campaign.name() + " has no outcomes yet: import them first "
                    + "(`campaign outcomes " + campaign.name() + " FILE`).");
        }
        String name = datasetName != null ? datasetName.strip()
                : DatasetNames.fromFileName(campaign.name() + " outcomes.csv");
        DatasetNames.requireValid(name);
        DatasetInfo source = datasets.find(campaign.datasetReference()).orElseThrow(() -> new CampaignException(
                "Campaign " + campaign.name() + " was cut from " + campaign.datasetReference() + ", which is no longer "
                        + "in the workspace: its customers' columns cannot be read."));
        Map<String, CampaignArm> arms = new HashMap<>();
        for (CampaignMember m : workspace.campaigns().members(campaign.id())) {
            arms.put(m.key(), m.arm());
        }
        Map<String, Boolean> churned = new HashMap<>();
        outcomes.forEach(o -> churned.put(o.key(), o.churned()));
        Path folder = workspace.directory().resolve("campaigns");
        Path file = folder.resolve(safe(campaign.name()) + "-labels.csv");
        Path partial = folder.resolve(file.getFileName() + ".partial");
        try {
            Files.createDirectories(folder);
            write(source, campaign.keyColumn(), arms, churned, partial, context);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the move failed too; the error above says why
            }
        }
        ImportResult imported;
        try {
            imported = imports.importFile(file, new ImportOptions(name, TARGET, null, false), context);
        } catch (RuntimeException e) {
            // the import stored nothing: neither does this step leave its file behind
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the import's error says what went wrong
            }
            throw e;
        }
        workspace.datasets().setRole(imported.dataset(), ARM, ColumnRole.IGNORED);
        return imported;
    }

    /** The source dataset's columns (its own target left out), then the arm and the outcome, one row per customer. */
    private void write(DatasetInfo source, String keyColumn, Map<String, CampaignArm> arms,
                       Map<String, Boolean> churned, Path out, TaskContext context) throws IOException {
        List<ColumnInfo> columns = datasets.columns(source);
        int key = -1;
        List<Integer> kept = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            ColumnInfo c = columns.get(i);
            if (c.name().equals(keyColumn)) {
                key = i;
            }
            if (c.role() != ColumnRole.TARGET && !c.name().equals(TARGET) && !c.name().equals(ARM)) {
                kept.add(i);
                header.add(c.name());
            }
        }
        if (key < 0) {
            throw new CampaignException(source.reference() + " has no column `" + keyColumn + "` to find the "
                    + "campaign's customers by.");
        }
        header.add(ARM);
        header.add(TARGET);
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             CsvWriter csv = CsvWriter.builder().build(writer)) {
            csv.writeRecord(header);
            for (long offset = 0; offset < source.rowsImported(); offset += PAGE) {
                context.checkCancelled();
                context.progress((double) offset / source.rowsImported(), "Reading the campaign's customers");
                for (StoredRow row : datasets.rows(source, offset, PAGE)) {
                    Object id = row.values().get(key);
                    String customer = id == null ? null : DisplayValues.format(id, columns.get(key));
                    if (customer == null || !arms.containsKey(customer) || !churned.containsKey(customer)) {
                        continue;
                    }
                    List<String> values = new ArrayList<>(header.size());
                    for (int i : kept) {
                        Object v = row.values().get(i);
                        values.add(v == null ? "" : DisplayValues.format(v, columns.get(i)));
                    }
                    values.add(arms.get(customer).name().toLowerCase(Locale.ROOT));
                    values.add(churned.get(customer) ? "Yes" : "No");
                    csv.writeRecord(values);
                }
            }
        }
    }

    private static String safe(String name) {
        String s = name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "campaign" : s;
    }
}
