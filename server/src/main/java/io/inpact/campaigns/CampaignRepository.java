package io.inpact.campaigns;

import io.inpact.api.campaigns.CampaignRequest;
import io.inpact.api.campaigns.CampaignSort;
import io.inpact.api.campaigns.CampaignStatus;
import io.inpact.api.campaigns.CampaignView;
import io.inpact.api.campaigns.Deliverable;
import io.inpact.api.common.AgeGroup;
import io.inpact.api.common.DeliverableType;
import io.inpact.api.common.Money;
import io.inpact.api.common.Niche;
import io.inpact.api.common.Platform;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

@Singleton
class CampaignRepository {

    static final String COLUMNS = """
            c.id, c.brand_id, coalesce(nullif(bp.company_name, ''), u.username) as brand_name, c.title,
            c.description, c.niche, c.deliverable_platforms, c.deliverable_types, c.deliverable_counts,
            c.age_groups, c.locations, c.min_engagement_rate, c.budget_min_minor, c.budget_max_minor,
            c.application_deadline, c.status, c.created_at, c.updated_at""";
    static final String FROM = """
            from campaigns c
            join users u on u.id = c.brand_id
            left join brand_profiles bp on bp.user_id = c.brand_id""";

    /** A search as SQL and its parameters; package-private so the index test can EXPLAIN the real query. */
    record SearchQuery(String sql, List<Object> params) {
    }

    void insert(Connection c, UUID id, UUID brandId, CampaignRequest r, CampaignStatus status) throws SQLException {
        Db.update(c, """
                insert into campaigns (id, brand_id, title, description, niche, deliverable_platforms,
                    deliverable_types, deliverable_counts, type_counts, age_groups, locations, locations_norm,
                    min_engagement_rate, budget_min_minor, budget_max_minor, application_deadline, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                id, brandId, r.title().trim(), r.description().trim(), r.niche().name(),
                platforms(r.deliverables()), types(r.deliverables()), counts(r.deliverables()), typeCounts(r.deliverables()),
                ageGroups(r.ageGroups()), locations(r.locations()), normalized(r.locations()),
                engagement(r), Money.toMinor(r.budgetMin()), Money.toMinor(r.budgetMax()),
                deadline(r.applicationDeadline()), status.name());
    }

    void update(Connection c, UUID id, CampaignRequest r, CampaignStatus status) throws SQLException {
        Db.update(c, """
                update campaigns set title = ?, description = ?, niche = ?, deliverable_platforms = ?,
                    deliverable_types = ?, deliverable_counts = ?, type_counts = ?, age_groups = ?, locations = ?,
                    locations_norm = ?, min_engagement_rate = ?, budget_min_minor = ?, budget_max_minor = ?,
                    application_deadline = ?, status = ?, version = version + 1, updated_at = now()
                where id = ?""",
                r.title().trim(), r.description().trim(), r.niche().name(),
                platforms(r.deliverables()), types(r.deliverables()), counts(r.deliverables()), typeCounts(r.deliverables()),
                ageGroups(r.ageGroups()), locations(r.locations()), normalized(r.locations()),
                engagement(r), Money.toMinor(r.budgetMin()), Money.toMinor(r.budgetMax()),
                deadline(r.applicationDeadline()), status.name(), id);
    }

    void close(Connection c, UUID id) throws SQLException {
        Db.update(c, "update campaigns set status = 'CLOSED', version = version + 1, updated_at = now() where id = ?", id);
    }

    /** The campaign's owner and status under a row lock (FOR UPDATE or FOR SHARE), or empty. */
    Optional<Locked> lock(Connection c, UUID id, boolean exclusive) throws SQLException {
        String sql = "select brand_id, status, application_deadline from campaigns where id = ? for "
                + (exclusive ? "update" : "share");
        try (PreparedStatement ps = Db.prepare(c, sql, id); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            LocalDate deadline = rs.getObject(3, LocalDate.class);
            return Optional.of(new Locked(id, rs.getObject(1, UUID.class), CampaignStatus.valueOf(rs.getString(2)), deadline));
        }
    }

    record Locked(UUID id, UUID brandId, CampaignStatus status, LocalDate deadline) {
    }

    Optional<CampaignView> find(Connection c, UUID id, boolean withCounts) throws SQLException {
        String sql = "select " + COLUMNS + counts(withCounts) + " " + FROM + " where c.id = ?";
        try (PreparedStatement ps = Db.prepare(c, sql, id); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(view(rs, withCounts)) : Optional.empty();
        }
    }

    Paged<CampaignView> byBrand(Connection c, UUID brandId, CampaignStatus status, Paging paging) throws SQLException {
        String sql = "select " + COLUMNS + counts(true) + ", count(*) over () as total " + FROM
                + " where c.brand_id = ?" + (status == null ? "" : " and c.status = '" + status.name() + "'")
                + " order by c.created_at desc, c.id limit ? offset ?";
        return page(c, sql, List.of(brandId, paging.size(), paging.offset()), true);
    }

    Paged<CampaignView> search(Connection c, SearchQuery query) throws SQLException {
        return page(c, query.sql(), query.params(), false);
    }

    static SearchQuery searchQuery(String text, Niche niche, Long minBudget, Long maxBudget, CampaignSort sort, Paging paging) {
        boolean hasText = text != null && !text.isBlank();
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select ").append(COLUMNS).append(", count(*) over () as total ")
                .append(FROM);
        if (hasText) {
            sql.append(", websearch_to_tsquery('english', ?) as q");
            params.add(text.trim());
        }
        sql.append(" where c.status = 'OPEN' and (c.application_deadline is null or c.application_deadline >= current_date)");
        if (hasText) {
            sql.append(" and c.search @@ q");
        }
        if (niche != null) {
            sql.append(" and c.niche = ?");
            params.add(niche.name());
        }
        if (minBudget != null) {
            sql.append(" and c.budget_max_minor >= ?");
            params.add(minBudget);
        }
        if (maxBudget != null) {
            sql.append(" and c.budget_min_minor <= ?");
            params.add(maxBudget);
        }
        CampaignSort order = sort == null ? (hasText ? CampaignSort.RELEVANCE : CampaignSort.NEWEST) : sort;
        if (order == CampaignSort.RELEVANCE && !hasText) {
            order = CampaignSort.NEWEST;
        }
        sql.append(" order by ").append(switch (order) {
            case RELEVANCE -> "ts_rank_cd(c.search, q) desc, c.created_at desc";
            case NEWEST -> "c.created_at desc";
            case DEADLINE -> "c.application_deadline asc nulls last, c.created_at desc";
            case BUDGET_HIGH -> "c.budget_max_minor desc, c.created_at desc";
            case BUDGET_LOW -> "c.budget_min_minor asc, c.created_at desc";
        }).append(", c.id limit ? offset ?");
        params.add(paging.size());
        params.add(paging.offset());
        return new SearchQuery(sql.toString(), params);
    }

    private Paged<CampaignView> page(Connection c, String sql, List<Object> params, boolean withCounts) throws SQLException {
        List<CampaignView> items = new ArrayList<>();
        long total = 0;
        try (PreparedStatement ps = Db.prepare(c, sql, params.toArray()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                items.add(view(rs, withCounts));
                total = rs.getLong("total");
            }
        }
        return new Paged<>(items, total);
    }

    private static String counts(boolean withCounts) {
        return withCounts ? """
                , (select count(*) from applications a where a.campaign_id = c.id) as application_count,
                (select count(*) from applications a where a.campaign_id = c.id and a.status = 'PENDING') as pending_count"""
                : "";
    }

    static CampaignView view(ResultSet rs, boolean withCounts) throws SQLException {
        String[] platforms = strings(rs.getArray("deliverable_platforms"));
        String[] types = strings(rs.getArray("deliverable_types"));
        Integer[] counts = (Integer[]) rs.getArray("deliverable_counts").getArray();
        List<Deliverable> deliverables = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            deliverables.add(new Deliverable(Platform.valueOf(platforms[i]), DeliverableType.valueOf(types[i]), counts[i]));
        }
        List<AgeGroup> ages = new ArrayList<>();
        for (String age : strings(rs.getArray("age_groups"))) {
            ages.add(AgeGroup.valueOf(age));
        }
        LocalDate deadline = rs.getObject("application_deadline", LocalDate.class);
        return new CampaignView(
                rs.getObject("id", UUID.class).toString(),
                rs.getObject("brand_id", UUID.class).toString(),
                rs.getString("brand_name"),
                rs.getString("title"),
                rs.getString("description"),
                Niche.valueOf(rs.getString("niche")),
                deliverables,
                ages,
                List.of(strings(rs.getArray("locations"))),
                rs.getBigDecimal("min_engagement_rate").doubleValue(),
                Money.fromMinor(rs.getLong("budget_min_minor")),
                Money.fromMinor(rs.getLong("budget_max_minor")),
                deadline == null ? null : deadline.toString(),
                CampaignStatus.valueOf(rs.getString("status")),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                withCounts ? rs.getInt("application_count") : null,
                withCounts ? rs.getInt("pending_count") : null);
    }

    static String instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant().toString();
    }

    static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    private static String[] platforms(List<Deliverable> ds) {
        return ds.stream().map(d -> d.platform().name()).toArray(String[]::new);
    }

    private static String[] types(List<Deliverable> ds) {
        return ds.stream().map(d -> d.type().name()).toArray(String[]::new);
    }

    private static Integer[] counts(List<Deliverable> ds) {
        return ds.stream().map(Deliverable::count).toArray(Integer[]::new);
    }

    /** Total count per DeliverableType, in enum order. */
    static Integer[] typeCounts(List<Deliverable> ds) {
        Integer[] counts = new Integer[DeliverableType.values().length];
        Arrays.fill(counts, 0);
        for (Deliverable d : ds) {
            counts[d.type().ordinal()] += d.count();
        }
        return counts;
    }

    private static String[] ageGroups(List<AgeGroup> ages) {
        return ages == null ? new String[0] : ages.stream().distinct().map(Enum::name).toArray(String[]::new);
    }

    private static String[] locations(List<String> locations) {
        return locations == null ? new String[0] : locations.stream().map(String::trim).distinct().toArray(String[]::new);
    }

    private static String[] normalized(List<String> locations) {
        return locations == null ? new String[0]
                : locations.stream().map(l -> l.trim().toLowerCase(Locale.ROOT)).distinct().toArray(String[]::new);
    }

    private static Double engagement(CampaignRequest r) {
        return r.minEngagementRate() == null ? 0.0 : r.minEngagementRate();
    }

    private static LocalDate deadline(String date) {
        return date == null || date.isEmpty() ? null : LocalDate.parse(date);
    }
}
