package nl.trede.platform.problem;

import java.util.regex.Pattern;

/**
 * Renders exceptions for logs without personal data: database drivers put offending key values in their
 * messages (PostgreSQL: {@code Key (bsn)=(123456782) already exists}), so every run of 8 or more digits is
 * masked. Class names and stack frames are kept.
 */
public final class LogSafe {

    private static final Pattern DIGITS = Pattern.compile("\\d{8,}");
    private static final int MAX_FRAMES = 12;

    private LogSafe() {
    }

    public static String mask(String text) {
        return text == null ? null : DIGITS.matcher(text).replaceAll(m -> "*".repeat(m.group().length()));
    }

    public static String describe(Throwable error) {
        StringBuilder out = new StringBuilder();
        Throwable current = error;
        int depth = 0;
        while (current != null && depth < 8) {
            if (depth > 0) {
                out.append("\n  caused by: ");
            }
            out.append(current.getClass().getName());
            if (current.getMessage() != null) {
                out.append(": ").append(mask(current.getMessage()));
            }
            StackTraceElement[] frames = current.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, MAX_FRAMES); i++) {
                out.append("\n    at ").append(frames[i]);
            }
            current = current.getCause() == current ? null : current.getCause();
            depth++;
        }
        return out.toString();
    }
}
