package app.retention.model;

import java.io.ObjectInputFilter;
import java.util.function.BinaryOperator;

/**
 * The process-wide deserialisation filter factory: every {@code ObjectInputStream} in the process, ours and those
 * inside libraries (Weka copies classifiers through serialisation, and some of its classes read files they name),
 * is read through a {@link ModelStreamFilter}. A stream may ask for a stricter filter, never a looser one.
 *
 * <p>Installed by the launcher before anything is deserialised, and in tests by the {@code jdk.serialFilterFactory}
 * system property (which is why this class is public with a public constructor).
 */
public final class SerialFilterFactory implements BinaryOperator<ObjectInputFilter> {

    @Override
    public ObjectInputFilter apply(ObjectInputFilter current, ObjectInputFilter requested) {
        if (requested instanceof ModelStreamFilter) {
            return requested;
        }
        ObjectInputFilter base = current instanceof ModelStreamFilter ? current : new ModelStreamFilter();
        return requested == null || requested == current ? base : ObjectInputFilter.merge(requested, base);
    }

    /** Makes every deserialisation in this process go through the filter; safe to call more than once. */
    public static void installProcessWide() {
        if (!(ObjectInputFilter.Config.getSerialFilterFactory() instanceof SerialFilterFactory)) {
            ObjectInputFilter.Config.setSerialFilterFactory(new SerialFilterFactory());
        }
    }
}
