package io.inpact.accounts;

import io.inpact.api.accounts.AccountPaths;
import io.inpact.api.accounts.CreatorProfile;
import io.inpact.api.accounts.CreatorProfileUpdate;
import io.inpact.api.accounts.ImageRef;
import io.inpact.api.accounts.PublicCreatorProfile;
import io.inpact.api.common.ApiPaths;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.UUID;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class CreatorProfileController {

    private final ProfileService profiles;
    private final ImageService images;

    CreatorProfileController(ProfileService profiles, ImageService images) {
        this.profiles = profiles;
        this.images = images;
    }

    @Get(ApiPaths.CREATOR_MY_PROFILE)
    @Secured("CREATOR")
    CreatorProfile myProfile(Authentication authentication) {
        return profiles.myCreatorProfile(UUID.fromString(authentication.getName()));
    }

    @Put(ApiPaths.CREATOR_MY_PROFILE)
    @Secured("CREATOR")
    CreatorProfile updateMyProfile(Authentication authentication, @Body CreatorProfileUpdate body) {
        return profiles.updateCreatorProfile(UUID.fromString(authentication.getName()), body);
    }

    @Put(AccountPaths.CREATOR_AVATAR)
    @Secured("CREATOR")
    @Consumes({ImageType.PNG, ImageType.JPEG, ImageType.WEBP, ImageType.OCTET_STREAM})
    ImageRef uploadAvatar(Authentication authentication, @Body byte[] bytes) {
        return images.replaceCreatorAvatar(UUID.fromString(authentication.getName()), bytes);
    }

    @Get(ApiPaths.CREATOR)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    PublicCreatorProfile publicProfile(@PathVariable String id) {
        return profiles.publicCreatorProfile(id);
    }
}
