package app.retention.explore;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the same category spelled differently: equal once case, accents and punctuation are ignored
 * (`E wallet` / `E-Wallet`, `Sao Paulo` / `São Paulo`), an abbreviation of the other's initials (`CC` / `Credit Card`,
 * `COD` / `Cash on Delivery`), or one name being the other with words added (`Phone` /
 * `Mobile Phone`). Each variant maps to the longer, more descriptive spelling.
 */
final class SpellingVariants {

    /** Words that, put before another, make it mean something else. */
    private static final Set<String> MEANING_PREFIXES = Set.of("post", "pre", "non", "un", "sub", "ex", "anti",
            "semi", "under", "over", "not", "no");

    private SpellingVariants() {
    }

    static Map<String, String> find(List<String> categories) {
        Map<String, String> merges = new LinkedHashMap<>();
        for (String a : categories) {
            for (String b : categories) {
                if (a.equals(b) || merges.containsKey(b)) {
                    continue;
                }
                if (isVariantOf(a, b) && descriptive(b) > descriptive(a)) {
                    merges.put(a, b);
                }
            }
        }
        // chains (a → b → c) resolve to the final spelling
        merges.replaceAll((from, to) -> {
            String end = to;
            for (int guard = 0; merges.containsKey(end) && guard < 10; guard++) {
                end = merges.get(end);
            }
            return end;
        });
        return merges;
    }

    /** More words, then longer, then more accented letters (`São Paulo` over `Sao Paulo`). */
    private static int descriptive(String s) {
        return words(s).size() * 10_000 + s.length() * 10 + (int) s.chars().filter(ch -> ch > 127).count();
    }

    static boolean isVariantOf(String a, String b) {
        String na = normalized(a);
        String nb = normalized(b);
        if (na.isEmpty() || nb.isEmpty()) {
            return false;
        }
        if (na.equals(nb)) {
            return true;
        }
        List<String> wa = words(a);
        List<String> wb = words(b);
        if (wa.size() == 1 && wb.size() >= 2 && a.length() >= 2 && a.length() <= 4 && na.equals(initials(b))) {
            return true;
        }
        // "Phone" within "Mobile Phone": one word added to a real word. "No" vs "No internet service" is a
        // different answer, not a spelling, so short words and longer additions do not count.
        // Never on a value emptied by dropping its stopwords (`DE`), on numbers (`$120K +` / `$80K - $120K` are
        // different ranges) or on a prefix that changes the meaning (`Post-Graduate` is not `Graduate`).
        boolean oneWordAdded = !wa.isEmpty() && wb.size() == wa.size() + 1 && wa.stream().allMatch(w -> w.length() >= 4)
                && (a + b).chars().noneMatch(Character::isDigit);
        if (oneWordAdded && wb.subList(1, wb.size()).equals(wa)) {
            return !MEANING_PREFIXES.contains(wb.get(0));
        }
        return oneWordAdded && wb.subList(0, wa.size()).equals(wa);
    }

    /** Lower case, accents off (`São` = `Sao`), letters and digits only. */
    private static String normalized(String s) {
        return Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static List<String> words(String s) {
        List<String> words = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !w.equals("on") && !w.equals("of") && !w.equals("and") && !w.equals("de")) {
                words.add(w);
            }
        }
        return words;
    }

    /** Initials of every word, short ones included: `Cash on Delivery` → `cod`. */
    private static String initials(String s) {
        StringBuilder sb = new StringBuilder();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }
}
