package app.retention;

import app.retention.cli.WorkbenchCli;
import app.retention.model.SerialFilterFactory;
import app.retention.ui.GuiLauncher;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

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
        if (isGuiLaunch(args)) {
            GuiLauncher.launch(args);
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(WorkbenchCli.run(args, out, err));
    }

    static boolean isGuiLaunch(String[] args) {
        return args.length == 0
                || (args.length == 1 && args[0].startsWith("--workspace="))
                || (args.length == 2 && args[0].equals("--workspace"));
    }

    /**
     * Weka's optional native BLAS is excluded from the build; point netlib at the pure-Java one before any
     * Weka class loads, or the first matrix operation fails.
     */
    static void quietWeka() {
        for (String lib : Arrays.asList("BLAS", "LAPACK", "ARPACK")) {
            String key = "com.github.fommil.netlib." + lib;
            if (System.getProperty(key) == null) {
                System.setProperty(key, "com.github.fommil.netlib.F2j" + lib);
            }
        }
    }
}
