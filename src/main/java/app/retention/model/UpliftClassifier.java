package app.retention.model;

import app.retention.domain.ColumnEncoding;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.core.Instance;
import weka.core.Instances;

import java.util.Collection;
import java.util.Map;

/**
 * An uplift model (docs/adr/0023): how much less likely a customer is to churn when contacted than when left alone,
 * learnt from a campaign's contacted and held-out customers with the same learners and encodings as churn models.
 * <ul>
 * <li>{@link Method#TWO_MODEL}: one churn model on the contacted customers, one on the held-out; uplift =
 * P(churn | held out) − P(churn | contacted).</li>
 * <li>{@link Method#CLASS_TRANSFORMATION} (Jaskowski and Jaroszewicz 2012): one model of Z = "contacted and stayed,
 * or held out and churned", the two arms weighted to equal total weight so that uplift = 2·P(Z) − 1.</li>
 * </ul>
 * As a Weka classifier it answers {1 − s, s} with s = (1 + uplift) ÷ 2, so it is stored and read back like any model;
 * it is trained by {@link #train}, never by {@link #buildClassifier}, because training needs each customer's arm,
 * which is never one of its inputs.
 */
public final class UpliftClassifier extends AbstractClassifier {

    private static final long serialVersionUID = 1L;

    /** How the uplift is learnt. */
    public enum Method {
        TWO_MODEL, CLASS_TRANSFORMATION
    }

    private final Method method;
    private final Classifier first;
    private final Classifier second;

    private UpliftClassifier(Method method, Classifier first, Classifier second) {
        this.method = method;
        this.first = first;
        this.second = second;
    }

    public Method method() {
        return method;
    }

    /**
     * Learns an uplift model.
     *
     * @param data    the customers' features with their outcome as the class (1 = churned)
     * @param treated whether each customer (in {@code data}'s order) was contacted
     */
    public static UpliftClassifier train(Method method, String learner, Map<String, String> params,
                                         Collection<ColumnEncoding> encodings, Instances data, boolean[] treated) {
        try {
            if (method == Method.TWO_MODEL) {
                Classifier contacted = LearnerCatalog.encoded(learner, params, encodings);
                contacted.buildClassifier(subset(data, treated, true));
                Classifier heldOut = LearnerCatalog.encoded(learner, params, encodings);
                heldOut.buildClassifier(subset(data, treated, false));
                return new UpliftClassifier(method, contacted, heldOut);
            }
            Classifier responds = LearnerCatalog.encoded(learner, params, encodings);
            responds.buildClassifier(transformed(data, treated));
            return new UpliftClassifier(method, responds, null);
        } catch (ModelException e) {
            throw e;
        } catch (Exception e) {
            throw new ModelException("The uplift model could not be learnt with " + learner + ": " + e.getMessage(), e);
        }
    }

    /** Predicted uplift of one customer: the drop in churn probability contacting them brings (−1 to 1). */
    public double uplift(Instance customer) throws Exception {
        if (method == Method.TWO_MODEL) {
            return second.distributionForInstance(customer)[1] - first.distributionForInstance(customer)[1];
        }
        return 2 * first.distributionForInstance(customer)[1] - 1;
    }

    @Override
    public double[] distributionForInstance(Instance instance) throws Exception {
        double s = Math.max(0, Math.min(1, (1 + uplift(instance)) / 2));
        return new double[]{1 - s, s};
    }

    @Override
    public void buildClassifier(Instances data) {
        throw new UnsupportedOperationException("An uplift model is trained with each customer's arm: use train().");
    }

    private static Instances subset(Instances data, boolean[] treated, boolean arm) {
        Instances part = new Instances(data, 0);
        for (int i = 0; i < data.numInstances(); i++) {
            if (treated[i] == arm) {
                part.add(data.instance(i));
            }
        }
        return part;
    }

    /** Z = 1 for contacted and stayed or held out and churned; each arm weighs half of the data. */
    private static Instances transformed(Instances data, boolean[] treated) {
        int n = data.numInstances();
        int contacted = 0;
        for (boolean t : treated) {
            contacted += t ? 1 : 0;
        }
        double treatedWeight = n / (2.0 * contacted);
        double controlWeight = n / (2.0 * (n - contacted));
        Instances z = new Instances(data, n);
        for (int i = 0; i < n; i++) {
            Instance row = (Instance) data.instance(i).copy();
            boolean churned = row.classValue() == 1;
            row.setClassValue(treated[i] != churned ? 1 : 0);
            row.setWeight(treated[i] ? treatedWeight : controlWeight);
            z.add(row);
        }
        return z;
    }

    @Override
    public String toString() {
        return "Uplift model (" + method + ")";
    }
}
