package io.inpact.campaigns;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Plain JDBC with explicit transactions: the marketplace's state changes need row locks and their
 * outcome decided inside one transaction, which reads best written out.
 */
@Singleton
public final class Db {

    private final DataSource dataSource;

    public Db(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /** Runs work in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T tx(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** Runs reads on an auto-commit connection. */
    public <T> T read(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            return work.run(c);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** Prepares sql and binds params in order; String[] become text[], Integer[] int[]. */
    public static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof String[] strings) {
                Array array = c.createArrayOf("text", strings);
                ps.setArray(i + 1, array);
            } else if (p instanceof Integer[] ints) {
                ps.setArray(i + 1, c.createArrayOf("int4", ints));
            } else if (p instanceof LocalDate date) {
                ps.setObject(i + 1, date);
            } else if (p instanceof UUID || p == null || p instanceof Number || p instanceof String
                    || p instanceof Boolean) {
                ps.setObject(i + 1, p);
            } else {
                throw new IllegalArgumentException("cannot bind " + p.getClass().getName());
            }
        }
        return ps;
    }

    public static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params)) {
            return ps.executeUpdate();
        }
    }

    /** True when e is PostgreSQL's unique_violation on the named constraint. */
    public static boolean isUniqueViolation(Throwable e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())
                    && sql.getMessage() != null && sql.getMessage().contains(constraint)) {
                return true;
            }
        }
        return false;
    }

    private static RuntimeException translate(SQLException e) {
        return new DataAccessFailure(e);
    }

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** A database failure that no rule of ours explains; the caller maps the ones it expects. */
    public static final class DataAccessFailure extends RuntimeException {
        DataAccessFailure(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
