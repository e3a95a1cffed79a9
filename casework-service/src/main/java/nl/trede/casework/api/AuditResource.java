package nl.trede.casework.api;

import jakarta.ws.rs.Path;
import nl.trede.platform.audit.store.AuditLog;

/** The platform's audit query ({@link nl.trede.platform.audit.store.AuditResource}) for casework's own records. */
@Path("/api/casework/v1/audit")
public class AuditResource extends nl.trede.platform.audit.store.AuditResource {

    public AuditResource(AuditLog log) {
        super(log);
    }
}
