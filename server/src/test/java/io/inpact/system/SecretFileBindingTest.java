package io.inpact.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** DB_PASSWORD_FILE and JWT_SECRET_FILE: secrets mounted as files, as compose.yaml does for the database. */
class SecretFileBindingTest {

    @TempDir
    Path dir;

    @Test
    void shouldReadTheDatabasePasswordFromTheFileWhenOnlyDbPasswordFileIsSet() throws IOException {
        String password = UUID.randomUUID().toString();
        Path file = Files.writeString(dir.resolve("db_password"), password + "\n");

        Map<String, Object> properties = EnvironmentBinding.properties(Map.of(
                "DB_HOST", "db", "DB_USER", "inpact", "DB_PASSWORD_FILE", file.toString()));

        assertThat(properties).containsEntry("datasources.default.password", password);
    }

    @Test
    void shouldPreferThePlainVariableWhenBothAreSet() throws IOException {
        Path file = Files.writeString(dir.resolve("db_password"), "from-file");

        Map<String, Object> properties = EnvironmentBinding.properties(Map.of(
                "DB_HOST", "db", "DB_PASSWORD", "from-env", "DB_PASSWORD_FILE", file.toString()));

        assertThat(properties).containsEntry("datasources.default.password", "from-env");
    }

    @Test
    void shouldReadTheJwtSecretFromTheFileWhenJwtSecretFileIsSet() throws IOException {
        String secret = UUID.randomUUID() + "-" + UUID.randomUUID();
        Path file = Files.writeString(dir.resolve("jwt_secret"), secret);

        Map<String, Object> properties = EnvironmentBinding.properties(Map.of("JWT_SECRET_FILE", file.toString()));

        assertThat(properties).containsEntry(EnvironmentBinding.JWT_SECRET_PROPERTY, secret);
    }

    @Test
    void shouldFailNamingTheVariableWhenTheSecretFileIsMissing() {
        String missing = dir.resolve("absent-" + UUID.randomUUID()).toString();

        assertThatThrownBy(() -> EnvironmentBinding.properties(Map.of("DB_HOST", "db", "DB_PASSWORD_FILE", missing)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DB_PASSWORD_FILE").hasMessageContaining(missing);
    }
}
