package app.retention.demo;

import app.retention.store.Workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The screenshot launcher's arguments: {@code --name value} pairs, a few flags without a value. */
record DemoOptions(List<String[]> pairs) {

    private static final Set<String> FLAGS = Set.of("more-metrics", "check-exports", "choose-outcomes",
            "november-outcomes", "rule");

    static DemoOptions parse(List<String> args) {
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Expected --name, found '" + arg + "'");
            }
            String name = arg.substring(2);
            int equals = name.indexOf('=');
            if (equals >= 0) {
                pairs.add(new String[] {name.substring(0, equals), name.substring(equals + 1)});
            } else if (FLAGS.contains(name)) {
                pairs.add(new String[] {name, "true"});
            } else if (i + 1 < args.size()) {
                pairs.add(new String[] {name, args.get(++i).strip()});
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
        }
        return new DemoOptions(List.copyOf(pairs));
    }

    Path workspace() {
        return value("workspace").map(Path::of).orElseGet(Workspace::defaultDirectory);
    }

    boolean has(String name) {
        return value(name).isPresent();
    }

    /** The last value given for {@code name}. */
    Optional<String> value(String name) {
        List<String> all = values(name);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** Every value given for {@code name}, in order. */
    List<String> values(String name) {
        return pairs.stream().filter(p -> p[0].equals(name)).map(p -> p[1]).toList();
    }
}
