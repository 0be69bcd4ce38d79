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
}
