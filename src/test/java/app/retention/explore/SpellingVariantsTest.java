package app.retention.explore;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spelling variants are merged only on evidence that two values are the same thing, never when that would corrupt
 * the data (issue 13, point 3): a table of pairs that must pair and pairs that must not.
 */
class SpellingVariantsTest {

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource({
            "Sao Paulo, São Paulo",
            "sao paulo, São Paulo",
            "Ewallet, E-Wallet",
            "CC, Credit Card",
            "COD, Cash on Delivery",
            "Phone, Mobile Phone",
    })
    void theseAreOneCategorySpelledTwoWays(String variant, String spelling) {
        assertThat(SpellingVariants.find(List.of(variant, spelling))).isEqualTo(Map.of(variant, spelling));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
            "DE | WY",
            "DE | Texas",
            "Graduate | Post-Graduate",
            "Graduate | Non-Graduate",
            "$120K + | $80K - $120K",
            "Less than $40K | $40K - $60K",
            "18-24 | 25-34",
            "Basic | Basic Plus 2",
            "No | No internet service",
            "Uneducated | Educated",
            "RJ | SP",
    })
    void theseAreDifferentCategoriesAndAreNeverMerged(String a, String b) {
        assertThat(SpellingVariants.find(List.of(a, b))).isEmpty();
    }
}
