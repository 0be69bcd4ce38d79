package app.retention.data;

import weka.core.Instances;
import weka.core.converters.CSVLoader;

import java.io.IOException;
import java.nio.file.Path;

/** Weka's own CSV loading, the reference our import is benchmarked against. */
public final class WekaCsvReference {

    private WekaCsvReference() {
    }

    /**
     * Loads a CSV with Weka's {@code CSVLoader} and computes {@code AttributeStats} for every attribute, as
     * Weka Explorer's Preprocess panel does; returns the number of instances.
     */
    public static int loadAndSummarise(Path csv) throws IOException {
        CSVLoader loader = new CSVLoader();
        loader.setSource(csv.toFile());
        Instances data = loader.getDataSet();
        long distinct = 0;
        for (int i = 0; i < data.numAttributes(); i++) {
            distinct += data.attributeStats(i).distinctCount;
        }
        if (distinct < 0) {
            throw new IllegalStateException("impossible distinct count");
        }
        return data.numInstances();
    }

    /** Loads a CSV into memory with Weka's {@code CSVLoader}; returns the number of instances. */
    public static int load(Path csv) throws IOException {
        CSVLoader loader = new CSVLoader();
        loader.setSource(csv.toFile());
        Instances data = loader.getDataSet();
        return data.numInstances();
    }
}
