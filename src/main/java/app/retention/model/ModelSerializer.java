package app.retention.model;

import weka.classifiers.Classifier;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

/**
 * Java serialisation of trained classifiers, read back only through an allow-list: the classes Weka's churn
 * learners and ours are made of, and nothing else. A file carrying any other class (the start of every known
 * deserialisation attack) is refused before that class is loaded.
 */
final class ModelSerializer {

    /** The classes a trained model of the catalog may contain; everything else is rejected. */
    static final String ALLOW_LIST = "maxdepth=2000;maxrefs=50000000;maxbytes=2000000000;maxarray=500000000;"
            + "app.retention.model.BalancedClassifier;app.retention.model.BalancedClassifier$Mode;"
            + "app.retention.model.RuleBaseline;"
            + "weka.classifiers.**;weka.core.*;weka.core.neighboursearch.**;weka.core.matrix.*;"
            + "weka.filters.**;weka.estimators.**;"
            + "java.lang.Object;java.lang.Number;java.lang.Integer;java.lang.Long;java.lang.Double;java.lang.Float;"
            + "java.lang.Boolean;java.lang.String;java.lang.Enum;java.lang.Character;java.lang.Short;java.lang.Byte;"
            + "java.util.ArrayList;java.util.LinkedList;java.util.Vector;java.util.HashMap;java.util.LinkedHashMap;"
            + "java.util.Hashtable;java.util.HashSet;java.util.LinkedHashSet;java.util.TreeMap;java.util.TreeSet;"
            + "java.util.Map$Entry;java.util.Random;java.util.BitSet;java.util.Collections$*;java.util.Arrays$ArrayList;"
            + "java.util.concurrent.atomic.AtomicLong;"
            + "!*";

    private static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(ALLOW_LIST);

    private ModelSerializer() {
    }

    static byte[] write(Classifier model) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(model);
        } catch (IOException e) {
            throw new ModelException("The model could not be saved: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    /** Reads a classifier; {@code source} names where the bytes came from in the error messages. */
    static Classifier read(byte[] bytes, String source) {
        String[] refused = new String[1];
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(info -> {
                ObjectInputFilter.Status status = FILTER.checkInput(info);
                if (status == ObjectInputFilter.Status.REJECTED && refused[0] == null) {
                    refused[0] = info.serialClass() != null ? info.serialClass().getName()
                            : "a structure beyond the size limits of a model";
                }
                return status;
            });
            Object model = in.readObject();
            if (!(model instanceof Classifier classifier)) {
                throw new ModelException(source + " does not hold a churn model.");
            }
            return classifier;
        } catch (InvalidClassException e) {
            if (refused[0] != null) {
                throw new ModelException(source + " was refused: it contains " + refused[0] + ", which is no part "
                        + "of a churn model. Only models saved by Retention Workbench can be loaded.", e);
            }
            throw new ModelException(source + " was saved by an incompatible version of Weka or of the workbench: "
                    + e.getMessage(), e);
        } catch (ClassNotFoundException e) {
            throw new ModelException(source + " needs a class this version does not have: " + e.getMessage(), e);
        } catch (IOException | ClassCastException | IllegalStateException e) {
            throw new ModelException(source + " is damaged or not a model: " + e.getMessage(), e);
        }
    }
}
