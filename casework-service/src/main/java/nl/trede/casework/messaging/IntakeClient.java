package nl.trede.casework.messaging;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Reads a melding with its person's data from intake, as the casework service (never with a user's token). */
@RegisterRestClient(configKey = "intake")
@Path("/api/intake/v1/meldingen")
public interface IntakeClient {

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    IntakeMelding melding(@PathParam("id") UUID id, @HeaderParam("Authorization") String bearer);

    /** The fields casework reads (a tolerant reader: others are ignored). */
    record IntakeMelding(UUID id, UUID klantId, String type, String status, Persoon persoon,
                         LocalDate verwachteUitstroomdatum, Schoolverlater schoolverlater) {
    }

    /** A school leaver's gap before 18 as intake computes it (sources A3, A6 T07). */
    record Schoolverlater(LocalDate achttiendeVerjaardag, long dagenTotAchttien, boolean gesignaleerd) {
    }

    record Persoon(String naam, LocalDate geboortedatum) {
    }
}
