package app.retention.data;

import app.retention.domain.ColumnRole;
import app.retention.domain.ColumnType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides what a column is for from its name, type and values: identifier, churn target, personal data
 * (never a model feature by default), date, or feature.
 */
final class RoleRules {

    private static final Set<String> TARGET_WORDS = Set.of("churn", "churned", "churner", "exited", "exit",
            "attrition", "attrited", "cancelled", "canceled", "cancel", "left", "cancelou", "abandono");
    private static final Set<String> ID_WORDS = Set.of("id", "uuid", "guid");
    private static final Set<String> ROW_NUMBER_NAMES = Set.of("rownumber", "row_number", "rownum", "index", "row");
    /** Words that mark personal data in a text column's name. */
    private static final Set<String> PII_WORDS = Set.of("surname", "firstname", "lastname", "fullname", "nome",
            "sobrenome", "apellido", "apellidos", "email", "mail", "phone", "telephone", "telefone", "telefono",
            "celular", "whatsapp", "msisdn", "address", "endereco", "endereço", "direccion", "street", "rua", "calle",
            "cep", "zip", "zipcode", "postcode", "postal", "cpf", "cnpj", "rfc", "curp", "rut", "dni", "ssn",
            "passport", "passaporte", "ip", "birthdate", "dob", "nascimento");
    /** Words that mark personal data even in a numeric column (phones and tax ids stored as numbers). */
    private static final Set<String> NUMERIC_PII_WORDS = Set.of("phone", "telephone", "telefone", "celular",
            "whatsapp", "msisdn", "cpf", "cnpj", "ssn");
    /** Endings of a unique whole-number column's name that make it a key: CLIENTNUM, customer_no, AccountKey. */
    private static final Set<String> KEY_WORDS = Set.of("num", "number", "no", "nr", "code", "key", "id");
    /** The same endings glued to the name's last word ("clientnum", "accountkey"); "no" and "id" only in capitals. */
    private static final List<String> GLUED_KEY_ENDINGS = List.of("num", "number", "key", "code");
    private static final List<String> GLUED_CAPITAL_KEY_ENDINGS = List.of("NO", "ID", "NR");
    /** Postal codes and coordinates: where a customer lives, whatever the column's type. */
    private static final Set<String> POSTAL_WORDS = Set.of("zip", "zipcode", "postcode", "postal", "postalcode", "cep",
            "plz");
    private static final Set<String> COORDINATE_WORDS = Set.of("latitude", "longitude", "lat", "lng", "lon", "latlong",
            "latlng", "coordinates", "coords", "geolocation");
    private static final Set<String> CITY_WORDS = Set.of("city", "cidade", "ciudad", "town", "municipio",
            "municipality", "localidade");
    /** A city shared by fewer customers than this on average singles them out (with a few other columns). */
    static final int FEW_PER_CITY = 10;
    /** ... and only when there are more cities than this: a dozen cities are a region, not an address. */
    static final int MANY_CITIES = 50;
    private static final Set<String> PERSON_PREFIXES = Set.of("first", "last", "full", "sur", "given", "family",
            "customer", "client", "contact", "user", "middle", "nick");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern CPF = Pattern.compile("\\d{3}\\.\\d{3}\\.\\d{3}-\\d{2}");
    private static final Pattern CNPJ = Pattern.compile("\\d{2}\\.\\d{3}\\.\\d{3}/\\d{4}-\\d{2}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ().-]{7,22}");

    private RoleRules() {
    }

    /** Splits {@code customerID}, {@code churned_30d}, {@code Tenure Months} into lower-case words. */
    static List<String> words(String name) {
        String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1 $2");
        List<String> words = new ArrayList<>();
        for (String w : spaced.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    static boolean looksLikeTargetName(String name) {
        return words(name).stream().anyMatch(TARGET_WORDS::contains);
    }

    static ColumnRole infer(String name, ColumnType type, ColumnProfiler profile) {
        List<String> words = words(name);
        if (profile.present() == 0) {
            return ColumnRole.IGNORED;
        }
        if (isPersonalData(name, words, type, profile.sample())) {
            return ColumnRole.PII;
        }
        if (type == ColumnType.DATE) {
            return ColumnRole.DATE;
        }
        if (isLocation(words, type, profile.distinctSeen(), profile.present())) {
            return ColumnRole.IGNORED;
        }
        if (isIdentifier(name, words, type, profile)) {
            return ColumnRole.ID;
        }
        return ColumnRole.FEATURE;
    }

    private static boolean isIdentifier(String name, List<String> words, ColumnType type, ColumnProfiler profile) {
        if (type == ColumnType.DECIMAL || type == ColumnType.BOOLEAN || !profile.looksUnique()) {
            return false;
        }
        boolean named = words.stream().anyMatch(ID_WORDS::contains)
                || ROW_NUMBER_NAMES.contains(name.toLowerCase(Locale.ROOT).replace(" ", ""))
                || type == ColumnType.INTEGER && namedLikeAKey(name, words);
        // An unnamed text column where every value differs and none has a space is a code, not a feature.
        boolean codeLike = type == ColumnType.TEXT && profile.sample().stream().noneMatch(v -> v.contains(" "));
        return named || codeLike;
    }

    /** The name ends in num, number, no, code, key or id: {@code CLIENTNUM}, {@code customer_no}, {@code AccountKey}. */
    private static boolean namedLikeAKey(String name, List<String> words) {
        if (words.isEmpty()) {
            return false;
        }
        String last = words.get(words.size() - 1);
        if (KEY_WORDS.contains(last) && words.size() > 1) {
            return true;
        }
        String letters = name.replaceAll("[^\\p{L}]", "");
        return GLUED_KEY_ENDINGS.stream().anyMatch(e -> last.endsWith(e) && last.length() > e.length() + 2)
                || letters.equals(letters.toUpperCase(Locale.ROOT))
                && GLUED_CAPITAL_KEY_ENDINGS.stream().anyMatch(e -> letters.endsWith(e) && letters.length() > e.length() + 2);
    }

    /**
     * Where a customer lives, precise enough to single them out with a few other columns (a quasi-identifier under
     * LGPD and GDPR): a postal code, coordinates ("Lat Long" too), or a city most customers share with fewer than
     * {@value #FEW_PER_CITY} others. Such a column is kept out of models unless the user makes it a feature;
     * street addresses are personal data outright ({@link #isPersonalData}).
     *
     * @param distinct distinct values, or -1 when there were too many to count
     */
    static boolean isLocation(List<String> words, ColumnType type, long distinct, long present) {
        if (type == ColumnType.BOOLEAN || type == ColumnType.DATE) {
            return false;
        }
        if (words.stream().anyMatch(POSTAL_WORDS::contains) || words.stream().anyMatch(COORDINATE_WORDS::contains)
                || words.contains("lat") && words.contains("long")) {
            return true;
        }
        boolean manyValues = distinct < 0 || distinct > MANY_CITIES && present < (long) FEW_PER_CITY * distinct;
        return words.stream().anyMatch(CITY_WORDS::contains) && manyValues;
    }

    static boolean isPersonalData(String name, List<String> words, ColumnType type, List<String> sample) {
        if (type.isNumeric()) {
            return words.stream().anyMatch(NUMERIC_PII_WORDS::contains);
        }
        if (type == ColumnType.BOOLEAN) {
            return false;
        }
        if (words.stream().anyMatch(PII_WORDS::contains) || isPersonName(words)) {
            return true;
        }
        return share(sample, EMAIL) >= 0.8 || share(sample, CPF) >= 0.8 || share(sample, CNPJ) >= 0.8
                || phoneShare(sample) >= 0.8;
    }

    /** "name" alone or after a person word (customer name, first name); not "plan name" or "product name". */
    private static boolean isPersonName(List<String> words) {
        int i = words.indexOf("name");
        return i == 0 && words.size() == 1 || i > 0 && PERSON_PREFIXES.contains(words.get(i - 1));
    }

    private static double share(List<String> sample, Pattern pattern) {
        if (sample.isEmpty()) {
            return 0;
        }
        return (double) sample.stream().filter(v -> pattern.matcher(v).matches()).count() / sample.size();
    }

    private static double phoneShare(List<String> sample) {
        if (sample.isEmpty()) {
            return 0;
        }
        long phones = sample.stream().filter(v -> PHONE.matcher(v).matches())
                .filter(v -> v.chars().filter(Character::isDigit).count() >= 10)
                .filter(v -> v.startsWith("+") || v.contains(" ") || v.contains("(")).count();
        return (double) phones / sample.size();
    }
}
