package app.retention.ui.common;

import app.retention.error.WorkbenchException;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Saves a chart as PNG or SVG, chosen by the file's extension. */
public final class ChartFiles {

    public static final int WIDTH = 1200;
    public static final int HEIGHT = 700;

    private ChartFiles() {
    }

    /** Asks where to save a chart as SVG or PNG, proposing {@code fileName}; empty when the user cancels. */
    public static Optional<Path> ask(Dialogs dialogs, String fileName, boolean svg) {
        return dialogs.saveFile(svg ? Dialogs.FileRequest.save("Save chart as SVG", fileName, Dialogs.FileType.SVG)
                : Dialogs.FileRequest.save("Save chart as PNG", fileName, Dialogs.FileType.PNG));
    }

    /**
     * Asks where to save the chart of {@code kind}, proposing {@code <prefix>-<kind's file stem>.svg} (or
     * {@code .png}); empty when the user cancels.
     */
    public static Optional<Path> ask(Dialogs dialogs, String prefix, ChartKind kind, boolean svg) {
        return ask(dialogs, prefix + "-" + kind.fileStem() + (svg ? ".svg" : ".png"), svg);
    }

    /** Draws the chart and writes it to {@code file} off the FX thread; says where it went, or reports why not. */
    public static void saveInBackground(BackgroundTasks tasks, Supplier<JFreeChart> chart, Path file,
                                        Consumer<String> notices, ErrorReporter errors) {
        tasks.submit("Saving chart", ctx -> {
            save(chart.get(), file);
            return file;
        }, path -> notices.accept("Chart saved to " + path), errors::report);
    }

    /** Writes {@code chart} to {@code file}: {@code .svg} as SVG, anything else as PNG. */
    public static void save(JFreeChart chart, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (isSvg(file)) {
                SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
                chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
                SVGUtils.writeToSVG(file.toFile(), g.getSVGElement());
            } else {
                ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
            }
        } catch (IOException e) {
            throw new WorkbenchException("Cannot save the chart to " + file + ": " + e.getMessage(), e);
        }
    }

    public static boolean isSvg(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg");
    }
}
