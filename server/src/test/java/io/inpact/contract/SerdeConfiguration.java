package io.inpact.contract;

import io.micronaut.context.env.DefaultEnvironment;
import io.micronaut.context.env.Environment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The server's own micronaut.serde settings (application.yml + application-test.yml), without starting the server. */
final class SerdeConfiguration {

    private static final String PREFIX = "micronaut.serde";

    private SerdeConfiguration() {
    }

    static Map<String, Object> fromServerConfig() {
        Environment environment = new DefaultEnvironment(() -> List.of(Environment.TEST));
        environment.start();
        try {
            Map<String, Object> properties = new HashMap<>();
            environment.getProperties(PREFIX).forEach((key, value) -> properties.put(PREFIX + "." + key, value));
            return properties;
        } finally {
            environment.stop();
        }
    }
}
