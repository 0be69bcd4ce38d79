package app.retention.model;

import app.retention.domain.ColumnEncoding;
import app.retention.domain.EncodingPolicy;
import app.retention.model.ParamSpec.Kind;
import weka.classifiers.Classifier;
import weka.classifiers.bayes.NaiveBayes;
import weka.classifiers.functions.Logistic;
import weka.classifiers.functions.MultilayerPerceptron;
import weka.classifiers.functions.SMO;
import weka.classifiers.meta.LogitBoost;
import weka.classifiers.rules.JRip;
import weka.classifiers.rules.ZeroR;
import weka.classifiers.trees.J48;
import weka.classifiers.trees.REPTree;
import weka.classifiers.trees.RandomForest;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** The learners the workbench offers, their parameters in plain words, and how each becomes a Weka classifier. */
public final class LearnerCatalog {

    private static final Map<String, String> NONE = Map.of();

    /** Balancing of the training folds; every learner but the two references takes it. */
    public static final ParamSpec BALANCE = ParamSpec.choice("balance", "Class balancing",
            "Balance churners and stayers in each training fold: none, reweight (cost-sensitive) or undersample",
            "none", List.of("none", "reweight", "undersample"));
    private static final List<LearnerSpec> LEARNERS = withBalancing(List.of(
            new LearnerSpec("zeror", "No-skill reference (ZeroR)",
                    "Gives every customer the base churn rate: the floor any model must clear.", List.of(), presets(NONE, NONE)),
            new LearnerSpec("rules", "Rule baseline",
                    "A rule you write, e.g. days_since_last_order > 45 OR complaint = Yes: the traditional approach.",
                    List.of(new ParamSpec("rule", "Rule", "Customers matching it are flagged", Kind.TEXT, "", 0, 0)),
                    presets(NONE, NONE)),
            new LearnerSpec("logistic", "Logistic regression",
                    "A weighted sum of the features; its coefficients read as odds ratios.",
                    List.of(new ParamSpec("ridge", "Ridge penalty",
                            "Pulls the weights towards zero so the model does not learn noise; the default "
                                    + "0.00000001 is almost none, 1 or more is strong",
                            Kind.DECIMAL, "0.00000001", 0, 1e6)), presets(NONE, NONE)),
            new LearnerSpec("naivebayes", "Naive Bayes", "Treats features as independent; fast and robust.",
                    List.of(new ParamSpec("kernel", "Kernel density for numbers",
                            "Smooth estimates instead of a normal curve", Kind.BOOLEAN, "false", 0, 0)), presets(NONE, NONE)),
            new LearnerSpec("j48", "Decision tree (J48)", "A tree of yes/no questions people can read.",
                    List.of(new ParamSpec("confidence", "Pruning confidence", "Lower prunes more", Kind.DECIMAL, "0.25", 0.001, 0.5),
                            new ParamSpec("minLeaf", "Customers per leaf", "Smallest group a leaf may hold", Kind.INTEGER, "2", 1, 1e6)),
                    presets(Map.of("minLeaf", "20"), Map.of("minLeaf", "2"))),
            new LearnerSpec("randomforest", "Random forest", "Many trees on random samples, voting together.",
                    List.of(new ParamSpec("trees", "Number of trees", "More is steadier and slower", Kind.INTEGER, "100", 1, 5000),
                            new ParamSpec("features", "Features per split", "0 picks log2(features)+1", Kind.INTEGER, "0", 0, 10000),
                            new ParamSpec("maxDepth", "Maximum depth", "0 means unlimited", Kind.INTEGER, "0", 0, 1000),
                            new ParamSpec("seed", "Random seed", "Same seed, same forest", Kind.INTEGER, "1", 0, Integer.MAX_VALUE)),
                    presets(Map.of("trees", "30"), Map.of("trees", "300"))),
            new LearnerSpec("boosting", "Boosted trees (LogitBoost)",
                    "Small trees added one after another, each fixing the last ones' errors.",
                    List.of(new ParamSpec("iterations", "Boosting rounds", "More rounds fit closer", Kind.INTEGER, "100", 1, 5000),
                            new ParamSpec("shrinkage", "Learning rate", "Smaller learns slower and safer", Kind.DECIMAL, "0.1", 0.001, 1),
                            new ParamSpec("depth", "Tree depth", "Depth of each small tree", Kind.INTEGER, "4", 1, 30),
                            new ParamSpec("seed", "Random seed", "Same seed, same model", Kind.INTEGER, "1", 0, Integer.MAX_VALUE)),
                    presets(Map.of("iterations", "50"), Map.of("iterations", "300", "shrinkage", "0.05"))),
            new LearnerSpec("xgboost", "Gradient-boosted trees (XGBoost)",
                    "Hundreds of small trees, each correcting the last ones; stops adding trees when a held-back "
                            + "share of the training customers stops improving. Fast and usually the most accurate.",
                    List.of(new ParamSpec("rounds", "Most boosting rounds",
                                    "Upper limit of trees; early stopping usually ends sooner", Kind.INTEGER, "1000", 1, 10000),
                            new ParamSpec("learningRate", "Learning rate",
                                    "How much each tree corrects; smaller needs more trees and generalises better",
                                    Kind.DECIMAL, "0.05", 0.001, 1),
                            new ParamSpec("depth", "Tree depth", "Deeper trees capture interactions of more features",
                                    Kind.INTEGER, "5", 1, 20),
                            new ParamSpec("minChildWeight", "Customers per leaf (weight)",
                                    "Smallest weight of customers a leaf may hold; higher is more conservative",
                                    Kind.DECIMAL, "1", 0, 1e6),
                            new ParamSpec("subsample", "Customers per tree",
                                    "Share of the customers each tree sees, drawn at random", Kind.DECIMAL, "0.8", 0.05, 1),
                            new ParamSpec("columnSample", "Features per tree",
                                    "Share of the features each tree may use, drawn at random", Kind.DECIMAL, "0.8", 0.05, 1),
                            new ParamSpec("l1", "L1 penalty", "Pushes small leaf weights to zero", Kind.DECIMAL, "0", 0, 1e6),
                            new ParamSpec("l2", "L2 penalty", "Shrinks leaf weights; higher is smoother", Kind.DECIMAL, "1", 0, 1e6),
                            new ParamSpec("earlyStopping", "Early stopping patience",
                                    "Rounds without improvement on 20% of the training customers before stopping; "
                                            + "0 trains every round on all of them", Kind.INTEGER, "25", 0, 10000),
                            ParamSpec.choice("refit", "Train again on all customers",
                                    "After early stopping, train the chosen trees again on all the training customers: "
                                            + "always, never, or auto (below 50,000 customers, where the 20% held back "
                                            + "matters most)", "auto", List.of("auto", "always", "never")),
                            new ParamSpec("seed", "Random seed", "Same seed, same model", Kind.INTEGER, "1", 0, Integer.MAX_VALUE)),
                    presets(Map.of("learningRate", "0.1"), Map.of("learningRate", "0.02", "rounds", "3000"))),
            new LearnerSpec("jrip", "Rule learner (JRip)", "Learns a short list of if-then rules.",
                    List.of(new ParamSpec("folds", "Pruning folds", "Share of data held back to prune rules", Kind.INTEGER, "3", 2, 20),
                            new ParamSpec("minWeight", "Customers per rule", "Smallest group a rule may cover", Kind.DECIMAL, "2", 1, 1e6),
                            new ParamSpec("seed", "Random seed", "Same seed, same rules", Kind.INTEGER, "1", 0, Integer.MAX_VALUE)),
                    presets(NONE, NONE)),
            new LearnerSpec("smo", "Support vector machine (SMO)",
                    "A maximum-margin separator; probabilities from a calibration model.",
                    List.of(new ParamSpec("c", "Complexity C", "Higher fits the training data closer", Kind.DECIMAL, "1.0", 1e-6, 1e6),
                            new ParamSpec("seed", "Random seed", "Seed of the calibration folds", Kind.INTEGER, "1", 0, Integer.MAX_VALUE)),
                    presets(NONE, NONE)),
            new LearnerSpec("mlp", "Neural network (MLP)", "A small multilayer perceptron.",
                    List.of(new ParamSpec("hidden", "Hidden layers", "Weka notation: a = (features+classes)/2", Kind.TEXT, "a", 0, 0),
                            new ParamSpec("epochs", "Training epochs", "Passes over the data", Kind.INTEGER, "200", 1, 100000),
                            new ParamSpec("learningRate", "Learning rate", "Step size", Kind.DECIMAL, "0.3", 1e-6, 1),
                            new ParamSpec("seed", "Random seed", "Seed of the initial weights", Kind.INTEGER, "1", 0, Integer.MAX_VALUE)),
                    presets(Map.of("epochs", "50"), Map.of("epochs", "500")))));


    private LearnerCatalog() {
    }

    /** The learners the tuner searches (docs/adr/0022). */
    public static final List<String> TUNABLE = List.of("xgboost", "randomforest");

    /**
     * Where the tuner looks (docs/adr/0022), beside the parameters above; what is not listed keeps its default.
     * XGBoost: early stopping already picks the number of trees, so the search varies how each tree is grown.
     * Random forest: more trees never hurt the AUC, only the time, so the forest keeps its 100 and the search
     * varies how random and how deep each tree is. {@code features} is how many feature columns the data has.
     */
    public static SearchSpace searchSpace(String name, int features) {
        return switch (name) {
            case "xgboost" -> new SearchSpace(name, List.of(
                    ParamRange.logScale("learningRate", 0.02, 0.3, 2),
                    ParamRange.whole("depth", 2, 10, false),
                    ParamRange.logScale("minChildWeight", 0.5, 50, 2),
                    ParamRange.linear("subsample", 0.5, 1, 2),
                    ParamRange.linear("columnSample", 0.3, 1, 2),
                    ParamRange.logScale("l1", 0.001, 10, 2),
                    ParamRange.logScale("l2", 0.1, 100, 2)));
            case "randomforest" -> new SearchSpace(name, List.of(
                    ParamRange.whole("features", 1, Math.max(1, features), true),
                    ParamRange.oneOf("maxDepth", "0", "6", "10", "15", "20")));
            default -> throw new ModelException("The tuner searches " + String.join(" or ", TUNABLE)
                    + ", not `" + name + "`.");
        };
    }

    private static Map<String, Map<String, String>> presets(Map<String, String> fast, Map<String, String> thorough) {
        Map<String, Map<String, String>> presets = new LinkedHashMap<>();
        presets.put("fast", fast);
        presets.put("balanced", NONE);
        presets.put("thorough", thorough);
        return presets;
    }

    private static List<LearnerSpec> withBalancing(List<LearnerSpec> learners) {
        return learners.stream().map(l -> l.name().equals("zeror") || l.name().equals("rules") ? l
                : new LearnerSpec(l.name(), l.label(), l.description(),
                        Stream.concat(l.params().stream(), Stream.of(BALANCE)).toList(),
                        l.presets())).toList();
    }

    public static List<LearnerSpec> all() {
        return LEARNERS;
    }

    public static LearnerSpec get(String name) {
        return LEARNERS.stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow(() -> new ModelException(
                "Unknown learner `" + name + "`. Learners: "
                        + String.join(", ", LEARNERS.stream().map(LearnerSpec::name).toList()) + "."));
    }

    /** Defaults, overridden by the user's values, each checked; the result is what the model records. */
    public static Map<String, String> resolve(String name, Map<String, String> given) {
        LearnerSpec spec = get(name);
        Map<String, String> values = new LinkedHashMap<>();
        spec.params().forEach(p -> values.put(p.key(), p.defaultValue()));
        given.forEach((k, v) -> values.put(k, spec.param(k).validate(v)));
        return values;
    }

    /** A fresh, configured classifier; balanced training folds when asked. */
    public static Classifier build(String name, Map<String, String> given) {
        Map<String, String> p = resolve(name, given);
        Classifier learner = learner(name, p);
        String balance = p.getOrDefault(BALANCE.key(), "none");
        if (balance.equals("none")) {
            return learner;
        }
        long seed = Long.parseLong(p.getOrDefault("seed", "1"));
        return new BalancedClassifier(learner, BalancedClassifier.Mode.valueOf(balance.toUpperCase(Locale.ROOT)),
                seed);
    }

    /**
     * A fresh, configured classifier that fits the encodings of category columns on the data it is trained on and
     * applies them to every customer it is asked about (docs/adr/0016): what cross-validation, training and scoring
     * use. {@code chosen} are the user's encodings; the other columns get {@link EncodingPolicy}'s.
     */
    public static EncodedClassifier encoded(String name, Map<String, String> given, Collection<ColumnEncoding> chosen) {
        return new EncodedClassifier(build(name, given), EncodingPolicy.family(name), chosen);
    }

    private static Classifier learner(String name, Map<String, String> p) {
        return switch (name) {
            case "zeror" -> new ZeroR();
            case "rules" -> {
                RuleBaseline rule = new RuleBaseline();
                rule.setRule(p.get("rule"));
                yield rule;
            }
            case "logistic" -> {
                Logistic logistic = new Logistic();
                logistic.setRidge(Double.parseDouble(p.get("ridge")));
                yield logistic;
            }
            case "naivebayes" -> {
                NaiveBayes bayes = new NaiveBayes();
                bayes.setUseKernelEstimator(Boolean.parseBoolean(p.get("kernel")));
                yield bayes;
            }
            case "j48" -> {
                J48 tree = new J48();
                tree.setConfidenceFactor(Float.parseFloat(p.get("confidence")));
                tree.setMinNumObj(Integer.parseInt(p.get("minLeaf")));
                yield tree;
            }
            case "randomforest" -> {
                RandomForest forest = new RandomForest();
                forest.setNumIterations(Integer.parseInt(p.get("trees")));
                forest.setNumFeatures(Integer.parseInt(p.get("features")));
                forest.setMaxDepth(Integer.parseInt(p.get("maxDepth")));
                forest.setSeed(Integer.parseInt(p.get("seed")));
                yield forest;
            }
            case "boosting" -> {
                LogitBoost boost = new LogitBoost();
                REPTree base = new REPTree();
                base.setMaxDepth(Integer.parseInt(p.get("depth")));
                base.setNoPruning(true);
                boost.setClassifier(base);
                boost.setNumIterations(Integer.parseInt(p.get("iterations")));
                boost.setShrinkage(Double.parseDouble(p.get("shrinkage")));
                boost.setSeed(Integer.parseInt(p.get("seed")));
                yield boost;
            }
            case "xgboost" -> {
                XGBoostClassifier xgboost = new XGBoostClassifier();
                xgboost.setRounds(Integer.parseInt(p.get("rounds")));
                xgboost.setLearningRate(Double.parseDouble(p.get("learningRate")));
                xgboost.setDepth(Integer.parseInt(p.get("depth")));
                xgboost.setMinChildWeight(Double.parseDouble(p.get("minChildWeight")));
                xgboost.setSubsample(Double.parseDouble(p.get("subsample")));
                xgboost.setColumnSample(Double.parseDouble(p.get("columnSample")));
                xgboost.setL1(Double.parseDouble(p.get("l1")));
                xgboost.setL2(Double.parseDouble(p.get("l2")));
                xgboost.setEarlyStopping(Integer.parseInt(p.get("earlyStopping")));
                xgboost.setRefit(p.get("refit"));
                xgboost.setSeed(Integer.parseInt(p.get("seed")));
                yield xgboost;
            }
            case "jrip" -> {
                JRip rip = new JRip();
                rip.setFolds(Integer.parseInt(p.get("folds")));
                rip.setMinNo(Double.parseDouble(p.get("minWeight")));
                rip.setSeed(Long.parseLong(p.get("seed")));
                yield rip;
            }
            case "smo" -> {
                SMO smo = new SMO();
                smo.setC(Double.parseDouble(p.get("c")));
                smo.setBuildCalibrationModels(true);
                smo.setRandomSeed(Integer.parseInt(p.get("seed")));
                yield smo;
            }
            case "mlp" -> {
                MultilayerPerceptron mlp = new MultilayerPerceptron();
                mlp.setHiddenLayers(p.get("hidden"));
                mlp.setTrainingTime(Integer.parseInt(p.get("epochs")));
                mlp.setLearningRate(Double.parseDouble(p.get("learningRate")));
                mlp.setSeed(Integer.parseInt(p.get("seed")));
                yield mlp;
            }
            default -> throw new ModelException("Unknown learner `" + name + "`.");
        };
    }
}
