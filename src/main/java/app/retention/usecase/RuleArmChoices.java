package app.retention.usecase;

import app.retention.data.SampleData;
import app.retention.domain.ColumnInfo;
import app.retention.domain.ColumnType;
import app.retention.domain.ModelRecord;
import app.retention.model.ModelCatalog;
import app.retention.segment.StreamedSegment;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The team's usual rules a model-vs-rule campaign (docs/adr/0015) can call a second group by, for a saved segment: the
 * rules of the rule baselines trained on the segment's dataset (newest first), and the sample's churn rule when the
 * dataset has its columns. What the Export tab offers next to "Launch as a campaign"; the CLI takes any rule with
 * {@code campaign create --rule}.
 */
public final class RuleArmChoices {

    private RuleArmChoices() {
    }

    /** The rules offered for {@code segment}, without repeats; empty when there is none. */
    public static List<String> of(Workbench services, StreamedSegment segment) {
        Set<String> rules = new LinkedHashSet<>();
        String dataset = segment.scoring().datasetName();
        List<ColumnInfo> columns = services.datasets().columns(services.datasets().require(
                segment.scoring().datasetReference()));
        for (ModelRecord m : services.workspace().models().list()) {
            if (m.learner().equals(ModelCatalog.RULE_BASELINE) && m.datasetName().equals(dataset)) {
                asCampaignRule(ruleOf(m.params()), columns).ifPresent(rules::add);
            }
        }
        SampleData.ruleFor(columns).flatMap(rule -> asCampaignRule(rule, columns)).ifPresent(rules::add);
        return List.copyOf(rules);
    }

    private static final Pattern ABOVE = Pattern.compile("([A-Za-z_][\\w.]*)\\s*(>|<=)\\s*(-?\\d+)(?![\\d.=])");

    /**
     * A rule baseline's rule in the campaign rule's words (the segment filter's {@code =}, {@code >=} and {@code <}):
     * {@code x > 45} on a whole-number column is {@code x >= 46}, {@code x <= 45} is {@code x < 46}, the same
     * customers. Empty when a condition cannot be said exactly so (a decimal column, another operator).
     */
    static Optional<String> asCampaignRule(String rule, List<ColumnInfo> columns) {
        if (rule == null || rule.isBlank()) {
            return Optional.empty();
        }
        Matcher m = ABOVE.matcher(rule);
        StringBuilder said = new StringBuilder();
        while (m.find()) {
            String column = m.group(1);
            boolean whole = columns.stream().anyMatch(c -> c.name().equals(column) && c.type() == ColumnType.INTEGER);
            if (!whole) {
                return Optional.empty();
            }
            long next = Long.parseLong(m.group(3)) + 1;
            m.appendReplacement(said, Matcher.quoteReplacement(column + (m.group(2).equals(">") ? " >= " : " < ")
                    + next));
        }
        m.appendTail(said);
        String text = said.toString().strip();
        return text.matches(".*(>(?!=)|<=).*") ? Optional.empty() : Optional.of(text);
    }

    /** The {@code rule=} parameter of a rule baseline's parameters ("rule=…; balance=none"). */
    static String ruleOf(String params) {
        if (params == null) {
            return "";
        }
        for (String pair : params.split("; ")) {
            if (pair.startsWith("rule=")) {
                return pair.substring("rule=".length()).strip();
            }
        }
        return "";
    }
}
