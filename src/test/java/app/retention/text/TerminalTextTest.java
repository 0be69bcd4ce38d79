package app.retention.text;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** Nothing printed from the data acts on the terminal; it is shown instead. */
class TerminalTextTest {

    @Test
    void escapeSequencesBellsAndBidiOverridesBecomeVisible() {
        assertThat(TerminalText.visible("\u001b]0;owned\u0007Ana\u202eabc", true))
                .isEqualTo("\\u001b]0;owned\\u0007Ana\\u202eabc");
        assertThat(TerminalText.visible("back\bspace\rreturn\u009bcsi", true))
                .isEqualTo("back\\u0008space\\u000dreturn\\u009bcsi");
    }

    @Test
    void printableTextTabsAndLineBreaksStayAsTheyAre() {
        String text = "São Paulo\tR$ 1.200,50\nBogotá — 💡";
        assertThat(TerminalText.visible(text, true)).isSameAs(text);
    }

    @Test
    void aGuardedErrorWriterKeepsEveryMessageOnOneLine() {
        StringWriter terminal = new StringWriter();
        PrintWriter err = TerminalText.guard(new PrintWriter(terminal), false);
        err.println("error: segment `a\nb\u001b[2J` not found");
        err.flush();
        assertThat(terminal.toString()).isEqualTo("error: segment `a b\\u001b[2J` not found" + System.lineSeparator());
    }
}
