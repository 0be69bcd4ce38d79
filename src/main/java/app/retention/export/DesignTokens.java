package app.retention.export;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The colours of {@code styles/tokens.css} for what JavaFX CSS does not draw: JFreeChart charts on screen, in saved
 * images and in the campaign brief. One file holds every colour of the workbench; nothing repeats a hex value.
 */
public final class DesignTokens {

    private static final String FILE = "/styles/tokens.css";
    private static final Pattern TOKEN = Pattern.compile("-rw-([a-z0-9-]+)\\s*:\\s*#([0-9a-fA-F]{6})\\s*;");
    private static final Map<String, Color> COLOURS = read();

    private DesignTokens() {
    }

    /**
     * The colour {@code -rw-<name>} of tokens.css.
     *
     * @throws IllegalStateException when tokens.css has no such colour (a programming error, caught by tests)
     */
    public static Color colour(String name) {
        Color colour = COLOURS.get(name);
        if (colour == null) {
            throw new IllegalStateException("styles/tokens.css has no colour -rw-" + name + ".");
        }
        return colour;
    }

    private static Map<String, Color> read() {
        try (InputStream in = DesignTokens.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("styles/tokens.css is missing from this build.");
            }
            Map<String, Color> colours = new HashMap<>();
            Matcher m = TOKEN.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (m.find()) {
                colours.put(m.group(1), new Color(Integer.parseInt(m.group(2), 16)));
            }
            return colours;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
