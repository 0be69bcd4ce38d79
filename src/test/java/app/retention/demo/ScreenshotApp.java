package app.retention.demo;

import app.retention.task.PooledTaskRunner;
import app.retention.ui.MainWindowViewModel;
import app.retention.ui.Screen;
import app.retention.ui.WorkbenchApp;
import app.retention.ui.common.FxDialogs;
import app.retention.ui.exports.ExportRow;
import app.retention.ui.exports.ExportsViewModel;
import app.retention.ui.models.LeaderboardRow;
import app.retention.ui.models.ModelsViewModel;
import app.retention.ui.segments.SegmentsViewModel;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The app on a workspace, its screens driven through their view models as a user would drive them, so that a
 * screenshot shows the same state every time (started by {@link ScreenshotLauncher}; docs/screenshots/README.md).
 * It lives with the tests: the app itself has no hidden switches. An empty workspace gets the sample data first, as
 * the app's first run would, before the window opens.
 *
 * <pre>
 * --workspace DIR            the workspace (default: the app's default one)
 * --screen NAME              data, explore, models, segments, exports or campaigns
 * --tab NAME|N               on the shown screen, the tab with this title (or the N-th of its first tab pane);
 *                            repeatable, e.g. --tab Drivers, --tab Gains, --tab Model, --tab 2
 * --train L1,L2 [--preset P] on Models: trains these learners when the dataset has none of them yet
 * --focus LEARNER            on Models: focuses the drawn run of this learner
 * --tune MINUTES             on Models: "Find the best model in MINUTES minutes" with the default learner (XGBoost)
 * --more-metrics             on Models: the leaderboard's More metrics
 * --open-import FILE         opens the import wizard on a file
 * --model ID [--dataset NAME] [--bands High,Medium] [--save NAME] [--export FILE|proposed]
 *                            on Segments: scores with the model, ticks bands, saves, exports the call list
 * --check-exports            on Exports: selects the newest export and checks every file
 * --scroll FRACTION         scrolls the shown screen's first scroll pane (0 top, 1 bottom), e.g. a readout's tables
 * --launch NAME              on Segments' Export tab: ticks "Launch as a campaign named" NAME, with an offer
 * --rule                     with --launch: ticks "Also call a group picked by our usual rule"
 * --rank-by CAMPAIGN         on Segments: "Who comes first on the call list" by that campaign's uplift model
 * --choose-outcomes          with --campaign: opens "From a snapshot or other columns…"
 * --campaign NAME            opens the Campaigns screen on this campaign (a fresh workspace has the sample's demo
 *                            campaign, "Demo: win back November", read out when shown)
 * --models-dataset NAME      on Models: shows this dataset's models (the demo's model is September's)
 * --fire ID                  fires the button with this fx:id once it is enabled, e.g. --fire promoteButton
 * --customer ID              opens the customer card of this customer
 * </pre>
 */
public final class ScreenshotApp extends Application {

    private WorkbenchApp app;

    @Override
    public void start(Stage stage) {
        DemoOptions options = DemoOptions.parse(getParameters().getRaw());
        app = WorkbenchApp.on(options.workspace(), new PooledTaskRunner(3, Platform::runLater), new FxDialogs());
        app.start(stage);
        drive(options, app.model(), stage.getScene());
    }

    @Override
    public void stop() {
        if (app != null) {
            app.stop();
        }
    }

    private void drive(DemoOptions options, MainWindowViewModel model, Scene scene) {
        if (options.has("check-exports")) {
            checkExportsOnceListed(model.exports());
        }
        prepareModels(options, model.models());
        options.value("screen").ifPresent(screen -> model.screenProperty()
                .set(Screen.valueOf(screen.toUpperCase(Locale.ROOT))));
        // the screen's node is in the window once the change is laid out
        Platform.runLater(() -> options.values("tab").forEach(tab -> showTab(scene, tab)));
        double scrollWait = options.value("scroll-wait").map(Double::parseDouble).orElse(8.0);
        options.value("scroll").map(Double::parseDouble).ifPresent(to -> scrollLater(scene, to, scrollWait));
        options.value("model").ifPresent(id -> prepareSegments(options, model.segments(), Long.parseLong(id)));
        options.value("campaign").ifPresent(model::openCampaign);
        options.value("launch").ifPresent(name -> {
            model.segments().export().launch().launchProperty().set(true);
            model.segments().export().launch().nameProperty().set(name);
            model.segments().export().launch().offerProperty().set("20% off the next order");
            // --rule: "Also call a group picked by our usual rule", the first rule offered
            model.segments().export().launch().withRuleProperty().set(options.has("rule"));
        });
        // --rank-by CAMPAIGN: "Who comes first on the call list" set to that campaign's uplift model once offered
        options.value("rank-by").ifPresent(campaign -> model.segments().ranking().options().addListener(
                (javafx.collections.ListChangeListener<app.retention.ui.segments.RankingChoiceViewModel.Option>) c ->
                        c.getList().stream().filter(o -> campaign.equals(o.campaign())).findFirst()
                                .ifPresent(o -> Platform.runLater(() -> model.segments().ranking().chosenProperty()
                                        .set(o)))));
        if (options.has("choose-outcomes")) {
            // once the campaign is selected: the dialog behind "From a snapshot or other columns…"
            model.campaigns().readoutProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends app.retention.campaign.CampaignReadout>
                                            obs, app.retention.campaign.CampaignReadout was,
                                    app.retention.campaign.CampaignReadout now) {
                    if (now != null) {
                        obs.removeListener(this);
                        Platform.runLater(() -> ((javafx.scene.control.Button) scene.lookup("#sourceButton")).fire());
                    }
                }
            });
        }
        options.value("open-import").ifPresent(file -> app.view().openImportWizard(Path.of(file)));
        options.value("models-dataset").ifPresent(name -> showModelsOf(model.models(), name));
        options.value("fire").ifPresent(id -> Platform.runLater(() -> fireWhenEnabled(scene, id)));
        options.value("customer").ifPresent(id -> Platform.runLater(() -> {
            app.view().customerCard().show(scene.getWindow());
            app.view().customerCard().model().open(id);
        }));
    }

    /** Chooses the dataset on Models once the datasets are listed. */
    private static void showModelsOf(ModelsViewModel models, String name) {
        Runnable choose = () -> models.datasets().stream().filter(d -> d.name().equals(name)).reduce((a, b) -> b)
                .ifPresent(d -> models.datasetProperty().set(d));
        if (!models.datasets().isEmpty()) {
            choose.run();
        }
        models.datasets().addListener(new ListChangeListener<app.retention.domain.DatasetInfo>() {
            @Override
            public void onChanged(Change<? extends app.retention.domain.DatasetInfo> change) {
                if (!models.datasets().isEmpty()) {
                    models.datasets().removeListener(this);
                    Platform.runLater(choose);
                }
            }
        });
    }

    /** Fires the button {@code #id} of the shown window once it is enabled (e.g. after a model is focused). */
    private static void fireWhenEnabled(Scene scene, String id) {
        javafx.scene.control.Button button = (javafx.scene.control.Button) scene.lookup("#" + id);
        if (button == null) {
            throw new IllegalArgumentException("No button #" + id + " on this screen");
        }
        if (!button.isDisable()) {
            Platform.runLater(button::fire);
            return;
        }
        button.disableProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                if (!now) {
                    button.disableProperty().removeListener(this);
                    Platform.runLater(button::fire);
                }
            }
        });
    }

    private static void checkExportsOnceListed(ExportsViewModel exports) {
        exports.shown().addListener(new ListChangeListener<ExportRow>() {
            @Override
            public void onChanged(Change<? extends ExportRow> change) {
                if (!exports.shown().isEmpty()) {
                    exports.shown().removeListener(this);
                    exports.selectedProperty().set(exports.shown().get(0));
                    exports.checkFiles();
                }
            }
        });
    }

    /** Training starts once the first board is shown; focusing waits until the learner's run is drawn. */
    private static void prepareModels(DemoOptions options, ModelsViewModel models) {
        if (options.has("more-metrics")) {
            models.comparison().moreMetricsProperty().set(true);
        }
        options.value("train").map(learners -> List.of(learners.split(","))).ifPresent(learners -> {
            models.form().presetProperty().set(options.value("preset").orElse("balanced"));
            models.loadingProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                    if (!now && models.datasetProperty().get() != null) {
                        models.loadingProperty().removeListener(this);
                        // the board is filled right after loading ends
                        Platform.runLater(() -> {
                            if (models.comparison().rows().stream().noneMatch(r -> learners.contains(r.learner()))) {
                                models.form().choose(learners);
                                models.train();
                            }
                        });
                    }
                }
            });
        });
        // the tuner starts once the first board is shown, with the Train panel's design
        options.value("tune").map(Integer::parseInt).ifPresent(minutes -> models.loadingProperty().addListener(
                new ChangeListener<>() {
                    @Override
                    public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                        if (!now && models.datasetProperty().get() != null) {
                            models.loadingProperty().removeListener(this);
                            models.tuning().minutesProperty().set(minutes);
                            Platform.runLater(() -> models.tuning().find());
                        }
                    }
                }));
        options.value("focus").ifPresent(learner -> models.comparison().selected().addListener(
                new ListChangeListener<LeaderboardRow>() {
                    @Override
                    public void onChanged(Change<? extends LeaderboardRow> change) {
                        // after the board has finished showing the change, which focuses a run of its own
                        Platform.runLater(() -> models.comparison().selected().stream()
                                .filter(r -> r.learner().equals(learner)).findFirst().ifPresent(row -> {
                                    models.comparison().selected().removeListener(this);
                                    models.comparison().focus(row);
                                }));
                    }
                }));
    }

    /** Scores with the model (reusing its scoring), then ticks the bands, saves and exports as asked. */
    private static void prepareSegments(DemoOptions options, SegmentsViewModel segments, long modelId) {
        List<String> bands = options.value("bands").map(b -> List.of(b.split(","))).orElse(List.of());
        Optional<String> save = options.value("save");
        segments.scoredProperty().addListener((obs, was, now) -> {
            if (now != null && !bands.isEmpty()) {
                segments.tickBands(bands);
            }
            if (now != null && save.isPresent()) {
                segments.saving().nameProperty().set(save.get());
                segments.save();
            }
        });
        options.value("export").ifPresent(file -> segments.export().segmentProperty().addListener((obs, was, now) -> {
            if (now != null) {
                if (!file.equals("proposed")) {
                    segments.export().destination().fileProperty().set(file);
                }
                segments.export().export();
            }
        }));
        segments.refresh(() -> {
            segments.chooseModel(modelId);
            options.value("dataset").ifPresent(segments.choice()::chooseDataset);
            segments.score();
        });
    }

    /** Scrolls the shown screen's first scroll pane once its content has come (a readout is computed first). */
    private static void scrollLater(Scene scene, double to, double seconds) {
        javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition(
                javafx.util.Duration.seconds(seconds));
        wait.setOnFinished(event -> {
            scene.getRoot().applyCss();
            scene.getRoot().lookupAll(".scroll-pane").stream().filter(n -> n.isVisible() && n.getScene() != null)
                    .map(javafx.scene.control.ScrollPane.class::cast).reduce((a, b) -> b)
                    .ifPresent(pane -> pane.setVvalue(to));
        });
        wait.play();
    }

    /** A tab of the shown screen by title (exact, else the first that starts with it), or by position. */
    private static void showTab(Scene scene, String wanted) {
        scene.getRoot().applyCss(); // a screen just shown has no skins yet, so its split and scroll panes no children
        List<TabPane> panes = new ArrayList<>();
        collectTabPanes(scene.getRoot(), panes);
        if (wanted.chars().allMatch(Character::isDigit) && !panes.isEmpty()) {
            panes.get(0).getSelectionModel().select(Integer.parseInt(wanted));
            return;
        }
        for (boolean exact : new boolean[] {true, false}) {
            for (TabPane pane : panes) {
                for (Tab tab : pane.getTabs()) {
                    String title = tab.getText() == null ? "" : tab.getText().toLowerCase(Locale.ROOT);
                    String w = wanted.toLowerCase(Locale.ROOT);
                    if (exact ? title.equals(w) : title.startsWith(w)) {
                        pane.getSelectionModel().select(tab);
                        return;
                    }
                }
            }
        }
        throw new IllegalArgumentException("No tab '" + wanted + "' on this screen");
    }

    /** The tab panes under {@code node}, outer ones first (the screen's own tabs before a chart's). */
    private static void collectTabPanes(Node node, List<TabPane> panes) {
        if (node instanceof TabPane pane) {
            panes.add(pane);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectTabPanes(child, panes));
        }
    }
}
