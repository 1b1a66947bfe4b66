package io.inpact.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.inpact.api.accounts.AccountPaths;
import io.inpact.api.accounts.AudienceInsights;
import io.inpact.api.accounts.BrandProfile;
import io.inpact.api.accounts.BrandProfileUpdate;
import io.inpact.api.accounts.CreatorProfile;
import io.inpact.api.accounts.CreatorProfileUpdate;
import io.inpact.api.accounts.ImageRef;
import io.inpact.api.accounts.PlatformAccount;
import io.inpact.api.accounts.PublicBrandProfile;
import io.inpact.api.accounts.PublicCreatorProfile;
import io.inpact.api.accounts.TargetAudience;
import io.inpact.api.accounts.UserResponse;
import io.inpact.api.common.AgeGroup;
import io.inpact.api.common.ApiPaths;
import io.inpact.api.common.Niche;
import io.inpact.api.common.Platform;
import io.inpact.testsupport.ApiResponse;
import io.inpact.testsupport.ApiSession;
import io.inpact.testsupport.Images;
import io.inpact.testsupport.TestInfra;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class ProfileTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return TestInfra.properties();
    }

    @Test
    void shouldStartWithAnEmptyIncompleteProfileWhenACreatorSignsUp() {
        ApiSession creator = ApiSession.creator(server);

        CreatorProfile profile = creator.get(ApiPaths.CREATOR_MY_PROFILE).as(CreatorProfile.class);

        assertThat(profile.userId()).isEqualTo(creator.userId());
        assertThat(profile.email()).isEqualTo(creator.user().email());
        assertThat(profile.niches()).isNullOrEmpty();
        assertThat(profile.complete()).isFalse();
    }

    @Test
    void shouldStoreEveryFieldAndCallTheProfileCompleteWhenAllMatchingNeedsIsGiven() {
        ApiSession creator = ApiSession.creator(server);

        ApiResponse response = creator.put(ApiPaths.CREATOR_MY_PROFILE, completeCreator());

        assertThat(response.status()).isEqualTo(200);
        CreatorProfile saved = creator.get(ApiPaths.CREATOR_MY_PROFILE).as(CreatorProfile.class);
        assertThat(saved.displayName()).isEqualTo("Ana Cooks");
        assertThat(saved.niches()).containsExactly(Niche.FOOD, Niche.LIFESTYLE);
        assertThat(saved.platforms()).containsExactly(new PlatformAccount(Platform.YOUTUBE, "@anacooks", 120_000));
        assertThat(saved.audience()).isEqualTo(new AudienceInsights(Map.of("AGE_18_24", 55, "AGE_25_34", 45),
                Map.of("India", 70, "USA", 30), 4.25, 30_000L, 95));
        assertThat(saved.priceExpectations()).isEqualTo(Map.of("VIDEO", "1500.00", "SHORT", "300.50"));
        assertThat(saved.complete()).isTrue();
        assertThat(creator.get(ApiPaths.AUTH_ME).as(UserResponse.class).user().profileComplete()).isTrue();
    }

    @Test
    void shouldKeepAPartialProfileWhenOnboardingSavesStepByStep() {
        ApiSession creator = ApiSession.creator(server);

        ApiResponse response = creator.put(ApiPaths.CREATOR_MY_PROFILE,
                new CreatorProfileUpdate("Step One", null, List.of(Niche.TECH), null, null, null));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.as(CreatorProfile.class).displayName()).isEqualTo("Step One");
        assertThat(response.as(CreatorProfile.class).complete()).isFalse();
    }

    @Test
    void shouldAnswer400NamingTheFieldWhenAgeSharesDoNotAddUpTo100() {
        ApiSession creator = ApiSession.creator(server);
        CreatorProfileUpdate update = new CreatorProfileUpdate("Ana", null, List.of(Niche.FOOD), List.of(),
                new AudienceInsights(Map.of("AGE_18_24", 50, "AGE_25_34", 40), Map.of(), null, null, null), Map.of());

        ApiResponse response = creator.put(ApiPaths.CREATOR_MY_PROFILE, update);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.error().fieldErrors())
                .containsEntry("audience.ageShares", "shares must add up to 100 (they add up to 90)");
        assertThat(creator.get(ApiPaths.CREATOR_MY_PROFILE).as(CreatorProfile.class).displayName()).isNull();
    }

    @Test
    void shouldAnswer400WhenLocationSharesDoNotAddUpTo100() {
        ApiSession creator = ApiSession.creator(server);
        CreatorProfileUpdate update = new CreatorProfileUpdate("Ana", null, List.of(), List.of(),
                new AudienceInsights(Map.of(), Map.of("India", 101), null, null, null), Map.of());

        ApiResponse response = creator.put(ApiPaths.CREATOR_MY_PROFILE, update);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.error().fieldErrors()).containsKey("audience.locationShares");
    }

    @Test
    void shouldHideTheEmailWhenAnotherUserReadsACreatorProfile() {
        ApiSession creator = ApiSession.creator(server);
        creator.put(ApiPaths.CREATOR_MY_PROFILE, completeCreator());
        ApiSession brand = ApiSession.brand(server);

        ApiResponse response = brand.get(ApiPaths.creator(creator.userId()));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).doesNotContain(creator.user().email()).doesNotContain("\"email\"");
        PublicCreatorProfile profile = response.as(PublicCreatorProfile.class);
        assertThat(profile.displayName()).isEqualTo("Ana Cooks");
        assertThat(profile.audience().engagementRate()).isEqualTo(4.25);
    }

    @Test
    void shouldAnswer404WhenTheCreatorDoesNotExistOrTheIdIsNotOne() {
        ApiSession brand = ApiSession.brand(server);

        assertThat(brand.get(ApiPaths.creator(UUID.randomUUID().toString())).status()).isEqualTo(404);
        assertThat(brand.get(ApiPaths.creator("'; drop table users; --")).status()).isEqualTo(404);
        assertThat(brand.get(ApiPaths.creator(brand.userId())).status()).isEqualTo(404);
    }

    @Test
    void shouldStoreTheBrandProfileAndShowItWithoutEmailToOthers() {
        ApiSession brand = ApiSession.brand(server);
        BrandProfileUpdate update = new BrandProfileUpdate("Acme Foods", "Food & drink", "https://acme.example",
                new TargetAudience(List.of(Niche.FOOD), List.of(AgeGroup.AGE_18_24, AgeGroup.AGE_25_34),
                        List.of("India"), List.of(Platform.INSTAGRAM)), "1000", "5000.50");

        ApiResponse saved = brand.put(ApiPaths.BRAND_MY_PROFILE, update);
        ApiResponse seen = ApiSession.creator(server).get(ApiPaths.brand(brand.userId()));

        assertThat(saved.status()).isEqualTo(200);
        BrandProfile own = saved.as(BrandProfile.class);
        assertThat(own.budgetMin()).isEqualTo("1000.00");
        assertThat(own.budgetMax()).isEqualTo("5000.50");
        assertThat(own.targetAudience()).isEqualTo(update.targetAudience());
        assertThat(own.complete()).isTrue();
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.body()).doesNotContain(brand.user().email()).doesNotContain("\"email\"");
        assertThat(seen.as(PublicBrandProfile.class).companyName()).isEqualTo("Acme Foods");
    }

    @Test
    void shouldAnswer400WhenTheBrandBudgetRangeIsUpsideDown() {
        ApiSession brand = ApiSession.brand(server);

        ApiResponse response = brand.put(ApiPaths.BRAND_MY_PROFILE,
                new BrandProfileUpdate("Acme", null, null, null, "900.00", "100.00"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.error().fieldErrors()).containsKey("budgetMax");
    }

    @Test
    void shouldServeTheAvatarWithCachingHeadersWhenAPngIsUploaded() {
        ApiSession creator = ApiSession.creator(server);
        byte[] png = Images.png(4096);

        ApiResponse upload = creator.send("PUT", AccountPaths.CREATOR_AVATAR, png, "image/png", Map.of());

        assertThat(upload.status()).isEqualTo(200);
        ImageRef ref = upload.as(ImageRef.class);
        assertThat(ref.contentType()).isEqualTo("image/png");
        assertThat(creator.get(ApiPaths.CREATOR_MY_PROFILE).as(CreatorProfile.class).avatarUrl()).isEqualTo(ref.url());
        ApiResponse image = ApiSession.brand(server).get(ref.url());
        assertThat(image.status()).isEqualTo(200);
        assertThat(image.bytes()).isEqualTo(png);
        assertThat(image.header("Content-Type")).hasValue("image/png");
        assertThat(image.header("Cache-Control").orElseThrow()).contains("max-age=");
        String etag = image.header("ETag").orElseThrow();
        ApiResponse again = creator.send("GET", ref.url(), null, null, Map.of("If-None-Match", etag));
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.bytes()).isEmpty();
    }

    @Test
    void shouldJudgeTheTypeByContentWhenTheDeclaredTypeLies() {
        ApiSession brand = ApiSession.brand(server);

        ApiResponse webp = brand.send("PUT", AccountPaths.BRAND_LOGO, Images.webp(2048), "image/png", Map.of());
        ApiResponse script = brand.send("PUT", AccountPaths.BRAND_LOGO,
                "<script>alert(1)</script>".getBytes(), "image/png", Map.of());
        ApiResponse gif = brand.send("PUT", AccountPaths.BRAND_LOGO, Images.gif(2048), "image/jpeg", Map.of());

        assertThat(webp.status()).isEqualTo(200);
        assertThat(webp.as(ImageRef.class).contentType()).isEqualTo("image/webp");
        assertThat(script.status()).isEqualTo(415);
        assertThat(script.error().code()).isEqualTo("unsupported_media_type");
        assertThat(gif.status()).isEqualTo(415);
    }

    @Test
    void shouldAnswer413WhenThePictureIsOver2Mb() {
        ApiSession creator = ApiSession.creator(server);

        ApiResponse response = creator.send("PUT", AccountPaths.CREATOR_AVATAR,
                Images.jpeg(AccountPaths.IMAGE_MAX_BYTES + 1), "image/jpeg", Map.of());
        ApiResponse atLimit = creator.send("PUT", AccountPaths.CREATOR_AVATAR,
                Images.jpeg(AccountPaths.IMAGE_MAX_BYTES), "image/jpeg", Map.of());

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.error().status()).isEqualTo(413);
        assertThat(atLimit.status()).isEqualTo(200);
    }

    @Test
    void shouldReplaceTheOldPictureWhenANewOneIsUploaded() {
        ApiSession creator = ApiSession.creator(server);
        ImageRef first = creator.send("PUT", AccountPaths.CREATOR_AVATAR, Images.png(100), "image/png", Map.of())
                .as(ImageRef.class);

        ImageRef second = creator.send("PUT", AccountPaths.CREATOR_AVATAR, Images.jpeg(100), "image/jpeg", Map.of())
                .as(ImageRef.class);

        assertThat(creator.get(first.url()).status()).isEqualTo(404);
        assertThat(creator.get(second.url()).status()).isEqualTo(200);
    }

    static CreatorProfileUpdate completeCreator() {
        return new CreatorProfileUpdate("Ana Cooks", "Weeknight recipes.", List.of(Niche.FOOD, Niche.LIFESTYLE),
                List.of(new PlatformAccount(Platform.YOUTUBE, "@anacooks", 120_000)),
                new AudienceInsights(Map.of("AGE_18_24", 55, "AGE_25_34", 45), Map.of("India", 70, "USA", 30),
                        4.25, 30_000L, 95),
                Map.of("VIDEO", "1500", "SHORT", "300.5"));
    }
}
