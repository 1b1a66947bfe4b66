package io.inpact.system;

import io.micronaut.serde.annotation.SerdeImport;

/**
 * Registers the shared-model records with micronaut-serde; the records themselves carry no framework
 * annotation. Add every new record of io.inpact.api here (grouped by area, sorted):
 * io.inpact.contract.ContractTest fails for a record that is missing.
 */
// common
@SerdeImport(io.inpact.api.common.ErrorBody.class)
@SerdeImport(io.inpact.api.common.Page.class)
// accounts
@SerdeImport(io.inpact.api.accounts.AudienceInsights.class)
@SerdeImport(io.inpact.api.accounts.BrandProfile.class)
@SerdeImport(io.inpact.api.accounts.BrandProfileUpdate.class)
@SerdeImport(io.inpact.api.accounts.CreatorProfile.class)
@SerdeImport(io.inpact.api.accounts.CreatorProfileUpdate.class)
@SerdeImport(io.inpact.api.accounts.ForgotPasswordRequest.class)
@SerdeImport(io.inpact.api.accounts.ImageRef.class)
@SerdeImport(io.inpact.api.accounts.LoginRequest.class)
@SerdeImport(io.inpact.api.accounts.PlatformAccount.class)
@SerdeImport(io.inpact.api.accounts.PublicBrandProfile.class)
@SerdeImport(io.inpact.api.accounts.PublicCreatorProfile.class)
@SerdeImport(io.inpact.api.accounts.ResetPasswordRequest.class)
@SerdeImport(io.inpact.api.accounts.SignupRequest.class)
@SerdeImport(io.inpact.api.accounts.TargetAudience.class)
@SerdeImport(io.inpact.api.accounts.UserResponse.class)
@SerdeImport(io.inpact.api.accounts.UserView.class)
public final class SerdeRegistration {

    private SerdeRegistration() {
    }
}
