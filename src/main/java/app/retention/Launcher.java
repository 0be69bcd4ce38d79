package app.retention;

import app.retention.cli.WorkbenchCli;
import app.retention.model.SerialFilterFactory;
import app.retention.ui.GuiLauncher;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The jar's entry point. No arguments (or only {@code --workspace DIR}) opens the desktop app;
 * anything else runs the CLI without loading JavaFX, so scripts need no display.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        SerialFilterFactory.installProcessWide(); // before anything is deserialised
        quietWeka();
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        if (isGuiLaunch(args)) {
            Optional<String> noDisplay = missingDisplay(System.getenv(), System.getProperty("os.name", ""));
            if (noDisplay.isPresent()) {
                err.println(noDisplay.get());
                System.exit(1);
            }
            GuiLauncher.launch(args);
            return;
        }
        System.exit(WorkbenchCli.run(args, out, err));
    }

    /**
     * Why the desktop app cannot start here, when it cannot: on Linux and other X11/Wayland systems it needs
     * {@code DISPLAY} or {@code WAYLAND_DISPLAY}; without either JavaFX fails with a long trace, so say it in one line
     * and name the CLI, which needs no display. Windows and macOS always have one.
     */
    static Optional<String> missingDisplay(Map<String, String> environment, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return Optional.empty();
        }
        if (isSet(environment.get("DISPLAY")) || isSet(environment.get("WAYLAND_DISPLAY"))) {
            return Optional.empty();
        }
        return Optional.of("error: the desktop app needs a display, and there is none (DISPLAY is not set). "
                + "Use the command line instead: java -jar retention-workbench.jar --help");
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    static boolean isGuiLaunch(String[] args) {
        return args.length == 0
                || (args.length == 1 && args[0].startsWith("--workspace="))
                || (args.length == 2 && args[0].equals("--workspace"));
    }

    /**
     * Weka's optional native BLAS is excluded from the build; point netlib at the pure-Java one before any
     * Weka class loads, or the first matrix operation fails. Public for other entry points (the screenshot launcher).
     */
    public static void quietWeka() {
        for (String lib : Arrays.asList("BLAS", "LAPACK", "ARPACK")) {
            String key = "com.github.fommil.netlib." + lib;
            if (System.getProperty(key) == null) {
                System.setProperty(key, "com.github.fommil.netlib.F2j" + lib);
            }
        }
    }
}
