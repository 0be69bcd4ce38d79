package app.retention.model;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.Locale;

/**
 * The trees of an XGBoost model read from XGBoost's own JSON model format and evaluated in Java.
 *
 * <p>Why not ask the native booster: one call into it costs about 200 µs whatever the number of rows, and the
 * workbench predicts one customer at a time (cross-validation, permutation importance, and scoring with reasons,
 * which asks about a hundred what-ifs per customer); walking the trees here costs a few microseconds. It also
 * means a model file is parsed by Jackson in Java, never by native code, and the native library is needed only to
 * train. Evaluation follows XGBoost's own rules, so predictions equal its own (the golden test checks it): a value
 * goes left when {@code value < threshold}, a missing one the way the split's default says, and the leaf values
 * are added in tree order to the base margin in single precision.
 */
final class BoostedTrees {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final float baseMargin;
    private final int[] roots;
    /** Per node, over all trees: child indices (-1 at a leaf), feature column, threshold or leaf value. */
    private final int[] left;
    private final int[] right;
    private final int[] feature;
    private final float[] value;
    private final boolean[] defaultLeft;

    private BoostedTrees(float baseMargin, int[] roots, int[] left, int[] right, int[] feature, float[] value,
                         boolean[] defaultLeft) {
        this.baseMargin = baseMargin;
        this.roots = roots;
        this.left = left;
        this.right = right;
        this.feature = feature;
        this.value = value;
        this.defaultLeft = defaultLeft;
    }

    /**
     * Reads a binary-logistic model with numeric splits on {@code columns} features; anything else (another
     * objective, categorical splits, a tree whose children do not lie after their parent) is refused as damaged.
     */
    static BoostedTrees read(byte[] json, int columns) {
        try {
            JsonNode learner = JSON.readTree(json).path("learner");
            String objective = learner.path("objective").path("name").asText();
            if (!objective.equals("binary:logistic")) {
                throw damaged("its objective is `" + objective + "`, not binary:logistic");
            }
            JsonNode param = learner.path("learner_model_param");
            if (param.path("num_feature").asInt(-1) != columns) {
                throw damaged("it has " + param.path("num_feature").asText() + " input columns, the data " + columns);
            }
            float baseScore = Float.parseFloat(param.path("base_score").asText().replace("[", "").replace("]", ""));
            JsonNode trees = learner.path("gradient_booster").path("model").path("trees");
            int nodes = 0;
            for (JsonNode tree : trees) {
                nodes += tree.path("left_children").size();
            }
            int[] roots = new int[trees.size()];
            int[] left = new int[nodes];
            int[] right = new int[nodes];
            int[] feature = new int[nodes];
            float[] value = new float[nodes];
            boolean[] defaultLeft = new boolean[nodes];
            int at = 0;
            for (int t = 0; t < trees.size(); t++) {
                JsonNode tree = trees.get(t);
                roots[t] = at;
                int n = tree.path("left_children").size();
                for (String array : new String[] {"right_children", "split_indices", "split_conditions",
                        "default_left", "split_type"}) {
                    if (tree.path(array).size() != n) {
                        throw damaged("tree " + t + " has " + tree.path(array).size() + " " + array + " for " + n
                                + " nodes");
                    }
                }
                for (int i = 0; i < n; i++) {
                    int l = tree.path("left_children").get(i).asInt();
                    int r = tree.path("right_children").get(i).asInt();
                    boolean leaf = l == -1;
                    // children after their parent: the walk always ends
                    if (!leaf && (l <= i || r <= i || l >= n || r >= n)) {
                        throw damaged("tree " + t + " has a node whose children are out of place");
                    }
                    if (tree.path("split_type").get(i).asInt() != 0) {
                        throw damaged("tree " + t + " splits on categories");
                    }
                    int f = tree.path("split_indices").get(i).asInt();
                    if (!leaf && (f < 0 || f >= columns)) {
                        throw damaged("tree " + t + " splits on column " + f);
                    }
                    left[at + i] = leaf ? -1 : at + l;
                    right[at + i] = leaf ? -1 : at + r;
                    feature[at + i] = f;
                    value[at + i] = (float) tree.path("split_conditions").get(i).asDouble();
                    defaultLeft[at + i] = tree.path("default_left").get(i).asInt() != 0;
                }
                at += n;
            }
            float margin = (float) -Math.log(1.0 / baseScore - 1.0);
            return new BoostedTrees(margin, roots, left, right, feature, value, defaultLeft);
        } catch (JacksonException e) {
            throw damaged("it is not XGBoost's JSON model format");
        } catch (IOException | NumberFormatException e) {
            throw damaged("it is incomplete");
        }
    }

    /** Completes "… is damaged or not a model saved by Retention Workbench: " (see {@link ModelSerializer}). */
    private static ModelException damaged(String why) {
        return new ModelException(String.format(Locale.ROOT, "its XGBoost trees are not usable (%s)", why));
    }

    int size() {
        return roots.length;
    }

    /** The churn probability of the row starting at {@code offset} of {@code matrix}. */
    double churn(float[] matrix, int offset) {
        float margin = baseMargin;
        for (int root : roots) {
            int node = root;
            while (left[node] >= 0) {
                float x = matrix[offset + feature[node]];
                boolean goLeft = Float.isNaN(x) ? defaultLeft[node] : x < value[node];
                node = goLeft ? left[node] : right[node];
            }
            margin += value[node];
        }
        return 1.0 / (1.0 + Math.exp(-margin));
    }
}
