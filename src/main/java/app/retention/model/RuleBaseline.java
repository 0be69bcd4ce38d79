package app.retention.model;

import weka.classifiers.AbstractClassifier;
import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The traditional approach models must beat: a rule a person writes in plain terms, such as
 * {@code days_since_last_order > 45 OR complaint = Yes}. Customers matching it get the churn rate the rule
 * had among matching training customers, the others the rate among the rest (so its probabilities are
 * honest and its ranking is the rule's yes/no).
 *
 * <p>Grammar: {@code expr := and (OR and)*; and := not (AND not)*; not := NOT not | ( expr ) | column op value},
 * with {@code op} one of {@code > >= < <= = !=}; values are numbers or words (quotes for spaces).
 */
public final class RuleBaseline extends AbstractClassifier {

    private static final long serialVersionUID = 1L;

    private String rule = "";
    private transient Node compiled;
    private double matchedRate;
    private double otherRate;

    public void setRule(String rule) {
        this.rule = rule;
    }

    public String getRule() {
        return rule;
    }

    @Override
    public void buildClassifier(Instances data) {
        compiled = new Parser(rule, data).parse();
        double matched = 0;
        double matchedChurn = 0;
        double other = 0;
        double otherChurn = 0;
        for (Instance row : data) {
            boolean churned = row.classValue() == 1;
            if (compiled.matches(row)) {
                matched++;
                matchedChurn += churned ? 1 : 0;
            } else {
                other++;
                otherChurn += churned ? 1 : 0;
            }
        }
        // Laplace smoothing keeps an empty side from claiming certainty
        matchedRate = (matchedChurn + 1) / (matched + 2);
        otherRate = (otherChurn + 1) / (other + 2);
    }

    @Override
    public double[] distributionForInstance(Instance instance) {
        if (compiled == null) {
            compiled = new Parser(rule, instance.dataset()).parse();
        }
        double p = compiled.matches(instance) ? matchedRate : otherRate;
        return new double[] {1 - p, p};
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Rule: %s%n  matching customers churned at %.1f%%, the others at %.1f%%",
                rule, 100 * matchedRate, 100 * otherRate);
    }

    /** A compiled condition. */
    private interface Node {
        boolean matches(Instance row);
    }

    /** Recursive-descent parser over a tiny token list; errors name the position in the rule. */
    private static final class Parser {
        private final String text;
        private final Instances header;
        private final List<String> tokens = new ArrayList<>();
        private int pos;

        Parser(String text, Instances header) {
            if (text == null || text.isBlank()) {
                throw new ModelException("The rule baseline needs a rule, for example "
                        + "--param rule=\"days_since_last_order > 45 OR complaint = Yes\".");
            }
            this.text = text;
            this.header = header;
            tokenize();
        }

        private void tokenize() {
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '(' || c == ')') {
                    tokens.add(String.valueOf(c));
                    i++;
                } else if (c == '"' || c == '\'') {
                    int end = text.indexOf(c, i + 1);
                    if (end < 0) {
                        throw new ModelException("Rule: the quote at character " + (i + 1) + " is never closed.");
                    }
                    tokens.add("\u0000" + text.substring(i + 1, end)); // marks a quoted value
                    i = end + 1;
                } else if ("<>=!".indexOf(c) >= 0) {
                    int end = i + 1;
                    if (end < text.length() && text.charAt(end) == '=') {
                        end++;
                    }
                    tokens.add(text.substring(i, end));
                    i = end;
                } else {
                    int end = i;
                    while (end < text.length() && !Character.isWhitespace(text.charAt(end))
                            && "()<>=!\"'".indexOf(text.charAt(end)) < 0) {
                        end++;
                    }
                    tokens.add(text.substring(i, end));
                    i = end;
                }
            }
        }

        Node parse() {
            Node node = or();
            if (pos < tokens.size()) {
                throw error("unexpected `" + shown(tokens.get(pos)) + "`");
            }
            return node;
        }

        private Node or() {
            Node left = and();
            while (keyword("OR")) {
                Node a = left;
                Node b = and();
                left = row -> a.matches(row) || b.matches(row);
            }
            return left;
        }

        private Node and() {
            Node left = not();
            while (keyword("AND")) {
                Node a = left;
                Node b = not();
                left = row -> a.matches(row) && b.matches(row);
            }
            return left;
        }

        private Node not() {
            if (keyword("NOT")) {
                Node inner = not();
                return row -> !inner.matches(row);
            }
            if (peek("(")) {
                pos++;
                Node inner = or();
                if (!peek(")")) {
                    throw error("a `)` is missing");
                }
                pos++;
                return inner;
            }
            return comparison();
        }

        private Node comparison() {
            String column = next("a column name");
            Attribute attribute = header.attribute(column);
            if (attribute == null || attribute.index() == header.classIndex()) {
                throw error("`" + column + "` is not a feature column");
            }
            String op = next("a comparison (>, >=, <, <=, =, !=)");
            if (!List.of(">", ">=", "<", "<=", "=", "!=").contains(op)) {
                throw error("`" + op + "` is not a comparison; use >, >=, <, <=, = or !=");
            }
            String value = shown(next("a value"));
            int index = attribute.index();
            if (attribute.isNumeric()) {
                double limit;
                try {
                    limit = Double.parseDouble(value);
                } catch (NumberFormatException e) {
                    throw error("`" + column + "` is a number, so `" + value + "` must be one too");
                }
                return row -> !row.isMissing(index) && compare(row.value(index), op, limit);
            }
            int valueIndex = attribute.indexOfValue(value);
            if (valueIndex < 0 || !(op.equals("=") || op.equals("!="))) {
                throw error(valueIndex < 0 ? "`" + column + "` has no value `" + value + "`"
                        : "`" + column + "` is a category: compare it with = or !=");
            }
            boolean equal = op.equals("=");
            return row -> !row.isMissing(index) && ((int) row.value(index) == valueIndex) == equal;
        }

        private static boolean compare(double v, String op, double limit) {
            return switch (op) {
                case ">" -> v > limit;
                case ">=" -> v >= limit;
                case "<" -> v < limit;
                case "<=" -> v <= limit;
                case "=" -> v == limit;
                default -> v != limit;
            };
        }

        private boolean keyword(String word) {
            if (pos < tokens.size() && tokens.get(pos).equalsIgnoreCase(word)) {
                pos++;
                return true;
            }
            return false;
        }

        private boolean peek(String token) {
            return pos < tokens.size() && tokens.get(pos).equals(token);
        }

        private String next(String what) {
            if (pos >= tokens.size()) {
                throw error(what + " is missing at the end");
            }
            return tokens.get(pos++);
        }

        private static String shown(String token) {
            return token.startsWith("\u0000") ? token.substring(1) : token;
        }

        private ModelException error(String message) {
            return new ModelException("Rule `" + text + "`: " + message + ".");
        }
    }
}
