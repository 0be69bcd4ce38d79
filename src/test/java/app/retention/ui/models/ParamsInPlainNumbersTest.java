package app.retention.ui.models;

import app.retention.model.LearnerCatalog;
import app.retention.model.ParamSpec;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Settings read in plain numbers and words: no 1.0E-8 as the face of a parameter. */
class ParamsInPlainNumbersTest {

    private static ParamSpec ridge() {
        return LearnerCatalog.all().stream().filter(s -> s.name().equals("logistic")).findFirst().orElseThrow()
                .params().stream().filter(p -> p.key().equals("ridge")).findFirst().orElseThrow();
    }

    @Test
    void theRidgePenaltyDefaultsToAPlainNumberAndSaysWhatItDoes() {
        assertThat(ridge().defaultValue()).isEqualTo("0.00000001");
        assertThat(ridge().description()).contains("almost none");
    }

    @Test
    void numbersTypedInScientificNotationAreKeptInPlainNotation() {
        assertThat(ridge().validate("1e-8")).isEqualTo("0.00000001");
        assertThat(ridge().validate("1.0")).isEqualTo("1");
        assertThat(ParamSpec.plain(1e6)).isEqualTo("1000000");
    }

    @Test
    void runsStoredWithTheOldNotationStillReadAsDefaults() {
        assertThat(LeaderboardRow.params("logistic", Map.of("ridge", "1.0E-8", "balance", "none")))
                .isEqualTo("defaults");
    }

    @Test
    void changedSettingsReadByLabelInPlainNumbers() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("iterations", "300");
        params.put("shrinkage", "5.0E-2");
        assertThat(LeaderboardRow.params("boosting", params)).isEqualTo("Boosting rounds 300, Learning rate 0.05");
    }

    @Test
    void eachParameterHasALineSayingWhatItDoes() {
        var logistic = LearnerCatalog.all().stream().filter(s -> s.name().equals("logistic")).findFirst().orElseThrow();
        LearnerChoice choice = new LearnerChoice(logistic, false,
                logistic.params().stream().map(p -> new ParamField(logistic.label(), p)).toList());

        List<String> lines = choice.paramHelp().lines().toList();

        assertThat(lines).hasSize(logistic.params().size());
        assertThat(lines.get(0)).startsWith("Ridge penalty: pulls the weights towards zero");
        assertThat(new ParamSheetItem(choice.params().get(0)).getDescription()).contains("Default 0.00000001.")
                .doesNotContain("E-");
    }
}
