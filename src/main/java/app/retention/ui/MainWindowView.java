package app.retention.ui;

import app.retention.ui.campaigns.CampaignsView;
import app.retention.ui.overview.OverviewView;
import app.retention.ui.common.Fxml;
import app.retention.ui.common.StatusBarViewModel;
import app.retention.ui.common.StatusMessage;
import app.retention.ui.common.Styles;
import app.retention.ui.common.TaskItem;
import app.retention.ui.data.DataView;
import app.retention.ui.explore.ExploreView;
import app.retention.ui.exports.ExportsView;
import app.retention.ui.imports.ImportWizardView;
import app.retention.ui.customer.CustomerCardView;
import app.retention.ui.models.ModelsView;
import app.retention.ui.monitor.MonitorView;
import app.retention.ui.segments.SegmentsView;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/** Binds the main window: navigation, the current screen, the status bar, drag and drop and shortcuts. */
public final class MainWindowView {

    private final MainWindowViewModel model;
    private final Parent root;
    private final Map<Screen, Node> screens = new EnumMap<>(Screen.class);
    private final Map<Screen, ToggleButton> navButtons = new EnumMap<>(Screen.class);
    private ImportWizardView openWizard;
    private SegmentsView segmentsView;
    private CustomerCardView customerCard;

    @FXML private BorderPane rootPane;
    @FXML private ToggleGroup screensGroup;
    @FXML private ToggleButton overviewNav;
    @FXML private ToggleButton dataNav;
    @FXML private ToggleButton exploreNav;
    @FXML private ToggleButton modelsNav;
    @FXML private ToggleButton segmentsNav;
    @FXML private ToggleButton exportsNav;
    @FXML private ToggleButton campaignsNav;
    @FXML private ToggleButton monitorNav;
    @FXML private Label workspaceLabel;
    @FXML private StackPane content;
    @FXML private HBox taskBox;
    @FXML private Label noticeLabel;
    @FXML private HBox errorBox;
    @FXML private Button errorButton;
    @FXML private Button historyButton;

    public MainWindowView(MainWindowViewModel model) {
        this.model = model;
        this.root = Fxml.load("MainWindow", this);
        Fxml.style(root);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        // the folder's end is what tells workspaces apart: cut at the start, the whole path in the tooltip (p1); the
        // word "Workspace" stands on its own line above, so the cut never takes it
        workspaceLabel.setText(String.valueOf(model.workspacePath()));
        workspaceLabel.setWrapText(false);
        workspaceLabel.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
        workspaceLabel.setTooltip(new javafx.scene.control.Tooltip(String.valueOf(model.workspacePath())));
        screens.put(Screen.OVERVIEW, new OverviewView(model.overview()).root());
        screens.put(Screen.DATA, new DataView(model.data(), model.fixes(), this::openImportWizard, model::nextFromData).root());
        screens.put(Screen.EXPLORE, new ExploreView(model.explore(), () -> model.screenProperty().set(Screen.MODELS))
                .root());
        screens.put(Screen.MODELS, new ModelsView(model.models(), model.inService()).root());
        segmentsView = new SegmentsView(model.segments());
        screens.put(Screen.SEGMENTS, segmentsView.root());
        screens.put(Screen.EXPORTS, new ExportsView(model.exports(), this::openSegmentExport, model::openCampaign)
                .root());
        screens.put(Screen.CAMPAIGNS, new CampaignsView(model.campaigns(), model.outcomeSources()).root());
        navButtons.put(Screen.OVERVIEW, overviewNav);
        customerCard = new CustomerCardView(model.customerCard());
        screens.put(Screen.MONITOR, new MonitorView(model.monitor(), customerCard).root());
        navButtons.put(Screen.DATA, dataNav);
        navButtons.put(Screen.EXPLORE, exploreNav);
        navButtons.put(Screen.MODELS, modelsNav);
        navButtons.put(Screen.SEGMENTS, segmentsNav);
        navButtons.put(Screen.EXPORTS, exportsNav);
        navButtons.put(Screen.CAMPAIGNS, campaignsNav);
        navButtons.put(Screen.MONITOR, monitorNav);
        navButtons.forEach((screen, button) -> button.setUserData(screen));
        showSteps();
        screensGroup.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                // a navigation button cannot be switched off: keep the current screen selected
                screensGroup.selectToggle(was);
            } else {
                model.screenProperty().set((Screen) now.getUserData());
            }
        });
        model.screenProperty().addListener((obs, was, now) -> show(now));
        show(model.screenProperty().get());
        bindStatusBar(model.statusBar());
        rootPane.setOnDragOver(this::dragOver);
        rootPane.setOnDragExited(event -> rootPane.getStyleClass().remove(Styles.DROP_TARGET));
        rootPane.setOnDragDropped(this::dropped);
    }

    private void show(Screen screen) {
        Toggle toggle = navButtons.get(screen);
        if (screensGroup.getSelectedToggle() != toggle) {
            screensGroup.selectToggle(toggle);
        }
        content.getChildren().setAll(screens.get(screen));
    }

    private void bindStatusBar(StatusBarViewModel status) {
        status.tasks().addListener((ListChangeListener<TaskItem>) change -> showTasks(status));
        noticeLabel.textProperty().bind(status.noticeProperty());
        errorBox.visibleProperty().bind(status.hasErrorProperty());
        errorBox.managedProperty().bind(errorBox.visibleProperty());
        errorButton.textProperty().bind(Bindings.createStringBinding(() -> "⚠ " + status.lastErrorSummary(),
                status.lastErrorProperty()));
        // the notice stays beside an error: a later success is never hidden behind an older failure
        historyButton.textProperty().bind(Bindings.createStringBinding(() -> status.history().isEmpty() ? "Messages"
                : "Messages (" + status.history().size() + ")", status.history()));
        historyButton.disableProperty().bind(Bindings.isEmpty(status.history()));
    }

    /** The recent notices and errors, newest first, in a list above the status bar. */
    @FXML
    private void showHistory() {
        ListView<StatusMessage> list = new ListView<>(model.statusBar().history());
        list.getStyleClass().add(Styles.STATUS_HISTORY_LIST);
        list.setPrefSize(640, 300);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(StatusMessage item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove(Styles.ERROR_TEXT);
                setText(empty || item == null ? null : item.toString());
                setWrapText(true);
                setPrefWidth(0);
                if (!empty && item != null && item.error()) {
                    getStyleClass().add(Styles.ERROR_TEXT);
                }
            }
        });
        CustomMenuItem holder = new CustomMenuItem(list, false);
        ContextMenu menu = new ContextMenu(holder);
        menu.show(historyButton, Side.TOP, 0, 0);
    }

    private void showTasks(StatusBarViewModel status) {
        taskBox.getChildren().clear();
        for (TaskItem item : status.tasks()) {
            Label title = new Label(item.title());
            title.setMinWidth(Region.USE_PREF_SIZE);
            ProgressBar bar = new ProgressBar();
            bar.setMinWidth(Region.USE_PREF_SIZE);
            bar.progressProperty().bind(item.progressProperty());
            Label message = new Label();
            message.textProperty().bind(item.messageProperty());
            message.getStyleClass().add(Styles.MUTED);
            message.setMaxWidth(320);
            Button cancel = new Button("Cancel");
            cancel.setMinWidth(Region.USE_PREF_SIZE);
            cancel.setOnAction(event -> status.cancel(item));
            HBox box = new HBox(title, bar, message, cancel);
            box.getStyleClass().add(Styles.TASK_ITEM);
            taskBox.getChildren().add(box);
        }
    }

    @FXML
    private void showError() {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(root.getScene().getWindow());
        alert.setTitle("Retention Workbench");
        // the header says what is wrong; the text below has the whole message with the place it concerns
        alert.setHeaderText(model.statusBar().lastErrorSummary());
        TextArea text = new TextArea(model.statusBar().lastErrorProperty().get());
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(8);
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }

    @FXML
    private void dismissError() {
        model.statusBar().dismissError();
    }

    /** The Segments screen's view (for tests, which show its tabs). */
    public SegmentsView segmentsView() {
        return segmentsView;
    }

    /** The customer card window (made with the screens, shown on demand). */
    public CustomerCardView customerCard() {
        return customerCard;
    }

    /** "New export…": the Segments screen's Export tab, where exports are made from a saved segment. */
    private void openSegmentExport() {
        model.screenProperty().set(Screen.SEGMENTS);
        segmentsView.showTab(SegmentsView.EXPORT_TAB);
    }

    /**
     * Where each screen sits in the loop, under its name in the navigation (finding M12): import, check, train,
     * score and segment, export.
     */
    private void showSteps() {
        Map<Screen, String> steps = Map.of(Screen.OVERVIEW, "0 · The loop at a glance", Screen.DATA,
                "1 · Import your data", Screen.EXPLORE,
                "2 · Check who churns", Screen.MODELS, "3 · Train and compare", Screen.SEGMENTS,
                "4 · Score, pick customers", Screen.EXPORTS, "5 · Export lists, briefs", Screen.CAMPAIGNS,
                "6 · See what it saved", Screen.MONITOR, "7 · Watch the model in use");
        navButtons.forEach((screen, button) -> {
            Label step = new Label(steps.get(screen));
            step.getStyleClass().add("nav-step");
            button.setGraphic(step);
            button.setContentDisplay(javafx.scene.control.ContentDisplay.BOTTOM);
        });
    }

    /**
     * Ctrl+I (Cmd+I on a Mac) opens the import wizard; Ctrl+0 the overview, Ctrl+1 to Ctrl+7 the screens in their
     * order.
     */
    public void installShortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN),
                this::openImportWizard);
        KeyCode[] digits = {KeyCode.DIGIT0, KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
            KeyCode.DIGIT6, KeyCode.DIGIT7};
        for (Screen screen : Screen.values()) {
            KeyCodeCombination keys = new KeyCodeCombination(digits[screen.ordinal()], KeyCombination.SHORTCUT_DOWN);
            scene.getAccelerators().put(keys, () -> model.screenProperty().set(screen));
            ToggleButton button = navButtons.get(screen);
            button.setTooltip(new javafx.scene.control.Tooltip(button.getText() + " (" + keys.getDisplayText() + ")"));
        }
    }

    public void openImportWizard() {
        openImportWizard(null);
    }

    /** Opens the wizard (or brings the open one forward), reading {@code file} when given. */
    public ImportWizardView openImportWizard(Path file) {
        if (openWizard == null || !openWizard.isShowing()) {
            openWizard = new ImportWizardView(model.newImportWizard(), root.getScene().getWindow(), model::imported);
            openWizard.show();
        } else {
            openWizard.toFront();
        }
        if (file != null) {
            openWizard.model().analyze(file);
        } else if (openWizard.model().fileProperty().get() == null) {
            openWizard.model().chooseFile();
        }
        return openWizard;
    }

    private void dragOver(DragEvent event) {
        if (event.getDragboard().hasFiles() && event.getDragboard().getFiles().size() == 1) {
            event.acceptTransferModes(TransferMode.COPY);
            if (!rootPane.getStyleClass().contains(Styles.DROP_TARGET)) {
                rootPane.getStyleClass().add(Styles.DROP_TARGET);
            }
        }
        event.consume();
    }

    private void dropped(DragEvent event) {
        boolean done = false;
        if (event.getDragboard().hasFiles() && !event.getDragboard().getFiles().isEmpty()) {
            File file = event.getDragboard().getFiles().get(0);
            // open the wizard after the drop returns, so the drag source is not kept waiting
            javafx.application.Platform.runLater(() -> openImportWizard(file.toPath()));
            done = true;
        }
        event.setDropCompleted(done);
        event.consume();
    }
}
