package app.retention.explore;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The natural order of categories that count something (finding m11): "Month-to-month, One year, Two year", not
 * by size; "Less than $40K, $40K - $60K, …, $120K +, Unknown". A category reads as a number when it holds one
 * (digits or a number word); "less than" comes just before that number and "+"/"or more" just after; categories
 * without a number come first ("Month-to-month"), except unknowns, which come last.
 */
final class OrdinalOrder {

    private static final Pattern NUMBER = Pattern.compile("(\\d+(?:[.,]\\d+)?)");
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12));
    private static final Pattern WORD = Pattern.compile("\\b(" + String.join("|", WORDS.keySet()) + ")\\b");
    private static final Pattern BELOW = Pattern.compile("\\b(less than|under|below|up to)\\b|<");
    private static final Pattern ABOVE = Pattern.compile("\\b(or more|and more|and over|or older|over|above|plus)\\b"
            + "|\\+|>");
    private static final Pattern UNKNOWN = Pattern.compile("\\b(unknown|missing|not known|n/?a|none|other)\\b");

    private OrdinalOrder() {
    }

    /**
     * Whether these categories count something: at least two of them, and at least half, hold a number. Only then
     * is {@link #comparator()} their order.
     */
    static boolean applies(List<String> categories) {
        long numbered = categories.stream().filter(c -> number(c).isPresent()).count();
        return numbered >= 2 && numbered * 2 >= categories.size();
    }

    /** Categories without a number first, then by number, unknowns last; ties in natural text order. */
    static Comparator<String> comparator() {
        return Comparator.comparingDouble(OrdinalOrder::key).thenComparing(String.CASE_INSENSITIVE_ORDER);
    }

    private static double key(String category) {
        String lower = category.toLowerCase(Locale.ROOT);
        OptionalDouble n = number(category);
        if (n.isEmpty()) {
            return UNKNOWN.matcher(lower).find() ? Double.MAX_VALUE : -Double.MAX_VALUE;
        }
        double shift = BELOW.matcher(lower).find() ? -0.5 : ABOVE.matcher(lower).find() ? 0.5 : 0;
        return n.getAsDouble() + shift;
    }

    /** The first number the category holds, in digits or as a word. */
    static OptionalDouble number(String category) {
        String lower = category.toLowerCase(Locale.ROOT);
        Matcher digits = NUMBER.matcher(lower);
        if (digits.find()) {
            return OptionalDouble.of(Double.parseDouble(digits.group(1).replace(',', '.')));
        }
        Matcher word = WORD.matcher(lower);
        return word.find() ? OptionalDouble.of(WORDS.get(word.group(1))) : OptionalDouble.empty();
    }
}
