package app.retention.export;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Masks personal data in exports unless the user includes it explicitly: enough is left to recognise a
 * customer on a call (an initial, the e-mail's domain, a phone's last digits), never enough to contact one.
 */
public final class PersonalDataMasking {

    static final String HIDDEN = "***";

    private PersonalDataMasking() {
    }

    /** The masked value; null and blank values stay as they are. */
    public static String mask(PersonalDataKind kind, String value) {
        if (value == null || value.isBlank()) {
            return value;
        }
        String v = value.strip();
        return switch (kind) {
            case EMAIL -> email(v);
            case PHONE -> lastDigits(v, digitCount(v) >= 8 ? 4 : digitCount(v) >= 5 ? 2 : 0, "");
            case NAME -> initials(v);
            case TAX_ID -> lastDigits(v, digitCount(v) >= 6 ? 2 : 0, "-");
            case OTHER -> HIDDEN;
        };
    }

    private static String email(String v) {
        int at = v.lastIndexOf('@');
        if (at <= 0 || at == v.length() - 1) {
            return HIDDEN;
        }
        return v.charAt(0) + HIDDEN + v.substring(at);
    }

    private static String lastDigits(String v, int keep, String separator) {
        if (keep == 0) {
            return HIDDEN;
        }
        StringBuilder digits = new StringBuilder();
        for (int i = v.length() - 1; i >= 0 && digits.length() < keep; i--) {
            if (Character.isDigit(v.charAt(i))) {
                digits.insert(0, v.charAt(i));
            }
        }
        return HIDDEN + separator + digits;
    }

    private static int digitCount(String v) {
        return (int) v.chars().filter(Character::isDigit).count();
    }

    /** "José Carvalho Ferreira (demo)" → "J. C. F."; words that do not start with a letter are left out. */
    private static String initials(String v) {
        List<String> out = new ArrayList<>();
        for (String word : v.split("[\\s-]+")) {
            if (!word.isEmpty() && Character.isLetter(word.codePointAt(0)) && !isParticle(word)) {
                out.add(new String(Character.toChars(Character.toUpperCase(word.codePointAt(0)))) + ".");
            }
        }
        return out.isEmpty() ? HIDDEN : String.join(" ", out);
    }

    /** "da", "de", "del", "van", …: kept out of initials as people write them. */
    private static boolean isParticle(String word) {
        String w = Normalizer.normalize(word, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        return w.equals("da") || w.equals("de") || w.equals("do") || w.equals("dos") || w.equals("das")
                || w.equals("del") || w.equals("la") || w.equals("van") || w.equals("von") || w.equals("y")
                || w.equals("e");
    }
}
