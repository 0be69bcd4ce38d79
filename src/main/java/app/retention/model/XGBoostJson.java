package app.retention.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Edits of XGBoost's JSON model format that its Java binding does not offer. The result is a model XGBoost itself
 * reads back (the golden test loads it into a native booster and compares predictions).
 */
final class XGBoostJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private XGBoostJson() {
    }

    /**
     * The model with only its first {@code rounds} trees (one tree per round: binary objective, no parallel
     * trees), as if training had stopped there: what early stopping keeps without training again.
     */
    static byte[] firstTrees(byte[] json, int rounds) {
        try {
            JsonNode root = JSON.readTree(json);
            ObjectNode model = (ObjectNode) root.path("learner").path("gradient_booster").path("model");
            ArrayNode trees = (ArrayNode) model.path("trees");
            if (rounds < 1 || rounds > trees.size()) {
                throw new IllegalArgumentException("cannot keep " + rounds + " of " + trees.size() + " trees");
            }
            model.set("trees", first(trees, rounds));
            model.set("tree_info", first((ArrayNode) model.path("tree_info"), rounds));
            if (model.has("iteration_indptr")) {
                model.set("iteration_indptr", first((ArrayNode) model.path("iteration_indptr"), rounds + 1));
            }
            ((ObjectNode) model.path("gbtree_model_param")).put("num_trees", Integer.toString(rounds));
            JsonNode attributes = root.path("learner").path("attributes");
            if (attributes instanceof ObjectNode named) {
                // xgboost4j records where its own early stopping ended; the kept model ends at its best round
                named.remove("best_iteration");
                named.remove("best_score");
            }
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ArrayNode first(ArrayNode all, int n) {
        ArrayNode kept = JSON.createArrayNode();
        for (int i = 0; i < n; i++) {
            kept.add(all.get(i));
        }
        return kept;
    }
}
