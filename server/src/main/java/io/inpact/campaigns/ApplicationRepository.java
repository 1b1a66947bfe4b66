package io.inpact.campaigns;

import io.inpact.api.campaigns.ApplicationStatus;
import io.inpact.api.campaigns.ApplicationView;
import io.inpact.api.common.Money;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Singleton
class ApplicationRepository {

    private static final String SELECT = """
            select a.id, a.campaign_id, c.title as campaign_title, c.brand_id,
                   coalesce(nullif(bp.company_name, ''), bu.username) as brand_name, a.creator_id,
                   coalesce(nullif(cp.display_name, ''), u.username) as creator_name, a.proposal,
                   a.proposed_fee_minor, a.status, a.created_at, a.decided_at, d.id as deal_id,
                   count(*) over () as total
            from applications a
            join campaigns c on c.id = a.campaign_id
            join users u on u.id = a.creator_id
            join users bu on bu.id = c.brand_id
            left join brand_profiles bp on bp.user_id = c.brand_id
            left join creator_profiles cp on cp.user_id = a.creator_id
            left join deals d on d.application_id = a.id
            """;

    void insert(Connection c, UUID id, UUID campaignId, UUID creatorId, String proposal, long feeMinor) throws SQLException {
        Db.update(c, """
                insert into applications (id, campaign_id, creator_id, proposal, proposed_fee_minor, status)
                values (?, ?, ?, ?, ?, 'PENDING')""", id, campaignId, creatorId, proposal, feeMinor);
    }

    /** The application with its campaign's brand, locked FOR UPDATE. */
    Optional<Locked> lock(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = Db.prepare(c, """
                select a.creator_id, c.brand_id, a.status, a.proposed_fee_minor, a.campaign_id
                from applications a join campaigns c on c.id = a.campaign_id
                where a.id = ? for update of a""", id); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new Locked(id, rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                    ApplicationStatus.valueOf(rs.getString(3)), rs.getLong(4), rs.getObject(5, UUID.class)));
        }
    }

    record Locked(UUID id, UUID creatorId, UUID brandId, ApplicationStatus status, long feeMinor, UUID campaignId) {
    }

    void setStatus(Connection c, UUID id, ApplicationStatus status) throws SQLException {
        Db.update(c, "update applications set status = ?, decided_at = now() where id = ?", status.name(), id);
    }

    Optional<ApplicationView> find(Connection c, UUID id) throws SQLException {
        Paged<ApplicationView> found = list(c, SELECT + " where a.id = ?", List.of(id));
        return found.items().stream().findFirst();
    }

    Paged<ApplicationView> byCampaign(Connection c, UUID campaignId, ApplicationStatus status, Paging paging) throws SQLException {
        return list(c, SELECT + " where a.campaign_id = ?" + status(status)
                + " order by a.created_at desc, a.id limit ? offset ?", List.of(campaignId, paging.size(), paging.offset()));
    }

    Paged<ApplicationView> byCreator(Connection c, UUID creatorId, ApplicationStatus status, Paging paging) throws SQLException {
        return list(c, SELECT + " where a.creator_id = ?" + status(status)
                + " order by a.created_at desc, a.id limit ? offset ?", List.of(creatorId, paging.size(), paging.offset()));
    }

    Paged<ApplicationView> byBrand(Connection c, UUID brandId, ApplicationStatus status, Paging paging) throws SQLException {
        return list(c, SELECT + " where c.brand_id = ?" + status(status)
                + " order by a.created_at asc, a.id limit ? offset ?", List.of(brandId, paging.size(), paging.offset()));
    }

    private static String status(ApplicationStatus status) {
        return status == null ? "" : " and a.status = '" + status.name() + "'";
    }

    private Paged<ApplicationView> list(Connection c, String sql, List<Object> params) throws SQLException {
        List<ApplicationView> items = new ArrayList<>();
        long total = 0;
        try (PreparedStatement ps = Db.prepare(c, sql, params.toArray()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                UUID deal = rs.getObject("deal_id", UUID.class);
                items.add(new ApplicationView(
                        rs.getObject("id", UUID.class).toString(),
                        rs.getObject("campaign_id", UUID.class).toString(),
                        rs.getString("campaign_title"),
                        rs.getObject("brand_id", UUID.class).toString(),
                        rs.getString("brand_name"),
                        rs.getObject("creator_id", UUID.class).toString(),
                        rs.getString("creator_name"),
                        rs.getString("proposal"),
                        Money.fromMinor(rs.getLong("proposed_fee_minor")),
                        ApplicationStatus.valueOf(rs.getString("status")),
                        CampaignRepository.instant(rs, "created_at"),
                        CampaignRepository.instant(rs, "decided_at"),
                        deal == null ? null : deal.toString()));
                total = rs.getLong("total");
            }
        }
        return new Paged<>(items, total);
    }
}
