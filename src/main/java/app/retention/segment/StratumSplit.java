package app.retention.segment;

/** How one risk band of a segment was split: its customers and how many of them are held out as control. */
public record StratumSplit(String band, int customers, int control) {

    public int treated() {
        return customers - control;
    }
}
