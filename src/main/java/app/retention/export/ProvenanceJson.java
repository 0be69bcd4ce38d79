package app.retention.export;

import app.retention.segment.CampaignEconomics;
import app.retention.segment.RiskBand;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The provenance of one written file, as the sidecar JSON and as field/value lines for the XLSX "Provenance"
 * sheet. Both carry the same facts.
 *
 * @param file        the export's file name
 * @param title       what it is ("Call list", "Campaign brief")
 * @param columns     the exported columns (empty for a brief)
 * @param fileSha256  checksum of the export, or null when not known yet (the XLSX sheet is inside the file)
 */
record ProvenanceJson(Provenance provenance, String file, String format, String title, List<String> columns,
                      int rows, List<String> personalDataColumns, ExportOptions options, String fileSha256) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    boolean personalDataIncluded() {
        return options.includePersonalData() && !personalDataColumns.isEmpty();
    }

    byte[] toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("file", file);
        root.put("format", format);
        root.put("title", title);
        if (fileSha256 != null) {
            root.put("sha256", fileSha256);
        }
        root.put("createdAt", options.createdAt().toString());
        root.put("createdBy", options.exportedBy());
        root.put("appVersion", provenance.appVersion());
        root.put("rows", rows);
        ArrayNode cols = root.putArray("columns");
        columns.forEach(cols::add);
        root.put("personalDataIncluded", personalDataIncluded());
        ArrayNode pii = root.putArray("personalDataColumns");
        personalDataColumns.forEach(pii::add);
        ObjectNode dataset = root.putObject("dataset");
        dataset.put("name", provenance.dataset().name());
        dataset.put("version", provenance.dataset().version());
        dataset.put("sha256", provenance.dataset().sha256());
        ObjectNode model = root.putObject("model");
        model.put("id", provenance.model().id());
        model.put("learner", provenance.model().learner());
        model.put("rocAuc", provenance.model().rocAuc());
        model.put("validation", provenance.model().validation());
        ObjectNode metrics = model.putObject("metrics");
        provenance.model().metrics().forEach(metrics::put);
        ArrayNode bands = root.putArray("riskBands");
        for (RiskBand band : provenance.riskBands()) {
            ObjectNode b = bands.addObject();
            b.put("name", band.name());
            b.put("lowerProbability", band.lowerProbability());
            b.put("upperProbability", band.upperProbability());
            b.put("description", band.description());
        }
        ObjectNode segment = root.putObject("segment");
        segment.put("name", provenance.segmentName());
        ArrayNode filters = segment.putArray("filters");
        provenance.filters().forEach(filters::add);
        if (provenance.capacity() != null) {
            root.put("capacity", provenance.capacity());
        }
        CampaignEconomics e = provenance.economics();
        if (e != null) {
            ObjectNode economics = root.putObject("economics");
            economics.put("contactCost", e.contactCost());
            economics.put("offerCost", e.offerCost());
            economics.put("acceptanceRate", e.acceptanceRate());
            economics.put("saveRate", e.saveRate());
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", ex);
        }
    }

    /** Field and value per line, for a sheet a person reads. */
    List<String[]> fields() {
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {"Export", title});
        out.add(new String[] {"Created at", options.createdAt().toString()});
        out.add(new String[] {"Created by", options.exportedBy()});
        out.add(new String[] {"App version", provenance.appVersion()});
        out.add(new String[] {"Rows", String.valueOf(rows)});
        out.add(new String[] {"Personal data included", personalDataIncluded() ? "Yes" : "No (masked)"});
        out.add(new String[] {"Personal data columns", String.join(", ", personalDataColumns)});
        out.add(new String[] {"Dataset", provenance.dataset().reference()});
        out.add(new String[] {"Dataset SHA-256", provenance.dataset().sha256()});
        out.add(new String[] {"Model", provenance.model().id() + " (" + provenance.model().learner() + ")"});
        out.add(new String[] {"Model ROC AUC", String.format(Locale.ROOT, "%.3f", provenance.model().rocAuc())});
        out.add(new String[] {"Validation", provenance.model().validation()});
        for (Map.Entry<String, Double> m : provenance.model().metrics().entrySet()) {
            out.add(new String[] {"Model " + m.getKey(), String.format(Locale.ROOT, "%.3f", m.getValue())});
        }
        for (RiskBand band : provenance.riskBands()) {
            out.add(new String[] {"Risk band " + band.name(), band.description()});
        }
        out.add(new String[] {"Segment", provenance.segmentName()});
        out.add(new String[] {"Filters", provenance.filters().isEmpty() ? "none" : String.join(" and ", provenance.filters())});
        if (provenance.capacity() != null) {
            out.add(new String[] {"Capacity (contacts)", String.valueOf(provenance.capacity())});
        }
        CampaignEconomics e = provenance.economics();
        if (e != null) {
            out.add(new String[] {"Contact cost", plain(e.contactCost())});
            out.add(new String[] {"Offer cost", plain(e.offerCost())});
            out.add(new String[] {"Offer acceptance rate", plain(e.acceptanceRate())});
            out.add(new String[] {"Save rate", plain(e.saveRate())});
        }
        out.add(new String[] {"Columns", String.join(", ", columns)});
        return out;
    }

    private static String plain(double d) {
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
