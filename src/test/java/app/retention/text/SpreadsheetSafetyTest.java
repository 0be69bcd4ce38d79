package app.retention.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetSafetyTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "+1", "-cmd|' /C calc'!A0", "@SUM(A1:A2)", "\tx", "\rx",
            "-1+2", "-2e5", "\uFF1D1+1"})
    void textThatStartsLikeAFormulaGetsALeadingApostrophe(String text) {
        assertThat(SpreadsheetSafety.neutralise(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-3.5", "-1200", "José", "a=b", "No order in 52 days", "", "'quoted"})
    void negativeNumbersAndOrdinaryTextStayAsTheyAre(String text) {
        assertThat(SpreadsheetSafety.neutralise(text)).isEqualTo(text);
    }

    @Test
    void nullStaysNull() {
        assertThat(SpreadsheetSafety.neutralise(null)).isNull();
    }
}
