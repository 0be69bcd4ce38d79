package app.retention.model;

import app.retention.evaluate.MetricSet;
import app.retention.evaluate.Predictions;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * Turns what an evaluation keeps into text and bytes for the store and back, exactly: doubles survive as JSON's
 * shortest round-trip form, predictions as raw IEEE bytes.
 */
final class RunCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RunCodec() {
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Model records must serialise", e);
        }
    }

    static <T> T parse(String text, TypeReference<T> type, String what) {
        try {
            return JSON.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new ModelException("The stored " + what + " cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    static String foldMetrics(List<MetricSet> folds) {
        return json(folds);
    }

    static List<MetricSet> foldMetrics(String text) {
        return parse(text, new TypeReference<List<MetricSet>>() { }, "fold metrics");
    }

    static String importance(List<FeatureImportance> importance) {
        return json(importance);
    }

    static List<FeatureImportance> importance(String text) {
        return text == null ? List.of() : parse(text, new TypeReference<List<FeatureImportance>>() { }, "importance");
    }

    static String details(ModelDetails details) {
        return json(details);
    }

    static ModelDetails details(String text) {
        return text == null ? ModelDetails.none() : parse(text, new TypeReference<ModelDetails>() { }, "model details");
    }

    static String schema(ModelSchema schema) {
        return json(schema);
    }

    static ModelSchema schema(String text) {
        return parse(text, new TypeReference<ModelSchema>() { }, "model schema");
    }

    /** Pooled predictions: the count, then each probability, then each outcome as a byte. */
    static byte[] predictions(Predictions predictions) {
        double[] probabilities = predictions.probabilities();
        ByteBuffer buffer = ByteBuffer.allocate(4 + probabilities.length * 9);
        buffer.putInt(probabilities.length);
        for (double p : probabilities) {
            buffer.putDouble(p);
        }
        for (boolean y : predictions.churned()) {
            buffer.put((byte) (y ? 1 : 0));
        }
        return buffer.array();
    }

    /** The inverse of {@link #predictions(Predictions)}: probabilities and outcomes. */
    static Predictions predictions(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int n = buffer.getInt();
        if (n < 0 || bytes.length != 4 + (long) n * 9) {
            throw new ModelException("The stored predictions are damaged.");
        }
        double[] p = new double[n];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            p[i] = buffer.getDouble();
        }
        for (int i = 0; i < n; i++) {
            y[i] = buffer.get() == 1;
        }
        return new Predictions(p, y);
    }

}
