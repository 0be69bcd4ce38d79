package app.retention.model;

import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;

import java.io.Serializable;
import java.util.List;

/**
 * Where each Weka attribute lands in XGBoost's dense feature matrix: a number (or date) in one column, a category
 * as one 0/1 column per value. A missing value stays missing ({@code NaN}, every column of a category), so
 * XGBoost learns the direction missing values take at each split instead of our guessing a replacement.
 *
 * <p>Part of a saved XGBoost model, so it holds primitive arrays only: the allow-list of model files needs no
 * more than this class for it.
 */
final class OneHotLayout implements Serializable {

    private static final long serialVersionUID = 1L;

    /** First column of each attribute; -1 for the class. */
    private final int[] start;
    /** Columns of each attribute: 1 for a number, the number of values for a category, 0 for the class. */
    private final int[] width;
    private final int columns;

    private OneHotLayout(int[] start, int[] width, int columns) {
        this.start = start;
        this.width = width;
        this.columns = columns;
    }

    /** The layout of a dataset's features; the class attribute gets no column. */
    static OneHotLayout of(Instances header) {
        int n = header.numAttributes();
        int[] start = new int[n];
        int[] width = new int[n];
        int next = 0;
        for (int a = 0; a < n; a++) {
            Attribute attribute = header.attribute(a);
            if (a == header.classIndex()) {
                start[a] = -1;
                continue;
            }
            start[a] = next;
            width[a] = attribute.isNominal() ? attribute.numValues() : 1;
            next += width[a];
        }
        return new OneHotLayout(start, width, next);
    }

    int columns() {
        return columns;
    }

    /** The rows, one after another, {@code columns()} values each. */
    float[] encode(List<Instance> rows) {
        float[] matrix = new float[rows.size() * columns];
        for (int r = 0; r < rows.size(); r++) {
            encode(rows.get(r), matrix, r * columns);
        }
        return matrix;
    }

    /** One row into {@code matrix} from {@code offset}. */
    void encode(Instance row, float[] matrix, int offset) {
        if (row.numAttributes() != start.length) {
            throw new ModelException("The customers have " + (row.numAttributes() - 1)
                    + " features; the XGBoost model was trained on " + (start.length - 1) + ".");
        }
        for (int a = 0; a < start.length; a++) {
            if (start[a] < 0) {
                continue;
            }
            int at = offset + start[a];
            if (row.isMissing(a)) {
                for (int c = 0; c < width[a]; c++) {
                    matrix[at + c] = Float.NaN;
                }
            } else if (width[a] == 1 && !row.attribute(a).isNominal()) {
                matrix[at] = (float) row.value(a);
            } else {
                // zeros are already there in a fresh matrix, but not in a reused one
                for (int c = 0; c < width[a]; c++) {
                    matrix[at + c] = 0f;
                }
                matrix[at + (int) row.value(a)] = 1f;
            }
        }
    }
}
