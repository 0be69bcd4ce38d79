package app.retention.export;

/** The dataset version an export was made from. */
public record DatasetRef(String name, int version, String sha256) {

    /** {@code name@version}. */
    public String reference() {
        return name + "@" + version;
    }
}
