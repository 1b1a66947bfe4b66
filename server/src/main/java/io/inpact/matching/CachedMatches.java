package io.inpact.matching;

import io.inpact.api.matching.CampaignMatch;
import io.inpact.api.matching.CreatorMatch;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Ranked pages as stored in Redis. */
final class CachedMatches {

    private CachedMatches() {
    }

    @Serdeable
    record Creators(List<CreatorMatch> items, long total) {
    }

    @Serdeable
    record Campaigns(List<CampaignMatch> items, long total) {
    }
}
