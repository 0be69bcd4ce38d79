package app.retention.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The provenance of one written file: the export's own facts and where its numbers come from ({@code source},
 * whose fields sit at the top level of the JSON). This record is the schema of the sidecar
 * {@code <file>.provenance.json} and of the provenance in the export log; it is written and read back here only,
 * so the files, the Exports screen and {@code export log --json} cannot drift apart.
 *
 * @param file                the export's file name
 * @param title               what it is ("Call list", "Campaign brief")
 * @param sha256              checksum of the export, or null when not known yet (the XLSX sheet is inside the file)
 * @param createdAt           when it was written, ISO-8601
 * @param columns             the exported columns (empty for a brief)
 * @param personalDataIncluded true only when personal data was asked for and the export has such columns
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExportProvenance(String file, String format, String title, String sha256, String createdAt,
                               String createdBy, int rows, List<String> columns, boolean personalDataIncluded,
                               List<String> personalDataColumns, @JsonUnwrapped Provenance source) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static {
        // entries logged by hand or by an early build may lack a list; it reads as empty, not as a failure
        JSON.configOverride(List.class).setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY));
        JSON.configOverride(Map.class).setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY));
    }

    public ExportProvenance {
        columns = List.copyOf(columns);
        personalDataColumns = List.copyOf(personalDataColumns);
    }

    /** The provenance of a file about to be written with {@code options}; its checksum is not known yet. */
    static ExportProvenance of(Provenance source, String file, String format, String title, List<String> columns,
                               int rows, List<String> personalDataColumns, ExportOptions options) {
        return new ExportProvenance(file, format, title, null, options.createdAt().toString(), options.exportedBy(),
                rows, columns, options.includePersonalData() && !personalDataColumns.isEmpty(), personalDataColumns,
                source);
    }

    /** The same once written: rows counted and the file's checksum. */
    ExportProvenance written(int rowsWritten, String fileSha256) {
        return new ExportProvenance(file, format, title, fileSha256, createdAt, createdBy, rowsWritten, columns,
                personalDataIncluded, personalDataColumns, source);
    }

    /** The sidecar's JSON, as the export log also stores it. */
    String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a record of strings and numbers always serialises", e);
        }
    }

    /**
     * Reads a sidecar or a logged provenance back, including those written before this record existed.
     *
     * @throws ExportException when the text is not an export's provenance
     */
    public static ExportProvenance read(String json) {
        try {
            return JSON.readValue(json, ExportProvenance.class);
        } catch (JsonProcessingException e) {
            throw new ExportException("The export's provenance cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    /** Field and value per line, for the XLSX sheet a person reads. */
    List<String[]> sheetFields() {
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {"Export", title});
        out.add(new String[] {"Created at", createdAt});
        out.add(new String[] {"Created by", createdBy});
        out.add(new String[] {"App version", source.appVersion()});
        out.add(new String[] {"Rows", String.valueOf(rows)});
        out.add(new String[] {"Personal data included", personalDataIncluded ? "Yes" : "No (masked)"});
        out.add(new String[] {"Personal data columns", String.join(", ", personalDataColumns)});
        out.add(new String[] {"Dataset", source.dataset().reference()});
        out.add(new String[] {"Dataset SHA-256", source.dataset().sha256()});
        out.add(new String[] {"Model", source.model().id() + " (" + source.model().learner() + ")"});
        out.add(new String[] {"Model ROC AUC", String.format(Locale.ROOT, "%.3f", source.model().rocAuc())});
        out.add(new String[] {"Validation", source.model().validation()});
        source.model().metrics().forEach((name, value) ->
                out.add(new String[] {"Model " + name, String.format(Locale.ROOT, "%.3f", value)}));
        for (Provenance.Band band : source.riskBands()) {
            out.add(new String[] {"Risk band " + band.name(), band.description()});
        }
        out.add(new String[] {"Segment", source.segment().name()});
        out.add(new String[] {"Filters", source.segment().filtersInWords()});
        if (source.capacity() != null) {
            out.add(new String[] {"Capacity (contacts)", String.valueOf(source.capacity())});
        }
        if (source.economics() != null) {
            out.add(new String[] {"Contact cost", plain(source.economics().contactCost())});
            out.add(new String[] {"Offer cost", plain(source.economics().offerCost())});
            out.add(new String[] {"Offer acceptance rate", plain(source.economics().acceptanceRate())});
            out.add(new String[] {"Save rate", plain(source.economics().saveRate())});
        }
        out.add(new String[] {"Columns", String.join(", ", columns)});
        return out;
    }

    /** {@code 5}, {@code 0.25}: a number as typed, without trailing zeros. */
    static String plain(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
