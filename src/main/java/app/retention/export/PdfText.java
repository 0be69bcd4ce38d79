package app.retention.export;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import java.util.Map;

/**
 * Text for the PDF's built-in fonts. The brief's PDF embeds no font (it uses the PDF standard Helvetica, which
 * every viewer has), and those fonts cover Windows-1252 only: accents, €, dashes and quotes are there, but not
 * ≥ or →. Characters outside it are written in plain letters, so nothing renders as a box or a #. Control
 * characters (an escape, a bell) become {@code ?}.
 */
final class PdfText {

    private static final Map<Character, String> SPELLED = Map.ofEntries(Map.entry('≥', ">="), Map.entry('≤', "<="),
            Map.entry('−', "-"), Map.entry('→', "->"), Map.entry('←', "<-"), Map.entry('≈', "~"),
            Map.entry('Δ', "delta "), Map.entry('✓', "yes"),
            Map.entry('\u00A0', " "), Map.entry('\u2009', " "), Map.entry('\u202F', " "));

    private PdfText() {
    }

    static String forStandardFonts(String text) {
        CharsetEncoder cp1252 = Charset.forName("windows-1252").newEncoder();
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                out.append('?'); // not allowed in XHTML: the renderer would stop at it (a name saved before the rule)
            } else if (c < 0x80 || cp1252.canEncode(c)) {
                out.append(c);
            } else if (SPELLED.containsKey(c)) {
                out.append(SPELLED.get(c));
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c)) {
                    out.append('?'); // one mark per character outside the basic plane (emoji)
                }
            } else {
                String stripped = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                out.append(!stripped.isEmpty() && cp1252.canEncode(stripped) ? stripped : "?");
            }
        }
        return out.toString();
    }
}
