package app.retention.cli;

import app.retention.model.HostileModelFiles;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Generated model files {@code model import} must refuse in one line naming the file: hostile payloads (classes
 * outside the allow-list, resource bombs) and files damaged around a real payload; and {@code model export} to
 * paths that cannot be written.
 */
final class ModelFileCorpus {

    static final String MODELS = "model files";

    private ModelFileCorpus() {
    }

    static List<CorpusCase> cases() {
        List<CorpusCase> cases = new ArrayList<>();
        for (HostileModelFiles.Case hostile : HostileModelFiles.cases()) {
            String file = hostile.name() + ".model";
            cases.add(new CorpusCase(MODELS, "hostile: " + hostile.name(), d -> List.of("model", "import",
                    CorpusCase.write(d, file, HostileModelFiles.modelFile(hostile.payload().apply(d))).toString()),
                    1, file));
        }
        for (HostileModelFiles.Case damaged : HostileModelFiles.damagedFiles()) {
            String file = "damaged-" + damaged.name() + ".model";
            cases.add(new CorpusCase(MODELS, "damaged: " + damaged.name(), d -> List.of("model", "import",
                    CorpusCase.write(d, file, damaged.payload().apply(d)).toString()), 1, file));
        }
        cases.add(new CorpusCase(MODELS, "a missing file", d -> List.of("model", "import",
                d.resolve("missing.model").toString()), 1, "missing.model"));
        cases.add(new CorpusCase(MODELS, "a folder", d -> List.of("model", "import",
                folder(d.resolve("folder.model")).toString()), 1, "folder.model"));
        cases.add(new CorpusCase(MODELS, "a sparse file of 3 GB", d -> List.of("model", "import",
                sparse(d.resolve("huge.model"), 3L << 30).toString()), 1, "huge.model"));
        cases.add(new CorpusCase(SegmentCorpus.EXPORTS, "a model to a folder", d -> List.of("model", "export", "$MODEL",
                "--out", folder(d.resolve("out-folder.model")).toString()), 1, "out-folder.model"));
        cases.add(new CorpusCase(SegmentCorpus.EXPORTS, "a model to a missing folder", d -> List.of("model", "export",
                "$MODEL", "--out", d.resolve("nowhere").resolve("x.model").toString()), 1, "nowhere"));
        cases.add(new CorpusCase(SegmentCorpus.EXPORTS, "a model to a read-only file system", d -> List.of("model",
                "export", "$MODEL", "--out", "/proc/x.model"), 1, "/proc/x.model"));
        cases.add(new CorpusCase(SegmentCorpus.MISUSE, "export of an unknown model", d -> List.of("model", "export",
                "987654", "--out", d.resolve("unknown.model").toString()), 1, "987654"));
        return cases;
    }

    private static Path folder(Path path) {
        try {
            return Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file that says it is {@code size} bytes long and takes no disk space. */
    private static Path sparse(Path file, long size) {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
