package app.retention.cli;

import app.retention.model.LearnerCatalog;
import app.retention.model.LearnerSpec;
import app.retention.model.ParamSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Every learner with its parameters, their ranges and defaults: what `--learner` and `--param` accept. */
@Command(name = "learners", description = "List every learner with its parameters, their ranges and defaults (what "
        + "--learner and --param accept).")
final class LearnersCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    record ParamJson(String key, String label, String description, String kind, String defaultValue, Double min,
                     Double max, List<String> choices) {
    }

    record LearnerJson(String name, String label, String description, List<ParamJson> params) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<LearnerSpec> learners = LearnerCatalog.all();
        if (json) {
            out.println(Json.write(learners.stream().map(l -> new LearnerJson(l.name(), l.label(), l.description(),
                    l.params().stream().map(LearnersCommand::param).toList())).toList()));
            return 0;
        }
        out.println("Parameters are given as `train --param KEY=VALUE` or `compare --param LEARNER.KEY=VALUE`; "
                + "shown here with their defaults.");
        for (LearnerSpec l : learners) {
            out.printf("%n%s: %s. %s%n", l.name(), l.label(), l.description());
            for (ParamSpec p : l.params()) {
                out.printf("    %s=%s  %s (%s)%n", p.key(), p.defaultValue(), p.label(), allowed(p));
            }
        }
        return 0;
    }

    private static ParamJson param(ParamSpec p) {
        boolean number = p.kind() == ParamSpec.Kind.INTEGER || p.kind() == ParamSpec.Kind.DECIMAL;
        return new ParamJson(p.key(), p.label(), p.description(), p.kind().name().toLowerCase(Locale.ROOT),
                p.defaultValue(), number ? p.min() : null, number ? p.max() : null, p.choices());
    }

    /** "1 to 1000", "yes or no", "one of none, weights, smote", "text". */
    private static String allowed(ParamSpec p) {
        return switch (p.kind()) {
            case INTEGER, DECIMAL -> ParamSpec.plain(p.min()) + " to " + ParamSpec.plain(p.max());
            case BOOLEAN -> "true or false";
            case CHOICE -> "one of " + String.join(", ", p.choices());
            case TEXT -> "text";
        };
    }
}
