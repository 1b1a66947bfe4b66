package io.inpact.matching;

import io.inpact.api.common.DeliverableType;
import io.inpact.api.common.Money;
import io.inpact.api.matching.ComparableDeal;
import io.inpact.api.matching.DeliverablePrice;
import io.inpact.api.matching.PriceInput;
import io.inpact.api.matching.PricingRecommendation;
import io.inpact.campaigns.Caller;
import io.inpact.campaigns.Db;
import io.inpact.system.ApiException;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A CPM-style fee model: fee = average views / 1000 × base CPM of the deliverable type × engagement
 * factor (rate ÷ 3 %, kept within 0.5–2), then scaled by the median ratio of agreed fee to model fee over
 * accepted deals of similar creators (a shared niche, average views within half to double) when there
 * are at least {@value #MIN_COMPARABLES} of them. The range is 80 %–125 % of the recommendation.
 */
@Singleton
class PricingService {

    static final int MIN_COMPARABLES = 3;
    static final int MAX_COMPARABLES = 20;
    static final double REFERENCE_ENGAGEMENT = 3.0;
    /** Base CPM in minor units per 1000 views. */
    static final Map<DeliverableType, Long> BASE_CPM = new EnumMap<>(Map.of(
            DeliverableType.VIDEO, 2500L,
            DeliverableType.SHORT, 1200L,
            DeliverableType.POST, 1000L,
            DeliverableType.STORY, 600L,
            DeliverableType.LIVESTREAM, 2000L,
            DeliverableType.ARTICLE, 1500L,
            DeliverableType.EPISODE, 3000L));

    private final Db db;
    private final MatchRepository matches;

    PricingService(Db db, MatchRepository matches) {
        this.db = db;
        this.matches = matches;
    }

    PricingRecommendation recommend(Caller creator) {
        CreatorFeatures me = db.read(c -> matches.creator(c, creator.id()))
                .orElseThrow(() -> new ApiException(409, "profile_incomplete",
                        "creator [id=" + creator.id() + "] has no profile yet; fill it in to get a price recommendation", null));
        List<PriceInput> inputs = new ArrayList<>();
        double views = me.typicalViews() == null ? 0 : me.typicalViews();
        inputs.add(new PriceInput("averageViews", me.typicalViews() == null ? "unknown" : Long.toString(Math.round(views)),
                me.engagementFromPosts() ? "measured from portfolio posts" : "from the profile"));
        double factor = engagementFactor(me.engagementRate());
        inputs.add(new PriceInput("engagementRate", me.engagementRate() == null ? "unknown" : round2(me.engagementRate()) + "%",
                me.engagementFromPosts() ? "measured from portfolio posts" : "from the profile"));
        inputs.add(new PriceInput("engagementFactor", Double.toString(round2(factor)),
                "engagement rate ÷ " + REFERENCE_ENGAGEMENT + "%, kept within 0.5–2"));
        inputs.add(new PriceInput("niches", String.join(", ", me.niches()), "from the profile"));
        for (DeliverableType type : DeliverableType.values()) {
            inputs.add(new PriceInput("baseCpm." + type.name(), Money.fromMinor(BASE_CPM.get(type)), "per 1000 views"));
        }

        List<ComparableDeal> comparables = views <= 0 || me.niches().isEmpty() ? List.of()
                : db.read(c -> comparables(c, creator.id(), me.niches(), views));
        boolean calibrated = comparables.size() >= MIN_COMPARABLES;
        double calibration = calibrated ? median(comparables.stream().mapToDouble(ComparableDeal::ratioToModel).toArray()) : 1.0;
        inputs.add(new PriceInput("calibration", Double.toString(round2(calibration)), calibrated
                ? "median agreed ÷ model fee over " + comparables.size() + " comparable deals"
                : "fewer than " + MIN_COMPARABLES + " comparable deals (" + comparables.size() + "), model used as is"));

        List<DeliverablePrice> prices = new ArrayList<>();
        if (views > 0) {
            for (DeliverableType type : DeliverableType.values()) {
                long recommended = Math.max(100, Math.round(modelFee(type, views, me.engagementRate()) * calibration));
                prices.add(new DeliverablePrice(type, money(recommended * 0.8), money(recommended), money(recommended * 1.25)));
            }
        }
        return new PricingRecommendation(creator.id().toString(), calibrated ? "cpm-calibrated" : "cpm-model",
                round2(calibration), MIN_COMPARABLES, inputs, prices, comparables);
    }

    static double modelFee(DeliverableType type, double views, Double engagementRate) {
        return views / 1000.0 * BASE_CPM.get(type) * engagementFactor(engagementRate);
    }

    static double engagementFactor(Double rate) {
        if (rate == null) {
            return 1.0;
        }
        return Math.max(0.5, Math.min(2.0, rate / REFERENCE_ENGAGEMENT));
    }

    private List<ComparableDeal> comparables(Connection c, UUID creatorId, List<String> niches, double views) throws SQLException {
        List<ComparableDeal> out = new ArrayList<>();
        try (PreparedStatement ps = Db.prepare(c, """
                select d.id, c.title, d.agreed_fee_minor, f.typical_views, f.engagement_rate, c.type_counts
                from deals d
                join campaigns c on c.id = d.campaign_id
                join creator_match_features f on f.creator_id = d.creator_id
                where d.creator_id <> ? and c.niche = any (?) and f.typical_views between ? and ?
                order by d.created_at desc, d.id limit ?""",
                creatorId, niches.toArray(String[]::new), views / 2, views * 2, MAX_COMPARABLES);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                double theirViews = rs.getDouble("typical_views");
                double rate = rs.getDouble("engagement_rate");
                Double theirRate = rs.wasNull() ? null : rate;
                Integer[] counts = (Integer[]) rs.getArray("type_counts").getArray();
                double model = 0;
                for (DeliverableType type : DeliverableType.values()) {
                    model += counts[type.ordinal()] * modelFee(type, theirViews, theirRate);
                }
                if (model <= 0) {
                    continue;
                }
                long agreed = rs.getLong("agreed_fee_minor");
                out.add(new ComparableDeal(rs.getObject("id", UUID.class).toString(), rs.getString("title"),
                        Money.fromMinor(agreed), Math.round(theirViews), theirRate == null ? 0 : round2(theirRate),
                        round2(agreed / model)));
            }
        }
        return out;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String money(double minor) {
        return Money.fromMinor(Math.min(Math.round(minor), Money.MAX_MINOR));
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
