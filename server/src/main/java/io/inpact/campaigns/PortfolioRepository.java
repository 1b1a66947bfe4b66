package io.inpact.campaigns;

import io.inpact.api.campaigns.CreatorMetrics;
import io.inpact.api.campaigns.PortfolioPostRequest;
import io.inpact.api.campaigns.PortfolioPostView;
import io.inpact.api.common.Niche;
import io.inpact.api.common.Platform;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Posts and the metrics a trigger (V22) recomputes from them in the same transaction. */
@Singleton
class PortfolioRepository {

    private static final String SELECT = """
            select id, creator_id, title, url, category, platform, likes, comments, shares, views, posted_at,
                   count(*) over () as total
            from portfolio_posts""";

    void insert(Connection c, UUID id, UUID creatorId, PortfolioPostRequest r) throws SQLException {
        Db.update(c, """
                insert into portfolio_posts (id, creator_id, title, url, category, platform, likes, comments, shares,
                    views, posted_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                id, creatorId, r.title().trim(), r.url().trim(), r.category().name(), r.platform().name(),
                zero(r.likes()), zero(r.comments()), zero(r.shares()), zero(r.views()), date(r.postedAt()));
    }

    boolean update(Connection c, UUID id, UUID creatorId, PortfolioPostRequest r) throws SQLException {
        return Db.update(c, """
                update portfolio_posts set title = ?, url = ?, category = ?, platform = ?, likes = ?, comments = ?,
                    shares = ?, views = ?, posted_at = ? where id = ? and creator_id = ?""",
                r.title().trim(), r.url().trim(), r.category().name(), r.platform().name(),
                zero(r.likes()), zero(r.comments()), zero(r.shares()), zero(r.views()), date(r.postedAt()),
                id, creatorId) == 1;
    }

    boolean delete(Connection c, UUID id, UUID creatorId) throws SQLException {
        return Db.update(c, "delete from portfolio_posts where id = ? and creator_id = ?", id, creatorId) == 1;
    }

    Optional<PortfolioPostView> find(Connection c, UUID id) throws SQLException {
        return list(c, SELECT + " where id = ?", List.of(id)).items().stream().findFirst();
    }

    Paged<PortfolioPostView> byCreator(Connection c, UUID creatorId, Paging paging) throws SQLException {
        return list(c, SELECT + " where creator_id = ? order by posted_at desc, created_at desc, id limit ? offset ?",
                List.of(creatorId, paging.size(), paging.offset()));
    }

    CreatorMetrics metrics(Connection c, UUID creatorId) throws SQLException {
        try (PreparedStatement ps = Db.prepare(c, """
                select posts, average_views, engagement_rate, recent_posts, recent_average_views, recent_engagement_rate
                from creator_metrics where creator_id = ?""", creatorId); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return new CreatorMetrics(creatorId.toString(), 0, 0, 0, 0, 0, 0);
            }
            return new CreatorMetrics(creatorId.toString(), rs.getInt(1), rs.getLong(2), rs.getBigDecimal(3).doubleValue(),
                    rs.getInt(4), rs.getLong(5), rs.getBigDecimal(6).doubleValue());
        }
    }

    boolean isCreator(Connection c, UUID userId) throws SQLException {
        try (PreparedStatement ps = Db.prepare(c, "select 1 from users where id = ? and role = 'CREATOR'", userId);
             ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    private Paged<PortfolioPostView> list(Connection c, String sql, List<Object> params) throws SQLException {
        List<PortfolioPostView> items = new ArrayList<>();
        long total = 0;
        try (PreparedStatement ps = Db.prepare(c, sql, params.toArray()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long likes = rs.getLong("likes");
                long comments = rs.getLong("comments");
                long shares = rs.getLong("shares");
                long views = rs.getLong("views");
                double rate = views == 0 ? 0 : Math.round((likes + comments + shares) * 10000.0 / views) / 100.0;
                items.add(new PortfolioPostView(rs.getObject("id", UUID.class).toString(),
                        rs.getObject("creator_id", UUID.class).toString(), rs.getString("title"), rs.getString("url"),
                        Niche.valueOf(rs.getString("category")), Platform.valueOf(rs.getString("platform")),
                        likes, comments, shares, views, rate, rs.getObject("posted_at", LocalDate.class).toString()));
                total = rs.getLong("total");
            }
        }
        return new Paged<>(items, total);
    }

    private static long zero(Long value) {
        return value == null ? 0 : value;
    }

    private static LocalDate date(String value) {
        return value == null || value.isEmpty() ? LocalDate.now(ZoneOffset.UTC) : LocalDate.parse(value);
    }
}
