package app.retention.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Generated wrong usage: unknown commands and options, values of the wrong type or out of range, required
 * options left out, unknown datasets. Exit 2 for what the command line itself gets wrong, 1 for a value the
 * workbench refuses; the line names the option or the value.
 */
final class OptionCorpus {

    static final String OPTIONS = "bad options";

    private OptionCorpus() {
    }

    static List<CorpusCase> cases() {
        List<CorpusCase> cases = new ArrayList<>();
        usage(cases, "no command", d -> List.of(), "command");
        usage(cases, "an unknown command", d -> List.of("frobnicate"), "frobnicate");
        usage(cases, "an unknown option", d -> List.of("datasets", "--frob"), "--frob");
        usage(cases, "import without a file", d -> List.of("import"), "FILE");
        usage(cases, "segment without a subcommand", d -> List.of("segment"), "subcommand");
        usage(cases, "export without a subcommand", d -> List.of("export"), "subcommand");
        usage(cases, "bench without a benchmark", d -> List.of("bench"), "benchmark");
        usage(cases, "model without a subcommand", d -> List.of("model"), "subcommand");
        usage(cases, "a workspace option without a folder", d -> List.of("datasets", "--workspace"), "--workspace");
        usage(cases, "folds that are not a number", d -> List.of("train", "customers", "--learner", "logistic",
                "--folds", "ten"), "--folds");
        usage(cases, "train without a learner", d -> List.of("train", "customers"), "--learner");
        usage(cases, "score without a model", d -> List.of("score", "customers"), "--model");
        usage(cases, "a model id that is not a number", d -> List.of("score", "customers", "--model", "abc"), "--model");
        usage(cases, "a control share that is not a number", d -> segmentCreate("--control", "lots"),
                "--control");
        usage(cases, "bands that are not numbers", d -> segmentCreate("--bands", "a,b"), "--bands");
        usage(cases, "a seed with a decimal point", d -> segmentCreate("--seed", "1.5"), "--seed");
        usage(cases, "a segment create without a model", d -> List.of("segment", "create", "x", "--dataset",
                "customers"), "--model");
        usage(cases, "a call list without a capacity", d -> List.of("export", "calllist", "High risk BR", "--out",
                d.resolve("c.csv").toString()), "--capacity");
        usage(cases, "a call list without a file", d -> List.of("export", "calllist", "High risk BR", "--capacity",
                "10"), "--out");
        usage(cases, "a capacity that is not a number", d -> List.of("export", "calllist", "High risk BR",
                "--capacity", "many", "--out", d.resolve("c.csv").toString()), "--capacity");
        usage(cases, "delete without --yes", d -> List.of("delete", "customers"), "--yes");
        usage(cases, "a benchmark of too few rows", d -> List.of("bench", "import", "--rows", "5"), "--rows");
        usage(cases, "a show limit that is not a number", d -> List.of("show", "customers", "--limit", "all"),
                "--limit");
        usage(cases, "segment delete without a name", d -> List.of("segment", "delete"), "NAME");
        usage(cases, "segment create without a dataset", d -> List.of("segment", "create", "x", "--model", "$MODEL"),
                "--dataset");

        refused(cases, "folds of 1", d -> List.of("train", "customers", "--learner", "logistic", "--folds", "1"),
                "fold");
        refused(cases, "an unknown learner", d -> List.of("train", "customers", "--learner", "deepforest"),
                "deepforest");
        refused(cases, "an unknown learner parameter", d -> List.of("train", "customers", "--learner", "logistic",
                "--param", "depth=3"), "depth");
        refused(cases, "one cut-off for two bands", d -> segmentCreate("--bands", "0.5"), "cut-off");
        refused(cases, "a cut-off above 1", d -> segmentCreate("--bands", "1.5,0.2"), "1.5");
        refused(cases, "a negative capacity", d -> List.of("export", "calllist", "High risk BR", "--capacity", "-5",
                "--out", d.resolve("c.csv").toString()), "capacity");
        refused(cases, "a zero capacity", d -> List.of("export", "calllist", "High risk BR", "--capacity", "0",
                "--out", d.resolve("c.csv").toString()), "capacity");
        refused(cases, "an acceptance above 1", d -> List.of("export", "calllist", "High risk BR", "--capacity", "10",
                "--acceptance", "2", "--out", d.resolve("c.csv").toString()), "acceptance");
        refused(cases, "a negative save rate", d -> List.of("export", "calllist", "High risk BR", "--capacity", "10",
                "--save-rate", "-1", "--out", d.resolve("c.csv").toString()), "save");
        refused(cases, "a contact cost of NaN", d -> List.of("export", "calllist", "High risk BR", "--capacity", "10",
                "--contact-cost", "NaN", "--out", d.resolve("c.csv").toString()), "cost");
        refused(cases, "an unknown column to export", d -> List.of("export", "segmentlist", "High risk BR",
                "--columns", "nope", "--out", d.resolve("c.csv").toString()), "nope");
        refused(cases, "a rename to a name with @", d -> List.of("rename", "customers", "a@b"), "@");
        refused(cases, "a rename to a taken name", d -> List.of("rename", "customers", "unscored"), "unscored");
        for (String command : List.of("show", "columns", "profile", "drivers", "warnings", "rejects")) {
            refused(cases, command + " of an unknown dataset", d -> List.of(command, "nobody"), "nobody");
        }
        refused(cases, "a dataset version that does not exist", d -> List.of("show", "customers@7"), "customers@7");
        refused(cases, "training on an unknown dataset", d -> List.of("train", "nobody", "--learner", "logistic"),
                "nobody");
        return cases;
    }

    private static void usage(List<CorpusCase> cases, String label, Function<Path, List<String>> args,
                              String mentions) {
        cases.add(new CorpusCase(OPTIONS, label, args, 2, mentions));
    }

    private static void refused(List<CorpusCase> cases, String label, Function<Path, List<String>> args,
                                String mentions) {
        cases.add(new CorpusCase(OPTIONS, label, args, 1, mentions));
    }

    /** A segment create of the corpus's scored dataset with one option more. */
    private static List<String> segmentCreate(String option, String value) {
        return List.of("segment", "create", "optioned", "--dataset", "customers", "--model", "$MODEL", option, value);
    }
}
