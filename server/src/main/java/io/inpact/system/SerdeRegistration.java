package io.inpact.system;

import io.inpact.api.accounts.AudienceInsights;
import io.inpact.api.accounts.BrandProfile;
import io.inpact.api.accounts.BrandProfileUpdate;
import io.inpact.api.accounts.CreatorProfile;
import io.inpact.api.accounts.CreatorProfileUpdate;
import io.inpact.api.accounts.ForgotPasswordRequest;
import io.inpact.api.accounts.ImageRef;
import io.inpact.api.accounts.LoginRequest;
import io.inpact.api.accounts.PlatformAccount;
import io.inpact.api.accounts.PublicBrandProfile;
import io.inpact.api.accounts.PublicCreatorProfile;
import io.inpact.api.accounts.ResetPasswordRequest;
import io.inpact.api.accounts.SignupRequest;
import io.inpact.api.accounts.TargetAudience;
import io.inpact.api.accounts.UserResponse;
import io.inpact.api.accounts.UserView;
import io.inpact.api.common.ErrorBody;
import io.micronaut.serde.annotation.SerdeImport;

/** Registers the shared-model records (plain Java, no annotations) with micronaut-serde. */
@SerdeImport(ErrorBody.class)
@SerdeImport(AudienceInsights.class)
@SerdeImport(BrandProfile.class)
@SerdeImport(BrandProfileUpdate.class)
@SerdeImport(CreatorProfile.class)
@SerdeImport(CreatorProfileUpdate.class)
@SerdeImport(ForgotPasswordRequest.class)
@SerdeImport(ImageRef.class)
@SerdeImport(LoginRequest.class)
@SerdeImport(PlatformAccount.class)
@SerdeImport(PublicBrandProfile.class)
@SerdeImport(PublicCreatorProfile.class)
@SerdeImport(ResetPasswordRequest.class)
@SerdeImport(SignupRequest.class)
@SerdeImport(TargetAudience.class)
@SerdeImport(UserResponse.class)
@SerdeImport(UserView.class)
final class SerdeRegistration {
}
