package app.retention.model;

import java.io.ObjectInputFilter;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * The filter every serial stream of the process is read through (see {@link SerialFilterFactory}): only the
 * classes of {@link ModelClasses}, within its limits of depth, references, array length, bytes and time. It keeps
 * the first reason it refused, in words, for the message the user sees.
 */
final class ModelStreamFilter implements ObjectInputFilter {

    private final long deadline = System.nanoTime() + ModelClasses.MAX_SECONDS * 1_000_000_000L;
    private volatile String refusal;

    @Override
    public Status checkInput(FilterInfo info) {
        if (info.depth() > ModelClasses.MAX_DEPTH) {
            return refuse("objects nested deeper than " + count(ModelClasses.MAX_DEPTH) + " levels");
        }
        if (info.references() > ModelClasses.MAX_REFERENCES) {
            return refuse("more than " + count(ModelClasses.MAX_REFERENCES) + " objects");
        }
        if (info.arrayLength() > ModelClasses.MAX_ARRAY) {
            return refuse("an array of " + count(info.arrayLength()) + " elements (a model's largest holds at most "
                    + count(ModelClasses.MAX_ARRAY) + ")");
        }
        if (info.streamBytes() > ModelClasses.MAX_BYTES) {
            return refuse("more than " + count(ModelClasses.MAX_BYTES) + " bytes");
        }
        checkTime();
        Class<?> type = info.serialClass();
        if (type != null && !ModelClasses.allowed(type)) {
            return refuse(type.getName() + ", which is no part of a churn model");
        }
        return Status.ALLOWED;
    }

    /** Stops a stream that has been read for longer than any model takes. */
    void checkTime() {
        if (System.nanoTime() > deadline) {
            refusal = "a structure that took longer than " + ModelClasses.MAX_SECONDS + " s to read";
            throw new IllegalStateException(refusal);
        }
    }

    /** Marks the stream refused for a reason found outside the filter (see {@link ModelObjectInputStream}). */
    void refuseFor(String reason) {
        if (refusal == null) {
            refusal = reason;
        }
    }

    /** Why the stream was refused, in words ("it contains …"), or {@code null}. */
    String refusal() {
        return refusal;
    }

    private Status refuse(String reason) {
        refuseFor(reason);
        return Status.REJECTED;
    }

    static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n);
    }
}
