package app.retention.export;

import java.util.Objects;

/**
 * One column of an export.
 *
 * @param name         the header, as written
 * @param kind         how values are written
 * @param personalData what kind of personal data the column holds, or null when it holds none; personal data
 *                     is masked unless the user includes it explicitly
 */
public record ExportColumn(String name, ValueKind kind, PersonalDataKind personalData) {

    public ExportColumn {
        if (name == null || name.isBlank()) {
            throw new ExportException("Every exported column needs a name.");
        }
        Objects.requireNonNull(kind, "kind");
    }

    public static ExportColumn text(String name) {
        return new ExportColumn(name, ValueKind.TEXT, null);
    }

    public static ExportColumn integer(String name) {
        return new ExportColumn(name, ValueKind.INTEGER, null);
    }

    public static ExportColumn decimal(String name) {
        return new ExportColumn(name, ValueKind.DECIMAL, null);
    }

    public static ExportColumn money(String name) {
        return new ExportColumn(name, ValueKind.MONEY, null);
    }

    public static ExportColumn probability(String name) {
        return new ExportColumn(name, ValueKind.PROBABILITY, null);
    }

    /** A personal-data column; its kind is guessed from the name ({@link PersonalDataKind#guess}). */
    public static ExportColumn personal(String name) {
        return new ExportColumn(name, ValueKind.TEXT, PersonalDataKind.guess(name, null));
    }

    public static ExportColumn personal(String name, PersonalDataKind kind) {
        return new ExportColumn(name, ValueKind.TEXT, Objects.requireNonNull(kind, "kind"));
    }

    public boolean isPersonalData() {
        return personalData != null;
    }
}
