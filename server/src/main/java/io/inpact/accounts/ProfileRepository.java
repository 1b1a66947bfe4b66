package io.inpact.accounts;

import io.inpact.api.accounts.AudienceInsights;
import io.inpact.api.accounts.BrandProfileUpdate;
import io.inpact.api.accounts.CreatorProfileUpdate;
import io.inpact.api.accounts.PlatformAccount;
import io.inpact.api.accounts.Role;
import io.inpact.api.accounts.TargetAudience;
import io.inpact.api.common.AgeGroup;
import io.inpact.api.common.Money;
import io.inpact.api.common.Niche;
import io.inpact.api.common.Platform;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;

/** JDBC access to {@code creator_profiles} and {@code brand_profiles} (columns documented in V12/V13). */
@Singleton
@Transactional
class ProfileRepository {

    private static final Argument<Map<String, Integer>> SHARES = Argument.mapOf(String.class, Integer.class);
    private static final Argument<Map<String, Long>> PRICES = Argument.mapOf(String.class, Long.class);
    private static final Argument<List<PlatformAccount>> PLATFORMS = Argument.listOf(PlatformAccount.class);

    private final DataSource dataSource;
    private final JsonMapper json;

    ProfileRepository(DataSource dataSource, JsonMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    record CreatorRow(UUID userId, String username, String email, String displayName, String bio,
                      List<Niche> niches, List<PlatformAccount> platforms, AudienceInsights audience,
                      Map<String, String> priceExpectations, UUID avatarImageId, boolean complete,
                      Instant updatedAt) {
    }

    record BrandRow(UUID userId, String username, String email, String companyName, String industry,
                    String website, TargetAudience targetAudience, String budgetMin, String budgetMax,
                    UUID logoImageId, boolean complete, Instant updatedAt) {
    }

    boolean complete(UUID userId, Role role) {
        String table = role == Role.CREATOR ? "creator_profiles" : "brand_profiles";
        return Jdbc.query(dataSource, "select complete from " + table + " where user_id = ?",
                rs -> rs.getBoolean(1), userId).orElse(false);
    }

    Optional<CreatorRow> findCreator(UUID userId) {
        return Jdbc.query(dataSource, "select p.*, u.username, u.email from creator_profiles p"
                + " join users u on u.id = p.user_id where p.user_id = ?", this::creator, userId);
    }

    Optional<BrandRow> findBrand(UUID userId) {
        return Jdbc.query(dataSource, "select p.*, u.username, u.email from brand_profiles p"
                + " join users u on u.id = p.user_id where p.user_id = ?", this::brand, userId);
    }

    void updateCreator(UUID userId, CreatorProfileUpdate update, boolean complete) {
        List<PlatformAccount> platforms = orEmpty(update.platforms());
        AudienceInsights audience = update.audience() == null
                ? new AudienceInsights(null, null, null, null, null) : update.audience();
        Map<String, Long> prices = new LinkedHashMap<>();
        orEmpty(update.priceExpectations()).forEach((type, amount) -> prices.put(type, Money.toMinor(amount)));
        Jdbc.update(dataSource, "update creator_profiles set display_name = ?, bio = ?, niches = ?, platforms = ?,"
                        + " platform_names = ?, total_followers = ?, age_shares = ?, location_shares = ?,"
                        + " engagement_rate = ?, average_views = ?, average_attention_seconds = ?,"
                        + " price_expectations = ?, complete = ?, updated_at = now() where user_id = ?",
                trimToNull(update.displayName()), trimToNull(update.bio()), names(update.niches(), Niche::name),
                jsonb(platforms), names(platforms, account -> account.platform().name()),
                platforms.stream().mapToLong(PlatformAccount::followers).sum(),
                jsonb(orEmpty(audience.ageShares())), jsonb(orEmpty(audience.locationShares())),
                audience.engagementRate() == null ? null : BigDecimal.valueOf(audience.engagementRate()),
                audience.averageViews(), audience.averageAttentionSeconds(), jsonb(prices), complete, userId);
    }

    void updateBrand(UUID userId, BrandProfileUpdate update, boolean complete) {
        TargetAudience target = update.targetAudience() == null
                ? new TargetAudience(null, null, null, null) : update.targetAudience();
        Jdbc.update(dataSource, "update brand_profiles set company_name = ?, industry = ?, website = ?,"
                        + " target_niches = ?, target_age_groups = ?, target_locations = ?, target_platforms = ?,"
                        + " budget_min_minor = ?, budget_max_minor = ?, complete = ?, updated_at = now()"
                        + " where user_id = ?",
                trimToNull(update.companyName()), trimToNull(update.industry()), trimToNull(update.website()),
                names(target.niches(), Niche::name), names(target.ageGroups(), AgeGroup::name),
                names(target.locations(), String::trim), names(target.platforms(), Platform::name),
                minor(update.budgetMin()), minor(update.budgetMax()), complete, userId);
    }

    void setCreatorAvatar(UUID userId, UUID imageId) {
        Jdbc.update(dataSource, "update creator_profiles set avatar_image_id = ?, updated_at = now()"
                + " where user_id = ?", imageId, userId);
    }

    void setBrandLogo(UUID userId, UUID imageId) {
        Jdbc.update(dataSource, "update brand_profiles set logo_image_id = ?, updated_at = now()"
                + " where user_id = ?", imageId, userId);
    }

    private CreatorRow creator(ResultSet rs) throws SQLException {
        BigDecimal rate = rs.getBigDecimal("engagement_rate");
        AudienceInsights audience = new AudienceInsights(read(rs.getString("age_shares"), SHARES),
                read(rs.getString("location_shares"), SHARES), rate == null ? null : rate.doubleValue(),
                (Long) rs.getObject("average_views"), (Integer) rs.getObject("average_attention_seconds"));
        Map<String, String> prices = new LinkedHashMap<>();
        read(rs.getString("price_expectations"), PRICES).forEach((type, minor) -> prices.put(type,
                Money.fromMinor(minor)));
        return new CreatorRow(rs.getObject("user_id", UUID.class), rs.getString("username"), rs.getString("email"),
                rs.getString("display_name"), rs.getString("bio"),
                enums(rs.getArray("niches"), Niche::valueOf), read(rs.getString("platforms"), PLATFORMS), audience,
                prices, rs.getObject("avatar_image_id", UUID.class), rs.getBoolean("complete"),
                rs.getTimestamp("updated_at").toInstant());
    }

    private BrandRow brand(ResultSet rs) throws SQLException {
        TargetAudience target = new TargetAudience(enums(rs.getArray("target_niches"), Niche::valueOf),
                enums(rs.getArray("target_age_groups"), AgeGroup::valueOf),
                enums(rs.getArray("target_locations"), Function.identity()),
                enums(rs.getArray("target_platforms"), Platform::valueOf));
        return new BrandRow(rs.getObject("user_id", UUID.class), rs.getString("username"), rs.getString("email"),
                rs.getString("company_name"), rs.getString("industry"), rs.getString("website"), target,
                money((Long) rs.getObject("budget_min_minor")), money((Long) rs.getObject("budget_max_minor")),
                rs.getObject("logo_image_id", UUID.class), rs.getBoolean("complete"),
                rs.getTimestamp("updated_at").toInstant());
    }

    private Jdbc.JsonbValue jsonb(Object value) {
        try {
            return new Jdbc.JsonbValue(json.writeValueAsString(value));
        } catch (IOException e) {
            throw new UncheckedIOException("profile column not writable as JSON", e);
        }
    }

    private <T> T read(String text, Argument<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException("profile column holds unreadable JSON [" + text + "]", e);
        }
    }

    private static <T> List<T> enums(Array array, Function<String, T> parse) throws SQLException {
        List<T> values = new ArrayList<>();
        if (array != null) {
            for (String name : (String[]) array.getArray()) {
                values.add(parse.apply(name));
            }
        }
        return values;
    }

    private static <T> String[] names(List<T> values, Function<T, String> name) {
        return values == null ? new String[0] : values.stream().map(name).toArray(String[]::new);
    }

    private static Long minor(String amount) {
        return amount == null || amount.isBlank() ? null : Money.toMinor(amount);
    }

    private static String money(Long minor) {
        return minor == null ? null : Money.fromMinor(minor);
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }
}
