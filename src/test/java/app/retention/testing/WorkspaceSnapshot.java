package app.retention.testing;

import app.retention.domain.DatasetInfo;
import app.retention.store.TableDump;
import app.retention.store.Workspace;

import java.util.List;

/**
 * What a user could observe of a workspace: its datasets, the tables holding their rows, and a dump of every
 * table (schema and rows; see {@link TableDump}), so that "nothing changed" means byte for byte.
 */
public record WorkspaceSnapshot(List<DatasetInfo> datasets, List<String> tables, String dump) {

    public static WorkspaceSnapshot of(Workspace workspace) {
        return new WorkspaceSnapshot(workspace.datasets().list(), workspace.datasets().dataTables(),
                TableDump.of(workspace));
    }
}
