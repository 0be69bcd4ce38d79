package app.retention.explore;

import app.retention.explore.MergeSuggestion.Confidence;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the same category spelled differently, only on evidence that two values are the same thing (issue 13,
 * point 3; a wrong merge corrupts every rate and model built on the column):
 * <ul>
 *   <li>high: the same once case, spacing, punctuation and accents are ignored (`E wallet` / `E-Wallet`,
 *       `Sao Paulo` / `São Paulo`), or a known abbreviation (`CC` / `Credit Card`, `COD` / `Cash on Delivery`);</li>
 *   <li>medium: a usual synonym (`Phone` / `Mobile Phone`), or one word one typing slip away from the other's in a
 *       long enough word (`Fibre` / `Fiber`, `Electonic` / `Electronic`).</li>
 * </ul>
 * Never: values with numbers or range markers that differ in anything but case and spacing (`$80K - $120K` /
 * `$120K +`, `18-24` / `25-34`), codes of three letters or fewer (`DE` / `WY`, `RJ` / `SP`) unless equal but for
 * case and spacing or in the abbreviation table, a word added (`Basic` / `Basic Plus`, `No` / `No internet
 * service`, `Mato Grosso` / `Mato Grosso do Sul`), or a prefix that changes the meaning (`Graduate` /
 * `Post-Graduate`, `Educated` / `Uneducated`). No stopword is ever dropped, so no value is compared emptied.
 */
final class SpellingVariants {

    /** Abbreviation (letters only, lower case) → what it stands for (words, lower case, accents off). */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("cc", "credit card"),
            Map.entry("dc", "debit card"),
            Map.entry("cod", "cash on delivery"),
            Map.entry("eft", "electronic funds transfer"),
            Map.entry("dd", "direct debit"),
            Map.entry("upi", "unified payments interface"),
            Map.entry("y", "yes"),
            Map.entry("n", "no"),
            Map.entry("m", "male"),
            Map.entry("f", "female"));

    /** Shorter name → the longer one it usually stands for in customer data (lower case). */
    private static final Map<String, String> SYNONYMS = Map.of(
            "phone", "mobile phone",
            "mobile", "mobile phone",
            "cell phone", "mobile phone");

    /** Word beginnings that change a word's meaning (`Uneducated` is not `Educated`). */
    private static final List<String> MEANING_PREFIXES = List.of("post", "pre", "non", "un", "sub", "ex", "anti",
            "semi", "under", "over", "in", "dis", "de", "re", "bi", "tri", "multi", "mis");

    /** Characters that make a value a number or a range: such values pair only if equal but for case and spaces. */
    private static final String QUANTITY_MARKS = "+<>≤≥%$€£#";

    private SpellingVariants() {
    }

    /** What makes two values the same thing, when something does. */
    record Match(Confidence confidence, String evidence, Direction direction) {
    }

    /** Which of the two becomes the merged spelling. */
    enum Direction {
        /** the more descriptive spelling (more words, longer, accented), then the more common */
        DESCRIPTIVE,
        /** the longer phrase the abbreviation or synonym stands for */
        LONGER_PHRASE,
        /** the more common spelling: a typing slip is the rarer one */
        COMMON
    }

    /** Source spelling → merged spelling, for values whose counts are not known. */
    static Map<String, String> find(List<String> values) {
        Map<String, String> merges = new LinkedHashMap<>();
        for (MergeSuggestion s : suggest(values, null)) {
            merges.put(s.variant(), s.spelling());
        }
        return merges;
    }

    /**
     * The merges to suggest among a column's values, each with its confidence. Chains (a → b → c) resolve to the
     * final spelling and keep the weaker confidence.
     *
     * @param counts customers per value (same order), or null when unknown
     */
    static List<MergeSuggestion> suggest(List<String> values, List<Long> counts) {
        Map<String, MergeSuggestion> direct = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            MergeSuggestion best = null;
            for (int j = 0; j < values.size(); j++) {
                if (i == j || values.get(i).equals(values.get(j))) {
                    continue;
                }
                Optional<Match> m = match(values.get(i), values.get(j));
                if (m.isEmpty() || !prefers(values, counts, j, i, m.get().direction())) {
                    continue;
                }
                MergeSuggestion candidate = new MergeSuggestion(values.get(i), values.get(j), m.get().confidence(),
                        m.get().evidence());
                if (best == null || candidate.confidence().compareTo(best.confidence()) < 0
                        || candidate.confidence() == best.confidence()
                        && prefers(values, counts, j, values.indexOf(best.spelling()), Direction.DESCRIPTIVE)) {
                    best = candidate;
                }
            }
            if (best != null) {
                direct.put(best.variant(), best);
            }
        }
        List<MergeSuggestion> resolved = new ArrayList<>();
        for (MergeSuggestion s : direct.values()) {
            MergeSuggestion end = s;
            Set<String> seen = new HashSet<>(List.of(s.variant()));
            while (direct.containsKey(end.spelling()) && seen.add(end.spelling())) {
                MergeSuggestion next = direct.get(end.spelling());
                Confidence weaker = next.confidence().compareTo(end.confidence()) > 0 ? next.confidence() : end.confidence();
                end = new MergeSuggestion(s.variant(), next.spelling(), weaker, end.evidence() + ", then " + next.evidence());
            }
            if (!end.spelling().equals(s.variant())) {
                resolved.add(end);
            }
        }
        return resolved;
    }

    /** Whether value {@code a} should be the merged spelling rather than {@code b}. */
    private static boolean prefers(List<String> values, List<Long> counts, int a, int b, Direction direction) {
        String va = values.get(a);
        String vb = values.get(b);
        long ca = counts == null ? 0 : counts.get(a);
        long cb = counts == null ? 0 : counts.get(b);
        int byDescription = Integer.compare(descriptive(va), descriptive(vb));
        int byCount = Long.compare(ca, cb);
        int order = switch (direction) {
            case LONGER_PHRASE -> Integer.compare(words(va).size(), words(vb).size());
            case COMMON -> byCount != 0 ? byCount : byDescription;
            case DESCRIPTIVE -> byDescription != 0 ? byDescription : byCount;
        };
        return order != 0 ? order > 0 : a < b;
    }

    /** More words, then longer, then more accented letters and capitals (`São Paulo` over `sao paulo`). */
    private static int descriptive(String s) {
        return words(s).size() * 10_000 + s.strip().length() * 10
                + (int) s.chars().filter(ch -> ch > 127 || Character.isUpperCase(ch)).count();
    }

    /** The evidence that {@code a} and {@code b} are one category, or empty: the rules of the class comment. */
    static Optional<Match> match(String a, String b) {
        String fa = folded(a);
        String fb = folded(b);
        if (fa.isEmpty() || fb.isEmpty()) {
            return Optional.empty();
        }
        if (fa.replace(" ", "").equals(fb.replace(" ", ""))) {
            return Optional.of(new Match(Confidence.HIGH, "the same once case, spacing and accents are ignored",
                    Direction.DESCRIPTIVE));
        }
        if (isQuantity(fa) || isQuantity(fb)) {
            return Optional.empty();
        }
        String la = letters(fa);
        String lb = letters(fb);
        String pa = String.join(" ", words(fa));
        String pb = String.join(" ", words(fb));
        if (pb.equals(ABBREVIATIONS.get(la)) || pa.equals(ABBREVIATIONS.get(lb))) {
            return Optional.of(new Match(Confidence.HIGH, "a known abbreviation", Direction.LONGER_PHRASE));
        }
        if (la.length() <= 3 || lb.length() <= 3) {
            return Optional.empty();
        }
        if (la.equals(lb)) {
            return Optional.of(new Match(Confidence.HIGH, "the same once case, spacing, punctuation and accents are "
                    + "ignored", Direction.DESCRIPTIVE));
        }
        if (pb.equals(SYNONYMS.get(pa)) || pa.equals(SYNONYMS.get(pb))) {
            return Optional.of(new Match(Confidence.MEDIUM, "usually the same thing", Direction.LONGER_PHRASE));
        }
        return oneWordMistyped(words(fa), words(fb))
                ? Optional.of(new Match(Confidence.MEDIUM, "one letter apart", Direction.COMMON))
                : Optional.empty();
    }

    /** The same words but one, and that one a typing slip away: never a word added, a prefix or a short word. */
    private static boolean oneWordMistyped(List<String> wa, List<String> wb) {
        if (wa.size() != wb.size()) {
            return false;
        }
        int differing = -1;
        for (int i = 0; i < wa.size(); i++) {
            if (!wa.get(i).equals(wb.get(i))) {
                if (differing >= 0) {
                    return false;
                }
                differing = i;
            }
        }
        if (differing < 0) {
            return false;
        }
        String x = wa.get(differing);
        String y = wb.get(differing);
        int shorter = Math.min(x.length(), y.length());
        int allowed = shorter >= 12 ? 2 : 1;
        if (shorter < 5 || x.charAt(0) != y.charAt(0) || Math.abs(x.length() - y.length()) > allowed
                || changesMeaning(x, y) || changesMeaning(y, x)) {
            return false;
        }
        return editDistance(x, y) <= allowed;
    }

    /** {@code longer} is {@code shorter} with a meaning-changing prefix put before it. */
    private static boolean changesMeaning(String longer, String shorter) {
        return MEANING_PREFIXES.stream().anyMatch(p -> longer.startsWith(p) && !shorter.startsWith(p)
                && longer.substring(p.length()).startsWith(shorter.substring(0, Math.min(3, shorter.length()))));
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static boolean isQuantity(String folded) {
        return folded.chars().anyMatch(ch -> Character.isDigit(ch) || QUANTITY_MARKS.indexOf(ch) >= 0);
    }

    /** Lower case, accents off (`São` = `Sao`), every dash a hyphen, one space between words, trimmed. */
    static String folded(String s) {
        return Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .replaceAll("\\p{Pd}", "-").replaceAll("\\s+", " ").strip();
    }

    private static String letters(String folded) {
        return folded.replaceAll("[^\\p{L}]", "");
    }

    /** The words of a value, none dropped: `Cash on Delivery` → [cash, on, delivery]. */
    private static List<String> words(String s) {
        List<String> words = new ArrayList<>();
        for (String w : folded(s).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
