package app.retention;

import app.retention.cli.WorkbenchCli;
import app.retention.data.SampleData;
import app.retention.domain.ScoreRunRecord;
import app.retention.domain.StoredScore;
import app.retention.segment.Segment;
import app.retention.store.Workspace;
import app.retention.task.SynchronousTaskRunner;
import app.retention.task.TaskContext;
import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.segments.SegmentsTestData;
import app.retention.ui.segments.SegmentsViewModel;
import app.retention.ui.testing.ScriptedDialogs;
import app.retention.usecase.Workbench;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's promise, "the numbers on screen are the ones `segment create` would save": the same sample and
 * model in two workspaces, one driven through the CLI and one through the Segments screen's view model, give the
 * same scores, bands, segment and call list, value for value.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliAndScreenParityTest {

    private static final String SEGMENT = "high risk";
    private static final int CAPACITY = 200;

    @TempDir
    static Path dir;
    private long modelId;
    private final List<Throwable> reported = new ArrayList<>();

    @BeforeAll
    void bothPaths() throws Exception {
        modelId = SegmentsTestData.sampleWithModelAt(dir.resolve("cli"));
        SegmentsTestData.sampleWithModelAt(dir.resolve("gui"));
        cli("segment", "create", SEGMENT, "--dataset", SampleData.CURRENT, "--model", Long.toString(modelId),
                "--where", "risk_band = High");
        cli("export", "calllist", SEGMENT, "--capacity", Integer.toString(CAPACITY), "--out",
                dir.resolve("cli.csv").toString());

        try (Workspace workspace = Workspace.open(dir.resolve("gui")); Workbench services = new Workbench(workspace, 2)) {
            SegmentsViewModel screen = new SegmentsViewModel(services,
                    new BackgroundTasks(new SynchronousTaskRunner()), reported::add, new ScriptedDialogs());
            screen.refresh();
            screen.chooseModel(modelId);
            screen.score();
            screen.tickBands(List.of("High"));
            screen.saving().nameProperty().set(SEGMENT);
            screen.save();
            screen.campaign().capacityProperty().set(CAPACITY);
            screen.export().destination().fileProperty().set(dir.resolve("gui.csv").toString());
            screen.export().export();
        }
        assertThat(reported).isEmpty();
    }

    private void cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--workspace", dir.resolve("cli").toString()));
        all.addAll(List.of(args));
        int code = WorkbenchCli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
    }

    private static Segment segment(String workspace) {
        try (Workspace ws = Workspace.open(dir.resolve(workspace)); Workbench services = new Workbench(ws, 1)) {
            return services.segments().load(SEGMENT, TaskContext.silent());
        }
    }

    private static List<StoredScore> scores(String workspace) {
        try (Workspace ws = Workspace.open(dir.resolve(workspace))) {
            ScoreRunRecord run = ws.scores().runs().get(0);
            assertThat(run.datasetName()).isEqualTo(SampleData.CURRENT);
            return ws.scores().scores(run.id());
        }
    }

    @Test
    void theCliAndTheScreenScoreEveryCustomerAlike() {
        List<StoredScore> cli = scores("cli");
        List<StoredScore> gui = scores("gui");

        assertThat(cli).hasSize(19_413);
        assertThat(gui).isEqualTo(cli);
    }

    @Test
    void theCliAndTheScreenCutTheSameBandsAndSaveTheSameSegment() {
        Segment cli = segment("cli");
        Segment gui = segment("gui");

        assertThat(gui.bands()).isEqualTo(cli.bands());
        assertThat(gui.definition().describeFilters()).isEqualTo(cli.definition().describeFilters());
        assertThat(gui.customers()).isNotEmpty().isEqualTo(cli.customers());
        assertThat(gui.control().controlKeys()).isEqualTo(cli.control().controlKeys());
        assertThat(gui.value()).isEqualTo(cli.value()).isEqualTo(SampleData.VALUE);
    }

    @Test
    void theCliAndTheScreenWriteTheSameCallListRows() throws Exception {
        List<String> cli = dataRows(dir.resolve("cli.csv"));
        List<String> gui = dataRows(dir.resolve("gui.csv"));

        assertThat(cli).hasSize(CAPACITY + 1); // the header and the capacity's rows
        assertThat(gui).isEqualTo(cli);
    }

    /** The header and customer rows, without the provenance comments (which carry the time of export). */
    private static List<String> dataRows(Path file) throws Exception {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }
}
