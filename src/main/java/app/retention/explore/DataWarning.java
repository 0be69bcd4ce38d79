package app.retention.explore;

import java.util.List;

/**
 * A data-quality finding with its evidence in the message and at most one action.
 *
 * @param kind leakage, identifier, pii, location, constant, duplicates, imbalance, missing, spelling, cardinality or target
 */
public record DataWarning(String kind, Severity severity, List<String> columns, String message, WarningAction action) {

    /** ERROR stops model training; WARNING asks for a look; INFO only states what the workbench does. */
    public enum Severity { ERROR, WARNING, INFO }
}
