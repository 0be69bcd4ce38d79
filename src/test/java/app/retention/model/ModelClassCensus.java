package app.retention.model;

import app.retention.data.SampleData;
import app.retention.domain.ColumnEncoding;
import app.retention.domain.Encoding;
import app.retention.domain.DatasetInfo;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import weka.classifiers.Classifier;
import weka.core.Instances;

import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * What the models our learners produce are made of: every class, and the largest depth, reference count, array
 * length and size of their serial streams. {@link ModelFileLimitsTest} checks the allow-list against it; run
 * {@link #main} to print it when the catalog changes (the figures behind the limits in {@link ModelClasses}).
 */
final class ModelClassCensus {

    static final String RULE = "days_since_last_order > 45 OR complaint = Yes";

    /** What one serial stream held. */
    record Shape(TreeSet<String> classes, long depth, long references, long array, long bytes) {
    }

    private ModelClassCensus() {
    }

    /** Every learner of the catalog with every balancing mode (and both Naive Bayes estimators). */
    static List<Map.Entry<String, Map<String, String>>> variants() {
        List<Map.Entry<String, Map<String, String>>> variants = new ArrayList<>();
        for (LearnerSpec spec : LearnerCatalog.all()) {
            List<String> balances = spec.params().stream().anyMatch(p -> p.key().equals("balance"))
                    ? List.of("none", "reweight", "undersample") : List.of("none");
            for (String balance : balances) {
                Map<String, String> params = new LinkedHashMap<>();
                if (!balance.equals("none")) {
                    params.put("balance", balance);
                }
                if (spec.name().equals("rules")) {
                    params.put("rule", RULE);
                }
                variants.add(Map.entry(spec.name(), params));
                if (spec.name().equals("naivebayes")) {
                    Map<String, String> kernel = new LinkedHashMap<>(params);
                    kernel.put("kernel", "true");
                    variants.add(Map.entry(spec.name(), kernel));
                }
            }
        }
        return variants;
    }

    /**
     * A learner as training builds it: wrapped in its encodings, here chosen so that every kind of encoding is
     * stored (the sample's first nominal columns target, frequency and grouped; the rest as the policy says).
     */
    static Classifier build(String learner, Map<String, String> params, Instances data) {
        List<Encoding> kinds = List.of(Encoding.TARGET, Encoding.FREQUENCY, Encoding.GROUP_RARE);
        List<ColumnEncoding> chosen = new ArrayList<>();
        for (int a = 0; a < data.numAttributes() && chosen.size() < kinds.size(); a++) {
            if (a != data.classIndex() && data.attribute(a).isNominal()) {
                chosen.add(new ColumnEncoding(data.attribute(a).name(), kinds.get(chosen.size()), 5));
            }
        }
        return LearnerCatalog.encoded(learner, params, chosen);
    }

    static Instances sample(Path dir, int rows) throws Exception {
        try (Workspace workspace = Workspace.open(dir)) {
            DatasetInfo september = SampleData.importBundled(workspace, TaskContext.silent()).get(0).dataset();
            Instances all = DatasetInstances.read(workspace, september, TaskContext.silent()).instances();
            if (rows >= all.numInstances()) {
                return all;
            }
            all.randomize(new Random(1));
            Instances part = new Instances(all, 0, rows);
            // Missing values in every column, as real exports have them.
            for (int i = 0; i < part.numInstances(); i += 17) {
                int column = i % part.numAttributes();
                if (column != part.classIndex()) {
                    part.instance(i).setMissing(column);
                }
            }
            return part;
        }
    }

    static Shape shape(Classifier model) throws Exception {
        byte[] bytes = ModelSerializer.write(model);
        TreeSet<String> classes = new TreeSet<>();
        long[] max = new long[3];
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(info -> {
                if (info.serialClass() != null) {
                    Class<?> c = info.serialClass();
                    while (c.isArray()) {
                        c = c.getComponentType();
                    }
                    if (!c.isPrimitive()) {
                        classes.add(c.getName());
                    }
                }
                max[0] = Math.max(max[0], info.depth());
                max[1] = Math.max(max[1], info.references());
                max[2] = Math.max(max[2], info.arrayLength());
                return java.io.ObjectInputFilter.Status.ALLOWED;
            });
            in.readObject();
        }
        return new Shape(classes, max[0], max[1], max[2], bytes.length);
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        Path dir = Files.createTempDirectory("census");
        Instances data = sample(dir.resolve("ws"), rows);
        TreeSet<String> all = new TreeSet<>();
        for (Map.Entry<String, Map<String, String>> variant : variants()) {
            if (args.length > 1 && !List.of(args[1].split(",")).contains(variant.getKey())) {
                continue;
            }
            long start = System.nanoTime();
            Classifier model = build(variant.getKey(), variant.getValue(), data);
            model.buildClassifier(data);
            Shape shape = shape(model);
            all.addAll(shape.classes());
            System.out.printf("%-12s %-40s depth %4d refs %9d array %8d bytes %11d  (%.1f s)%n", variant.getKey(),
                    variant.getValue(), shape.depth(), shape.references(), shape.array(), shape.bytes(),
                    (System.nanoTime() - start) / 1e9);
        }
        all.forEach(System.out::println);
    }
}
