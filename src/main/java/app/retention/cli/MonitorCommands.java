package app.retention.cli;

import app.retention.domain.DatasetInfo;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import app.retention.usecase.DecayReport;
import app.retention.usecase.FeatureDrift;
import app.retention.usecase.MonitorReport;
import app.retention.usecase.BandMigration;
import app.retention.export.ExportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Locale;

/** {@code monitor}: a snapshot against the training data of the model in use (issue 16). */
final class MonitorCommands {

    private MonitorCommands() {
    }

    /**
     * The JSON shape of a monitor report: the decay reading is null when the snapshot has no outcomes; campaigns lists
     * the readings from the held-out customers of campaigns with outcomes.
     */
    record MonitorJson(String snapshot, long modelId, String learner, String trainingData, long customers,
                       List<FeatureDrift> features, MonitorReport.ScoreDrift score, MonitorReport.Decay decay,
                       List<MonitorReport.CampaignDecay> campaigns) {
    }

    @Command(name = "monitor", description = "Drift of a snapshot against the training data of the model in use (or "
            + "--against MODEL): PSI of every input and of the score, missing values, new categories, values out of "
            + "range; and, when the snapshot has outcomes (its own churn column, or the outcomes of a campaign cut from "
            + "it), the model's realised figures against its validation.")
    static final class Monitor extends WorkspaceCommand {
        @Parameters(paramLabel = "DATASET", description = "The snapshot, name or name@version.")
        String dataset;

        @Option(names = "--against", paramLabel = "MODEL", description = "Model id (default: the model in use of "
                + "--use-case, or of the only use case).")
        Long against;

        @Option(names = "--use-case", paramLabel = "NAME", description = "Monitor this use case's model in use.")
        String useCase;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        int run(Workspace workspace) {
            long model = modelOrInUse(against, useCase, "--against=MODEL");
            DatasetInfo info = workbench().datasets().require(dataset);
            MonitorReport report = workbench().monitoring().monitor(info, model, TaskContext.silent());
            if (json) {
                out().println(Json.write(new MonitorJson(report.snapshot(), report.modelId(), report.learner(),
                        report.trainingData(), report.customers(), report.features(), report.score(),
                        report.decay().orElse(null), report.campaigns())));
                return 0;
            }
            out().printf(Locale.ROOT, "%s (%,d customers) against %s, the training data of model %d (%s)%n",
                    report.snapshot(), report.customers(), report.trainingData(), report.modelId(), report.learner());
            out().println("PSI: below 0.1 stable, 0.1 to 0.25 watch, above 0.25 shifted.");
            TextTable table = new TextTable(List.of("INPUT", "PSI", "LEVEL", "MISSING", "WAS", "NEW", "OUT OF RANGE"));
            for (FeatureDrift f : report.features()) {
                table.add(List.of(f.feature(), String.format(Locale.ROOT, "%.3f", f.psi()), f.level(),
                        pct(f.missingNow()), pct(f.missingBefore()),
                        f.newCategories().isEmpty() ? "" : Integer.toString(f.newCategories().size()),
                        f.numeric() && f.belowRange() + f.aboveRange() > 0 ? pct(f.belowRange() + f.aboveRange())
                                : ""));
            }
            table.print(out());
            out().println(report.score().finding() + ".");
            List<String> findings = report.features().stream().flatMap(f -> f.findings().stream()).toList();
            if (findings.isEmpty()) {
                out().println("No input moved beyond the thresholds.");
            } else {
                out().println("What moved:");
                findings.forEach(f -> out().println("  " + f + "."));
            }
            report.decay().ifPresent(d -> out().println(d.finding()));
            report.campaigns().forEach(c -> out().println(c.finding()));
            return 0;
        }

        private static String pct(double share) {
            return String.format(Locale.ROOT, "%.1f%%", 100 * share);
        }
    }

    @Command(name = "decay", description = "How a model held up over time: its ROC AUC (95% interval), lift at 10% "
            + "and calibration error on every labelled snapshot it was not trained on and on the held-out customers "
            + "of its campaigns, oldest first, each against its validation and against the first snapshot after "
            + "training; retraining is recommended when the newest drop from either is significant (p < 0.05).")
    static final class Decay extends WorkspaceCommand {
        @Option(names = "--model", paramLabel = "ID", description = "Model id (default: the model in use of "
                + "--use-case, or of the only use case).")
        Long model;

        @Option(names = "--use-case", paramLabel = "NAME", description = "Use this use case's model in use.")
        String useCase;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        int run(Workspace workspace) {
            long id = modelOrInUse(model, useCase);
            DecayReport report = workbench().decay().over(id, TaskContext.silent());
            if (json) {
                out().println(Json.write(report));
                return 0;
            }
            out().printf(Locale.ROOT, "Model %d (%s), trained on %s. Validation: ROC AUC %.3f (95%% %.3f–%.3f), "
                            + "%s.%n", report.modelId(), report.learner(), report.trainingData(),
                    report.validation().auc(), report.validation().aucLow(), report.validation().aucHigh(),
                    report.validationSource());
            out().println(report.firstAfterTraining() == null ? "No labelled snapshot after training yet."
                    : "First snapshot after training: " + report.firstAfterTraining() + ".");
            TextTable table = new TextTable(List.of("OUTCOMES OF", "CUSTOMERS", "ROC AUC (95%)", "LIFT@10%",
                    "CALIBRATION", "VS VALIDATION", "VS FIRST", "RETRAIN"));
            for (DecayReport.Point p : report.points()) {
                table.add(List.of(p.label(), String.format(Locale.ROOT, "%,d", p.customers()),
                        String.format(Locale.ROOT, "%.3f (%.3f–%.3f)", p.realised().auc(), p.realised().aucLow(),
                                p.realised().aucHigh()),
                        String.format(Locale.ROOT, "%.2f", p.realised().liftTop10()),
                        String.format(Locale.ROOT, "%.3f", p.realised().calibrationError()),
                        drop(p.againstValidation()), drop(p.againstFirst()), p.retrainRecommended() ? "yes" : "no"));
            }
            if (!report.points().isEmpty()) {
                table.print(out());
            }
            out().println(report.finding());
            return 0;
        }

        /** "-0.024 (p < 0.001)", "+0.020": the change in ROC AUC from a baseline. */
        private static String drop(DecayReport.Drop d) {
            if (d == null) {
                return "";
            }
            return String.format(Locale.ROOT, "%+.3f", -d.drop()) + (d.drop() > 0 ? " (p "
                    + (d.pValue() < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "= %.3f", d.pValue())) + ")" : "");
        }
    }

    @Command(name = "migration", description = "Low/Medium/High transition matrix between two scorings of the same "
            + "customers (matched by customer id) by one model, and the customers newly at risk (moved up into High).")
    static final class Migration extends WorkspaceCommand {
        @Parameters(index = "0", paramLabel = "DATASET_A", description = "The earlier snapshot.")
        String before;

        @Parameters(index = "1", paramLabel = "DATASET_B", description = "The later snapshot.")
        String after;

        @Option(names = "--model", paramLabel = "ID", description = "Model id (default: the model in use of "
                + "--use-case, or of the only use case).")
        Long model;

        @Option(names = "--use-case", paramLabel = "NAME", description = "Use this use case's model in use.")
        String useCase;

        @Option(names = "--out", paramLabel = "FILE", description = "Write the customers newly at risk as a call list: "
                + "FILE.csv or FILE.xlsx (provenance and export log as every list).")
        java.nio.file.Path out;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        int run(Workspace workspace) {
            long id = modelOrInUse(model, useCase);
            DatasetInfo a = workbench().datasets().require(before);
            DatasetInfo b = workbench().datasets().require(after);
            BandMigration.Report report = workbench().migration().compare(a, b, id, TaskContext.silent());
            ExportResult written = out == null ? null : workbench().migration().exportNewlyAtRisk(report, out,
                    System.getProperty("user.name", "unknown"));
            if (json) {
                out().println(Json.write(report));
                return 0;
            }
            out().printf(Locale.ROOT, "%s → %s by model %d: %,d customers in both (matched by %s); %,d only in %s, "
                            + "%,d only in %s%n", report.before(), report.after(), report.modelId(), report.matched(),
                    report.keyColumn(), report.onlyBefore(), report.before(), report.onlyNow(), report.after());
            List<String> header = new java.util.ArrayList<>(List.of("WAS \\ NOW"));
            header.addAll(report.bands());
            TextTable table = new TextTable(header);
            for (int i = 0; i < report.bands().size(); i++) {
                List<String> row = new java.util.ArrayList<>(List.of(report.bands().get(i)));
                for (long n : report.matrix()[i]) {
                    row.add(String.format(Locale.ROOT, "%,d", n));
                }
                table.add(row);
            }
            table.print(out());
            out().printf(Locale.ROOT, "%,d customers newly at risk (moved up into %s)%s%n", report.newlyAtRisk().size(),
                    report.bands().get(0), report.newlyAtRisk().isEmpty() ? "." : ", highest first:");
            report.newlyAtRisk().stream().limit(10).forEach(m -> out().printf(Locale.ROOT, "  %s  %.3f (was %.3f, %s)%n",
                    m.customer(), m.probabilityNow(), m.probabilityBefore(), m.bandBefore()));
            if (written != null) {
                out().printf(Locale.ROOT, "Wrote %,d customers to %s; provenance in %s%n", written.rows(),
                        written.file(), written.provenanceFile().getFileName());
            }
            return 0;
        }
    }
}
