package app.retention.model;

import weka.classifiers.Classifier;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.InvalidObjectException;
import java.io.ObjectOutputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Java serialisation of trained classifiers, read back only through {@link ModelStreamFilter}: exactly the classes
 * our learners' models are made of ({@link ModelClasses}), within limits of size, depth and time. A stream carrying
 * any other class (the start of every known deserialisation attack) is refused before that class is loaded.
 */
final class ModelSerializer {

    /** Enough stack for {@link ModelClasses#MAX_DEPTH} nested objects, whatever thread asks for a model. */
    private static final long READER_STACK_BYTES = 64L << 20;

    private ModelSerializer() {
    }

    /**
     * The model's bytes, checked by reading them back: a model that could not be loaded again (a class or a size
     * that model files may not have) is refused now, while it is being kept, rather than when it is needed.
     */
    static byte[] write(Classifier model) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(model);
        } catch (IOException e) {
            throw new ModelException("The model could not be saved: " + e.getMessage(), e);
        }
        byte[] written = bytes.toByteArray();
        read(written, "The trained model");
        return written;
    }

    /**
     * Reads a classifier on a thread of its own (with the stack its depth limit needs, and a time limit);
     * {@code source} names where the bytes came from in the error messages.
     */
    static Classifier read(byte[] bytes, String source) {
        FutureTask<Classifier> reading = new FutureTask<>(() -> readHere(bytes, source));
        Thread reader = new Thread(null, reading, "model-reader", READER_STACK_BYTES);
        reader.setDaemon(true);
        reader.start();
        try {
            return reading.get(ModelClasses.MAX_SECONDS + 5, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ModelException model) {
                throw model;
            }
            throw new ModelException(source + " is damaged or not a model saved by Retention Workbench.", e);
        } catch (TimeoutException e) {
            reader.interrupt();
            throw refused(source, "a structure that took longer than " + ModelClasses.MAX_SECONDS + " s to read", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelException("Reading " + source + " was cancelled.", e);
        }
    }

    private static Classifier readHere(byte[] bytes, String source) {
        ModelStreamFilter filter = new ModelStreamFilter();
        Object model;
        try (ModelObjectInputStream in = new ModelObjectInputStream(new ByteArrayInputStream(bytes), filter)) {
            model = in.readObject();
        } catch (InvalidClassException | InvalidObjectException e) {
            if (filter.refusal() != null) {
                throw refused(source, filter.refusal(), e);
            }
            throw new ModelException(source + " was saved by an incompatible version of Weka or of the workbench: "
                    + e.getMessage(), e);
        } catch (ModelException e) {
            // a model class's own check of what it read (the trees of an XGBoost model)
            throw new ModelException(source + " is damaged or not a model saved by Retention Workbench: "
                    + e.getMessage() + ".", e);
        } catch (StackOverflowError e) {
            throw refused(source, "objects nested deeper than any model", e);
        } catch (ClassNotFoundException e) {
            throw new ModelException(source + " needs a class this version does not have: " + e.getMessage(), e);
        } catch (IOException | ClassCastException | IllegalStateException | IllegalArgumentException
                 | ArrayStoreException | NegativeArraySizeException e) {
            if (filter.refusal() != null) {
                throw refused(source, filter.refusal(), e);
            }
            throw new ModelException(source + (e instanceof EOFException ? " is damaged: it ends before the model does."
                    : " is damaged or not a model saved by Retention Workbench."), e);
        }
        if (!(model instanceof Classifier classifier)) {
            throw new ModelException(source + " does not hold a churn model.");
        }
        return classifier;
    }

    private static ModelException refused(String source, String what, Throwable cause) {
        return new ModelException(source + " was refused: it contains " + what
                + ". Only models saved by Retention Workbench can be loaded.", cause);
    }
}
