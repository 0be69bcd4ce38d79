package app.retention.data;

import app.retention.data.sample.CampaignOutcomeSimulator;
import app.retention.domain.CampaignArm;
import app.retention.domain.CampaignMember;
import app.retention.domain.CampaignRecord;
import app.retention.domain.ColumnInfo;
import app.retention.domain.DatasetInfo;
import app.retention.domain.StoredRow;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Simulated outcomes for a campaign cut from the sample data (sample-data/README.md, "Campaign outcomes"): each
 * customer of its arms is found in the scored snapshot and given an outcome by {@link CampaignOutcomeSimulator}; the
 * file has the customer id, churned (Yes/No), churn date, reached (treated only) and revenue in the 30 days after.
 */
public final class SampleCampaignOutcomes {

    /** What was written. */
    public record Written(Path file, long customers, long churned, long reached) {
    }

    private static final int PAGE = 10_000;

    private SampleCampaignOutcomes() {
    }

    public static Written write(DatasetCatalog datasets, CampaignRecord campaign, List<CampaignMember> members,
                                Path out, long seed) {
        DatasetInfo dataset = datasets.require(campaign.datasetReference());
        List<ColumnInfo> columns = datasets.columns(dataset);
        String keyColumn = campaign.keyColumn();
        int key = keyColumn == null ? -1 : columns.stream().map(ColumnInfo::name).toList().indexOf(keyColumn);
        Map<String, CampaignArm> arms = new HashMap<>();
        members.forEach(m -> arms.put(m.key(), m.arm()));
        CampaignOutcomeSimulator simulator = new CampaignOutcomeSimulator(seed, campaign.channel(),
                campaign.startDate());
        String idHeader = keyColumn == null ? "customer" : keyColumn;
        long written = 0;
        long churned = 0;
        long reached = 0;
        Path temporary = out.resolveSibling(out.getFileName() + ".partial");
        try {
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF)
                    .build(temporary, StandardCharsets.UTF_8)) {
                csv.writeRecord(idHeader, "churned", "churn_date", "reached", "revenue_30d");
                for (long offset = 0; ; offset += PAGE) {
                    List<StoredRow> rows = datasets.rows(dataset, offset, PAGE);
                    for (StoredRow row : rows) {
                        Object id = key < 0 ? null : row.values().get(key);
                        String customer = id == null ? "row " + row.rowNumber() : String.valueOf(id);
                        CampaignArm arm = arms.get(customer);
                        if (arm == null) {
                            continue;
                        }
                        Map<String, Object> values = new LinkedHashMap<>();
                        for (int i = 0; i < columns.size(); i++) {
                            values.put(columns.get(i).name(), row.values().get(i));
                        }
                        CampaignOutcomeSimulator.Outcome o;
                        try {
                            o = simulator.draw(customer, values, arm);
                        } catch (IllegalArgumentException | ClassCastException | NullPointerException e) {
                            throw new ImportException("Outcomes can be simulated only for campaigns cut from the "
                                    + "sample data; " + dataset.reference() + " lacks the sample's columns or "
                                    + "their types (" + (e.getMessage() == null ? "a column" : "`" + e.getMessage()
                                    + "`") + ").");
                        }
                        csv.writeRecord(customer, o.churned() ? "Yes" : "No",
                                o.churnDate() == null ? "" : o.churnDate().toString(),
                                o.reached() == null ? "" : o.reached() ? "Yes" : "No",
                                String.format(Locale.ROOT, "%.2f", o.revenue()));
                        written++;
                        churned += o.churned() ? 1 : 0;
                        reached += Boolean.TRUE.equals(o.reached()) ? 1 : 0;
                    }
                    if (rows.size() < PAGE) {
                        break;
                    }
                }
            }
            Files.move(temporary, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new ImportException("Could not write " + out + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                temporary.toFile().deleteOnExit();
            }
        }
        return new Written(out, written, churned, reached);
    }
}
