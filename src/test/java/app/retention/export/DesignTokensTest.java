package app.retention.export;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Charts take their colours from styles/tokens.css, the one file that holds every colour (issue 11). */
class DesignTokensTest {

    @Test
    void colorsAreReadFromTheTokensFile() {
        assertThat(DesignTokens.colour("series-0")).isEqualTo(new Color(0x1f6feb));
        assertThat(DesignTokens.colour("heat-6")).isEqualTo(new Color(0xb2182b));
        assertThat(DesignTokens.colour("grid")).isEqualTo(new Color(0xe4e7eb));
    }

    @Test
    void anUnknownColourIsAProgrammingErrorNamedInFull() {
        assertThatThrownBy(() -> DesignTokens.colour("no-such-colour"))
                .hasMessage("styles/tokens.css has no colour -rw-no-such-colour.");
    }

    @Test
    void noMainClassSpellsAColourOfItsOwn() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> spelled = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    return Files.readString(f).matches("(?s).*new Color\\(0x[0-9a-fA-F]{6}\\).*");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).map(Path::toString).toList();
            assertThat(spelled).as("classes with a hex colour instead of a token").isEmpty();
        }
    }
}
