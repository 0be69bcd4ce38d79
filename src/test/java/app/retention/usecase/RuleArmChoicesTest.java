package app.retention.usecase;

import app.retention.domain.ColumnInfo;
import app.retention.domain.ColumnRole;
import app.retention.domain.ColumnType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RuleArmChoicesTest {

    private static final List<ColumnInfo> COLUMNS = List.of(
            column("days_since_last_order", ColumnType.INTEGER), column("avg_basket_brl", ColumnType.DECIMAL),
            column("complaint", ColumnType.CATEGORY));

    private static ColumnInfo column(String name, ColumnType type) {
        return new ColumnInfo(0, name, name, type, ColumnRole.FEATURE, 0, 0, null, null, null);
    }

    @Test
    void aRuleBaselinesStrictComparisonOnAWholeNumberIsSaidWithTheCampaignRulesOperators() {
        assertThat(RuleArmChoices.asCampaignRule("days_since_last_order > 45 OR complaint = Yes", COLUMNS))
                .contains("days_since_last_order >= 46 OR complaint = Yes");
        assertThat(RuleArmChoices.asCampaignRule("days_since_last_order <= 10", COLUMNS))
                .contains("days_since_last_order < 11");
        assertThat(RuleArmChoices.asCampaignRule("days_since_last_order >= 46", COLUMNS))
                .contains("days_since_last_order >= 46");
    }

    @Test
    void aRuleThatCannotBeSaidExactlyIsNotOffered() {
        assertThat(RuleArmChoices.asCampaignRule("avg_basket_brl > 100", COLUMNS)).isEmpty();
        assertThat(RuleArmChoices.asCampaignRule("days_since_last_order > 45.5", COLUMNS)).isEmpty();
        assertThat(RuleArmChoices.asCampaignRule("", COLUMNS)).isEmpty();
    }

    @Test
    void theRuleParameterIsReadFromARuleBaselinesParameters() {
        assertThat(RuleArmChoices.ruleOf("rule=complaint = Yes; balance=none")).isEqualTo("complaint = Yes");
        assertThat(RuleArmChoices.ruleOf("balance=none")).isEmpty();
    }
}
