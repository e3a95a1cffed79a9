package nl.trede.casework.api;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import nl.trede.casework.domain.Zaak;

/** What the zaak resources share: a zaak as a 200 with its ETag, and an optional text parameter. */
final class ZaakAntwoorden {

    private ZaakAntwoorden() {
    }

    /** The zaak, with its version as ETag (for If-Match on the next change). */
    static Response ok(Zaak zaak) {
        return Response.ok(ZaakResponse.of(zaak)).tag(new EntityTag(Long.toString(zaak.version))).build();
    }

    /** Null for an absent or blank value, else the value stripped. */
    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
