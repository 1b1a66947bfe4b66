package io.inpact.matching;

import io.inpact.api.common.Money;
import io.inpact.api.common.Niche;
import io.inpact.api.common.Page;
import io.inpact.api.matching.CampaignMatch;
import io.inpact.api.matching.CreatorMatch;
import io.inpact.campaigns.Caller;
import io.inpact.campaigns.Db;
import io.inpact.campaigns.Ids;
import io.inpact.campaigns.Paging;
import io.inpact.system.ApiException;
import io.micronaut.core.type.Argument;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Singleton
class MatchService {

    private final Db db;
    private final MatchRepository matches;
    private final MatchCache cache;

    MatchService(Db db, MatchRepository matches, MatchCache cache) {
        this.db = db;
        this.matches = matches;
        this.cache = cache;
    }

    /** Creators ranked for the brand's own campaign (drafts included, so a brand can preview). */
    Page<CreatorMatch> creatorsFor(Caller brand, String campaignId, Paging paging) {
        UUID id = Ids.parse(campaignId, "campaign");
        MatchRepository.CampaignFacts campaign = db.read(c -> matches.campaign(c, id))
                .filter(found -> !found.status().equals("DRAFT") || found.brandId().equals(brand.id()))
                .orElseThrow(() -> ApiException.notFound("campaign", id));
        if (!campaign.brandId().equals(brand.id())) {
            throw ApiException.forbidden("campaign [id=" + id + "] belongs to another brand");
        }
        long generation = db.read(c -> matches.generation(c, "creators"));
        String key = cache.key("campaign", id.toString(), "v" + campaign.version(), "g" + generation,
                paging.page() + "x" + paging.size());
        CachedMatches.Creators page = cache.get(key, Argument.of(CachedMatches.Creators.class),
                () -> db.read(c -> new CachedMatches.Creators(creatorMatches(matches.rankCreators(c, campaign, paging)),
                        matches.countCreators(c))));
        return new Page<>(page.items(), paging.page(), paging.size(), page.total());
    }

    /** Open campaigns ranked for the creator; empty until the creator has a profile. */
    Page<CampaignMatch> campaignsFor(Caller creator, Paging paging) {
        long[] versions = db.read(c -> new long[] {matches.creatorVersion(c, creator.id()), matches.generation(c, "campaigns")});
        String key = cache.key("creator", creator.id().toString(), "v" + versions[0], "g" + versions[1],
                paging.page() + "x" + paging.size());
        CachedMatches.Campaigns page = cache.get(key, Argument.of(CachedMatches.Campaigns.class), () -> db.read(c -> {
            var features = matches.creator(c, creator.id());
            if (features.isEmpty()) {
                return new CachedMatches.Campaigns(List.of(), 0);
            }
            return new CachedMatches.Campaigns(campaignMatches(matches.rankCampaigns(c, features.get(), paging)),
                    matches.countOpenCampaigns(c));
        }));
        return new Page<>(page.items(), paging.page(), paging.size(), page.total());
    }

    private static List<CreatorMatch> creatorMatches(List<MatchRepository.Row> rows) {
        List<CreatorMatch> out = new ArrayList<>();
        for (MatchRepository.Row row : rows) {
            var f = row.fields();
            @SuppressWarnings("unchecked")
            List<String> niches = (List<String>) f.get("niches");
            out.add(new CreatorMatch(f.get("creator_id").toString(), (String) f.get("name"),
                    niches.stream().map(Niche::valueOf).toList(), ((Number) f.get("followers")).longValue(),
                    row.scored().engagement() == null ? 0 : Math.round(row.scored().engagement() * 100) / 100.0,
                    MatchExplainer.score(row.scored()), MatchExplainer.components(row.scored())));
        }
        return out;
    }

    private static List<CampaignMatch> campaignMatches(List<MatchRepository.Row> rows) {
        List<CampaignMatch> out = new ArrayList<>();
        for (MatchRepository.Row row : rows) {
            var f = row.fields();
            Object deadline = f.get("application_deadline");
            out.add(new CampaignMatch(f.get("id").toString(), (String) f.get("title"), f.get("brand_id").toString(),
                    (String) f.get("brand_name"), Niche.valueOf((String) f.get("niche")),
                    Money.fromMinor(((Number) f.get("budget_min_minor")).longValue()),
                    Money.fromMinor(((Number) f.get("budget_max_minor")).longValue()),
                    deadline == null ? null : ((LocalDate) deadline).toString(),
                    MatchExplainer.score(row.scored()), MatchExplainer.components(row.scored())));
        }
        return out;
    }
}
