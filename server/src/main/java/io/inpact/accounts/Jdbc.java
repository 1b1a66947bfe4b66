package io.inpact.accounts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The little JDBC plumbing the accounts repositories share. The DataSource is Micronaut's transaction-aware
 * one, so inside {@code @Transactional} every call uses the transaction's connection.
 */
final class Jdbc {

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private Jdbc() {
    }

    static int update(DataSource dataSource, String sql, Object... params) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, params)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessFailure(sql, e);
        }
    }

    static <T> Optional<T> query(DataSource dataSource, String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = list(dataSource, sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    static <T> List<T> list(DataSource dataSource, String sql, RowMapper<T> mapper, Object... params) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, params);
             ResultSet rs = statement.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(mapper.map(rs));
            }
            return rows;
        } catch (SQLException e) {
            throw new DataAccessFailure(sql, e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... params)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            Object param = params[i];
            if (param instanceof String[] array) {
                statement.setArray(i + 1, connection.createArrayOf("text", array));
            } else if (param instanceof JsonbValue json) {
                statement.setObject(i + 1, json.json(), java.sql.Types.OTHER);
            } else {
                statement.setObject(i + 1, param);
            }
        }
        return statement;
    }

    /** A parameter bound as {@code jsonb}. */
    record JsonbValue(String json) {
    }

    /** A database failure with the statement that caused it; reported as a 500 by the server. */
    static final class DataAccessFailure extends RuntimeException {
        DataAccessFailure(String sql, SQLException cause) {
            super("statement failed [" + sql + "]: " + cause.getMessage(), cause);
        }

        /** PostgreSQL's SQLSTATE, e.g. 23505 for a unique violation. */
        String sqlState() {
            return getCause() instanceof SQLException sql ? sql.getSQLState() : null;
        }
    }
}
