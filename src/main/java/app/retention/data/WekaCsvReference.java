package app.retention.data;

import weka.core.Instances;
import weka.core.converters.CSVLoader;

import java.io.IOException;
import java.nio.file.Path;

/** Weka's own CSV loading, the reference our import is benchmarked against. */
public final class WekaCsvReference {

    private WekaCsvReference() {
    }

    /** Loads a CSV into memory with Weka's {@code CSVLoader}; returns the number of instances. */
    public static int load(Path csv) throws IOException {
        CSVLoader loader = new CSVLoader();
        loader.setSource(csv.toFile());
        Instances data = loader.getDataSet();
        return data.numInstances();
    }
}
