package nl.trede.worklist.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import java.util.Set;
import java.util.stream.Collectors;
import nl.trede.platform.security.Roles;
import nl.trede.worklist.domain.Zicht;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller's {@link Zicht} from the token: principal name, teams claim and Trede roles. */
@RequestScoped
public class Aanroeper {

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final String teamsClaim;

    public Aanroeper(SecurityIdentity identity, JsonWebToken token,
                     @ConfigProperty(name = "trede.security.teams-claim", defaultValue = "teams") String teamsClaim) {
        this.identity = identity;
        this.token = token;
        this.teamsClaim = teamsClaim;
    }

    public String wie() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    public Zicht zicht() {
        Set<String> rollen = identity.getRoles().stream().filter(Set.of(Roles.ALL_USER_ROLES)::contains)
                .collect(Collectors.toUnmodifiableSet());
        return new Zicht(wie(), teams(), rollen);
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
