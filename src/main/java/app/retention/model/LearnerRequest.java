package app.retention.model;

import java.util.Map;

/** A learner by catalog name with the parameters the user set (the rest take their defaults). */
public record LearnerRequest(String name, Map<String, String> params) {

    public static LearnerRequest of(String name) {
        return new LearnerRequest(name, Map.of());
    }
}
