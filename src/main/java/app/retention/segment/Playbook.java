package app.retention.segment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to do with the customers of each risk band (editable): by default High → e-mail offer and a call from
 * customer success, Medium → a content nudge or push notification, Low → no action.
 *
 * @param actions recommended action by band name, in the order the user sees them
 */
public record Playbook(Map<String, String> actions) {

    public static final String NO_ACTION = "No action";
    private static final ObjectMapper JSON = new ObjectMapper();

    public Playbook {
        LinkedHashMap<String, String> copy = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : actions.entrySet()) {
            String band = e.getKey() == null ? "" : e.getKey().trim();
            String action = e.getValue() == null ? "" : e.getValue().trim();
            if (band.isEmpty()) {
                throw new SegmentException("Every playbook line needs a risk band name.");
            }
            if (action.isEmpty()) {
                throw new SegmentException("The playbook has no action for band " + band + "; write one, or `"
                        + NO_ACTION + "`.");
            }
            if (copy.keySet().stream().anyMatch(b -> b.equalsIgnoreCase(band))) {
                throw new SegmentException("The playbook names band " + band + " twice; keep one line per band.");
            }
            copy.put(band, action);
        }
        if (copy.isEmpty()) {
            throw new SegmentException("The playbook is empty; write one `Band: action` line per risk band.");
        }
        actions = Collections.unmodifiableMap(copy);
    }

    /** High → e-mail offer + CSM call, Medium → content nudge / push, Low → no action. */
    public static Playbook defaults() {
        LinkedHashMap<String, String> actions = new LinkedHashMap<>();
        actions.put("High", "E-mail offer + CSM call");
        actions.put("Medium", "Content nudge / push notification");
        actions.put("Low", NO_ACTION);
        return new Playbook(actions);
    }

    /**
     * The recommended action for a band (band names match without regard to case).
     *
     * @throws SegmentException when the playbook has no line for the band
     */
    public String actionFor(String band) {
        for (Map.Entry<String, String> e : actions.entrySet()) {
            if (e.getKey().equalsIgnoreCase(band)) {
                return e.getValue();
            }
        }
        throw new SegmentException("The playbook has no action for risk band " + band + "; add a line `" + band
                + ": <action>`.");
    }

    /** A copy with the band's action set (added at the end when the band is new). */
    public Playbook withAction(String band, String action) {
        LinkedHashMap<String, String> copy = new LinkedHashMap<>();
        boolean replaced = false;
        for (Map.Entry<String, String> e : actions.entrySet()) {
            if (e.getKey().equalsIgnoreCase(band)) {
                copy.put(e.getKey(), action);
                replaced = true;
            } else {
                copy.put(e.getKey(), e.getValue());
            }
        }
        if (!replaced) {
            copy.put(band, action);
        }
        return new Playbook(copy);
    }

    /** The bands that have no line in this playbook, in the bands' order. */
    public List<String> bandsWithoutAction(RiskBands bands) {
        List<String> missing = new ArrayList<>();
        for (String name : bands.names()) {
            if (actions.keySet().stream().noneMatch(b -> b.equalsIgnoreCase(name))) {
                missing.add(name);
            }
        }
        return missing;
    }

    /** One line per band, {@code Band: action}; {@link #fromText} reads it back. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        actions.forEach((band, action) -> out.append(band).append(": ").append(action).append('\n'));
        return out.toString();
    }

    /**
     * Reads {@code Band: action} lines; blank lines and lines starting with {@code #} are skipped.
     *
     * @throws SegmentException naming the first line that is not of that form
     */
    public static Playbook fromText(String text) {
        LinkedHashMap<String, String> actions = new LinkedHashMap<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new SegmentException("Playbook line " + (i + 1) + ", `" + line + "`: write it as `Band: action`"
                        + " (for example `High: E-mail offer + CSM call`).");
            }
            String band = line.substring(0, colon).strip();
            if (actions.keySet().stream().anyMatch(b -> b.equalsIgnoreCase(band))) {
                throw new SegmentException("Playbook line " + (i + 1) + " names band " + band
                        + " a second time; keep one line per band.");
            }
            actions.put(band, line.substring(colon + 1).strip());
        }
        return new Playbook(actions);
    }

    /** A JSON object from band to action, in order, for storage. */
    public String toJson() {
        ObjectNode node = JSON.createObjectNode();
        actions.forEach(node::put);
        return node.toString();
    }

    /**
     * Reads what {@link #toJson()} wrote.
     *
     * @throws SegmentException when the text is not a JSON object of band → action text
     */
    public static Playbook fromJson(String json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new SegmentException("The stored playbook is not valid JSON (" + e.getOriginalMessage() + ").", e);
        }
        if (node == null || !node.isObject()) {
            throw new SegmentException("The stored playbook must be a JSON object of band → action.");
        }
        LinkedHashMap<String, String> actions = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual()) {
                throw new SegmentException("The stored playbook's action for band " + e.getKey() + " is not text.");
            }
            actions.put(e.getKey(), e.getValue().asText());
        }
        return new Playbook(actions);
    }

    @Override
    public String toString() {
        return "Playbook" + actions;
    }
}
