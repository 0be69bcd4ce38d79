package app.retention.store;

import app.retention.domain.ModelFigures;
import app.retention.domain.PromotionEvidence;
import app.retention.domain.ServiceAction;
import app.retention.domain.ServiceLogEntry;
import app.retention.domain.UseCaseRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The log of models in use only grows: no method, no statement and no database path changes or removes an entry. */
class ServiceLogRepositoryTest {

    @TempDir
    Path dir;

    private static ServiceLogEntry promotion(long useCase, long model, Long previous) {
        ModelFigures challenger = new ModelFigures(model, 0.71, 0.70, 0.72, 2.2, 0.015);
        ModelFigures champion = previous == null ? null : new ModelFigures(previous, 0.65, 0.64, 0.66, 2.9, 0.027);
        return new ServiceLogEntry(0, useCase, null, "analyst", ServiceAction.PROMOTE, model, previous, null, false,
                new PromotionEvidence("october@1", 19_697, 3_591, challenger, champion, 0.0004, true, "higher"));
    }

    @Test
    void entriesReadBackAsAppendedWithTheirEvidenceOldestFirst() {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            UseCaseRecord u = ws.useCases().create(new UseCaseRecord(0, "churn", null, "analyst", "churned_30d",
                    "mcommerce_2026_09@1", null));
            ServiceLogEntry first = ws.serviceLog().append(promotion(u.id(), 3, null));
            ServiceLogEntry second = ws.serviceLog().append(promotion(u.id(), 5, 3L));
            ServiceLogEntry back = ws.serviceLog().append(new ServiceLogEntry(0, u.id(), null, "analyst",
                    ServiceAction.ROLLBACK, 3, 5L, "worse on November", false, null));

            assertThat(ws.serviceLog().entries(u.id())).containsExactly(first, second, back);
            assertThat(second.evidence().champion().auc()).isEqualTo(0.65);
            assertThat(second.evidence().challenger().modelId()).isEqualTo(5);
            assertThat(first.evidence().champion()).isNull();
            assertThat(back.evidence()).isNull();
            assertThat(back.recordedAt()).isNotNull();
        }
    }

    @Test
    void theRepositoryOffersOnlyAppendAndReads() {
        List<String> methods = Arrays.stream(ServiceLogRepository.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers())).map(Method::getName).sorted().toList();
        assertThat(methods).containsExactly("append", "entries", "size");
    }

    @Test
    void noStatementInTheSourcesUpdatesOrDeletesTheLog() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            List<Path> offending = files.filter(Files::isRegularFile).filter(p -> {
                try {
                    String text = Files.readString(p).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                    return text.contains("update model_in_use_log") || text.contains("delete from model_in_use_log")
                            || text.contains("truncate table model_in_use_log")
                            || text.contains("drop table model_in_use_log");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertThat(offending).isEmpty();
        }
    }

    @Test
    void theDatabaseItselfRefusesAnUpdateOrADeleteOfAnEntry() throws SQLException {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            UseCaseRecord u = ws.useCases().create(new UseCaseRecord(0, "churn", null, "analyst", "churned_30d",
                    "mcommerce_2026_09@1", null));
            ws.serviceLog().append(promotion(u.id(), 3, null));
            try (Connection c = ws.connection(); Statement st = c.createStatement()) {
                assertThatThrownBy(() -> st.executeUpdate("UPDATE model_in_use_log SET model_id = 4"))
                        .hasMessageContaining("only grows");
                assertThatThrownBy(() -> st.executeUpdate("DELETE FROM model_in_use_log"))
                        .hasMessageContaining("only grows");
                // and a use case with a history cannot be removed from under it
                assertThatThrownBy(() -> st.executeUpdate("DELETE FROM use_case")).isInstanceOf(SQLException.class);
            }
            assertThat(ws.serviceLog().entries(u.id())).singleElement()
                    .satisfies(e -> assertThat(e.modelId()).isEqualTo(3));
        }
    }

    @Test
    void theTriggersSurviveClosingAndReopeningTheWorkspace() throws SQLException {
        Path ws1 = dir.resolve("ws");
        try (Workspace ws = Workspace.open(ws1)) {
            UseCaseRecord u = ws.useCases().create(new UseCaseRecord(0, "churn", null, "analyst", "churned_30d",
                    "mcommerce_2026_09@1", null));
            ws.serviceLog().append(promotion(u.id(), 3, null));
        }
        try (Workspace ws = Workspace.open(ws1); Connection c = ws.connection(); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.executeUpdate("DELETE FROM model_in_use_log")).hasMessageContaining("only grows");
            assertThat(ws.serviceLog().size()).isEqualTo(1);
        }
    }
}
