package app.retention.export;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What kind of personal data a column holds, which decides how it is masked. */
public enum PersonalDataKind {
    /** {@code jose.carvalho@example.com} → {@code j***@example.com} */
    EMAIL,
    /** {@code +55 61 90000-7065} → {@code ***7065}: the last four digits (two for short numbers) */
    PHONE,
    /** {@code José Carvalho Ferreira} → {@code J. C. F.} */
    NAME,
    /** {@code 123.456.789-09} → {@code ***-09}: the last two digits */
    TAX_ID,
    /** anything else (addresses, postcodes, birth dates): fully hidden as {@code ***} */
    OTHER;

    private static final Pattern EMAIL_VALUE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Set<String> EMAIL_WORDS = Set.of("email", "mail", "correo");
    private static final Set<String> PHONE_WORDS = Set.of("phone", "telephone", "telefone", "telefono", "celular",
            "mobile", "cell", "whatsapp", "msisdn", "tel", "fone");
    private static final Set<String> TAX_WORDS = Set.of("cpf", "cnpj", "ssn", "rfc", "curp", "rut", "dni", "nif",
            "tax", "vat", "cuit", "cuil", "nit");
    private static final Set<String> NAME_WORDS = Set.of("name", "nome", "nombre", "surname", "sobrenome",
            "apellido", "apellidos", "fullname", "firstname", "lastname");

    /**
     * The kind of a column flagged as personal data, from its name and, failing that, a sample value.
     *
     * @param sampleValue one of its values, or null
     */
    public static PersonalDataKind guess(String columnName, String sampleValue) {
        String[] words = columnName.toLowerCase(Locale.ROOT).split("[^a-z0-9]+");
        String joined = String.join("", words);
        if (joined.contains("email")) {
            return EMAIL;
        }
        for (String word : words) {
            if (EMAIL_WORDS.contains(word)) {
                return EMAIL;
            }
            if (PHONE_WORDS.contains(word)) {
                return PHONE;
            }
            if (TAX_WORDS.contains(word)) {
                return TAX_ID;
            }
            if (NAME_WORDS.contains(word)) {
                return NAME;
            }
        }
        if (NAME_WORDS.contains(joined)) {
            return NAME;
        }
        if (sampleValue != null && EMAIL_VALUE.matcher(sampleValue.trim()).matches()) {
            return EMAIL;
        }
        return OTHER;
    }
}
