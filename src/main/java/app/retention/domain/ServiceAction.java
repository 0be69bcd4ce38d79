package app.retention.domain;

/** What an entry of the log of models in use did. */
public enum ServiceAction {
    /** A model was put in use (over the previous one, if any). */
    PROMOTE,
    /** The model in use was taken out, and the one before it restored. */
    ROLLBACK
}
