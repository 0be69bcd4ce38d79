package app.retention.ui.common;

/**
 * A chart a screen offers to show and save: its tab title and its part of a suggested file name. The screens'
 * chart enums implement it, each constant carrying one {@link Naming}.
 */
public interface ChartKind {

    /** The title and file stem of one chart. */
    record Naming(String title, String fileStem) {
    }

    Naming naming();

    /** The tab's title, "Qini curve". */
    default String title() {
        return naming().title();
    }

    /** The chart's part of a suggested file name, "qini". */
    default String fileStem() {
        return naming().fileStem();
    }
}
