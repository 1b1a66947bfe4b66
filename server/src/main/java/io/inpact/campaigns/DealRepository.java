package io.inpact.campaigns;

import io.inpact.api.campaigns.DealStatus;
import io.inpact.api.campaigns.DealSummary;
import io.inpact.api.campaigns.DealView;
import io.inpact.api.campaigns.PaymentView;
import io.inpact.api.common.Money;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Singleton
class DealRepository {

    private static final String SELECT = """
            select d.id, d.campaign_id, c.title as campaign_title, d.application_id, d.brand_id,
                   coalesce(nullif(bp.company_name, ''), bu.username) as brand_name, d.creator_id,
                   coalesce(nullif(cp.display_name, ''), cu.username) as creator_name,
                   d.agreed_fee_minor, d.paid_minor, d.created_at, count(*) over () as total
            from deals d
            join campaigns c on c.id = d.campaign_id
            join users bu on bu.id = d.brand_id
            left join brand_profiles bp on bp.user_id = d.brand_id
            join users cu on cu.id = d.creator_id
            left join creator_profiles cp on cp.user_id = d.creator_id
            """;

    void insert(Connection c, UUID id, UUID applicationId, UUID campaignId, UUID brandId, UUID creatorId, long feeMinor)
            throws SQLException {
        Db.update(c, """
                insert into deals (id, application_id, campaign_id, brand_id, creator_id, agreed_fee_minor)
                values (?, ?, ?, ?, ?, ?)""", id, applicationId, campaignId, brandId, creatorId, feeMinor);
    }

    Optional<Locked> lock(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = Db.prepare(c,
                "select brand_id, creator_id, agreed_fee_minor, paid_minor from deals where id = ? for update", id);
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new Locked(id, rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                    rs.getLong(3), rs.getLong(4)));
        }
    }

    record Locked(UUID id, UUID brandId, UUID creatorId, long agreedMinor, long paidMinor) {
    }

    void addPayment(Connection c, UUID dealId, long amountMinor, String note) throws SQLException {
        Db.update(c, "insert into payments (id, deal_id, amount_minor, note) values (?, ?, ?, ?)",
                UUID.randomUUID(), dealId, amountMinor, note);
        Db.update(c, "update deals set paid_minor = paid_minor + ? where id = ?", amountMinor, dealId);
    }

    Optional<DealView> find(Connection c, UUID id) throws SQLException {
        return list(c, SELECT + " where d.id = ?", List.of(id)).items().stream().findFirst();
    }

    Paged<DealView> forParty(Connection c, UUID userId, Paging paging) throws SQLException {
        return list(c, SELECT + " where d.brand_id = ? or d.creator_id = ? order by d.created_at desc, d.id limit ? offset ?",
                List.of(userId, userId, paging.size(), paging.offset()));
    }

    DealSummary summary(Connection c, UUID userId) throws SQLException {
        try (PreparedStatement ps = Db.prepare(c, """
                select count(*), count(*) filter (where paid_minor < agreed_fee_minor),
                       coalesce(sum(agreed_fee_minor), 0), coalesce(sum(paid_minor), 0),
                       coalesce(sum(greatest(agreed_fee_minor - paid_minor, 0)), 0)
                from deals where brand_id = ? or creator_id = ?""", userId, userId);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new DealSummary(rs.getLong(1), rs.getLong(2), Money.fromMinor(rs.getLong(3)),
                    Money.fromMinor(rs.getLong(4)), Money.fromMinor(rs.getLong(5)));
        }
    }

    private Paged<DealView> list(Connection c, String sql, List<Object> params) throws SQLException {
        Map<UUID, Row> rows = new LinkedHashMap<>();
        long total = 0;
        try (PreparedStatement ps = Db.prepare(c, sql, params.toArray()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.put(rs.getObject("id", UUID.class), new Row(rs));
                total = rs.getLong("total");
            }
        }
        Map<UUID, List<PaymentView>> payments = payments(c, rows.keySet());
        List<DealView> items = new ArrayList<>();
        rows.forEach((id, row) -> items.add(row.view(payments.getOrDefault(id, List.of()))));
        return new Paged<>(items, total);
    }

    private Map<UUID, List<PaymentView>> payments(Connection c, Iterable<UUID> dealIds) throws SQLException {
        List<String> ids = new ArrayList<>();
        dealIds.forEach(id -> ids.add(id.toString()));
        Map<UUID, List<PaymentView>> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        try (PreparedStatement ps = Db.prepare(c, """
                select id, deal_id, amount_minor, note, created_at from payments
                where deal_id = any(?::uuid[]) order by created_at, id""", (Object) ids.toArray(String[]::new));
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getObject("deal_id", UUID.class), k -> new ArrayList<>())
                        .add(new PaymentView(rs.getObject("id", UUID.class).toString(),
                                Money.fromMinor(rs.getLong("amount_minor")), rs.getString("note"),
                                CampaignRepository.instant(rs, "created_at")));
            }
        }
        return out;
    }

    private static final class Row {
        private final String id;
        private final String campaignId;
        private final String campaignTitle;
        private final String applicationId;
        private final String brandId;
        private final String brandName;
        private final String creatorId;
        private final String creatorName;
        private final long agreed;
        private final long paid;
        private final String createdAt;

        Row(ResultSet rs) throws SQLException {
            id = rs.getObject("id", UUID.class).toString();
            campaignId = rs.getObject("campaign_id", UUID.class).toString();
            campaignTitle = rs.getString("campaign_title");
            applicationId = rs.getObject("application_id", UUID.class).toString();
            brandId = rs.getObject("brand_id", UUID.class).toString();
            brandName = rs.getString("brand_name");
            creatorId = rs.getObject("creator_id", UUID.class).toString();
            creatorName = rs.getString("creator_name");
            agreed = rs.getLong("agreed_fee_minor");
            paid = rs.getLong("paid_minor");
            createdAt = CampaignRepository.instant(rs, "created_at");
        }

        DealView view(List<PaymentView> payments) {
            return new DealView(id, campaignId, campaignTitle, applicationId, brandId, brandName, creatorId, creatorName,
                    Money.fromMinor(agreed), Money.fromMinor(paid), Money.fromMinor(Math.max(agreed - paid, 0)),
                    paid >= agreed ? DealStatus.PAID : DealStatus.ACTIVE, createdAt, payments);
        }
    }
}
