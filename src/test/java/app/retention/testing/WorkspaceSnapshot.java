package app.retention.testing;

import app.retention.domain.DatasetInfo;
import app.retention.store.Workspace;

import java.util.List;

/** What a user could observe of a workspace: its datasets and the tables holding their rows. */
public record WorkspaceSnapshot(List<DatasetInfo> datasets, List<String> tables) {

    public static WorkspaceSnapshot of(Workspace workspace) {
        return new WorkspaceSnapshot(workspace.datasets().list(), workspace.datasets().dataTables());
    }
}
