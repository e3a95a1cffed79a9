package nl.trede.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The catalogue really derives what the services read; the other checks rely on it. */
class ConfigCatalogTest {

    @Test
    void gatewayReadsItsUpstreamsAndNeedsThemOverridden() {
        ConfigCatalog gw = Catalogs.of("api-gateway");
        assertTrue(gw.reads("TREDE_GATEWAY_UPSTREAMS_INTAKE"));
        assertTrue(gw.reads("TREDE_GATEWAY_TIMEOUT"), "@ConfigMapping member with @WithDefault");
        assertTrue(gw.reads("TREDE_GATEWAY_OPENAPI_CACHE_TTL"), "nested @ConfigMapping group");
        assertTrue(gw.reads("MP_JWT_VERIFY_PUBLICKEY_LOCATION"));
        assertFalse(gw.reads("KAFKA_BOOTSTRAP_SERVERS"), "the gateway has no Kafka");
        assertFalse(gw.reads("QUARKUS_DATASOURCE_JDBC_URL"), "the gateway has no database");
        assertFalse(gw.reads("TREDE_OUTBOX_BATCH_SIZE"), "platform outbox is excluded by quarkus.arc.exclude-types");
        assertEquals(Set.of("TREDE_GATEWAY_UPSTREAMS_INTAKE", "TREDE_GATEWAY_UPSTREAMS_CASEWORK",
                "TREDE_GATEWAY_UPSTREAMS_ENFORCEMENT", "TREDE_GATEWAY_UPSTREAMS_LADDER",
                "TREDE_GATEWAY_UPSTREAMS_WERKVOORRAAD"), gw.requiredEnv().keySet());
    }

    @Test
    void servicesNeedTheirDatabaseKafkaAndPublicUrl() {
        for (String module : Set.of("intake-service", "casework-service", "enforcement-service",
                "participation-ladder-service", "worklist-service")) {
            ConfigCatalog c = Catalogs.of(module);
            Set<String> required = c.requiredEnv().keySet();
            for (String env : Set.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_PASSWORD",
                    "KAFKA_BOOTSTRAP_SERVERS", "TREDE_EVENTS_API_BASE_URL")) {
                assertTrue(required.contains(env), module + " must require " + env + ", got " + required);
            }
            assertTrue(c.reads("TREDE_OUTBOX_BATCH_SIZE"));
            assertTrue(c.reads("TREDE_CONSUMER_MAX_ATTEMPTS"));
            assertTrue(c.reads("TREDE_EVENTS_OIN"));
            assertTrue(c.reads("SMALLRYE_JWT_SIGN_KEY_LOCATION"));
            assertTrue(c.reads("KAFKA_SASL_JAAS_CONFIG"), "kafka.* client properties pass through");
            assertFalse(c.reads("QUARKUS_DATASOURCE_JDBC_UR"));
            assertFalse(required.contains("QUARKUS_DATASOURCE_USERNAME"), "has a %prod value");
        }
        assertTrue(Catalogs.of("casework-service").requiredEnv().containsKey("QUARKUS_REST_CLIENT_INTAKE_URL"));
        assertFalse(Catalogs.of("intake-service").reads("QUARKUS_REST_CLIENT_INTAKE_URL"));
    }
}
