package app.retention.store;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** What a database failure says to a user: never H2's SQL text or error codes. */
class StoreMessagesTest {

    @Test
    void theSqlStatementAndH2sErrorCodeAreLeftOut() {
        SQLException e = new SQLException("Value too long for column \"NAME CHARACTER VARYING(400)\"; SQL statement:\n"
                + "INSERT INTO dataset_column (name) VALUES (?) [22001-224]", "22001", 22001);

        assertThat(Jdbc.failure("start importing x", e).getMessage())
                .isEqualTo("Could not start importing x: Value too long for column \"NAME CHARACTER VARYING(400)\"");
    }

    @Test
    void aWriteToAReadOnlyDatabaseSaysTheWorkspaceFileIsReadOnly() {
        SQLException e = new SQLException("The database is read only [90097-224]", "90097", 90097);

        assertThat(Jdbc.failure("save segment x", e).getMessage())
                .startsWith("Could not save segment x: the workspace file is read-only").doesNotContain("90097");
    }
}
