package io.inpact.testsupport;

import io.inpact.system.DatabaseUrl;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * A database of its own, migrated by the real migrations, for tests that load bulk data which must not
 * show up in other tests' results, or that test a migration on data written before it; dropped on close.
 */
public final class ScratchDatabase implements AutoCloseable {

    private final DatabaseUrl url;
    private final String name;

    private ScratchDatabase(DatabaseUrl url, String name) {
        this.url = url;
        this.name = name;
    }

    /** Migrated by every migration. */
    public static ScratchDatabase create() throws SQLException {
        ScratchDatabase database = createAt(null);
        database.migrate();
        return database;
    }

    /** Migrated up to and including {@code version} only, so that a test can write data the later ones must carry. */
    public static ScratchDatabase createAt(String version) throws SQLException {
        String name = "inpact_scratch_" + TestInfra.randomHex(6);
        try (Connection c = TestInfra.connect(); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        ScratchDatabase database = new ScratchDatabase(TestInfra.database().withDatabase(name), name);
        if (version != null) {
            database.flyway().target(version).load().migrate();
        }
        return database;
    }

    /** Runs the migrations not run yet. */
    public void migrate() {
        flyway().load().migrate();
    }

    private FluentConfiguration flyway() {
        return Flyway.configure().dataSource(url.jdbcUrl(), url.username(), url.password())
                .locations("classpath:db/migration");
    }

    /** TestInfra's properties, pointed at this database instead of the shared per-run one. */
    public Map<String, String> properties() {
        Map<String, String> properties = new HashMap<>(TestInfra.properties());
        properties.put("datasources.default.url", url.jdbcUrl());
        return properties;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url.jdbcUrl(), url.username(), url.password() == null ? "" : url.password());
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = TestInfra.connect(); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
        }
    }
}
