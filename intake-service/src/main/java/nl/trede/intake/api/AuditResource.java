package nl.trede.intake.api;

import jakarta.ws.rs.Path;
import nl.trede.platform.audit.store.AuditLog;

/** The platform's audit query ({@link nl.trede.platform.audit.store.AuditResource}) for intake's own records. */
@Path("/api/intake/v1/audit")
public class AuditResource extends nl.trede.platform.audit.store.AuditResource {

    public AuditResource(AuditLog log) {
        super(log);
    }
}
