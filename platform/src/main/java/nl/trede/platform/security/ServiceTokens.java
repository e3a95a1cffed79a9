package nl.trede.platform.security;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bearer tokens for calls from this service to another Trede service with the service's own identity (never a
 * forwarded end-user token): subject {@code trede-<service>}, role {@link Roles#SERVICE}, five minutes valid,
 * cached until one minute before expiry. Signed with {@code smallrye.jwt.sign.key.location}: locally the
 * generated dev key; in production a key registered with the OIDC provider (or replace this bean by an OIDC
 * client-credentials client).
 */
@ApplicationScoped
public class ServiceTokens {

    private static final Duration LIFETIME = Duration.ofMinutes(5);

    private final String subject;
    private final String issuer;
    private final String audience;
    private volatile String token;
    private volatile Instant renewAfter = Instant.EPOCH;

    public ServiceTokens(@ConfigProperty(name = "trede.events.system") String system,
                         @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer,
                         @ConfigProperty(name = "trede.security.audience", defaultValue = "trede") String audience) {
        this.subject = system;
        this.issuer = issuer;
        this.audience = audience;
    }

    public String bearer() {
        Instant now = Instant.now();
        if (token == null || now.isAfter(renewAfter)) {
            synchronized (this) {
                if (token == null || now.isAfter(renewAfter)) {
                    token = Jwt.issuer(issuer)
                            .subject(subject)
                            .upn(subject)
                            .audience(audience)
                            .groups(Set.of(Roles.SERVICE))
                            .issuedAt(now)
                            .expiresAt(now.plus(LIFETIME))
                            .sign();
                    renewAfter = now.plus(LIFETIME).minus(Duration.ofMinutes(1));
                }
            }
        }
        return "Bearer " + token;
    }
}
