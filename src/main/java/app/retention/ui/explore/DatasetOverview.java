package app.retention.ui.explore;

import app.retention.domain.ColumnInfo;
import app.retention.domain.DatasetInfo;
import app.retention.explore.DataWarning;
import app.retention.explore.DatasetProfile;
import app.retention.explore.Driver;

import java.util.List;
import java.util.Optional;

/**
 * What the Explore screen shows of one dataset version, read in one background task.
 *
 * @param driversProblem why there are no drivers (no churn target), or null
 */
record DatasetOverview(DatasetInfo dataset, List<ColumnInfo> columns, DatasetProfile profile, List<Driver> drivers,
                       String driversProblem, List<DataWarning> warnings) {

    boolean hasTarget() {
        return profile.target() != null && driversProblem == null;
    }

    Optional<Driver> driverOf(String column) {
        return drivers.stream().filter(d -> d.column().equals(column)).findFirst();
    }
}
