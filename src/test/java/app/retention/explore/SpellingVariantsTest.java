package app.retention.explore;

import app.retention.explore.MergeSuggestion.Confidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spelling variants are merged only on evidence that two values are the same thing, never when that would corrupt
 * the data (issue 13, point 3): a table of real pairs that must pair, and families of real categories in which no
 * two values may pair.
 */
class SpellingVariantsTest {

    static final List<String> US_STATE_CODES = List.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA",
            "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV",
            "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA",
            "WA", "WV", "WI", "WY", "DC");
    static final List<String> US_STATE_NAMES = List.of("Alabama", "Alaska", "Arizona", "Arkansas", "California",
            "Colorado", "Connecticut", "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
            "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
            "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico",
            "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
            "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington",
            "West Virginia", "Wisconsin", "Wyoming", "District of Columbia");
    static final List<String> BR_UF_CODES = List.of("AC", "AL", "AP", "AM", "BA", "CE", "DF", "ES", "GO", "MA", "MT",
            "MS", "MG", "PA", "PB", "PR", "PE", "PI", "RJ", "RN", "RS", "RO", "RR", "SC", "SP", "SE", "TO");
    static final List<String> BR_UF_NAMES = List.of("Acre", "Alagoas", "Amapá", "Amazonas", "Bahia", "Ceará",
            "Distrito Federal", "Espírito Santo", "Goiás", "Maranhão", "Mato Grosso", "Mato Grosso do Sul",
            "Minas Gerais", "Pará", "Paraíba", "Paraná", "Pernambuco", "Piauí", "Rio de Janeiro", "Rio Grande do Norte",
            "Rio Grande do Sul", "Rondônia", "Roraima", "Santa Catarina", "São Paulo", "Sergipe", "Tocantins");

    /** Families of categories that are all different things: no two values of one family may pair. */
    static final List<List<String>> DIFFERENT_THINGS = List.of(
            US_STATE_CODES,
            US_STATE_NAMES,
            BR_UF_CODES,
            BR_UF_NAMES,
            List.of("Uneducated", "High School", "College", "Graduate", "Post-Graduate", "Doctorate", "Unknown",
                    "Educated", "Non-Graduate", "Undergraduate", "Pre-School"),
            List.of("Less than $40K", "$40K - $60K", "$60K - $80K", "$80K - $120K", "$120K +", "Unknown"),
            List.of("18-24", "25-34", "35-44", "45-54", "55-64", "65+", "<18", ">65", "Under 18", "Over 65"),
            List.of("Blue", "Silver", "Gold", "Platinum"),
            List.of("Basic", "Basic Plus", "Premium", "Premium Plus", "Standard", "Standard Plus", "Basic Plus 2"),
            List.of("Yes", "No", "No internet service", "No phone service"),
            List.of("Male", "Female"),
            List.of("Month-to-month", "One year", "Two year"),
            List.of("Fiber optic", "DSL", "No"),
            List.of("Electronic check", "Mailed check", "Bank transfer (automatic)", "Credit card (automatic)"),
            List.of("Debit Card", "Credit Card", "E wallet", "UPI", "Cash on Delivery"),
            List.of("Laptop & Accessory", "Mobile Phone", "Fashion", "Grocery", "Others"),
            List.of("Married", "Single", "Divorced", "Widowed"),
            List.of("France", "Germany", "Spain"),
            List.of("Prepaid", "Postpaid"),
            List.of("Pre-paid", "Post-paid"),
            List.of("Active", "Inactive"),
            List.of("Tier 1", "Tier 2", "Tier 3"),
            List.of("Gambia", "Zambia", "Austria", "Australia", "Slovakia", "Slovenia", "Niger", "Nigeria"),
            List.of("Internal", "External", "Increase", "Decrease", "Inbound", "Outbound"));

    @ParameterizedTest(name = "{0} reads as {1} ({2})")
    @CsvSource(delimiter = '|', value = {
            "Sao Paulo        | São Paulo          | HIGH",
            "sao paulo        | São Paulo          | HIGH",
            "credit card      | Credit Card        | HIGH",
            "Mailed check     | Mailed Check       | HIGH",
            "Ewallet          | E-Wallet           | HIGH",
            "e wallet         | E-wallet           | HIGH",
            "Ewallet          | E wallet           | HIGH",
            "CC               | Credit Card        | HIGH",
            "COD              | Cash on Delivery   | HIGH",
            "Post Graduate    | Post-Graduate      | HIGH",
            "de               | DE                 | HIGH",
            "$40K-$60K        | $40K - $60K        | HIGH",
            "Phone            | Mobile Phone       | MEDIUM",
            "Mobile           | Mobile Phone       | MEDIUM",
            "Fibre optic      | Fiber optic        | MEDIUM",
            "Electonic check  | Electronic check   | MEDIUM",
    })
    void theseAreOneCategorySpelledTwoWays(String variant, String spelling, Confidence confidence) {
        assertThat(SpellingVariants.suggest(List.of(variant, spelling), List.of(1L, 10L))).singleElement()
                .satisfies(s -> {
                    assertThat(s.variant()).isEqualTo(variant);
                    assertThat(s.spelling()).isEqualTo(spelling);
                    assertThat(s.confidence()).isEqualTo(confidence);
                });
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
            "DE | WY",
            "DE | Texas",
            "DE | Delaware",
            "Graduate | Post-Graduate",
            "Graduate | Non-Graduate",
            "$120K + | $80K - $120K",
            "Less than $40K | $40K - $60K",
            "18-24 | 25-34",
            "A | A+",
            "N/A | NA",
            "Basic | Basic Plus 2",
            "No | No internet service",
            "Uneducated | Educated",
            "RJ | SP",
            "Fiber | Fiber optic",
            "Credit card | Credit card (automatic)",
    })
    void theseAreDifferentCategoriesAndAreNeverMerged(String a, String b) {
        assertThat(SpellingVariants.find(List.of(a, b))).isEmpty();
        assertThat(SpellingVariants.find(List.of(b, a))).isEmpty();
    }

    @Test
    void noTwoDifferentThingsOfAFamilyEverPair() {
        List<String> falseMerges = new ArrayList<>();
        int pairs = 0;
        for (List<String> family : DIFFERENT_THINGS) {
            for (int i = 0; i < family.size(); i++) {
                for (int j = i + 1; j < family.size(); j++) {
                    pairs++;
                    if (SpellingVariants.match(family.get(i), family.get(j)).isPresent()) {
                        falseMerges.add(family.get(i) + " / " + family.get(j));
                    }
                }
            }
            assertThat(SpellingVariants.find(family)).as("merges within %s", family).isEmpty();
        }
        // a code never pairs with another state's name (the workbench has no code table, so it does not pair a code
        // with its own state's name either: a merge missed, never a false one)
        for (List<List<String>> codesAndNames : List.of(List.of(US_STATE_CODES, US_STATE_NAMES),
                List.of(BR_UF_CODES, BR_UF_NAMES))) {
            List<String> codes = codesAndNames.get(0);
            List<String> names = codesAndNames.get(1);
            for (int i = 0; i < codes.size(); i++) {
                for (int j = 0; j < names.size(); j++) {
                    if (i != j) {
                        pairs++;
                        if (SpellingVariants.match(codes.get(i), names.get(j)).isPresent()) {
                            falseMerges.add(codes.get(i) + " / " + names.get(j));
                        }
                    }
                }
            }
        }
        assertThat(falseMerges).isEmpty();
        assertThat(pairs).isEqualTo(6743);
    }

    @Test
    void aColumnWithTheSameThingSpelledManyWaysMergesIntoItsMostDescriptiveSpelling() {
        List<String> payment = List.of("Debit Card", "Credit Card", "E wallet", "UPI", "COD", "CC", "Cash on Delivery",
                "Ewallet", "credit card");
        assertThat(SpellingVariants.find(payment)).isEqualTo(Map.of("CC", "Credit Card", "credit card", "Credit Card",
                "COD", "Cash on Delivery", "Ewallet", "E wallet"));
    }

    @Test
    void aSlipOfTheKeyboardMergesIntoTheCommonerSpelling() {
        assertThat(SpellingVariants.suggest(List.of("Electronic check", "Electroinc check"), List.of(2365L, 4L)))
                .extracting(MergeSuggestion::variant, MergeSuggestion::spelling)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Electroinc check", "Electronic check"));
    }

    @Test
    void theSuggestionSaysHowSureItIsAndWhy() {
        MergeSuggestion cc = SpellingVariants.suggest(List.of("CC", "Credit Card"), null).get(0);
        assertThat(cc.describe()).isEqualTo("`CC` as `Credit Card` (high confidence: a known abbreviation)");
    }
}
