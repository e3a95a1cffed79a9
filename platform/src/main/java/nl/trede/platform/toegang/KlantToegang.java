package nl.trede.platform.toegang;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.trede.platform.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller's {@link KlantInzage} (from the token: the principal name casework uses for a regisseur, the roles and
 * the teams claim) and the per-klant decision on the service's {@code zaak_toegang} projection.
 */
@RequestScoped
public class KlantToegang {

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final String teamsClaim;
    private final EntityManager em;

    public KlantToegang(SecurityIdentity identity, JsonWebToken token,
                        @ConfigProperty(name = "trede.security.teams-claim", defaultValue = "teams") String teamsClaim,
                        EntityManager em) {
        this.identity = identity;
        this.token = token;
        this.teamsClaim = teamsClaim;
        this.em = em;
    }

    public KlantInzage aanroeper() {
        String wie = identity.isAnonymous() ? "" : identity.getPrincipal().getName();
        boolean klantmanager = identity.hasRole(Roles.KLANTMANAGER);
        boolean gemeentebreed = identity.hasRole(Roles.HANDHAVER) || identity.hasRole(Roles.TEAMLEIDER)
                || identity.hasRole(Roles.SERVICE);
        return new KlantInzage(wie, teams(), !klantmanager || gemeentebreed);
    }

    /** May the caller read ({@code handelen} false) or act on the records of this klant? */
    @Transactional
    public boolean mag(UUID klantId, boolean handelen) {
        Recht recht = recht(klantId);
        return handelen ? recht.handelen() : recht.lezen();
    }

    /** What the caller may do with the records of this klant, from one look at the klant's zaken. */
    @Transactional
    public Recht recht(UUID klantId) {
        KlantInzage inzage = aanroeper();
        if (inzage.volledig()) {
            return new Recht(true, true);
        }
        var zaken = ZaakToegangProjectie.zakenVan(em, klantId);
        return new Recht(inzage.magLezen(zaken), inzage.magHandelen(zaken));
    }

    /** Read and act on a klant's records (acting without reading does not occur: {@link KlantInzage}). */
    public record Recht(boolean lezen, boolean handelen) {
    }

    private Set<String> teams() {
        Object claim = token.getClaim(teamsClaim);
        if (claim instanceof JsonArray array) {
            return array.stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString())
                    .collect(Collectors.toUnmodifiableSet());
        }
        if (claim instanceof Set<?> set) {
            return set.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
        }
        if (claim instanceof String single && !single.isBlank()) {
            return Set.of(single);
        }
        return Set.of();
    }
}
