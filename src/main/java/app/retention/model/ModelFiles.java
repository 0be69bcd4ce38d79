package app.retention.model;

import app.retention.domain.ModelPayload;
import app.retention.domain.ModelRecord;
import app.retention.domain.StoredModel;
import app.retention.store.Workspace;
import com.fasterxml.jackson.core.type.TypeReference;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * A stored model as a file another workspace can import: a marker, a JSON header with the model's provenance,
 * metrics and input schema, the serialised classifier, and a SHA-256 of all of it. Importing checks each part
 * and reads the classifier only through {@link ModelSerializer}'s allow-list.
 */
public final class ModelFiles {

    static final byte[] MAGIC = "RETENTION-WORKBENCH-MODEL\n".getBytes(StandardCharsets.US_ASCII);
    static final int FORMAT_VERSION = 1;
    private static final int DIGEST = 32;
    private static final long MAX_SIZE = 1L << 31;

    private final Workspace workspace;

    public ModelFiles(Workspace workspace) {
        this.workspace = workspace;
    }

    /** What the header of a model file says. */
    record Header(int formatVersion, String exportedAt, String createdAt, String datasetName, int datasetVersion,
                  String datasetSha256, String design, String learner, String params, List<String> features,
                  double rocAuc, double rocAucSd, double prAuc, double accuracy, double precision, double recall,
                  double f1, double kappa, double brier, double logLoss, double liftTop10, List<Double> foldAucs,
                  String wekaVersion, String appVersion, long trainMillis, ModelPayload payload,
                  String schema, String classifierSha256) {
    }

    /** Writes model {@code id} to {@code file} (replacing it only once the whole file is written). */
    public void export(long id, Path file) {
        ModelCatalog catalog = new ModelCatalog(workspace);
        ModelRecord r = catalog.record(id);
        StoredModel model = catalog.stored(id);
        ModelPayload payload = workspace.models().payload(id).orElse(null);
        Header header = new Header(FORMAT_VERSION, OffsetDateTime.now().toString(), String.valueOf(r.createdAt()),
                r.datasetName(), r.datasetVersion(), r.datasetSha256(), r.design(), r.learner(), r.params(),
                r.features(), r.rocAuc(), r.rocAucSd(), r.prAuc(), r.accuracy(), r.precision(), r.recall(), r.f1(),
                r.kappa(), r.brier(), r.logLoss(), r.liftTop10(), r.foldAucs(), r.wekaVersion(), r.appVersion(),
                r.trainMillis(), payload, model.schemaJson(), model.sha256());
        byte[] json = RunCodec.json(header).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeInt(json.length);
            out.write(json);
            out.writeInt(model.classifier().length);
            out.write(model.classifier());
            out.write(sha256(bytes.toByteArray()));
        } catch (IOException e) {
            throw new IllegalStateException("Writing to memory cannot fail", e);
        }
        writeAtomically(file, bytes.toByteArray());
    }

    private static void writeAtomically(Path file, byte[] content) {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ModelException("Cannot write " + file + ": the folder " + folder + " does not exist.");
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, "." + target.getFileName(), ".part");
            Files.write(temp, content);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new ModelException("Cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the move succeeded or the folder went away; nothing left to clean
                }
            }
        }
    }

    /** Reads a model file, checks it, and stores it as a new model of this workspace; returns its id. */
    public long importFile(Path file) {
        byte[] content = read(file);
        String name = file.getFileName().toString();
        if (content.length < MAGIC.length + 8 + DIGEST
                || !Arrays.equals(Arrays.copyOf(content, MAGIC.length), MAGIC)) {
            throw new ModelException(name + " is not a Retention Workbench model file.");
        }
        byte[] body = Arrays.copyOf(content, content.length - DIGEST);
        if (!MessageDigest.isEqual(sha256(body), Arrays.copyOfRange(content, body.length, content.length))) {
            throw new ModelException(name + " is damaged: its checksum does not match its content.");
        }
        ByteBuffer buffer = ByteBuffer.wrap(body, MAGIC.length, body.length - MAGIC.length);
        Header header;
        byte[] classifier;
        try {
            byte[] json = new byte[length(buffer, name)];
            buffer.get(json);
            header = RunCodec.parse(new String(json, StandardCharsets.UTF_8), new TypeReference<Header>() { },
                    "header of " + name);
            classifier = new byte[length(buffer, name)];
            buffer.get(classifier);
        } catch (java.nio.BufferUnderflowException e) {
            throw new ModelException(name + " is damaged: it ends too early.", e);
        }
        if (header == null || header.schema() == null) {
            throw new ModelException(name + " is damaged: its header does not describe a model.");
        }
        if (header.formatVersion() != FORMAT_VERSION) {
            throw new ModelException(name + " is a model file of format " + header.formatVersion()
                    + "; this version reads format " + FORMAT_VERSION + ".");
        }
        if (!HexFormat.of().formatHex(sha256(classifier)).equals(header.classifierSha256())) {
            throw new ModelException(name + " is damaged: the model does not match its header.");
        }
        ModelSerializer.read(classifier, name); // refuses anything outside the allow-list before it is stored
        try {
            RunCodec.schema(header.schema());
        } catch (ModelException e) {
            throw new ModelException(name + " is damaged: its model schema cannot be read.", e);
        }
        ModelRecord record = new ModelRecord(0, null, header.datasetName(), header.datasetVersion(),
                header.datasetSha256(), header.design() + " (imported from " + name + ")", header.learner(),
                header.params(), header.features(), header.rocAuc(), header.rocAucSd(), header.prAuc(),
                header.accuracy(), header.precision(), header.recall(), header.f1(), header.kappa(), header.brier(),
                header.logLoss(), header.liftTop10(), header.foldAucs(), header.wekaVersion(), header.appVersion(),
                header.trainMillis());
        return workspace.models().save(record, header.payload(), header.schema(), classifier);
    }

    private static int length(ByteBuffer buffer, String name) {
        int length = buffer.getInt();
        if (length < 0 || length > buffer.remaining()) {
            throw new ModelException(name + " is damaged: a part is longer than the file.");
        }
        return length;
    }

    private static byte[] read(Path file) {
        try {
            if (Files.size(file) > MAX_SIZE) {
                throw new ModelException(file.getFileName() + " is too large to be a model file.");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ModelException("There is no file " + file + ".", e);
        } catch (IOException e) {
            throw new ModelException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
