package app.retention.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import weka.classifiers.meta.FilteredClassifier;
import weka.classifiers.meta.Vote;
import weka.classifiers.misc.InputMappedClassifier;
import weka.classifiers.misc.SerializedClassifier;
import weka.classifiers.trees.J48;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A generated corpus of hostile model files: each a well-formed model file (marker, header, checksums all right)
 * whose serialised classifier is an attack or a resource bomb. Generated on the fly, never committed.
 */
public final class HostileModelFiles {

    /** One hostile case: its name, and its serialised payload given a folder it may point at. */
    public record Case(String name, Function<Path, byte[]> payload) {
        @Override
        public String toString() {
            return name;
        }
    }

    private HostileModelFiles() {
    }

    public static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("input-mapped-classifier-naming-a-file", dir -> serialise(inputMapped(dir))));
        cases.add(new Case("balanced-wrapper-around-input-mapped", dir -> serialise(
                new BalancedClassifier(inputMapped(dir), BalancedClassifier.Mode.REWEIGHT, 1))));
        cases.add(new Case("serialized-classifier-naming-a-file", dir -> {
            SerializedClassifier serialized = new SerializedClassifier();
            serialized.setModelFile(dir.resolve("other.model").toFile());
            return serialise(serialized);
        }));
        cases.add(new Case("vote-with-prebuilt-model-files", dir -> {
            Vote vote = new Vote();
            vote.addPreBuiltClassifier(new J48());
            return serialise(vote);
        }));
        cases.add(new Case("filtered-classifier-we-never-build", dir -> serialise(new FilteredClassifier())));
        cases.add(new Case("hashmap-keyed-by-url", dir -> {
            try {
                HashMap<URL, String> gadget = new HashMap<>();
                gadget.put(new URL("http://example.invalid/"), "x");
                return serialise(gadget);
            } catch (java.net.MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }));
        cases.add(new Case("a-file-object", dir -> serialise(new File(dir.toFile(), "other.model"))));
        cases.add(new Case("priority-queue-comparator-shape", dir -> {
            PriorityQueue<String> queue = new PriorityQueue<>();
            queue.add("a");
            queue.add("b");
            return serialise(queue);
        }));
        cases.add(new Case("hashset-nest-bomb", dir -> serialise(hashSetBomb(100))));
        cases.add(new Case("hashmap-keyed-by-self-sharing-lists", dir -> serialise(listKeyBomb(new HashMap<>(), 70))));
        cases.add(new Case("hashtable-keyed-by-self-sharing-lists",
                dir -> serialise(listKeyBomb(new Hashtable<>(), 70))));
        cases.add(new Case("arraylist-nested-1000-deep", dir -> serialise(nestedLists(1000))));
        cases.add(new Case("arraylist-nested-600-deep", dir -> serialise(nestedLists(600))));
        cases.add(new Case("int-array-declaring-400-million", dir -> declaredLength(new int[4], 400_000_000)));
        cases.add(new Case("double-array-declaring-2-billion", dir -> declaredLength(new double[4], Integer.MAX_VALUE)));
        cases.add(new Case("object-array-declaring-400-million",
                dir -> declaredLength(new Integer[]{1, 2, 3, 4}, 400_000_000)));
        cases.add(new Case("negative-array-length", dir -> declaredLength(new long[4], -5)));
        cases.add(new Case("allowed-classes-but-no-classifier", dir -> serialise(new ArrayList<>(List.of(1, 2)))));
        cases.add(new Case("truncated-real-model", dir -> {
            byte[] whole = serialise(new J48());
            return Arrays.copyOf(whole, whole.length / 2);
        }));
        cases.add(new Case("not-a-serial-stream", dir -> "PK\u0003\u0004 this is a zip, not a model"
                .getBytes(StandardCharsets.ISO_8859_1)));
        cases.add(new Case("empty-payload", dir -> new byte[0]));
        cases.add(new Case("xgboost-native-booster-object", dir -> serialise(nativeBooster())));
        cases.add(new Case("xgboost-trees-that-loop", dir -> serialise(craftedXGBoost(
                tree -> ((ArrayNode) tree.get("left_children")).set(0, 0)))));
        cases.add(new Case("xgboost-trees-reading-outside-the-row", dir -> serialise(craftedXGBoost(
                tree -> ((ArrayNode) tree.get("split_indices")).set(0, 1_000_000)))));
        return cases;
    }

    /** Forty customers, one number; churners have the higher ones. */
    private static Instances tinyData() {
        Instances data = new Instances("tiny", new ArrayList<>(List.of(new Attribute("x"),
                new Attribute("churned", List.of("stay", "churn")))), 40);
        data.setClassIndex(1);
        for (int i = 0; i < 40; i++) {
            data.add(new DenseInstance(1, new double[] {i, i % 3 == 0 || i > 30 ? 1 : 0}));
        }
        return data;
    }

    /** XGBoost's own Java-serialisable booster: its readObject hands the bytes to native code. */
    static Booster nativeBooster() {
        try {
            Instances data = tinyData();
            float[] x = new float[data.numInstances()];
            float[] y = new float[data.numInstances()];
            for (int i = 0; i < x.length; i++) {
                x[i] = (float) data.instance(i).value(0);
                y[i] = (float) data.instance(i).classValue();
            }
            DMatrix matrix = new DMatrix(x, x.length, 1, Float.NaN);
            matrix.setLabel(y);
            return XGBoost.train(matrix, Map.of("objective", "binary:logistic", "verbosity", 0,
                    "verbose_eval", "false"), 2, Map.of(), null, null, null, 0);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A real XGBoost model whose saved trees were edited afterwards by {@code edit} (on the first tree). */
    static XGBoostClassifier craftedXGBoost(Consumer<ObjectNode> edit) {
        try {
            XGBoostClassifier model = (XGBoostClassifier) LearnerCatalog.build("xgboost",
                    Map.of("rounds", "3", "earlyStopping", "0"));
            model.buildClassifier(tinyData());
            ObjectMapper json = new ObjectMapper();
            JsonNode root = json.readTree(model.boosterBytes());
            edit.accept((ObjectNode) root.path("learner").path("gradient_booster").path("model").path("trees").get(0));
            Field bytes = XGBoostClassifier.class.getDeclaredField("model");
            bytes.setAccessible(true);
            bytes.set(model, json.writeValueAsBytes(root));
            return model;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Weka's wrapper that loads, at scoring time, the serialised model it names, through Weka's own reader. */
    static InputMappedClassifier inputMapped(Path dir) {
        InputMappedClassifier mapped = new InputMappedClassifier();
        try {
            mapped.setModelPath(dir.resolve("other.model").toString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return mapped;
    }

    /** The SerialDOS shape: nested sets sharing their members, hashing 2^depth times. */
    static Set<Object> hashSetBomb(int depth) {
        Set<Object> root = new HashSet<>();
        Set<Object> s1 = root;
        Set<Object> s2 = new HashSet<>();
        for (int i = 0; i < depth; i++) {
            Set<Object> t1 = new HashSet<>();
            Set<Object> t2 = new HashSet<>();
            t1.add("x");
            s1.add(t1);
            s1.add(t2);
            s2.add(t1);
            s2.add(t2);
            s1 = t1;
            s2 = t2;
        }
        return root;
    }

    /**
     * A map whose key is a list holding the same list twice at every level: 2^depth elements to hash. The key is
     * filled after it went into the map (writing does not hash), so generating the file is quick.
     */
    static Map<Object, Object> listKeyBomb(Map<Object, Object> map, int depth) {
        List<Object> shared = new ArrayList<>(List.of("x"));
        for (int i = 0; i < depth; i++) {
            List<Object> parent = new ArrayList<>();
            parent.add(shared);
            parent.add(shared);
            shared = parent;
        }
        List<Object> key = new ArrayList<>();
        map.put(key, "v");
        key.add(shared);
        key.add(shared);
        return map;
    }

    static List<Object> nestedLists(int depth) {
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            List<Object> parent = new ArrayList<>();
            parent.add(list);
            list = parent;
        }
        return list;
    }

    /** Serialises an array, then rewrites its declared length. */
    static byte[] declaredLength(Object array, int length) {
        byte[] bytes = serialise(array);
        int size = java.lang.reflect.Array.getLength(array);
        // The length is the 4 bytes right before the elements, which end the stream.
        int elementBytes = switch (array.getClass().getComponentType().getName()) {
            case "int" -> 4 * size;
            case "double", "long" -> 8 * size;
            default -> -1;
        };
        int at = elementBytes >= 0 ? bytes.length - elementBytes - 4 : lengthOffsetOfObjectArray(bytes, size);
        ByteBuffer.wrap(bytes).putInt(at, length);
        return bytes;
    }

    private static int lengthOffsetOfObjectArray(byte[] bytes, int size) {
        for (int i = 0; i + 4 < bytes.length; i++) {
            if (bytes[i] == 0x78 && bytes[i + 1] == 0x70 && ByteBuffer.wrap(bytes).getInt(i + 2) == size) {
                return i + 2; // TC_ENDBLOCKDATA, TC_NULL (no superclass), then the length
            }
        }
        throw new IllegalStateException("no array length found");
    }

    /** Java serialisation on a thread with room for deep nesting. */
    static byte[] serialise(Object object) {
        FutureTask<byte[]> writing = new FutureTask<>(() -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(object);
            }
            return bytes.toByteArray();
        });
        Thread writer = new Thread(null, writing, "hostile-writer", 256L << 20);
        writer.start();
        try {
            return writing.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A model file (marker, header, payload, checksums) as {@link ModelFiles} writes it, around any payload. */
    public static byte[] modelFile(byte[] classifier) {
        try {
            return modelFile(header(1, "{\"features\":[],\"target\":\"t\",\"churnValue\":\"Yes\"}",
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(classifier))), classifier);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(int format, String schema, String classifierSha256) {
        return RunCodec.json(new ModelFiles.Header(format, "2026-11-23T00:00Z", "2026-11-23T00:00Z", "x", 1,
                "0".repeat(64), "crafted", "zeror", "", List.of("a"), 0.5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
                List.of(), "3.8.7", "1", 0, null, schema, classifierSha256));
    }

    /** A model file around any header text and payload, its checksum right. */
    private static byte[] modelFile(String header, byte[] classifier) {
        try {
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(file)) {
                out.write(ModelFiles.MAGIC);
                byte[] json = header.getBytes(StandardCharsets.UTF_8);
                out.writeInt(json.length);
                out.write(json);
                out.writeInt(classifier.length);
                out.write(classifier);
                out.write(MessageDigest.getInstance("SHA-256").digest(file.toByteArray()));
            }
            return file.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }


    /**
     * Model files damaged around a real payload (a trained-shape J48): cut, marked wrongly, with a header that is
     * not a header, lengths that lie, checksums that do not match. Each as the file's bytes.
     */
    public static List<Case> damagedFiles() {
        byte[] payload = serialise(new J48());
        String sha = sha256Hex(payload);
        String schema = "{\"features\":[],\"target\":\"t\",\"churnValue\":\"Yes\"}";
        byte[] whole = modelFile(header(1, schema, sha), payload);
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("empty-file", d -> new byte[0]));
        cases.add(new Case("marker-only", d -> ModelFiles.MAGIC.clone()));
        cases.add(new Case("wrong-marker", d -> {
            byte[] bytes = whole.clone();
            bytes[3] ^= 0x20;
            return bytes;
        }));
        cases.add(new Case("a-csv-file", d -> "customer_id,churn\n1,Yes\n".getBytes(StandardCharsets.UTF_8)));
        cases.add(new Case("last-checksum-byte-flipped", d -> {
            byte[] bytes = whole.clone();
            bytes[bytes.length - 1] ^= 1;
            return bytes;
        }));
        cases.add(new Case("payload-byte-flipped", d -> {
            byte[] bytes = whole.clone();
            bytes[bytes.length - 40] ^= 1;
            return bytes;
        }));
        cases.add(new Case("cut-in-half", d -> Arrays.copyOf(whole, whole.length / 2)));
        cases.add(new Case("header-length-negative", d -> sealed(ModelFiles.MAGIC, ByteBuffer.allocate(8).putInt(-1)
                .putInt(0).array())));
        cases.add(new Case("header-longer-than-file", d -> sealed(ModelFiles.MAGIC, ByteBuffer.allocate(8)
                .putInt(1 << 30).putInt(0).array())));
        cases.add(new Case("header-not-json", d -> modelFile("this is not json {", payload)));
        cases.add(new Case("header-json-null", d -> modelFile("null", payload)));
        cases.add(new Case("header-nested-100000-deep", d -> modelFile("[".repeat(100_000), payload)));
        cases.add(new Case("format-version-99", d -> modelFile(header(99, schema, sha), payload)));
        cases.add(new Case("payload-not-the-one-in-the-header", d -> modelFile(header(1, schema, "0".repeat(64)),
                payload)));
        cases.add(new Case("null-schema", d -> modelFile(header(1, null, sha), payload)));
        cases.add(new Case("schema-not-json", d -> modelFile(header(1, "{{{", sha), payload)));
        return cases;
    }

    private static byte[] sealed(byte[]... parts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            body.writeBytes(part);
        }
        byte[] bytes = body.toByteArray();
        body.writeBytes(sha256(bytes));
        return body.toByteArray();
    }

    private static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256(bytes));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
