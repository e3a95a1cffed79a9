package nl.trede.enforcement.api;

import jakarta.ws.rs.Path;
import nl.trede.platform.audit.store.AuditLog;

/** The platform's audit query ({@link nl.trede.platform.audit.store.AuditResource}) for enforcement's own records. */
@Path("/api/enforcement/v1/audit")
public class AuditResource extends nl.trede.platform.audit.store.AuditResource {

    public AuditResource(AuditLog log) {
        super(log);
    }
}
