package nl.trede.platform.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** Applies {@link StrictJson} to the application's {@code ObjectMapper} in every service and the gateway. */
@Singleton
public class StrictJsonCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        StrictJson.configure(mapper);
    }

    @Override
    public int priority() {
        // After Quarkus' own customizers (which set the defaults from quarkus.jackson.*).
        return MINIMUM_PRIORITY;
    }
}
