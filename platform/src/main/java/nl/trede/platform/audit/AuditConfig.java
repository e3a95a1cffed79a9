package nl.trede.platform.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code trede.audit.*}: the audit log (Logboek dataverwerkingen). */
@ConfigMapping(prefix = "trede.audit")
public interface AuditConfig {

    /**
     * Base URI of the register of verwerkingsactiviteiten; a record's processing activity is this plus the
     * activity's code (env {@code TREDE_AUDIT_ACTIVITY_BASE_URI}).
     */
    @WithDefault("https://trede.local/verwerkingsactiviteiten/")
    String activityBaseUri();

    /** The URI of one activity: the base (with one trailing slash) plus its code. */
    static String activityUri(String base, Verwerkingsactiviteit activiteit) {
        String prefix = base.endsWith("/") ? base : base + "/";
        return prefix + activiteit.code();
    }
}
