package io.inpact.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import io.inpact.api.campaigns.CampaignSort;
import io.inpact.api.common.Niche;
import io.inpact.testsupport.ScratchDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The search query the service really runs, EXPLAINed over 30,000 campaigns. */
class CampaignSearchIndexTest {

    private static final int CAMPAIGNS = 30_000;
    private static ScratchDatabase database;

    @BeforeAll
    static void loadCampaigns() throws Exception {
        database = ScratchDatabase.create();
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            s.execute("""
                    insert into users (id, email, username, password_hash, role)
                    select gen_random_uuid(), 'brand' || i || '@example.com', 'brand' || i, 'x', 'BRAND'
                    from generate_series(1, 50) i""");
            s.execute("""
                    with words as (select array['summer', 'launch', 'protein', 'skincare', 'headphones', 'recipe',
                                                'marathon', 'console', 'backpack', 'budget', 'serum', 'espresso',
                                                'keyboard', 'hiking', 'vegan', 'smartwatch'] as w)
                    insert into campaigns (id, brand_id, title, description, niche, deliverable_platforms,
                        deliverable_types, deliverable_counts, type_counts, budget_min_minor, budget_max_minor, status,
                        created_at)
                    select gen_random_uuid(), (select id from users order by id offset (i % 50) limit 1),
                           initcap(w[1 + i % 16]) || ' ' || w[1 + (i / 16) % 16] || ' campaign ' || i,
                           'We are looking for creators to present our ' || w[1 + (i / 7) % 16] || ' and '
                               || w[1 + (i / 3) % 16] || ' line to an engaged audience.',
                           (array['BEAUTY','FASHION','FITNESS','FOOD','GAMING','TECH','TRAVEL','LIFESTYLE'])[1 + i % 8],
                           array['YOUTUBE'], array['VIDEO'], array[1], array[1, 0, 0, 0, 0, 0, 0],
                           (i % 100) * 10000, (i % 100) * 10000 + 50000,
                           case when i % 10 = 0 then 'CLOSED' else 'OPEN' end, now() - i * interval '1 minute'
                    from generate_series(1, COUNT) i, words""".replace("COUNT", Integer.toString(CAMPAIGNS)));
            s.execute("""
                    insert into campaigns (id, brand_id, title, description, niche, deliverable_platforms,
                        deliverable_types, deliverable_counts, type_counts, budget_min_minor, budget_max_minor, status)
                    select gen_random_uuid(), (select id from users limit 1), 'Kombucha tasting tour ' || i,
                           'Film a kombucha brewery visit', 'FOOD', array['TIKTOK'], array['SHORT'], array[2],
                           array[0, 2, 0, 0, 0, 0, 0], 100000, 200000, 'OPEN'
                    from generate_series(1, 25) i""");
            s.execute("analyze");
        }
    }

    @AfterAll
    static void drop() throws Exception {
        database.close();
    }

    @Test
    void shouldUseTheFullTextIndexWhenSearchingByText() throws Exception {
        CampaignRepository.SearchQuery query = CampaignRepository.searchQuery("kombucha", null, null, null,
                CampaignSort.RELEVANCE, Paging.of(0, 20));

        String plan = explain(query);

        assertThat(plan).contains("campaigns_search_idx").doesNotContain("Seq Scan on campaigns");
    }

    @Test
    void shouldUseTheFullTextIndexWhenTextIsCombinedWithFilters() throws Exception {
        CampaignRepository.SearchQuery query = CampaignRepository.searchQuery("kombucha brewery", Niche.FOOD,
                100_000L, 500_000L, CampaignSort.BUDGET_HIGH, Paging.of(0, 10));

        String plan = explain(query);

        assertThat(plan).contains("campaigns_search_idx");
    }

    @Test
    void shouldFindExactlyTheMatchingCampaignsWhenSearchingByText() throws Exception {
        CampaignRepository.SearchQuery query = CampaignRepository.searchQuery("kombucha", null, null, null,
                null, Paging.of(1, 10));

        List<String> titles = new ArrayList<>();
        long total = 0;
        try (Connection c = database.connect();
             PreparedStatement ps = Db.prepare(c, query.sql(), query.params().toArray());
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                titles.add(rs.getString("title"));
                total = rs.getLong("total");
            }
        }

        assertThat(total).isEqualTo(25);
        assertThat(titles).hasSize(10).allMatch(t -> t.startsWith("Kombucha tasting tour"));
    }

    private static String explain(CampaignRepository.SearchQuery query) throws Exception {
        StringBuilder plan = new StringBuilder();
        try (Connection c = database.connect();
             PreparedStatement ps = Db.prepare(c, "explain " + query.sql(), query.params().toArray());
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                plan.append(rs.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }
}
