package io.inpact.matching;

import io.inpact.api.common.AgeGroup;
import io.inpact.api.common.DeliverableType;
import io.inpact.api.common.Niche;
import io.inpact.campaigns.Db;
import io.inpact.campaigns.Paging;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Ranks in SQL: one side is fixed and inlined as literals, the other side is scanned as flat columns. */
@Singleton
class MatchRepository {

    record CampaignFacts(UUID id, UUID brandId, String status, long version, List<AgeGroup> ageGroups,
                         List<String> locationsNorm, double minEngagement, int[] typeCounts, long budgetMax,
                         Niche niche) {
    }

    /** One ranked row: the other side's identity, the raw inputs and values of the formula, the score. */
    record Row(Map<String, Object> fields, Scored scored) {
    }

    record Scored(boolean ageAny, double ageShare, boolean locationAny, double locationShare, Double engagement,
                  double minEngagement, Double price, double budgetMax, boolean nicheFit, int recentPosts,
                  double recentViews, Double typicalViews, double ageV, double locationV, double engagementV,
                  double priceV, double nicheV, double recentV, double score) {
    }

    Optional<CampaignFacts> campaign(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = Db.prepare(c, """
                select brand_id, status, version, age_groups, locations_norm, min_engagement_rate, type_counts,
                       budget_max_minor, niche from campaigns where id = ?""", id); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            List<AgeGroup> ages = new ArrayList<>();
            for (String age : strings(rs.getArray("age_groups"))) {
                ages.add(AgeGroup.valueOf(age));
            }
            Integer[] counts = (Integer[]) rs.getArray("type_counts").getArray();
            int[] typeCounts = new int[counts.length];
            for (int i = 0; i < counts.length; i++) {
                typeCounts[i] = counts[i];
            }
            return Optional.of(new CampaignFacts(id, rs.getObject("brand_id", UUID.class), rs.getString("status"),
                    rs.getLong("version"), ages, List.of(strings(rs.getArray("locations_norm"))),
                    rs.getBigDecimal("min_engagement_rate").doubleValue(), typeCounts, rs.getLong("budget_max_minor"),
                    Niche.valueOf(rs.getString("niche"))));
        }
    }

    Optional<CreatorFeatures> creator(Connection c, UUID id) throws SQLException {
        Map<String, Double> locations = new LinkedHashMap<>();
        try (PreparedStatement ps = Db.prepare(c,
                "select location_norm, share from creator_match_locations where creator_id = ? order by share desc, location_norm", id);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                locations.put(rs.getString(1), rs.getDouble(2));
            }
        }
        try (PreparedStatement ps = Db.prepare(c, "select * from creator_match_features where creator_id = ?", id);
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            Map<AgeGroup, Double> ages = new EnumMap<>(AgeGroup.class);
            for (AgeGroup group : AgeGroup.values()) {
                ages.put(group, rs.getDouble(CreatorFeatures.ageColumn(group)));
            }
            Map<DeliverableType, Double> prices = new EnumMap<>(DeliverableType.class);
            for (DeliverableType type : DeliverableType.values()) {
                Double price = nullableDouble(rs, CreatorFeatures.priceColumn(type));
                if (price != null) {
                    prices.put(type, price);
                }
            }
            return Optional.of(new CreatorFeatures(id.toString(), rs.getString("name"),
                    List.of(strings(rs.getArray("niches"))), rs.getLong("followers"), ages, locations,
                    nullableDouble(rs, "engagement_rate"), rs.getBoolean("engagement_from_posts"),
                    nullableDouble(rs, "typical_views"), rs.getInt("recent_posts"), rs.getDouble("recent_views"), prices));
        }
    }

    long generation(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = Db.prepare(c, "select value from match_generations where name = ?", name);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    long creatorVersion(Connection c, UUID creatorId) throws SQLException {
        try (PreparedStatement ps = Db.prepare(c, "select version from creator_match_versions where creator_id = ?", creatorId);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    long countCreators(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select count(*) from creator_match_features");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    long countOpenCampaigns(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select count(*) from campaigns where " + OPEN);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static final String OPEN = "status = 'OPEN' and (application_deadline is null or application_deadline >= current_date)";

    /** Creators for a campaign: the campaign's wants become literals, every creator's features a row. */
    List<Row> rankCreators(Connection c, CampaignFacts campaign, Paging paging) throws SQLException {
        String ageShare = campaign.ageGroups().isEmpty() ? "0"
                : String.join(" + ", campaign.ageGroups().stream().map(g -> "f." + CreatorFeatures.ageColumn(g)).toList());
        StringBuilder price = new StringBuilder();
        for (DeliverableType type : DeliverableType.values()) {
            int count = campaign.typeCounts()[type.ordinal()];
            if (count > 0) {
                price.append(price.length() == 0 ? "" : " + ").append("f.").append(CreatorFeatures.priceColumn(type))
                        .append(" * ").append(count);
            }
        }
        MatchFormula.Inputs inputs = new MatchFormula.Inputs(
                Boolean.toString(campaign.ageGroups().isEmpty()), ageShare,
                Boolean.toString(campaign.locationsNorm().isEmpty()), "coalesce(l.share, 0)",
                "f.engagement_rate", MatchFormula.lit(campaign.minEngagement()),
                price.length() == 0 ? "0" : price.toString(), MatchFormula.lit(campaign.budgetMax()),
                "? = any (f.niches)", "f.recent_posts", "f.recent_views", "f.typical_views");
        String sql = MatchFormula.rankedSql(
                "f.creator_id, f.name, f.niches, f.followers, f.engagement_from_posts",
                """
                from creator_match_features f
                left join (select creator_id, sum(share) as share from creator_match_locations
                           where location_norm = any (?) group by creator_id) l on l.creator_id = f.creator_id""",
                inputs, "creator_id");
        return rows(c, sql, List.of(campaign.niche().name(), campaign.locationsNorm().toArray(String[]::new),
                paging.size(), paging.offset()), List.of("creator_id", "name", "niches", "followers", "engagement_from_posts"));
    }

    /** Open campaigns for a creator: the creator's features become literals, every campaign a row. */
    List<Row> rankCampaigns(Connection c, CreatorFeatures creator, Paging paging) throws SQLException {
        List<Object> params = new ArrayList<>();
        StringBuilder ageShare = new StringBuilder("0");
        for (AgeGroup group : AgeGroup.values()) {
            double share = creator.ages().getOrDefault(group, 0.0);
            if (share > 0) {
                ageShare.append(" + case when '").append(group.name()).append("' = any (c.age_groups) then ")
                        .append(MatchFormula.lit(share)).append(" else 0 end");
            }
        }
        StringBuilder locationShare = new StringBuilder("0");
        for (Map.Entry<String, Double> location : creator.locations().entrySet()) {
            locationShare.append(" + case when ? = any (c.locations_norm) then ")
                    .append(MatchFormula.lit(location.getValue())).append(" else 0 end");
            params.add(location.getKey());
        }
        StringBuilder price = new StringBuilder("0");
        for (DeliverableType type : DeliverableType.values()) {
            Double known = creator.prices().get(type);
            String count = "c.type_counts[" + (type.ordinal() + 1) + "]";
            price.append(" + ").append(known == null
                    ? "case when " + count + " > 0 then null else 0 end"
                    : count + " * " + MatchFormula.lit(known));
        }
        MatchFormula.Inputs inputs = new MatchFormula.Inputs(
                "cardinality(c.age_groups) = 0", ageShare.toString(),
                "cardinality(c.locations_norm) = 0", locationShare.toString(),
                creator.engagementRate() == null ? "null" : MatchFormula.lit(creator.engagementRate()),
                "c.min_engagement_rate", price.toString(), "c.budget_max_minor",
                "c.niche = any (?)", Integer.toString(creator.recentPosts()), MatchFormula.lit(creator.recentViews()),
                creator.typicalViews() == null ? "null" : MatchFormula.lit(creator.typicalViews()));
        params.add(creator.niches().toArray(String[]::new));
        String sql = MatchFormula.rankedSql(
                "c.id, c.title, c.brand_id, coalesce(nullif(bp.company_name, ''), u.username) as brand_name, c.niche,"
                        + " c.budget_min_minor, c.budget_max_minor, c.application_deadline",
                """
                from campaigns c
                join users u on u.id = c.brand_id
                left join brand_profiles bp on bp.user_id = c.brand_id
                where c.status = 'OPEN' and (c.application_deadline is null or c.application_deadline >= current_date)""",
                inputs, "id");
        params.add(paging.size());
        params.add(paging.offset());
        return rows(c, sql, params, List.of("id", "title", "brand_id", "brand_name", "niche", "budget_min_minor",
                "budget_max_minor", "application_deadline"));
    }

    private List<Row> rows(Connection c, String sql, List<Object> params, List<String> fieldNames) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = Db.prepare(c, sql, params.toArray()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Map<String, Object> fields = new LinkedHashMap<>();
                for (String name : fieldNames) {
                    Object value = rs.getObject(name);
                    if (value instanceof Array array) {
                        value = List.of((String[]) array.getArray());
                    } else if (value instanceof java.sql.Date date) {
                        value = date.toLocalDate();
                    }
                    fields.put(name, value);
                }
                rows.add(new Row(fields, new Scored(rs.getBoolean("age_any"), rs.getDouble("age_share"),
                        rs.getBoolean("location_any"), rs.getDouble("location_share"), nullableDouble(rs, "engagement"),
                        rs.getDouble("min_engagement"), nullableDouble(rs, "price"), rs.getDouble("budget_max"),
                        rs.getBoolean("niche_fit"), rs.getInt("recent_posts"), rs.getDouble("recent_views"),
                        nullableDouble(rs, "typical_views"), rs.getDouble("age_v"), rs.getDouble("location_v"),
                        rs.getDouble("engagement_v"), rs.getDouble("price_v"), rs.getDouble("niche_v"),
                        rs.getDouble("recent_v"), rs.getDouble("score"))));
            }
        }
        return rows;
    }

    static LocalDate date(Object value) {
        return (LocalDate) value;
    }

    private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
