package io.inpact.accounts;

import io.inpact.api.accounts.AccountPaths;
import io.inpact.api.accounts.BrandProfile;
import io.inpact.api.accounts.BrandProfileUpdate;
import io.inpact.api.accounts.ImageRef;
import io.inpact.api.accounts.PublicBrandProfile;
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
class BrandProfileController {

    private final ProfileService profiles;
    private final ImageService images;

    BrandProfileController(ProfileService profiles, ImageService images) {
        this.profiles = profiles;
        this.images = images;
    }

    @Get(ApiPaths.BRAND_MY_PROFILE)
    @Secured("BRAND")
    BrandProfile myProfile(Authentication authentication) {
        return profiles.myBrandProfile(UUID.fromString(authentication.getName()));
    }

    @Put(ApiPaths.BRAND_MY_PROFILE)
    @Secured("BRAND")
    BrandProfile updateMyProfile(Authentication authentication, @Body BrandProfileUpdate body) {
        return profiles.updateBrandProfile(UUID.fromString(authentication.getName()), body);
    }

    @Put(AccountPaths.BRAND_LOGO)
    @Secured("BRAND")
    @Consumes({ImageType.PNG, ImageType.JPEG, ImageType.WEBP, ImageType.OCTET_STREAM})
    ImageRef uploadLogo(Authentication authentication, @Body byte[] bytes) {
        return images.replaceBrandLogo(UUID.fromString(authentication.getName()), bytes);
    }

    @Get(ApiPaths.BRAND)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    PublicBrandProfile publicProfile(@PathVariable String id) {
        return profiles.publicBrandProfile(id);
    }
}
