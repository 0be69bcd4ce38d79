package app.retention.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** Placeholder until the main window lands. */
public final class WorkbenchApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Retention Workbench");
        stage.show();
    }
}
