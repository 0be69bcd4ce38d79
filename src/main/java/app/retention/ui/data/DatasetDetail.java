package app.retention.ui.data;

import app.retention.domain.ColumnInfo;
import app.retention.domain.DatasetInfo;
import app.retention.domain.RejectedRow;
import app.retention.domain.StoredRow;

import java.util.List;

/** What the Data screen shows for one selected dataset, read in one background task. */
record DatasetDetail(DatasetInfo dataset, List<ColumnInfo> columns, List<StoredRow> firstPage,
                     List<RejectedRow> rejected) {
}
