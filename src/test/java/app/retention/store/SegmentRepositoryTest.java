package app.retention.store;

import app.retention.domain.CustomerValue;
import app.retention.domain.ExportKind;
import app.retention.domain.ExportLogEntry;
import app.retention.domain.ScoreRunRecord;
import app.retention.domain.SegmentRecord;
import app.retention.domain.StoredScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Segments, their control groups and the export log, stored in a real H2 workspace and read back. */
class SegmentRepositoryTest {

    @TempDir
    Path dir;

    private static long scoring(Workspace ws) {
        return ws.scores().save(new ScoreRunRecord(0, null, "customers", 1, "a".repeat(64), 7, "j48", 0.8,
                "10-fold cross-validation", 0, 12), List.of(new StoredScore(1, 0.9, List.of())));
    }

    private static SegmentRecord segment(String name, long scoreRun, List<String> control) {
        return new SegmentRecord(0, null, name, scoreRun, "{\"filters\":[]}", "{\"bands\":[]}", "{}", 0.2, 1,
                CustomerValue.monthly("clv_brl", "BRL", 24), control, 100);
    }

    @Test
    void aSegmentReadsBackWithItsControlGroupSorted() {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            long id = ws.segments().save(segment("High risk", scoring(ws), List.of("c-9", "c-1", "c-5")));

            SegmentRecord read = ws.segments().find("High risk").orElseThrow();

            assertThat(read.id()).isEqualTo(id);
            assertThat(read.createdAt()).isNotNull();
            assertThat(read.customers()).isEqualTo(100);
            assertThat(read.controlKeys()).containsExactly("c-1", "c-5", "c-9");
            assertThat(read.controlShare()).isEqualTo(0.2);
            assertThat(read.value()).isEqualTo(CustomerValue.monthly("clv_brl", "BRL", 24));
            assertThat(read.definition()).isEqualTo("{\"filters\":[]}");
        }
    }

    @Test
    void existsAnswersForTheExactNameOnly() {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            ws.segments().save(segment("High risk", scoring(ws), List.of()));

            assertThat(ws.segments().exists("High risk")).isTrue();
            assertThat(ws.segments().exists("high risk")).isFalse();
            assertThat(ws.segments().exists("Medium risk")).isFalse();
        }
    }

    @Test
    void aTakenNameIsRefusedAndTheFirstSegmentStaysAsItWas() {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            long run = scoring(ws);
            ws.segments().save(segment("High risk", run, List.of("c-1")));

            assertThatThrownBy(() -> ws.segments().save(segment("High risk", run, List.of("c-2", "c-3"))))
                    .isInstanceOf(StoreException.class).hasMessageContaining("exists already");
            assertThat(ws.segments().find("High risk").orElseThrow().controlKeys()).containsExactly("c-1");
        }
    }

    @Test
    void segmentsAreListedNewestFirstAndADeleteTakesItsControlGroup() {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            long run = scoring(ws);
            ws.segments().save(segment("First", run, List.of("c-1")));
            ws.segments().save(segment("Second", run, List.of("c-2")));

            assertThat(ws.segments().list()).extracting(SegmentRecord::name).containsExactly("Second", "First");

            ws.segments().delete("Second");
            assertThat(ws.segments().list()).extracting(SegmentRecord::name).containsExactly("First");
            assertThat(ws.segments().exists("Second")).isFalse();
        }
    }

    @Test
    void theExportLogKeepsEveryFieldNewestFirst() {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            ws.exportLog().add(new ExportLogEntry(0, null, "ana", ExportKind.CALL_LIST, "High risk", "/tmp/a.csv",
                    "csv", 120, false, List.of(), "b".repeat(64), "{\"model\":7}"));
            ws.exportLog().add(new ExportLogEntry(0, null, "ana", ExportKind.CAMPAIGN_BRIEF, "High risk",
                    "/tmp/b.pdf", "pdf", 0, true, List.of("email", "phone"), "c".repeat(64), "{\"model\":7}"));

            List<ExportLogEntry> log = ws.exportLog().entries();

            assertThat(log).extracting(ExportLogEntry::kind)
                    .containsExactly(ExportKind.CAMPAIGN_BRIEF, ExportKind.CALL_LIST);
            ExportLogEntry brief = log.get(0);
            assertThat(brief.personalDataIncluded()).isTrue();
            assertThat(brief.personalDataColumns()).containsExactly("email", "phone");
            assertThat(brief.sha256()).isEqualTo("c".repeat(64));
            assertThat(brief.createdAt()).isNotNull();
            assertThat(log.get(1).rows()).isEqualTo(120);
        }
    }
}
