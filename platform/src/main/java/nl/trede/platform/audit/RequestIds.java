package nl.trede.platform.audit;

import java.util.regex.Pattern;

/**
 * Which caller-chosen {@code X-Request-ID} values are kept (in the logs, the audit records and the answer): a UUID,
 * or a short token of letters, digits, {@code .}, {@code _} and {@code -} (1 to 64) without a run of 8 or more digits
 * (a BSN is 8 or 9 digits, and nothing caller-chosen that could be one is logged). Anything else is replaced by a
 * fresh UUID at the gateway and ignored by the services, and never logged.
 */
public final class RequestIds {

    private static final Pattern UUID = Pattern.compile(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    private static final Pattern TOKEN = Pattern.compile("^[A-Za-z0-9._-]{1,64}$");
    private static final Pattern DIGIT_RUN = Pattern.compile("\\d{8,}");

    private RequestIds() {
    }

    public static boolean acceptable(String id) {
        if (id == null) {
            return false;
        }
        if (UUID.matcher(id).matches()) {
            return true;
        }
        return TOKEN.matcher(id).matches() && !DIGIT_RUN.matcher(id).find();
    }
}
