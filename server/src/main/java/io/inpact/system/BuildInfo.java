package io.inpact.system;

import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Facts stamped in at build time (Maven filters META-INF/inpact-build.properties). */
@Singleton
final class BuildInfo {

    static final String RESOURCE = "/META-INF/inpact-build.properties";

    private final String version;

    BuildInfo() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath: build the server with Maven");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        this.version = properties.getProperty("version");
    }

    String version() {
        return version;
    }
}
