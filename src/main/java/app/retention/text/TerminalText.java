package app.retention.text;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Keeps text from the data (a customer's name, a category, a model file's header) from acting on the terminal it
 * is printed to: control characters (escape sequences that recolour, move the cursor or retitle the window, bells,
 * backspaces, carriage returns), the C1 controls and the bidirectional overrides that reorder what is shown are
 * written as visible escapes ({@code \u001b}) instead. Printable text, tabs and line ends are kept.
 */
public final class TerminalText {

    private TerminalText() {
    }

    /** The text with every control character made visible; {@code \n} stays a line break when {@code lines}. */
    public static String visible(String text, boolean lines) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unsafe = unsafe(c) && !(lines && c == '\n');
            if (unsafe && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (unsafe) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** Whether printing this character could do something other than show a character. */
    static boolean unsafe(char c) {
        return (c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
    }

    /**
     * A writer for a terminal: everything printed through it is made visible as above. With {@code lines}, line
     * breaks inside printed text are kept (tables, lists); without, only the line end of each {@code println} is
     * (an error stays on one line whatever its message holds: its line breaks become spaces).
     */
    public static PrintWriter guard(PrintWriter terminal, boolean lines) {
        return new PrintWriter(new Guard(terminal, lines), true);
    }

    private static final class Guard extends FilterWriter {
        private final boolean lines;

        Guard(Writer out, boolean lines) {
            super(out);
            this.lines = lines;
        }

        @Override
        public void write(int c) throws IOException {
            write(String.valueOf((char) c), 0, 1);
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            write(new String(chars, offset, length), 0, length);
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            String part = text.substring(offset, offset + length);
            if (part.equals(System.lineSeparator())) {
                out.write(part);
            } else {
                out.write(visible(lines ? part : part.replace("\r\n", " ").replace('\n', ' '), lines));
            }
        }
    }
}
