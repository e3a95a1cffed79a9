package nl.trede.casework.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import java.util.Set;
import java.util.stream.Collectors;
import nl.trede.casework.domain.ZaakInzage;
import nl.trede.platform.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller's {@link ZaakInzage}, from the token: the subject, the roles and the teams claim. */
@RequestScoped
public class Inzage {

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final String teamsClaim;

    public Inzage(SecurityIdentity identity, JsonWebToken token,
                  @ConfigProperty(name = "trede.security.teams-claim") String teamsClaim) {
        this.identity = identity;
        this.token = token;
        this.teamsClaim = teamsClaim;
    }

    /** The caller's id (the token's subject): the actor of a change. */
    public String wie() {
        return identity.getPrincipal().getName();
    }

    /** Whether the caller is a teamleider (who may assign, approve and decide what a klantmanager may not). */
    public boolean teamleider() {
        return identity.hasRole(Roles.TEAMLEIDER);
    }

    public ZaakInzage vanAanroeper() {
        String wie = identity.getPrincipal().getName();
        if (identity.hasRole(Roles.TEAMLEIDER) || identity.hasRole(Roles.INTAKE_MEDEWERKER)
                || identity.hasRole(Roles.SERVICE)) {
            return new ZaakInzage(wie, teams(), true, true);
        }
        if (identity.hasRole(Roles.KETENPARTNER) && !identity.hasRole(Roles.KLANTMANAGER)) {
            return ZaakInzage.ketenpartner(wie, teams());
        }
        return new ZaakInzage(wie, teams(), false);
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
