package io.inpact.campaigns;

import io.inpact.system.DatabaseUrl;
import io.inpact.testsupport.TestInfra;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * A database of its own, migrated by the real migrations, for tests that load bulk data which must not
 * show up in other tests' results; dropped on close.
 */
final class ScratchDatabase implements AutoCloseable {

    private final DatabaseUrl url;
    private final String name;

    private ScratchDatabase(DatabaseUrl url, String name) {
        this.url = url;
        this.name = name;
    }

    static ScratchDatabase create() throws SQLException {
        String name = "inpact_scratch_" + TestInfra.randomHex(6);
        try (Connection c = TestInfra.connect(); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        DatabaseUrl url = TestInfra.database().withDatabase(name);
        Flyway.configure().dataSource(url.jdbcUrl(), url.username(), url.password())
                .locations("classpath:db/migration").load().migrate();
        return new ScratchDatabase(url, name);
    }

    /** TestInfra's properties, pointed at this database instead of the shared per-run one. */
    Map<String, String> properties() {
        Map<String, String> properties = new HashMap<>(TestInfra.properties());
        properties.put("datasources.default.url", url.jdbcUrl());
        return properties;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url.jdbcUrl(), url.username(), url.password() == null ? "" : url.password());
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = TestInfra.connect(); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
        }
    }
}
