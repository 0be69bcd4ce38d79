package app.retention.ui.common;

import app.retention.error.WorkbenchException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

import java.io.IOException;
import java.net.URL;

/** Loads {@code /fxml/<name>.fxml} with the given view as its controller. */
public final class Fxml {

    private Fxml() {
    }

    public static Parent load(String name, Object controller) {
        URL url = Fxml.class.getResource("/fxml/" + name + ".fxml");
        if (url == null) {
            throw new IllegalStateException("Missing layout /fxml/" + name + ".fxml in this build");
        }
        FXMLLoader loader = new FXMLLoader(url);
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new WorkbenchException("Cannot load the screen layout " + name + ": " + e.getMessage(), e);
        }
    }

    /** Adds the shared style sheets to a scene root. */
    public static void style(Parent root) {
        root.getStylesheets().addAll(Fxml.class.getResource(Styles.TOKENS).toExternalForm(),
                Fxml.class.getResource(Styles.APP).toExternalForm());
    }
}
