package app.retention.segment;

import app.retention.domain.ColumnInfo;
import app.retention.domain.ColumnRole;
import app.retention.domain.ColumnType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The column a call list is keyed by (finding M16): the customer's id, not the file's row number. */
class CustomerKeyTest {

    private static List<ColumnInfo> columns(Object... nameAndRole) {
        List<ColumnInfo> columns = new ArrayList<>();
        for (int i = 0; i < nameAndRole.length; i += 2) {
            columns.add(new ColumnInfo(i / 2, (String) nameAndRole[i], "C" + i, ColumnType.INTEGER,
                    (ColumnRole) nameAndRole[i + 1], 0, 100, null, null, null));
        }
        return columns;
    }

    @Test
    void theBankFilesCustomerIdWinsOverItsRowNumber() {
        assertThat(SegmentService.keyIndex(columns("RowNumber", ColumnRole.ID, "CustomerId", ColumnRole.ID,
                "Surname", ColumnRole.PII, "Age", ColumnRole.FEATURE))).isEqualTo(1);
    }

    @Test
    void anyOtherIdentifierWinsOverARowNumberAndTheFirstOfEqualsIsKept() {
        assertThat(SegmentService.keyIndex(columns("index", ColumnRole.ID, "order_code", ColumnRole.ID,
                "ticket_id", ColumnRole.ID))).isEqualTo(1);
        assertThat(SegmentService.keyIndex(columns("row_number", ColumnRole.ID, "Age", ColumnRole.FEATURE)))
                .isZero();
    }

    @Test
    void withoutAnIdentifierThereIsNoKey() {
        assertThat(SegmentService.keyIndex(columns("Age", ColumnRole.FEATURE, "churn", ColumnRole.TARGET)))
                .isEqualTo(-1);
    }
}
