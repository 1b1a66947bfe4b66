package io.inpact.matching;

import io.inpact.api.common.ApiPaths;
import io.inpact.system.RedisKeys;
import io.inpact.testsupport.ApiResponse;
import io.inpact.testsupport.ApiSession;
import io.inpact.testsupport.TestInfra;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Run by scripts/bench-matching, never by the test suite. Starts the real server against a throwaway
 * database (TestInfra: created for this run, dropped at exit), generates 10,000 creators and 1,000 open
 * campaigns, then times ranked pages over HTTP on loopback: cache cold (keys deleted before each
 * request), cache warm, and a baseline of a single indexed row over the same HTTP stack. Writes the
 * figures into the "Matching" section of BENCHMARKS.md.
 */
public final class MatchingBenchmark {

    static final int CREATORS = 10_000;
    static final int CAMPAIGNS = 1_000;
    static final int SAMPLES = 200;
    static final int WARMUP = 30;

    private MatchingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "BENCHMARKS.md");
        Map<String, Object> properties = new HashMap<>(TestInfra.properties());
        properties.put("micronaut.server.port", "-1");
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
            ApplicationContext context = server.getApplicationContext();
            ApiSession brand = ApiSession.brand(server);
            ApiSession creator = ApiSession.creator(server);
            long generateStart = System.nanoTime();
            List<String> campaigns = generate(brand.userId(), creator.userId());
            double generateSeconds = (System.nanoTime() - generateStart) / 1e9;
            StatefulRedisConnection<String, String> redis = context.getBean(StatefulRedisConnection.class);
            String pattern = context.getBean(RedisKeys.class).key("match:*");
            Runnable flush = () -> {
                List<String> keys = redis.sync().keys(pattern);
                if (!keys.isEmpty()) {
                    redis.sync().del(keys.toArray(String[]::new));
                }
            };

            String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();
            IntFunction<String> creatorsPage = i -> ApiPaths.campaignMatches(campaigns.get(i % campaigns.size())) + "?size=20";
            List<Result> results = new ArrayList<>();
            results.add(measure("baseline: GET /api/campaigns/{id} (one indexed row)", brand,
                    i -> ApiPaths.campaign(campaigns.get(i % campaigns.size())), null));
            results.add(measure("creators for a campaign, page of 20, cache cold", brand, creatorsPage, flush));
            results.add(measure("creators for a campaign, page of 20, cache warm", brand, i -> creatorsPage.apply(i % 20), null));
            results.add(measure("campaigns for a creator, page of 20, cache cold", creator,
                    i -> ApiPaths.CREATOR_MY_MATCHES + "?size=20&page=" + (i % 5), flush));
            results.add(measure("campaigns for a creator, page of 20, cache warm", creator,
                    i -> ApiPaths.CREATOR_MY_MATCHES + "?size=20&page=" + (i % 5), null));
            results.add(sqlOnly(context, campaigns));
            String loadAfter = Files.readString(Path.of("/proc/loadavg")).trim();
            write(out, results, generateSeconds, loadBefore, loadAfter);
        }
        System.exit(0);
    }

    record Result(String name, double p50, double p95, double p99, double max) {
    }

    private static Result measure(String name, ApiSession session, IntFunction<String> path, Runnable before) {
        for (int i = 0; i < WARMUP; i++) {
            call(session, path.apply(i + 7));
        }
        double[] millis = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            if (before != null) {
                before.run();
            }
            String p = path.apply(i);
            long start = System.nanoTime();
            call(session, p);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        Result result = new Result(name, pct(millis, 50), pct(millis, 95), pct(millis, 99), millis[millis.length - 1]);
        System.err.printf("%-60s p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms%n", name, result.p50(), result.p95(), result.p99());
        return result;
    }

    /** The ranking query alone over JDBC (no HTTP, JSON or Redis), to show where the cold time goes. */
    private static Result sqlOnly(ApplicationContext context, List<String> campaigns) {
        MatchRepository repository = context.getBean(MatchRepository.class);
        io.inpact.campaigns.Db db = context.getBean(io.inpact.campaigns.Db.class);
        io.inpact.campaigns.Paging paging = io.inpact.campaigns.Paging.of(0, 20);
        double[] millis = new double[SAMPLES];
        for (int i = -WARMUP; i < SAMPLES; i++) {
            java.util.UUID id = java.util.UUID.fromString(campaigns.get(Math.floorMod(i, campaigns.size())));
            MatchRepository.CampaignFacts facts = db.read(c -> repository.campaign(c, id)).orElseThrow();
            long start = System.nanoTime();
            db.read(c -> repository.rankCreators(c, facts, paging));
            if (i >= 0) {
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(millis);
        Result result = new Result("ranking SQL alone (JDBC, no HTTP/JSON/Redis), creators for a campaign",
                pct(millis, 50), pct(millis, 95), pct(millis, 99), millis[millis.length - 1]);
        System.err.printf("%-60s p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms%n", result.name(), result.p50(), result.p95(), result.p99());
        return result;
    }

    private static void call(ApiSession session, String path) {
        ApiResponse response = session.get(path);
        if (response.status() != 200) {
            throw new IllegalStateException(path + " answered " + response);
        }
    }

    private static double pct(double[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** Creators, posts and campaigns in SQL; the triggers build the match features as the API would. */
    private static List<String> generate(String brandId, String creatorId) throws Exception {
        try (Connection c = TestInfra.connect(); Statement s = c.createStatement()) {
            s.execute("select setseed(0.42)");
            s.execute("""
                    insert into users (id, email, username, password_hash, role)
                    select gen_random_uuid(), 'bench' || i || '@example.com', 'bench_creator_' || i, 'not-a-login', 'CREATOR'
                    from generate_series(1, %d) i""".formatted(CREATORS - 1));
            s.execute("update creator_profiles set niches = '{FITNESS}' where user_id = '" + creatorId + "'");
            s.execute(PROFILES.replace("CREATOR_ID", creatorId));
            s.execute(POSTS);
            s.execute(CAMPAIGN_SQL.replace("BRAND_ID", brandId).replace("COUNT", Integer.toString(CAMPAIGNS)));
            s.execute("analyze");
            List<String> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select id from campaigns where status = 'OPEN' order by id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        }
    }

    static final String NICHES = "array['BEAUTY','FASHION','FITNESS','FOOD','GAMING','TECH','TRAVEL','LIFESTYLE',"
            + "'FINANCE','EDUCATION','PARENTING','MUSIC','SPORTS','AUTOMOTIVE','HOME','PETS']";
    static final String PLACES = "array['India','USA','UK','Germany','Brazil','Indonesia','Nigeria','Japan','France','Mexico','Canada','Spain']";

    static final String PROFILES = """
            insert into creator_profiles (user_id, display_name, niches, total_followers, age_shares, location_shares,
                engagement_rate, average_views, price_expectations)
            select u.id, 'Bench ' || u.username,
                   array[(NICHES)[1 + (random() * 15)::int], (NICHES)[1 + (random() * 15)::int]],
                   (1000 + random() * 2000000)::bigint,
                   jsonb_build_object('AGE_13_17', a1, 'AGE_18_24', a2, 'AGE_25_34', a3, 'AGE_35_44', 100 - a1 - a2 - a3),
                   jsonb_build_object((PLACES)[1 + (random() * 11)::int], l1, (PLACES)[1 + (random() * 11)::int], 100 - l1),
                   round((0.5 + random() * 9.5)::numeric, 2),
                   views,
                   jsonb_build_object('VIDEO', views * 3, 'SHORT', views, 'POST', views, 'STORY', views / 2)
            from users u,
                 lateral (select (random() * 30)::int as a1, (random() * 30)::int as a2, (random() * 30)::int as a3,
                                 (random() * 100)::int as l1, (500 + random() * random() * 200000)::bigint as views) r
            where u.username like 'bench_creator_%'
            on conflict (user_id) do update set display_name = excluded.display_name, niches = excluded.niches,
                total_followers = excluded.total_followers, age_shares = excluded.age_shares,
                location_shares = excluded.location_shares, engagement_rate = excluded.engagement_rate,
                average_views = excluded.average_views, price_expectations = excluded.price_expectations
            """.replace("NICHES", NICHES).replace("PLACES", PLACES) + ";"
            + "update creator_profiles set age_shares = '{\"AGE_18_24\": 60, \"AGE_25_34\": 40}', location_shares = '{\"India\": 100}',"
            + " engagement_rate = 4.2, average_views = 20000, price_expectations = '{\"VIDEO\": 60000, \"POST\": 20000}'"
            + " where user_id = 'CREATOR_ID'";

    static final String POSTS = """
            insert into portfolio_posts (id, creator_id, title, url, category, platform, likes, comments, shares, views, posted_at)
            select gen_random_uuid(), u.id, 'Post ' || n, 'https://example.com/' || u.username || '/' || n, 'FITNESS', 'YOUTUBE',
                   (v * random() * 0.08)::bigint, (v * random() * 0.01)::bigint, (v * random() * 0.005)::bigint, v,
                   current_date - (random() * 180)::int
            from (select id, username from users where username like 'bench_creator_%' order by username limit 3000) u,
                 generate_series(1, 2) n, lateral (select (1000 + random() * 100000)::bigint as v) r
            """;

    static final String CAMPAIGN_SQL = """
            insert into campaigns (id, brand_id, title, description, niche, deliverable_platforms, deliverable_types,
                deliverable_counts, type_counts, age_groups, locations, locations_norm, min_engagement_rate,
                budget_min_minor, budget_max_minor, status)
            select gen_random_uuid(), 'BRAND_ID', 'Bench campaign ' || i, 'Generated for the matching benchmark',
                   (NICHES)[1 + (random() * 15)::int], array['YOUTUBE', 'INSTAGRAM'], array['VIDEO', 'POST'],
                   array[1, 2], array[1, 0, 2, 0, 0, 0, 0],
                   case when i % 3 = 0 then '{}' else array['AGE_18_24', 'AGE_25_34'] end,
                   array[place], array[lower(place)], round((random() * 5)::numeric, 2),
                   budget, budget * 3, 'OPEN'
            from generate_series(1, COUNT) i,
                 lateral (select (PLACES)[1 + (random() * 11)::int] as place,
                                 (10000 + random() * 500000)::bigint as budget) r
            """.replace("NICHES", NICHES).replace("PLACES", PLACES);

    private static void write(Path out, List<Result> results, double generateSeconds, String loadBefore, String loadAfter)
            throws IOException {
        StringBuilder section = new StringBuilder();
        section.append("## Matching\n\n")
                .append("`scripts/bench-matching`, run ").append(Instant.now().toString(), 0, 16).append(" UTC on ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores. ")
                .append(CREATORS).append(" creators (3,000 with 2 portfolio posts each) and ").append(CAMPAIGNS)
                .append(" open campaigns generated into a throwaway database in ")
                .append(String.format("%.0f", generateSeconds)).append(" s. Each line: ").append(SAMPLES)
                .append(" sequential HTTP requests over loopback after ").append(WARMUP)
                .append(" warm-up requests, through the real server (security, JSON, PostgreSQL, Redis). ")
                .append("\"Cold\" deletes every cached ranking before each request, so the page is ranked in SQL; ")
                .append("\"warm\" reads it from Redis. The baseline is one campaign by primary key over the same stack. ")
                .append("Load average (/proc/loadavg) before: `").append(loadBefore).append("`, after: `").append(loadAfter)
                .append("` — other work on the machine inflates every figure alike, so compare the lines with each other.\n\n")
                .append("| request | p50 ms | p95 ms | p99 ms | max ms |\n| --- | ---: | ---: | ---: | ---: |\n");
        for (Result r : results) {
            section.append(String.format("| %s | %.2f | %.2f | %.2f | %.2f |%n", r.name(), r.p50(), r.p95(), r.p99(), r.max()));
        }
        Result baseline = results.get(0);
        Result cold = results.get(1);
        section.append(String.format("%nCold ranking of %d creators: p95 %.1f ms, %.1f× the baseline's p95; target under 100 ms: %s.%n",
                CREATORS, cold.p95(), cold.p95() / baseline.p95(), cold.p95() < 100 ? "met" : "NOT met"));
        String existing = Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "# Benchmarks\n";
        int start = existing.indexOf("## Matching\n");
        String updated;
        if (start < 0) {
            updated = existing.stripTrailing() + "\n\n" + section;
        } else {
            int end = existing.indexOf("\n## ", start + 1);
            updated = existing.substring(0, start) + section + (end < 0 ? "" : existing.substring(end + 1));
        }
        Files.writeString(out, updated, StandardCharsets.UTF_8);
    }
}
