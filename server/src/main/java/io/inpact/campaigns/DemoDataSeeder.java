package io.inpact.campaigns;

import io.inpact.accounts.PasswordHasher;
import io.inpact.api.common.AgeGroup;
import io.inpact.api.common.DeliverableType;
import io.inpact.api.common.Niche;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With DEMO_DATA=true, fills a fresh database (no users yet) with the cast of {@link DemoData}: real
 * accounts that sign in with {@link DemoData#PASSWORD}, complete profiles, portfolio posts, campaigns,
 * applications in every state, deals and payments. Runs once: a row in demo_data_runs, written in the same
 * transaction under an advisory lock, stops every later start (and a second replica) from seeding again.
 */
@Singleton
@Requires(property = "inpact.demo-data", value = "true")
class DemoDataSeeder {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataSeeder.class);
    private static final long LOCK = 0x1A9AC7DE30L;

    private final Db db;
    private final PasswordHasher hasher;

    DemoDataSeeder(Db db, PasswordHasher hasher) {
        this.db = db;
        this.hasher = hasher;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        seed();
    }

    /** True when this call seeded the database. */
    boolean seed() {
        return db.tx(c -> {
            try (PreparedStatement lock = Db.prepare(c, "select pg_advisory_xact_lock(?)", LOCK)) {
                lock.executeQuery().close();
            }
            if (exists(c, "select 1 from demo_data_runs")) {
                LOG.info("demo data: already seeded, nothing to do");
                return false;
            }
            if (exists(c, "select 1 from users")) {
                LOG.warn("demo data: DEMO_DATA=true but the database already has users; it is seeded only when fresh");
                return false;
            }
            int campaigns = fill(c, new Random(2026));
            Db.update(c, "insert into demo_data_runs (brands, creators, campaigns) values (?, ?, ?)",
                    DemoData.BRANDS.size(), DemoData.CREATORS.size(), campaigns);
            LOG.info("demo data: seeded {} brands, {} creators and {} campaigns; sign in as {} or {}",
                    DemoData.BRANDS.size(), DemoData.CREATORS.size(), campaigns, DemoData.DEMO_BRAND_EMAIL,
                    DemoData.DEMO_CREATOR_EMAIL);
            return true;
        });
    }

    private int fill(Connection c, Random random) throws SQLException {
        List<UUID> brands = new ArrayList<>();
        for (DemoData.Brand brand : DemoData.BRANDS) {
            UUID id = user(c, brand.username(), brand.username().equals("demo_brand") ? DemoData.DEMO_BRAND_EMAIL
                    : brand.username() + "@demo.inpact.dev", "BRAND");
            Db.update(c, """
                    insert into brand_profiles (user_id, company_name, industry, website, target_niches, target_age_groups,
                        target_locations, target_platforms, budget_min_minor, budget_max_minor, complete)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true)""",
                    id, brand.company(), brand.industry(), "https://" + brand.username().replace("_", "") + ".example.com",
                    new String[] {brand.niche().name()}, new String[] {"AGE_18_24", "AGE_25_34"},
                    new String[] {"India", "USA", "UK"}, new String[] {"YOUTUBE", "INSTAGRAM", "TIKTOK"}, 50_000L, 500_000L);
            brands.add(id);
        }
        List<UUID> creators = new ArrayList<>();
        for (DemoData.Creator creator : DemoData.CREATORS) {
            UUID id = user(c, creator.username(), creator.username().equals("demo_creator") ? DemoData.DEMO_CREATOR_EMAIL
                    : creator.username() + "@demo.inpact.dev", "CREATOR");
            profile(c, id, creator, random);
            posts(c, id, creator, random);
            creators.add(id);
        }
        int campaigns = 0;
        for (int b = 0; b < brands.size(); b++) {
            DemoData.Brand brand = DemoData.BRANDS.get(b);
            int count = b == 0 ? 4 : 2 + random.nextInt(2);
            for (int k = 0; k < count; k++) {
                String status = k == count - 1 && b % 4 == 1 ? "CLOSED" : k == count - 1 && b % 4 == 2 ? "DRAFT" : "OPEN";
                UUID campaign = campaign(c, brands.get(b), brand, DemoData.IDEAS.get((b + k) % DemoData.IDEAS.size()), status, random);
                campaigns++;
                if (!status.equals("DRAFT")) {
                    applications(c, campaign, brand.niche(), brands.get(b), creators, random);
                }
            }
        }
        return campaigns;
    }

    private UUID user(Connection c, String username, String email, String role) throws SQLException {
        UUID id = UUID.randomUUID();
        Db.update(c, "insert into users (id, email, username, password_hash, role) values (?, ?, ?, ?, ?)",
                id, email, username, hasher.hash(DemoData.PASSWORD), role);
        return id;
    }

    private static void profile(Connection c, UUID id, DemoData.Creator creator, Random random) throws SQLException {
        int core = 45 + random.nextInt(30);
        AgeGroup next = AgeGroup.values()[Math.min(creator.core().ordinal() + 1, AgeGroup.values().length - 1)];
        String ages = next == creator.core()
                ? "{\"" + creator.core().name() + "\": 100}"
                : "{\"" + creator.core().name() + "\": " + core + ", \"" + next.name() + "\": " + (100 - core) + "}";
        int home = 50 + random.nextInt(35);
        String places = "{\"" + creator.place() + "\": " + home + ", \"" + creator.secondPlace() + "\": " + (100 - home) + "}";
        long followers = creator.views() * (4 + random.nextInt(12));
        double engagement = Math.round((1.5 + random.nextDouble() * 6.5) * 100) / 100.0;
        long perView = creator.views() / 1000;
        String prices = "{\"VIDEO\": " + Math.max(5_000, perView * 3_000) + ", \"SHORT\": " + Math.max(2_500, perView * 1_200)
                + ", \"POST\": " + Math.max(2_000, perView * 1_000) + ", \"STORY\": " + Math.max(1_000, perView * 500) + "}";
        String platforms = "[{\"platform\": \"" + creator.platform().name() + "\", \"handle\": \"@" + creator.username()
                + "\", \"followers\": " + followers + "}]";
        Db.update(c, """
                insert into creator_profiles (user_id, display_name, bio, niches, platforms, platform_names, total_followers,
                    age_shares, location_shares, engagement_rate, average_views, average_attention_seconds,
                    price_expectations, complete)
                values (?, ?, ?, ?, ?::jsonb, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?::jsonb, true)""",
                id, creator.name(), "I make " + word(creator.niche()) + " and " + word(creator.second())
                        + " content for a community that cares.",
                new String[] {creator.niche().name(), creator.second().name()}, platforms,
                new String[] {creator.platform().name()}, followers, ages, places, engagement, creator.views(),
                30 + random.nextInt(400), prices);
    }

    private static void posts(Connection c, UUID id, DemoData.Creator creator, Random random) throws SQLException {
        int count = 3 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            long views = Math.max(300, (long) (creator.views() * (0.5 + random.nextDouble())));
            double rate = 0.01 + random.nextDouble() * 0.07;
            Db.update(c, """
                    insert into portfolio_posts (id, creator_id, title, url, category, platform, likes, comments, shares,
                        views, posted_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    UUID.randomUUID(), id, capital(word(creator.niche())) + " diary #" + (i + 1),
                    "https://example.com/" + creator.username() + "/" + (i + 1), creator.niche().name(),
                    creator.platform().name(), (long) (views * rate * 0.85), (long) (views * rate * 0.1),
                    (long) (views * rate * 0.05), views, LocalDate.now(ZoneOffset.UTC).minusDays(5 + random.nextInt(150)));
        }
    }

    private static UUID campaign(Connection c, UUID brandId, DemoData.Brand brand, DemoData.CampaignIdea idea, String status,
                                 Random random) throws SQLException {
        UUID id = UUID.randomUUID();
        long budgetMin = (2 + random.nextInt(8)) * 10_000L * idea.count();
        Integer[] typeCounts = new Integer[DeliverableType.values().length];
        Arrays.fill(typeCounts, 0);
        typeCounts[idea.type().ordinal()] = idea.count();
        Db.update(c, """
                insert into campaigns (id, brand_id, title, description, niche, deliverable_platforms, deliverable_types,
                    deliverable_counts, type_counts, age_groups, locations, locations_norm, min_engagement_rate,
                    budget_min_minor, budget_max_minor, application_deadline, status, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now() - ? * interval '1 hour')""",
                id, brandId, brand.company() + ": " + String.format(Locale.ROOT, idea.title(), word(brand.niche())),
                String.format(Locale.ROOT, idea.description(), word(brand.niche())), brand.niche().name(),
                new String[] {idea.platform().name()}, new String[] {idea.type().name()}, new Integer[] {idea.count()},
                typeCounts, new String[] {"AGE_18_24", "AGE_25_34"}, new String[] {"India", "USA"},
                new String[] {"india", "usa"}, (double) (1 + random.nextInt(4)), budgetMin, budgetMin * 3,
                LocalDate.now(ZoneOffset.UTC).plusDays(14 + random.nextInt(60)), status, random.nextInt(24 * 20));
        return id;
    }

    private static void applications(Connection c, UUID campaign, Niche niche, UUID brandId, List<UUID> creators,
                                     Random random) throws SQLException {
        List<Integer> picked = new ArrayList<>();
        for (int i = 0; i < DemoData.CREATORS.size() && picked.size() < 4; i++) {
            DemoData.Creator creator = DemoData.CREATORS.get(i);
            if ((creator.niche() == niche || creator.second() == niche) && random.nextInt(3) > 0) {
                picked.add(i);
            }
        }
        String[] states = {"PENDING", "ACCEPTED", "PENDING", "REJECTED", "WITHDRAWN"};
        for (int n = 0; n < picked.size(); n++) {
            UUID creatorId = creators.get(picked.get(n));
            UUID application = UUID.randomUUID();
            String state = states[(n + random.nextInt(2)) % states.length];
            long fee = (3 + random.nextInt(15)) * 10_000L;
            Db.update(c, """
                    insert into applications (id, campaign_id, creator_id, proposal, proposed_fee_minor, status, decided_at)
                    values (?, ?, ?, ?, ?, ?, case when ? = 'PENDING' then null else now() end)""",
                    application, campaign, creatorId, "My audience loves " + word(niche)
                            + " content; I would film a dedicated piece and share the numbers afterwards.",
                    fee, state, state);
            if (state.equals("ACCEPTED")) {
                UUID deal = UUID.randomUUID();
                long paid = random.nextBoolean() ? fee / 2 : random.nextBoolean() ? fee : 0;
                Db.update(c, """
                        insert into deals (id, application_id, campaign_id, brand_id, creator_id, agreed_fee_minor, paid_minor)
                        values (?, ?, ?, ?, ?, ?, ?)""", deal, application, campaign, brandId, creatorId, fee, paid);
                if (paid > 0) {
                    Db.update(c, "insert into payments (id, deal_id, amount_minor, note) values (?, ?, ?, ?)",
                            UUID.randomUUID(), deal, paid, paid == fee ? "paid in full" : "deposit");
                }
            }
        }
    }

    private static boolean exists(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    private static String word(Niche niche) {
        return niche.name().toLowerCase(Locale.ROOT);
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
