package app.retention.cli;

import app.retention.data.ImportResult;
import app.retention.data.SampleCampaignOutcomes;
import app.retention.domain.CampaignRecord;
import app.retention.data.sample.MobileCommerceGenerator;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "sample", description = "The bundled sample data: regenerate it, or import it into the workspace.",
        subcommands = {SampleCommand.Generate.class, SampleCommand.Import.class, SampleCommand.BenchCsv.class,
                SampleCommand.Outcomes.class, SampleCommand.NovemberOutcomes.class})
final class SampleCommand extends CommandGroup {

    SampleCommand() {
        super("generate, import, bench-csv, outcomes or november-outcomes");
    }

    @Command(name = "generate", description = "Write the two monthly snapshots (deterministic for a seed).")
    static final class Generate implements Callable<Integer> {
        @Option(names = "--out", paramLabel = "DIR", defaultValue = "sample-data", description = "Folder (default: ${DEFAULT-VALUE}).")
        Path out;

        @Option(names = "--customers", defaultValue = "20000", description = "Customers in the first snapshot (default: ${DEFAULT-VALUE}).")
        int customers;

        @Option(names = "--seed", defaultValue = "" + MobileCommerceGenerator.DEFAULT_SEED, description = "Random seed.")
        long seed;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (customers < 1 || customers > 10_000_000) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--customers must be between 1 and 10000000");
            }
            for (Path file : new MobileCommerceGenerator(seed).writeSnapshots(out, customers)) {
                spec.commandLine().getOut().println("Wrote " + file);
            }
            return 0;
        }
    }

    @Command(name = "november-outcomes", description = "Write the November snapshot as it reads once December is "
            + "over: the same customers with the churned_30d the generator's churn rule gives them (deterministic "
            + "for a seed). Import it to see how the model in use held up on the month it scored (monitor).")
    static final class NovemberOutcomes implements Callable<Integer> {
        @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "The file to write.")
        Path out;

        @Option(names = "--customers", defaultValue = "20000", description = "Customers in the first snapshot, as "
                + "given to generate (default: ${DEFAULT-VALUE}).")
        int customers;

        @Option(names = "--seed", defaultValue = "" + MobileCommerceGenerator.DEFAULT_SEED, description = "Random "
                + "seed, as given to generate.")
        long seed;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (customers < 1 || customers > 10_000_000) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--customers must be between 1 and 10000000");
            }
            Path target = out.toAbsolutePath();
            Path partial = target.resolveSibling(target.getFileName() + ".part");
            try {
                new MobileCommerceGenerator(seed).writeCurrentOutcomes(partial, customers);
                java.nio.file.Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (java.io.IOException e) {
                throw new app.retention.error.WorkbenchException("Cannot write " + target + ": its folder does not "
                        + "exist or cannot be written to (" + e.getClass().getSimpleName().replace("Exception", "")
                        .replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT)
                        + "). Choose another --out.", e);
            } finally {
                java.nio.file.Files.deleteIfExists(partial);
            }
            spec.commandLine().getOut().println("Wrote " + out + ": November's customers with December's churn "
                    + "outcome (churned_30d)");
            return 0;
        }
    }

    @Command(name = "import", description = "Import the bundled snapshots into the workspace.")
    static final class Import extends WorkspaceCommand {
        @Override
        int run(Workspace workspace) throws Exception {
            for (ImportResult r : workbench().importSampleData(TaskContext.silent())) {
                out().printf("%s (version %d): %,d rows%s%n", r.dataset().name(), r.dataset().version(),
                        r.dataset().rowsImported(), r.unchanged() ? ", already imported" : " imported");
            }
            return 0;
        }
    }

    @Command(name = "bench-csv", description = "Write a large generated CSV (20 columns) for import benchmarks.")
    static final class BenchCsv implements Callable<Integer> {
        @Option(names = "--rows", defaultValue = "1000000", description = "Rows (default: ${DEFAULT-VALUE}).")
        int rows;

        @Option(names = "--out", required = true, paramLabel = "FILE.csv")
        Path out;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (rows < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--rows must be positive");
            }
            new MobileCommerceGenerator(MobileCommerceGenerator.DEFAULT_SEED).writeBenchmarkCsv(out, rows);
            spec.commandLine().getOut().printf("Wrote %,d rows to %s%n", rows, out);
            return 0;
        }
    }

    @Command(name = "outcomes", description = "Simulate the outcomes of a campaign cut from the sample data: the "
            + "ground-truth churn rule plus a documented treatment effect (sample-data/README.md), deterministic "
            + "for a seed.")
    static final class Outcomes extends WorkspaceCommand {
        @Option(names = "--campaign", required = true, paramLabel = "NAME", description = "The campaign's name.")
        String campaign;

        @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "The outcomes file to write.")
        Path out;

        @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Override
        int run(Workspace workspace) {
            CampaignRecord c = workbench().campaigns().require(campaign);
            SampleCampaignOutcomes.Written w = SampleCampaignOutcomes.write(workbench().datasets(), c,
                    workbench().campaigns().members(c), out, seed);
            out().printf(Locale.ROOT, "Wrote the simulated outcomes of %,d customers of campaign %s to %s (%,d "
                    + "churned, %,d of the contacted reached; seed %d).%n", w.customers(), c.name(), w.file(),
                    w.churned(), w.reached(), seed);
            return 0;
        }
    }
}
