package io.inpact.campaigns;

import io.inpact.api.campaigns.CampaignRules;
import io.inpact.api.campaigns.CreatorMetrics;
import io.inpact.api.campaigns.PortfolioPostRequest;
import io.inpact.api.campaigns.PortfolioPostView;
import io.inpact.api.common.FieldErrors;
import io.inpact.api.common.Page;
import io.inpact.system.ApiException;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

@Singleton
class PortfolioService {

    private final Db db;
    private final PortfolioRepository posts;

    PortfolioService(Db db, PortfolioRepository posts) {
        this.db = db;
        this.posts = posts;
    }

    PortfolioPostView create(Caller creator, PortfolioPostRequest request) {
        validate(request);
        UUID id = UUID.randomUUID();
        return db.tx(c -> {
            posts.insert(c, id, creator.id(), request);
            return posts.find(c, id).orElseThrow();
        });
    }

    PortfolioPostView update(Caller creator, String postId, PortfolioPostRequest request) {
        UUID id = Ids.parse(postId, "post");
        validate(request);
        return db.tx(c -> {
            if (!posts.update(c, id, creator.id(), request)) {
                throw ApiException.notFound("post", id);
            }
            return posts.find(c, id).orElseThrow();
        });
    }

    void delete(Caller creator, String postId) {
        UUID id = Ids.parse(postId, "post");
        db.tx(c -> {
            if (!posts.delete(c, id, creator.id())) {
                throw ApiException.notFound("post", id);
            }
            return null;
        });
    }

    Page<PortfolioPostView> list(String creatorId, Paging paging) {
        UUID id = creator(creatorId);
        return db.read(c -> posts.byCreator(c, id, paging)).toPage(paging);
    }

    CreatorMetrics metrics(String creatorId) {
        UUID id = creator(creatorId);
        return db.read(c -> posts.metrics(c, id));
    }

    private UUID creator(String creatorId) {
        UUID id = Ids.parse(creatorId, "creator");
        if (!db.read(c -> posts.isCreator(c, id))) {
            throw ApiException.notFound("creator", id);
        }
        return id;
    }

    private static void validate(PortfolioPostRequest request) {
        ApiException.requireValid(CampaignRules.post(request));
        if (request.postedAt() != null && !request.postedAt().isEmpty()
                && LocalDate.parse(request.postedAt()).isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1))) {
            ApiException.requireValid(FieldErrors.create().check("postedAt", "must not be in the future"));
        }
    }
}
