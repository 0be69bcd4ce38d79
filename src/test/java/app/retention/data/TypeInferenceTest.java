package app.retention.data;

import app.retention.domain.ColumnRole;
import app.retention.domain.ColumnType;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class TypeInferenceTest {

    private static ColumnProfiler profile(String name, String... values) {
        ColumnProfiler p = new ColumnProfiler(name);
        for (String v : values) {
            p.accept(v);
        }
        return p;
    }

    private static ColumnType type(String... values) {
        return profile("x", values).inferType().type();
    }

    @Test
    void blankAndWhitespaceCellsAreMissingNotText() {
        ColumnProfiler p = profile("TotalCharges", "29.85", " ", "", "  ", "1889.5");
        assertThat(p.inferType().type()).isEqualTo(ColumnType.DECIMAL);
        assertThat(p.missing()).isEqualTo(3);
    }

    @Test
    void wholeNumbersAreIntegersAndMixedWithDecimalsAreDecimals() {
        assertThat(type("1", "-2", "+30")).isEqualTo(ColumnType.INTEGER);
        assertThat(type("1", "2.5", "1e3")).isEqualTo(ColumnType.DECIMAL);
    }

    @Test
    void codesWithLeadingZerosStayText() {
        assertThat(type("01310", "04538", "20040")).isNotEqualTo(ColumnType.INTEGER).isNotEqualTo(ColumnType.DECIMAL);
    }

    @Test
    void decimalCommaIsReadAsDecimal() {
        ColumnProfiler.InferredType t = profile("valor", "12,50", "3", "-0,25").inferType();
        assertThat(t.type()).isEqualTo(ColumnType.DECIMAL);
        assertThat(t.format()).isEqualTo(ValueFormats.DECIMAL_COMMA);
        ColumnPlan plan = new ColumnPlan(0, "valor", t.type(), ColumnRole.FEATURE, t.type(), ColumnRole.FEATURE, 0, 3,
                null, null, t.format(), java.util.List.of());
        assertThat(new ValueConverter(plan).convert("12,50")).isEqualTo(12.5);
    }

    @Test
    void yesNoZeroOneAndSimNaoAreBooleansKeepingTheirSpelling() {
        ColumnProfiler.InferredType yesNo = profile("Partner", "Yes", "No", "Yes").inferType();
        assertThat(yesNo.type()).isEqualTo(ColumnType.BOOLEAN);
        assertThat(yesNo.trueLabel()).isEqualTo("Yes");
        assertThat(yesNo.falseLabel()).isEqualTo("No");
        assertThat(type("0", "1", "1")).isEqualTo(ColumnType.BOOLEAN);
        assertThat(type("Sim", "Não")).isEqualTo(ColumnType.BOOLEAN);
        assertThat(type("0", "1", "2")).isEqualTo(ColumnType.INTEGER);
        assertThat(type("yes", "no", "maybe")).isEqualTo(ColumnType.CATEGORY);
    }

    @Test
    void datesAreRecognisedDayFirstWhenAmbiguous() {
        ColumnProfiler.InferredType iso = profile("signup", "2026-01-31", "2025-12-01").inferType();
        assertThat(iso.type()).isEqualTo(ColumnType.DATE);
        ColumnProfiler.InferredType latam = profile("signup", "03/04/2026", "25/12/2025").inferType();
        assertThat(latam.format()).isEqualTo("dd/MM/uuuu");
        assertThat(ValueFormats.parseDate("03/04/2026", latam.format())).isEqualTo(LocalDateTime.of(2026, 4, 3, 0, 0));
        assertThat(profile("t", "2026-01-31 10:15:00").inferType().type()).isEqualTo(ColumnType.DATE);
        assertThat(type("2026-02-30")).isNotEqualTo(ColumnType.DATE);
    }

    @Test
    void fewRepeatedValuesAreACategoryManyDistinctValuesAreText() {
        assertThat(type("Month-to-month", "One year", "Two year", "One year")).isEqualTo(ColumnType.CATEGORY);
        String[] names = new String[300];
        for (int i = 0; i < names.length; i++) {
            names[i] = "Customer note " + i;
        }
        assertThat(type(names)).isEqualTo(ColumnType.TEXT);
    }

    @Test
    void allMissingColumnIsIgnored() {
        ColumnProfiler p = profile("empty", "", " ", "");
        assertThat(RoleRules.infer("empty", p.inferType().type(), p)).isEqualTo(ColumnRole.IGNORED);
    }
}
