package app.retention.data;

import app.retention.domain.ColumnType;

import java.util.List;

/** Whether a column looks like personal data, by the same rules the import uses to infer the pii role. */
public final class PersonalData {

    private PersonalData() {
    }

    /**
     * @param sample some of the column's values as text (names, e-mails, phones and tax ids are recognised)
     */
    public static boolean looksPersonal(String name, ColumnType type, List<String> sample) {
        return RoleRules.isPersonalData(name, RoleRules.words(name), type, sample);
    }

    /**
     * Whether a column is a location precise enough to single a customer out (postal code, coordinates, a city
     * shared by few customers): the import keeps it out of models unless the user makes it a feature.
     *
     * @param distinct distinct values, or -1 when too many to count
     */
    public static boolean looksLikeLocation(String name, ColumnType type, long distinct, long present) {
        return RoleRules.isLocation(RoleRules.words(name), type, distinct, present);
    }
}
