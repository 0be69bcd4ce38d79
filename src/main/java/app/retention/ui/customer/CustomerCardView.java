package app.retention.ui.customer;

import app.retention.ui.common.Fxml;
import app.retention.usecase.CustomerCards;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The customer card window: the search, the customers found, and the card in lines (one window, reused). */
public final class CustomerCardView {

    static final String HEADING = "customer-card-heading";
    static final String FACT = "customer-card-fact";
    static final String DETAIL = "customer-card-detail";

    private final CustomerCardViewModel model;
    private final Parent root;
    private Stage stage;

    @FXML private TextField queryField;
    @FXML private Button findButton;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label hintLabel;
    @FXML private Label messageLabel;
    @FXML private ListView<CustomerCards.Match> matchList;
    @FXML private Label titleLabel;
    @FXML private VBox linesBox;

    public CustomerCardView(CustomerCardViewModel model) {
        this.model = model;
        this.root = Fxml.load("CustomerCard", this);
        Fxml.style(root);
    }

    public Parent root() {
        return root;
    }

    public CustomerCardViewModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        queryField.textProperty().bindBidirectional(model.queryProperty());
        queryField.setPromptText(model.hint());
        hintLabel.setText(model.hint());
        model.personalDataShownProperty().addListener((obs, was, now) -> {
            queryField.setPromptText(model.hint());
            hintLabel.setText(model.hint());
        });
        busyIndicator.visibleProperty().bind(model.busyProperty());
        findButton.disableProperty().bind(model.busyProperty());
        messageLabel.textProperty().bind(model.messageProperty());
        messageLabel.visibleProperty().bind(model.messageProperty().isNotEmpty());
        messageLabel.managedProperty().bind(messageLabel.visibleProperty());
        matchList.setItems(model.matches());
        matchList.visibleProperty().bind(Bindings.size(model.matches()).greaterThan(1));
        matchList.managedProperty().bind(matchList.visibleProperty());
        matchList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(CustomerCards.Match item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.customer() + " · " + item.found() + " · " + item.dataset());
            }
        });
        matchList.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.open(now.customer());
            }
        });
        titleLabel.textProperty().bind(Bindings.createStringBinding(() -> model.cardProperty().get() == null ? ""
                : "Customer " + model.cardProperty().get().customer(), model.cardProperty()));
        model.lines().addListener((ListChangeListener<CustomerCardViewModel.Line>) change -> showLines());
        showLines();
    }

    private void showLines() {
        linesBox.getChildren().clear();
        for (CustomerCardViewModel.Line line : model.lines()) {
            Label label = new Label(line.text());
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            label.getStyleClass().add(switch (line.kind()) {
                case HEADING -> HEADING;
                case FACT -> FACT;
                case DETAIL -> DETAIL;
            });
            linesBox.getChildren().add(label);
        }
    }

    /** Shows the window in front of {@code owner} (made once, then brought forward). */
    public void show(Window owner) {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle("Customer card");
            stage.setScene(new Scene(root));
        }
        stage.show();
        stage.toFront();
        queryField.requestFocus();
    }

    /** Whether the window is showing (for tests). */
    public boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    @FXML
    private void search() {
        model.search();
    }
}
