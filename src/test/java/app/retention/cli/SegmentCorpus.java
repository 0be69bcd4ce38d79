package app.retention.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Generated misuse of segments, scores and exports: conditions that cannot hold, names that cannot be saved,
 * creates that fail after a fresh scoring was stored, and exports to paths that cannot be written. Runs against
 * the corpus workspace: dataset {@code customers} scored by {@code $MODEL}, segment {@code High risk BR}, and
 * {@code unscored}, the same file not scored yet.
 */
final class SegmentCorpus {

    static final String MISUSE = "segment and score misuse";
    static final String EXPORTS = "exports to bad paths";

    private SegmentCorpus() {
    }

    static List<CorpusCase> cases() {
        List<CorpusCase> cases = new ArrayList<>();
        conditions(cases);
        names(cases);
        afterAFreshScoring(cases);
        scores(cases);
        exports(cases);
        return cases;
    }

    private static void conditions(List<CorpusCase> cases) {
        for (String number : List.of("NaN", "-NaN", "Infinity", "-Infinity", "+Infinity", "1e309", "-1e400")) {
            for (String column : List.of("tenure", "churn_probability")) {
                for (String op : List.of(">=", "<")) {
                    String where = column + " " + op + " " + number;
                    cases.add(create("where " + where, "new segment", List.of("--where", where), "`" + number + "`"));
                }
            }
        }
        cases.add(create("where NaN after a good condition", "new segment",
                List.of("--where", "plan = basic AND tenure >= NaN"), "NaN"));
        for (String where : List.of("planet = Mars", "tenure >= 1000", "churn_probability > 1", "risk_band = Extreme",
                "plan = basic AND plan = pro")) {
            cases.add(create("where " + where, "new segment", List.of("--where", where), where.startsWith("planet")
                    ? "planet" : where.contains(">") && !where.contains(">=") ? "`" + where + "`" : "empty"));
        }
        for (String column : List.of("plan", "note", "customer_id")) {
            cases.add(create("value column " + column, "valued", List.of("--value-column", column), "`" + column + "`"));
        }
        cases.add(create("value column missing", "valued", List.of("--value-column", "nope"), "--value-column"));
        cases.add(create("bands in the wrong order", "banded", List.of("--bands", "0.2,0.4"), "cut-off"));
        for (String control : List.of("1.5", "1", "-0.1", "NaN")) {
            cases.add(create("control share " + control, "controlled", List.of("--control", control), "control"));
        }
    }

    private static void names(List<CorpusCase> cases) {
        for (int length : new int[] {101, 150, 201, 250, 401, 5000}) {
            cases.add(create("name of " + length + " characters", "s".repeat(length), List.of(), "100"));
        }
        for (char control : new char[] {'\n', '\r', '\t', '\u0000', '\u0007', '\u001b', '\u007f', '\u0085'}) {
            cases.add(create(String.format("name with U+%04X", (int) control), "High" + control + "risk", List.of(),
                    String.format("U+%04X", (int) control)));
        }
        cases.add(create("name taken, with trailing spaces", "High risk BR   ", List.of(), "exists already"));
        cases.add(create("name taken, with leading spaces", "  High risk BR", List.of(), "exists already"));
        cases.add(create("a blank name", "   ", List.of(), "name"));
    }

    /** These fail after a fresh scoring of {@code unscored} was stored: it must be taken back. */
    private static void afterAFreshScoring(List<CorpusCase> cases) {
        for (List<String> failing : List.of(List.of("--bands", "0.2,0.4"), List.of("--where", "tenure >= 1000"),
                List.of("--where", "planet = Mars"), List.of("--control", "1.5"))) {
            cases.add(new CorpusCase(MISUSE, "unscored dataset, " + String.join(" ", failing), d -> {
                List<String> args = new ArrayList<>(List.of("segment", "create", "fresh", "--dataset", "unscored",
                        "--model", "$MODEL"));
                args.addAll(failing);
                return args;
            }, 1, failing.get(0).equals("--control") ? "control" : failing.get(0).equals("--bands") ? "cut-off"
                    : failing.get(1).startsWith("tenure") ? "empty" : "planet"));
        }
    }

    private static void scores(List<CorpusCase> cases) {
        cases.add(new CorpusCase(MISUSE, "score with an unknown model", d -> List.of("score", "customers", "--model",
                "987654"), 1, "987654"));
        cases.add(new CorpusCase(MISUSE, "score an unknown dataset", d -> List.of("score", "nobody", "--model",
                "$MODEL"), 1, "nobody"));
        cases.add(new CorpusCase(MISUSE, "segment of an unknown model", d -> List.of("segment", "create", "x",
                "--dataset", "customers", "--model", "987654"), 1, "987654"));
        cases.add(new CorpusCase(MISUSE, "segment of an unknown dataset version", d -> List.of("segment", "create",
                "x", "--dataset", "customers@9", "--model", "$MODEL"), 1, "customers@9"));
        cases.add(new CorpusCase(MISUSE, "delete an unknown segment", d -> List.of("segment", "delete", "nobody"), 1,
                "High risk BR"));
        cases.add(new CorpusCase(MISUSE, "rename an unknown segment", d -> List.of("segment", "rename", "nobody",
                "somebody"), 1, "nobody"));
        cases.add(new CorpusCase(MISUSE, "rename a segment to itself with a control character", d -> List.of(
                "segment", "rename", "High risk BR", "High\u001brisk"), 1, "U+001B"));
        cases.add(new CorpusCase(MISUSE, "copy a segment to a blank name", d -> List.of("segment", "copy",
                "High risk BR", "  "), 1, "name"));
        cases.add(new CorpusCase(MISUSE, "copy a segment onto its own name", d -> List.of("segment", "copy",
                "High risk BR", " High risk BR "), 1, "exists already"));
        cases.add(new CorpusCase(MISUSE, "export an unknown segment", d -> List.of("export", "calllist", "nobody",
                "--capacity", "10", "--out", d.resolve("x.csv").toString()), 1, "nobody"));
        cases.add(new CorpusCase(MISUSE, "a brief of an unknown segment", d -> List.of("export", "brief", "nobody",
                "--out", d.resolve("x.pdf").toString()), 1, "nobody"));
    }

    private static void exports(List<CorpusCase> cases) {
        for (String kind : List.of("calllist", "segmentlist", "brief")) {
            String extension = kind.equals("brief") ? ".pdf" : ".csv";
            List<String> capacity = kind.equals("calllist") ? List.of("--capacity", "10") : List.of();
            cases.add(new CorpusCase(EXPORTS, kind + " to a folder", d -> export(kind, capacity,
                    folder(d.resolve("folder" + extension))), 1, "folder" + extension));
            cases.add(new CorpusCase(EXPORTS, kind + " to a read-only file system", d -> export(kind, capacity,
                    Path.of("/proc/calls" + extension)), 1, "/proc/calls" + extension));
            cases.add(new CorpusCase(EXPORTS, kind + " to a missing folder", d -> export(kind, capacity,
                    d.resolve("missing").resolve("calls" + extension)), 1, "missing"));
            cases.add(new CorpusCase(EXPORTS, kind + " inside a regular file", d -> export(kind, capacity,
                    CorpusCase.write(d, "plain-" + kind + ".txt", new byte[] {'x'}).resolve("calls" + extension)), 1,
                    "plain-" + kind + ".txt"));
        }
        for (String extension : List.of(".csv", ".xlsx")) {
            cases.add(new CorpusCase(EXPORTS, "a list whose provenance file would be a folder, " + extension, d -> {
                Path out = d.resolve("provenance-folder" + extension);
                folder(d.resolve("provenance-folder" + extension + ".provenance.json"));
                return export("segmentlist", List.of(), out);
            }, 1, "provenance-folder" + extension));
            cases.add(new CorpusCase(EXPORTS, "a " + extension + " list to a file without an extension", d -> export(
                    "segmentlist", List.of(), d.resolve("calls" + extension.replace(".", "-"))), 1,
                    "calls" + extension.replace(".", "-")));
        }
        cases.add(new CorpusCase(EXPORTS, "a brief as HTML to a folder", d -> export("brief", List.of(),
                folder(d.resolve("brief-folder.html"))), 1, "brief-folder.html"));
        cases.add(new CorpusCase(EXPORTS, "a list of an unknown format", d -> export("segmentlist", List.of(),
                d.resolve("calls.docx")), 1, "calls.docx"));
        cases.add(new CorpusCase(EXPORTS, "a brief of an unknown format", d -> export("brief", List.of(),
                d.resolve("brief.docx")), 1, "brief.docx"));
    }

    static CorpusCase create(String label, String name, List<String> options, String mentions) {
        return new CorpusCase(MISUSE, label, d -> {
            List<String> args = new ArrayList<>(List.of("segment", "create", name, "--dataset", "customers", "--model",
                    "$MODEL"));
            args.addAll(options);
            return args;
        }, 1, mentions);
    }

    private static List<String> export(String kind, List<String> capacity, Path out) {
        List<String> args = new ArrayList<>(List.of("export", kind, "High risk BR", "--out", out.toString()));
        args.addAll(capacity);
        return args;
    }

    private static Path folder(Path path) {
        try {
            return Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
