package app.retention.model;

import java.util.Set;

/**
 * Exactly the classes the models of our learners are made of, and the size limits of a model's serial stream.
 *
 * <p>The list is what {@code ModelClassCensus} finds in every learner of the catalog with every balancing mode,
 * trained on data with numbers, categories and missing values; {@code ModelFileLimitsTest} fails when a learner
 * starts producing a class that is not here, and when a class here is no longer produced. Deliberately absent:
 * everything that loads files, URLs or other models, or runs code ({@code InputMappedClassifier},
 * {@code SerializedClassifier}, scripting, {@code Filtered…} and other wrappers we never build), and every
 * collection a model does not hold ({@code HashSet}, {@code TreeMap}, …).
 */
final class ModelClasses {

    /**
     * Nesting depth. The deepest real stream is a neural network's chain of units (92 at 3,000 rows; it does not
     * grow with rows) and a random forest's unpruned trees (54 at 3,000 rows, 64 at 20,000, growing with the log of
     * the rows); 500 leaves room for a forest on millions of customers. Streams are read on a thread whose stack
     * holds this depth.
     */
    static final long MAX_DEPTH = 500;

    /**
     * Objects and back-references. The largest real stream, a 100-tree forest on the 20,000-customer sample, has
     * 5.8 million; 200 million allows a forest on about 700,000 customers and stops a stream that would fill the
     * heap with small objects.
     */
    static final long MAX_REFERENCES = 200_000_000;

    /**
     * Elements of one array. Real arrays are per-customer at most (SMO keeps one value per training customer);
     * 20 million covers the largest import we support (1 million rows) twenty times, and refuses a declared
     * 400-million-element array before it is allocated.
     */
    static final long MAX_ARRAY = 20_000_000;

    /** Bytes of one stream: the forest on the sample takes 56 MB; 2 GB is the most H2 and a file hold. */
    static final long MAX_BYTES = 2_000_000_000L;

    /**
     * Elements a list, set or map holds once nested collections are counted out in full. A collection's hash
     * code walks all of them, so a small stream of collections that share their members (a "hash bomb") would
     * otherwise keep the reader busy for ages. The largest real one is the list of a dataset's attributes.
     */
    static final long MAX_EXPANDED_COLLECTION = 1_000_000;

    /** Reading one model never takes longer; the largest real one reads in about a second. */
    static final long MAX_SECONDS = 120;

    static final Set<String> ALLOWED = Set.of(
            "app.retention.model.BalancedClassifier",
            "app.retention.model.BalancedClassifier$Mode",
            "app.retention.model.EncodedClassifier",
            "app.retention.model.OneHotLayout",
            "app.retention.model.RuleBaseline",
            "app.retention.model.UpliftClassifier",
            "app.retention.model.UpliftClassifier$Method",
            "app.retention.model.XGBoostClassifier",
            "java.lang.Enum",
            "java.lang.Integer",
            "java.lang.Number",
            "java.lang.Object",
            "java.lang.String",
            "java.util.ArrayList",
            "java.util.BitSet",
            "java.util.HashMap",
            "java.util.Hashtable",
            "java.util.Map$Entry",
            "java.util.Random",
            "weka.classifiers.AbstractClassifier",
            "weka.classifiers.Classifier",
            "weka.classifiers.IteratedSingleClassifierEnhancer",
            "weka.classifiers.ParallelIteratedSingleClassifierEnhancer",
            "weka.classifiers.RandomizableIteratedSingleClassifierEnhancer",
            "weka.classifiers.RandomizableParallelIteratedSingleClassifierEnhancer",
            "weka.classifiers.SingleClassifierEnhancer",
            "weka.classifiers.bayes.NaiveBayes",
            "weka.classifiers.functions.Logistic",
            "weka.classifiers.functions.MultilayerPerceptron",
            "weka.classifiers.functions.MultilayerPerceptron$NeuralEnd",
            "weka.classifiers.functions.SMO",
            "weka.classifiers.functions.SMO$BinarySMO",
            "weka.classifiers.functions.neural.LinearUnit",
            "weka.classifiers.functions.neural.NeuralConnection",
            "weka.classifiers.functions.neural.NeuralNode",
            "weka.classifiers.functions.neural.SigmoidUnit",
            "weka.classifiers.functions.supportVector.CachedKernel",
            "weka.classifiers.functions.supportVector.Kernel",
            "weka.classifiers.functions.supportVector.PolyKernel",
            "weka.classifiers.meta.Bagging",
            "weka.classifiers.meta.LogitBoost",
            "weka.classifiers.rules.JRip",
            "weka.classifiers.rules.JRip$Antd",
            "weka.classifiers.rules.JRip$NominalAntd",
            "weka.classifiers.rules.JRip$NumericAntd",
            "weka.classifiers.rules.JRip$RipperRule",
            "weka.classifiers.rules.Rule",
            "weka.classifiers.rules.RuleStats",
            "weka.classifiers.rules.ZeroR",
            "weka.classifiers.trees.J48",
            "weka.classifiers.trees.REPTree",
            "weka.classifiers.trees.REPTree$Tree",
            "weka.classifiers.trees.RandomForest",
            "weka.classifiers.trees.RandomTree",
            "weka.classifiers.trees.RandomTree$Tree",
            "weka.classifiers.trees.j48.C45ModelSelection",
            "weka.classifiers.trees.j48.C45PruneableClassifierTree",
            "weka.classifiers.trees.j48.C45Split",
            "weka.classifiers.trees.j48.ClassifierSplitModel",
            "weka.classifiers.trees.j48.ClassifierTree",
            "weka.classifiers.trees.j48.Distribution",
            "weka.classifiers.trees.j48.ModelSelection",
            "weka.classifiers.trees.j48.NoSplit",
            "weka.core.AbstractInstance",
            "weka.core.Attribute",
            "weka.core.AttributeLocator",
            "weka.core.DenseInstance",
            "weka.core.Instances",
            "weka.core.NominalAttributeInfo",
            "weka.core.Queue",
            "weka.core.Range",
            "weka.core.RelationalLocator",
            "weka.core.StringLocator",
            "weka.estimators.DiscreteEstimator",
            "weka.estimators.Estimator",
            "weka.estimators.KernelEstimator",
            "weka.estimators.NormalEstimator",
            "weka.filters.Filter",
            "weka.filters.supervised.attribute.ClassOrder",
            "weka.filters.unsupervised.attribute.NominalToBinary",
            "weka.filters.unsupervised.attribute.Normalize",
            "weka.filters.unsupervised.attribute.PotentialClassIgnorer",
            "weka.filters.unsupervised.attribute.Remove",
            "weka.filters.unsupervised.attribute.RemoveUseless",
            "weka.filters.unsupervised.attribute.ReplaceMissingValues");

    private ModelClasses() {
    }

    /** Whether a class (an array's element class, for arrays) may appear in a model's serial stream. */
    static boolean allowed(Class<?> type) {
        Class<?> element = type;
        while (element.isArray()) {
            element = element.getComponentType();
        }
        return element.isPrimitive() || ALLOWED.contains(element.getName());
    }
}
