package app.retention.usecase;

import app.retention.data.SampleData;
import app.retention.domain.ColumnInfo;
import app.retention.domain.ModelRecord;
import app.retention.model.ModelCatalog;
import app.retention.segment.StreamedSegment;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
        for (ModelRecord m : services.workspace().models().list()) {
            if (m.learner().equals(ModelCatalog.RULE_BASELINE) && m.datasetName().equals(dataset)) {
                String rule = ruleOf(m.params());
                if (!rule.isBlank()) {
                    rules.add(rule);
                }
            }
        }
        List<ColumnInfo> columns = services.datasets().columns(services.datasets().require(
                segment.scoring().datasetReference()));
        SampleData.ruleFor(columns).ifPresent(rules::add);
        return List.copyOf(rules);
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
