package app.retention.export;

import app.retention.domain.ExportKind;
import app.retention.cli.WorkbenchCli;
import app.retention.segment.CampaignEconomics;
import app.retention.segment.Segment;
import app.retention.store.Workspace;
import app.retention.task.TaskContext;
import app.retention.ui.segments.SegmentsTestData;
import app.retention.usecase.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** No list leaves the workspace unrecorded: an export the log cannot record is taken back. */
class SegmentExportsLogTest {

    @TempDir
    Path dir;

    @Test
    void anExportTheLogCannotRecordIsRemovedAndSaysSo() throws Exception {
        Path ws = dir.resolve("ws");
        long model = SegmentsTestData.sampleWithModelAt(ws);
        StringWriter err = new StringWriter();
        for (String[] args : new String[][] {
                {"score", "mcommerce_2026_10", "--model", Long.toString(model)},
                {"segment", "create", "high", "--dataset", "mcommerce_2026_10", "--model", Long.toString(model),
                        "--where", "risk_band = High"}}) {
            String[] all = new String[args.length + 2];
            all[0] = "--workspace";
            all[1] = ws.toString();
            System.arraycopy(args, 0, all, 2, args.length);
            assertThat(WorkbenchCli.run(all, new PrintWriter(new StringWriter()), new PrintWriter(err)))
                    .as(err.toString()).isZero();
        }
        Path out = dir.resolve("calls.csv");
        try (Workspace workspace = Workspace.open(ws); Workbench services = new Workbench(workspace, 1)) {
            Segment segment = services.segments().load("high", TaskContext.silent());
            // a second connection to the same embedded database, as a damaged or foreign change would come
            try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + ws.resolve("workspace")
                    + ";DB_CLOSE_ON_EXIT=FALSE", "sa", ""); Statement st = c.createStatement()) {
                st.execute("ALTER TABLE export_log RENAME TO export_log_gone"); // the log cannot be written
            }
            SegmentExports exports = new SegmentExports(workspace, "test");
            assertThatThrownBy(() -> exports.list(segment, ExportKind.CALL_LIST,
                    new CampaignEconomics(5, 20, 0.3, 0.25), 20, out, null, true, "ana"))
                    .isInstanceOf(ExportException.class)
                    .hasMessageStartingWith("Nothing was exported: the workspace's export log could not record the "
                            + "call list of high, so calls.csv was not written.");
        }
        assertThat(out).doesNotExist();
        assertThat(dir.resolve("calls.csv.provenance.json")).doesNotExist();
        assertThat(dir).isDirectoryNotContaining("glob:**/*.part");
    }
}
