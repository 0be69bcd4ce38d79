package app.retention.ui;

import app.retention.store.Workspace;
import app.retention.task.SynchronousTaskRunner;
import app.retention.ui.campaigns.CampaignRow;
import app.retention.ui.testing.ScriptedDialogs;
import app.retention.usecase.DemoCampaign;
import app.retention.usecase.Workbench;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The app's first run on an empty workspace: the sample is imported, then the demo campaign, ready to read out. */
@Tag("slow") // imports the sample, trains J48, scores November: ~40 s on a busy 2-core machine
class FirstRunDemoCampaignTest {

    @TempDir
    Path dir;

    @Test
    void theFirstRunImportsTheSampleThenShowsTheDemoCampaignOnTheCampaignsScreenReadOut() {
        try (Workspace workspace = Workspace.open(dir.resolve("ws"));
             Workbench services = new Workbench(workspace, 2)) {
            MainWindowViewModel model = new MainWindowViewModel(services, new SynchronousTaskRunner(),
                    new ScriptedDialogs());

            model.start(true);

            assertThat(model.statusBar().lastErrorProperty().get()).isEmpty();
            assertThat(model.statusBar().noticeProperty().get()).isEqualTo("Sample data imported, with a demo "
                    + "campaign: see what it saved on the Campaigns screen (Ctrl+6).");
            model.screenProperty().set(Screen.CAMPAIGNS);
            assertThat(model.campaigns().campaigns()).extracting(CampaignRow::name).containsExactly(DemoCampaign.NAME);
            assertThat(model.campaigns().readoutProperty().get()).isNotNull();
            assertThat(model.campaigns().campaigns().get(0).status()).isEqualTo("read out");
            assertThat(model.campaigns().summaryProperty().get()).isEqualTo("1 campaign, 1 read out");
        }
    }
}
