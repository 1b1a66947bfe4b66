package io.inpact.accounts;

import io.inpact.api.accounts.AccountPaths;
import io.inpact.api.accounts.AccountRules;
import io.inpact.api.accounts.BrandProfile;
import io.inpact.api.accounts.BrandProfileUpdate;
import io.inpact.api.accounts.CreatorProfile;
import io.inpact.api.accounts.CreatorProfileUpdate;
import io.inpact.api.accounts.PublicBrandProfile;
import io.inpact.api.accounts.PublicCreatorProfile;
import io.inpact.system.ApiException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Creator and brand profiles: the owner reads and replaces its own, any signed-in user reads the public part. */
@Singleton
class ProfileService {

    private final ProfileRepository profiles;

    ProfileService(ProfileRepository profiles) {
        this.profiles = profiles;
    }

    CreatorProfile myCreatorProfile(UUID userId) {
        return ownCreator(profiles.findCreator(userId).orElseThrow(() -> creatorNotFound(userId.toString())));
    }

    @Transactional
    CreatorProfile updateCreatorProfile(UUID userId, CreatorProfileUpdate update) {
        Map<String, String> errors = AccountRules.creatorProfile(update);
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        boolean complete = AccountRules.creatorComplete(update.displayName(), update.niches(), update.platforms(),
                update.audience(), update.priceExpectations());
        profiles.updateCreator(userId, update, complete);
        return myCreatorProfile(userId);
    }

    PublicCreatorProfile publicCreatorProfile(String id) {
        ProfileRepository.CreatorRow row = parse(id).flatMap(profiles::findCreator)
                .orElseThrow(() -> creatorNotFound(id));
        return new PublicCreatorProfile(row.userId().toString(), row.username(), row.displayName(), row.bio(),
                row.niches(), row.platforms(), row.audience(), row.priceExpectations(),
                imageUrl(row.avatarImageId()));
    }

    BrandProfile myBrandProfile(UUID userId) {
        return ownBrand(profiles.findBrand(userId).orElseThrow(() -> brandNotFound(userId.toString())));
    }

    @Transactional
    BrandProfile updateBrandProfile(UUID userId, BrandProfileUpdate update) {
        Map<String, String> errors = AccountRules.brandProfile(update);
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        boolean complete = AccountRules.brandComplete(update.companyName(), update.industry(),
                update.targetAudience());
        profiles.updateBrand(userId, update, complete);
        return myBrandProfile(userId);
    }

    PublicBrandProfile publicBrandProfile(String id) {
        ProfileRepository.BrandRow row = parse(id).flatMap(profiles::findBrand)
                .orElseThrow(() -> brandNotFound(id));
        return new PublicBrandProfile(row.userId().toString(), row.username(), row.companyName(), row.industry(),
                row.website(), row.targetAudience(), row.budgetMin(), row.budgetMax(), imageUrl(row.logoImageId()));
    }

    private static CreatorProfile ownCreator(ProfileRepository.CreatorRow row) {
        return new CreatorProfile(row.userId().toString(), row.username(), row.email(), row.displayName(),
                row.bio(), row.niches(), row.platforms(), row.audience(), row.priceExpectations(),
                imageUrl(row.avatarImageId()), row.complete(), row.updatedAt().toString());
    }

    private static BrandProfile ownBrand(ProfileRepository.BrandRow row) {
        return new BrandProfile(row.userId().toString(), row.username(), row.email(), row.companyName(),
                row.industry(), row.website(), row.targetAudience(), row.budgetMin(), row.budgetMax(),
                imageUrl(row.logoImageId()), row.complete(), row.updatedAt().toString());
    }

    static String imageUrl(UUID imageId) {
        return imageId == null ? null : AccountPaths.IMAGES_PREFIX + imageId;
    }

    /** Ids are opaque to callers: anything that is not one of ours is simply not found. */
    static Optional<UUID> parse(String id) {
        try {
            return id != null && id.length() == 36 ? Optional.of(UUID.fromString(id)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static ApiException creatorNotFound(String id) {
        return ApiException.notFound("creator", id);
    }

    private static ApiException brandNotFound(String id) {
        return ApiException.notFound("brand", id);
    }
}
