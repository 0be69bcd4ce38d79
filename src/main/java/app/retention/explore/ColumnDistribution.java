package app.retention.explore;

import app.retention.domain.ColumnInfo;

import java.util.List;

/**
 * A column's distinct present values in ascending order with customers and churners each, plus the
 * missing group. The single input of every statistic in this package.
 */
record ColumnDistribution(ColumnInfo column, List<Object> values, long[] counts, long[] churners, long missing,
                          long missingChurners) {

    long present() {
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        return n;
    }

    long rows() {
        return present() + missing;
    }

    int size() {
        return values.size();
    }

    double[] numericValues() {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ((Number) values.get(i)).doubleValue();
        }
        return out;
    }
}
