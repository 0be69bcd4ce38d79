package app.retention.ui.customer;

import app.retention.store.Workspace;
import app.retention.task.SynchronousTaskRunner;
import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.segments.SegmentsTestData;
import app.retention.usecase.CustomerCards;
import app.retention.usecase.InServiceException;
import app.retention.usecase.Workbench;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The customer card without a toolkit: by id always, by name or e-mail only while personal data is shown. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomerCardViewModelTest {

    @TempDir
    static Path dir;
    private Workspace workspace;
    private Workbench services;

    @BeforeAll
    void open() throws Exception {
        SegmentsTestData.sampleWithModelAt(dir.resolve("ws"));
        workspace = Workspace.open(dir.resolve("ws"));
        services = new Workbench(workspace, 2);
    }

    @AfterAll
    void close() {
        services.close();
        workspace.close();
    }

    private CustomerCardViewModel model() {
        return new CustomerCardViewModel(services.customers(), new BackgroundTasks(new SynchronousTaskRunner()));
    }

    @Test
    void anIdShowsTheCardWithEverySnapshotTheCustomerIsIn() {
        CustomerCardViewModel model = model();
        model.queryProperty().set("MC-000002");
        model.search();
        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(model.cardProperty().get().customer()).isEqualTo("MC-000002");
        assertThat(model.lines()).filteredOn(l -> l.kind() == CustomerCardViewModel.Kind.HEADING)
                .extracting(CustomerCardViewModel.Line::text)
                .anySatisfy(t -> assertThat(t).startsWith("mcommerce_2026_10@1 · churned_30d = "))
                .anySatisfy(t -> assertThat(t).isEqualTo("mcommerce_2026_11@1"));
    }

    @Test
    void aNameIsNotSearchedWhilePersonalDataIsHidden() {
        CustomerCardViewModel model = model();
        model.queryProperty().set("Rafael Pereira");
        model.search();
        assertThat(model.cardProperty().get()).isNull();
        assertThat(model.matches()).isEmpty();
        assertThat(model.messageProperty().get()).contains("No customer `Rafael Pereira`")
                .contains("tick \"Show personal data\" on the Data screen");
        assertThatThrownBy(() -> services.customers().search("Rafael", CustomerCards.SearchBy.NAME, false))
                .isInstanceOf(InServiceException.class).hasMessageContaining("reads personal data");
    }

    @Test
    void withPersonalDataShownAnEmailFindsTheOneCustomerAndANameListsSeveral() {
        CustomerCardViewModel model = model();
        model.personalDataShownProperty().set(true);
        model.queryProperty().set("rafael.pereira.2@example.com");
        model.search();
        assertThat(model.cardProperty().get().customer()).isEqualTo("MC-000002");

        model.queryProperty().set("Pereira");
        model.search();
        assertThat(model.cardProperty().get()).isNull();
        assertThat(model.matches()).hasSizeGreaterThan(1).allSatisfy(m -> assertThat(m.found()).contains("Pereira"));
        assertThat(model.messageProperty().get()).endsWith("customers found: pick one.");
        String picked = model.matches().get(0).customer();
        model.open(picked);
        assertThat(model.cardProperty().get().customer()).isEqualTo(picked);
    }
}
