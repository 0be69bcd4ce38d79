package app.retention.ui.data;

import app.retention.store.ColumnInfo;
import app.retention.store.DatasetInfo;
import app.retention.store.RejectedRow;
import app.retention.store.StoredRow;

import java.util.List;

/** What the Data screen shows for one selected dataset, read in one background task. */
record DatasetDetail(DatasetInfo dataset, List<ColumnInfo> columns, List<StoredRow> firstPage,
                     List<RejectedRow> rejected) {
}
