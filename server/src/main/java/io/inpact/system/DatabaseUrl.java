package io.inpact.system;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A PostgreSQL connection as the JDBC driver wants it, parsed from either a JDBC URL
 * ({@code jdbc:postgresql://host:5432/db}) or the URL style Supabase, Heroku and most hosts hand out
 * ({@code postgres://user:password@host:5432/db?sslmode=require}).
 */
public record DatabaseUrl(String jdbcUrl, String username, String password) {

    private static final String JDBC_PREFIX = "jdbc:postgresql://";
    private static final int DEFAULT_PORT = 5432;

    public static DatabaseUrl parse(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("DATABASE_URL is empty");
        }
        String trimmed = url.trim();
        if (trimmed.startsWith(JDBC_PREFIX)) {
            return new DatabaseUrl(trimmed, null, null);
        }
        String rest = stripScheme(trimmed);
        int queryStart = rest.indexOf('?');
        String query = queryStart < 0 ? "" : rest.substring(queryStart);
        String beforeQuery = queryStart < 0 ? rest : rest.substring(0, queryStart);
        int at = beforeQuery.lastIndexOf('@');
        String userInfo = at < 0 ? null : beforeQuery.substring(0, at);
        String hostAndPath = beforeQuery.substring(at + 1);
        int slash = hostAndPath.indexOf('/');
        String hostPort = slash < 0 ? hostAndPath : hostAndPath.substring(0, slash);
        String database = slash < 0 ? "" : hostAndPath.substring(slash + 1);
        if (hostPort.isEmpty()) {
            throw new IllegalArgumentException("DATABASE_URL names no host: expected postgres://user:password@host:port/database");
        }
        if (database.isEmpty() || database.contains("/")) {
            throw new IllegalArgumentException("DATABASE_URL names no database: expected postgres://user:password@host:port/database");
        }
        String jdbc = JDBC_PREFIX + withPort(hostPort) + "/" + database + query;
        if (userInfo == null) {
            return new DatabaseUrl(jdbc, null, null);
        }
        int colon = userInfo.indexOf(':');
        String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
        String password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
        return new DatabaseUrl(jdbc, user.isEmpty() ? null : user, password);
    }

    /** The same server and options, another database on it. */
    public DatabaseUrl withDatabase(String database) {
        String rest = jdbcUrl.substring(JDBC_PREFIX.length());
        int queryStart = rest.indexOf('?');
        String query = queryStart < 0 ? "" : rest.substring(queryStart);
        String beforeQuery = queryStart < 0 ? rest : rest.substring(0, queryStart);
        int slash = beforeQuery.indexOf('/');
        String hostPort = slash < 0 ? beforeQuery : beforeQuery.substring(0, slash);
        return new DatabaseUrl(JDBC_PREFIX + hostPort + "/" + database + query, username, password);
    }

    @Override
    public String toString() {
        return "DatabaseUrl[" + jdbcUrl + ", user=" + username + "]";
    }

    private static String stripScheme(String url) {
        for (String scheme : new String[] {"postgres://", "postgresql://"}) {
            if (url.regionMatches(true, 0, scheme, 0, scheme.length())) {
                return url.substring(scheme.length());
            }
        }
        throw new IllegalArgumentException("DATABASE_URL must start with postgres://, postgresql:// or jdbc:postgresql://");
    }

    private static String withPort(String hostPort) {
        boolean bracketed = hostPort.startsWith("[");
        int portColon = hostPort.lastIndexOf(':');
        boolean hasPort = bracketed ? portColon > hostPort.indexOf(']') : portColon >= 0;
        if (!hasPort) {
            return hostPort + ":" + DEFAULT_PORT;
        }
        String port = hostPort.substring(portColon + 1);
        if (port.isEmpty() || !port.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("DATABASE_URL has a port that is not a number: '" + port + "'");
        }
        return hostPort;
    }

    /** Percent-decoding without URLDecoder's form rule that turns '+' into a space. */
    private static String decode(String value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '%' && i + 2 < bytes.length
                    && Character.digit(bytes[i + 1], 16) >= 0 && Character.digit(bytes[i + 2], 16) >= 0) {
                out.write(Character.digit(bytes[i + 1], 16) * 16 + Character.digit(bytes[i + 2], 16));
                i += 2;
            } else {
                out.write(bytes[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
