package nl.trede.platform.json;

/**
 * The characters a Trede API accepts in text. Every string of a JSON body may contain any Unicode text plus tab,
 * line feed and carriage return (there is no separate "free text" marking: single-line fields are held to their own
 * patterns and lengths by their validation). Refused everywhere: NUL and the other C0 controls, DEL, the C1 controls
 * (U+0080–U+009F), an unpaired surrogate, and the bidirectional embedding/override/isolate controls U+202A–U+202E and
 * U+2066–U+2069 (they make a name display as something else than it is). Path segments and query parameters take no
 * tab or line break either.
 */
public final class TextPolicy {

    /** The reason given for a refused string (never the value itself). */
    public static final String REASON = "contains a control character, an unpaired surrogate or a bidirectional "
            + "control character";

    private TextPolicy() {
    }

    /** True when {@code text} (null is fine) may be stored; {@code lineBreaks}: tab, LF and CR allowed. */
    public static boolean acceptable(CharSequence text, boolean lineBreaks) {
        if (text == null) {
            return true;
        }
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                if (!lineBreaks || (c != '\t' && c != '\n' && c != '\r')) {
                    return false;
                }
            } else if (c >= 0x7F && c <= 0x9F) {
                return false;
            } else if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
                return false;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= length || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code text} made safe for a log line: every character {@link #acceptable} refuses (line breaks included, so a
     * value cannot forge a log line) becomes {@code ?}. Null stays null.
     */
    public static String forLog(String text) {
        if (text == null || acceptable(text, false)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(acceptable(String.valueOf(c), false) ? c : '?');
            }
        }
        return out.toString();
    }
}
