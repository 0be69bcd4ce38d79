package app.retention.export;

import app.retention.domain.ExportKind;
import app.retention.domain.ExportLogEntry;
import app.retention.export.ExportLog.Field;
import app.retention.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An export's provenance is written and read back by one record, and entries logged before it still read. */
class ExportProvenanceTest {

    /** A call list's sidecar, byte for byte as the hand-built JSON writer of November 2026 logged it. */
    private static final String LOGGED_BEFORE_THE_RECORD = """
            {
              "file" : "calls.csv",
              "format" : "csv",
              "title" : "Call list",
              "sha256" : "11a3eb1239ee166adfc0072cc851c4f8b2d63b8e89c5fbf7dfe5a156623a55c0",
              "createdAt" : "2026-11-20T10:15:30Z",
              "createdBy" : "ana",
              "appVersion" : "0.9.0",
              "rows" : 1,
              "columns" : [ "customer_id", "email" ],
              "personalDataIncluded" : true,
              "personalDataColumns" : [ "email" ],
              "dataset" : {
                "name" : "october",
                "version" : 1,
                "sha256" : "abababababababababababababababababababababababababababababababab"
              },
              "model" : {
                "id" : "7",
                "learner" : "j48",
                "rocAuc" : 0.8125,
                "validation" : "3-fold stratified cross-validation, seed 1",
                "metrics" : {
                  "rocAuc" : 0.8125
                }
              },
              "riskBands" : [ {
                "name" : "High",
                "lowerProbability" : 0.6,
                "upperProbability" : 1.0,
                "description" : "High = churn probability 0.60 or more (not checked against validation data)"
              }, {
                "name" : "Medium",
                "lowerProbability" : 0.3,
                "upperProbability" : 0.6,
                "description" : "Medium = churn probability 0.30 to under 0.60 (not checked against validation data)"
              }, {
                "name" : "Low",
                "lowerProbability" : 0.0,
                "upperProbability" : 0.3,
                "description" : "Low = churn probability under 0.30 (not checked against validation data)"
              } ],
              "segment" : {
                "name" : "high risk",
                "filters" : [ "risk band is High" ]
              },
              "capacity" : 50,
              "economics" : {
                "contactCost" : 5.0,
                "offerCost" : 20.0,
                "acceptanceRate" : 0.07,
                "saveRate" : 0.29
              }
            }""";

    @TempDir
    Path dir;

    @Test
    void anEntryLoggedBeforeTheRecordIsDescribedAsItWasThen() {
        try (Workspace workspace = Workspace.open(dir.resolve("ws"))) {
            workspace.exportLog().add(new ExportLogEntry(0, null, "ana", ExportKind.CALL_LIST, "high risk",
                    "/x/calls.csv", "csv", 1, true, List.of("email"), "ab".repeat(32), LOGGED_BEFORE_THE_RECORD));
            ExportLogEntry stored = new ExportLog(workspace).entries().get(0);

            assertThat(ExportLog.describe(stored)).containsSubsequence(
                    new Field("Dataset", "october, version 1"),
                    new Field("Dataset SHA-256", "ab".repeat(32)),
                    new Field("Model", "#7 j48, ROC AUC 0.813 (3-fold stratified cross-validation, seed 1)"),
                    new Field("Risk band High", "High = churn probability 0.60 or more (not checked against "
                            + "validation data)"),
                    new Field("Risk band Medium", "Medium = churn probability 0.30 to under 0.60 (not checked "
                            + "against validation data)"),
                    new Field("Risk band Low", "Low = churn probability under 0.30 (not checked against validation "
                            + "data)"),
                    new Field("Filters", "risk band is High"),
                    new Field("Capacity", "50 contacts"),
                    new Field("Economics", "contact 5, offer 20, 7% accept the offer, 29% of those kept"),
                    new Field("Columns", "customer_id, email"),
                    new Field("App version", "0.9.0"));
        }
    }

    @Test
    void anEntryLoggedBeforeTheRecordReadsBackFieldByField() {
        ExportProvenance read = ExportProvenance.read(LOGGED_BEFORE_THE_RECORD);

        assertThat(read.sha256()).isEqualTo("11a3eb1239ee166adfc0072cc851c4f8b2d63b8e89c5fbf7dfe5a156623a55c0");
        assertThat(read.createdAt()).isEqualTo("2026-11-20T10:15:30Z");
        assertThat(read.personalDataIncluded()).isTrue();
        assertThat(read.source().model().metrics()).containsEntry("rocAuc", 0.8125);
        assertThat(read.source().riskBands().get(1))
                .isEqualTo(new Provenance.Band("Medium", 0.3, 0.6, "Medium = churn probability 0.30 to under 0.60 "
                        + "(not checked against validation data)"));
        assertThat(read.source().segment()).isEqualTo(new Provenance.SegmentRef("high risk",
                List.of("risk band is High")));
        assertThat(read.source().economics().saveRate()).isEqualTo(0.29);
    }

    @Test
    void aWrittenSidecarReadsBackAsTheSameRecord() throws Exception {
        Path file = dir.resolve("people.csv");
        ExportTable table = new ExportTable("People", List.of(ExportColumn.text("customer_id"),
                ExportColumn.personal("email")), List.of(List.of("C-1", "ana@example.com")));

        TableExport.writeCsv(table, file, new ExportOptions(true, "ana", ExportFixtures.WHEN),
                ExportFixtures.PROVENANCE.withCapacity(100));
        ExportProvenance read = ExportProvenance.read(Files.readString(TableExport.provenancePath(file)));

        assertThat(read.source()).isEqualTo(ExportFixtures.PROVENANCE.withCapacity(100));
        assertThat(read.toJson()).isEqualTo(Files.readString(TableExport.provenancePath(file)));
    }

    @Test
    void aModelWithoutAucReadsBackAsNotANumber() {
        ExportProvenance read = ExportProvenance.read(LOGGED_BEFORE_THE_RECORD.replace("\"rocAuc\" : 0.8125,",
                "\"rocAuc\" : \"NaN\","));

        assertThat(read.source().model().rocAuc()).isNaN();
    }

    @Test
    void textThatIsNoProvenanceSaysSo() {
        assertThatThrownBy(() -> ExportProvenance.read("not json"))
                .isInstanceOf(ExportException.class)
                .hasMessageStartingWith("The export's provenance cannot be read: Unrecognized token 'not'");
    }
}
