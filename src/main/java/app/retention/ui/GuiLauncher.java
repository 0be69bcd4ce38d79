package app.retention.ui;

/** Starts the JavaFX application; kept apart so the CLI path never loads JavaFX classes. */
public final class GuiLauncher {
    private GuiLauncher() {
    }

    public static void launch(String[] args) {
        javafx.application.Application.launch(WorkbenchApp.class, args);
    }
}
