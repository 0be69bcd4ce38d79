package app.retention.model;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleBaselineTest {

    Instances data;

    @BeforeEach
    void customers() {
        ArrayList<Attribute> attributes = new ArrayList<>();
        attributes.add(new Attribute("days_since_last_order"));
        attributes.add(new Attribute("complaint", new ArrayList<>(List.of("No", "Yes"))));
        attributes.add(new Attribute("plan", new ArrayList<>(List.of("basic", "pro plus"))));
        attributes.add(new Attribute("churned", new ArrayList<>(List.of(ModelSchema.STAY, ModelSchema.CHURN))));
        data = new Instances("t", attributes, 5);
        data.setClassIndex(3);
        data.add(new DenseInstance(1, new double[] {60, 0, 0, 1}));
        data.add(new DenseInstance(1, new double[] {10, 1, 1, 1}));
        data.add(new DenseInstance(1, new double[] {10, 0, 0, 0}));
        data.add(new DenseInstance(1, new double[] {5, 0, 1, 0}));
        data.add(new DenseInstance(1, new double[] {70, 0, 0, 1}));
    }

    private RuleBaseline rule(String text) {
        RuleBaseline rule = new RuleBaseline();
        rule.setRule(text);
        rule.buildClassifier(data);
        return rule;
    }

    @Test
    void customersMatchingTheRuleGetTheMatchingRate() {
        RuleBaseline rule = rule("days_since_last_order > 45 OR complaint = Yes");
        // 3 matching customers, all churned: (3+1)/(3+2); 2 others, none churned: (0+1)/(2+2)
        assertThat(rule.distributionForInstance(data.instance(0))[1]).isEqualTo(0.8);
        assertThat(rule.distributionForInstance(data.instance(1))[1]).isEqualTo(0.8);
        assertThat(rule.distributionForInstance(data.instance(2))[1]).isEqualTo(0.25);
    }

    @Test
    void andNotParenthesesAndQuotedValuesWork() {
        RuleBaseline rule = rule("NOT (plan = \"pro plus\") AND (days_since_last_order >= 10 AND complaint != Yes)");
        // matches customers 0, 2 and 4 (2 of 3 churned: 3/5); not 1 (complaint) or 3 (pro plus): 2/4
        assertThat(rule.distributionForInstance(data.instance(0))[1]).isEqualTo(0.6);
        assertThat(rule.distributionForInstance(data.instance(2))[1]).isEqualTo(0.6);
        assertThat(rule.distributionForInstance(data.instance(1))[1]).isEqualTo(0.5);
        assertThat(rule.distributionForInstance(data.instance(3))[1]).isEqualTo(0.5);
    }

    @Test
    void mistakesAreNamedInTheUsersTerms() {
        assertThatThrownBy(() -> rule("tenure > 3")).hasMessageContaining("`tenure` is not a feature column");
        assertThatThrownBy(() -> rule("days_since_last_order > many")).hasMessageContaining("must be one too");
        assertThatThrownBy(() -> rule("complaint > Yes")).hasMessageContaining("compare it with = or !=");
        assertThatThrownBy(() -> rule("complaint = Maybe")).hasMessageContaining("has no value `Maybe`");
        assertThatThrownBy(() -> rule("(complaint = Yes")).hasMessageContaining("`)` is missing");
        assertThatThrownBy(() -> rule("plan = \"pro")).hasMessageContaining("never closed");
        assertThatThrownBy(() -> rule(" ")).hasMessageContaining("needs a rule");
    }
}
