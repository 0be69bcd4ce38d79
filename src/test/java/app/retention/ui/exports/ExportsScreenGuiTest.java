package app.retention.ui.exports;

import app.retention.cli.WorkbenchCli;
import app.retention.export.ExportLog.FileState;
import app.retention.task.PooledTaskRunner;
import app.retention.ui.WorkbenchApp;
import app.retention.ui.segments.SegmentsTestData;
import app.retention.ui.testing.ScriptedDialogs;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An auditor opens the Exports screen after a call list (with personal data) and a brief were exported: sees both,
 * who and what, the call list's provenance, and that the call list was edited after the export.
 */
@Tag("slow") // builds a workspace through the CLI (train, score, export): ~50 s
class ExportsScreenGuiTest {

    @TempDir
    Path dir;
    private Application app;
    private final FxRobot robot = new FxRobot();
    private Path calls;

    @BeforeEach
    void start() throws Exception {
        Path ws = dir.resolve("ws");
        long model = SegmentsTestData.sampleWithModelAt(ws);
        calls = dir.resolve("calls.csv");
        cli(ws, "score", "mcommerce_2026_10", "--model", Long.toString(model));
        cli(ws, "segment", "create", "high risk", "--dataset", "mcommerce_2026_10", "--model", Long.toString(model),
                "--where", "risk_band = High");
        cli(ws, "export", "calllist", "high risk", "--capacity", "25", "--out", calls.toString(), "--include-pii");
        cli(ws, "export", "brief", "high risk", "--out", dir.resolve("brief.html").toString());
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> WorkbenchApp.on(ws, new PooledTaskRunner(2, Platform::runLater),
                new ScriptedDialogs()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void cli(Path ws, String... args) {
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--workspace";
        all[1] = ws.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = WorkbenchCli.run(all, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void theLogShowsBothExportsTheirProvenanceAndACallListEditedSince() throws Exception {
        robot.clickOn("Exports");
        @SuppressWarnings("unchecked")
        TableView<ExportRow> table = robot.lookup(".export-log").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        assertThat(robot.lookup(".screen-header .muted").queryAs(Label.class).getText())
                .isEqualTo("2 exports, 1 with personal data included");

        robot.clickOn("calls.csv");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts()).contains("Call list of segment high risk", "mcommerce_2026_10, version 1", "25")
                .anyMatch(t -> t.startsWith("Included: ") && t.contains("email"))
                .anyMatch(t -> t.startsWith("#") && t.contains("j48") && t.contains("ROC AUC"));

        robot.clickOn("Check files");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().stream()
                .allMatch(r -> r.stateProperty().get() == FileState.UNCHANGED));

        Files.writeString(calls, "one more row\n", StandardOpenOption.APPEND);
        robot.clickOn("Check files");
        ExportRow callRow = table.getItems().stream().filter(r -> r.fileName().equals("calls.csv")).findFirst()
                .orElseThrow();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> callRow.stateProperty().get() == FileState.CHANGED);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Labeled changed = robot.lookup(".file-changed").queryAs(javafx.scene.control.Labeled.class);
        assertThat(changed.getText()).isEqualTo("≠ Changed");
        assertThat(changed.getTextFill()).isEqualTo(javafx.scene.paint.Color.web("#b42318"));
        assertThat(texts()).anyMatch(t -> t.startsWith("The file was changed after the export"));

        robot.clickOn("Only exports with personal data included");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(ExportRow::fileName).containsExactly("calls.csv");
        robot.clickOn("Only exports with personal data included");
        robot.clickOn("#searchField").write("brief");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(ExportRow::fileName).containsExactly("brief.html");

        robot.clickOn("New export…");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".screen-title").queryAs(Label.class).getText()).isEqualTo("Segments");
    }

    private java.util.List<String> texts() {
        return robot.lookup(".export-detail .label").queryAllAs(Label.class).stream().map(Label::getText)
                .filter(t -> t != null).toList();
    }
}
