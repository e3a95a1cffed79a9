package nl.trede.casework.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ZakenPagina")
public record ZakenPage(List<ZaakResponse> zaken, int page, int pageSize, long totalItems) {
}
