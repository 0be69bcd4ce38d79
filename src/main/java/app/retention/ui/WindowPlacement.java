package app.retention.ui;

import javafx.geometry.Rectangle2D;

/**
 * Where the main window opens: its preferred size, shrunk to fit the screen's visual bounds (the screen less task
 * bars and docks), centred in them, so no part of it starts off-screen on a small laptop.
 */
record WindowPlacement(double x, double y, double width, double height, double minWidth, double minHeight) {

    static final double PREFERRED_WIDTH = 1440;
    static final double PREFERRED_HEIGHT = 900;
    static final double MIN_WIDTH = 900;
    static final double MIN_HEIGHT = 600;

    /** The placement within {@code visual}, e.g. {@code Screen.getPrimary().getVisualBounds()}. */
    static WindowPlacement within(Rectangle2D visual) {
        double width = Math.min(PREFERRED_WIDTH, visual.getWidth());
        double height = Math.min(PREFERRED_HEIGHT, visual.getHeight());
        double x = visual.getMinX() + (visual.getWidth() - width) / 2;
        double y = visual.getMinY() + (visual.getHeight() - height) / 2;
        return new WindowPlacement(x, y, width, height, Math.min(MIN_WIDTH, width), Math.min(MIN_HEIGHT, height));
    }
}
