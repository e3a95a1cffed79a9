package nl.trede.platform.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points the service under test at the per-JVM test key pair: tokens from {@link TestTokens} verify, and the
 * service's own service tokens are signed with the same key. Use with {@code @WithTestResource}.
 */
public class JwtKeysTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "mp.jwt.verify.publickey.location", TestKeys.publicKeyPem().toUri().toString(),
                "smallrye.jwt.sign.key.location", TestKeys.privateKeyPem().toUri().toString(),
                "mp.jwt.verify.issuer", TestKeys.ISSUER,
                "mp.jwt.verify.audiences", TestKeys.AUDIENCE);
    }

    @Override
    public void stop() {
    }
}
