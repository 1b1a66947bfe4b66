package io.inpact.system;

import io.micronaut.serde.annotation.SerdeImport;

/**
 * Registers the shared-model records with micronaut-serde; the records themselves carry no framework
 * annotation. Add every new record of io.inpact.api here (grouped by area, sorted):
 * io.inpact.contract.ContractTest fails for a record that is missing.
 */
// common
@SerdeImport(io.inpact.api.common.ComponentHealth.class)
@SerdeImport(io.inpact.api.common.ErrorBody.class)
@SerdeImport(io.inpact.api.common.Page.class)
@SerdeImport(io.inpact.api.common.SystemInfo.class)
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
// campaigns
@SerdeImport(io.inpact.api.campaigns.ApplicationRequest.class)
@SerdeImport(io.inpact.api.campaigns.ApplicationView.class)
@SerdeImport(io.inpact.api.campaigns.CampaignRequest.class)
@SerdeImport(io.inpact.api.campaigns.CampaignView.class)
@SerdeImport(io.inpact.api.campaigns.CreatorMetrics.class)
@SerdeImport(io.inpact.api.campaigns.DealSummary.class)
@SerdeImport(io.inpact.api.campaigns.DealView.class)
@SerdeImport(io.inpact.api.campaigns.Deliverable.class)
@SerdeImport(io.inpact.api.campaigns.PaymentRequest.class)
@SerdeImport(io.inpact.api.campaigns.PaymentView.class)
@SerdeImport(io.inpact.api.campaigns.PortfolioPostRequest.class)
@SerdeImport(io.inpact.api.campaigns.PortfolioPostView.class)
// matching
@SerdeImport(io.inpact.api.matching.CampaignMatch.class)
@SerdeImport(io.inpact.api.matching.ComparableDeal.class)
@SerdeImport(io.inpact.api.matching.CreatorMatch.class)
@SerdeImport(io.inpact.api.matching.DeliverablePrice.class)
@SerdeImport(io.inpact.api.matching.PriceInput.class)
@SerdeImport(io.inpact.api.matching.PricingRecommendation.class)
@SerdeImport(io.inpact.api.matching.ScoreComponent.class)
// chat
@SerdeImport(io.inpact.api.chat.ClientFrame.class)
@SerdeImport(io.inpact.api.chat.ConversationView.class)
@SerdeImport(io.inpact.api.chat.CreateConversationRequest.class)
@SerdeImport(io.inpact.api.chat.ErrorFrame.class)
@SerdeImport(io.inpact.api.chat.MessageFrame.class)
@SerdeImport(io.inpact.api.chat.MessageHistory.class)
@SerdeImport(io.inpact.api.chat.MessageView.class)
@SerdeImport(io.inpact.api.chat.ParticipantView.class)
@SerdeImport(io.inpact.api.chat.PresenceFrame.class)
@SerdeImport(io.inpact.api.chat.PresenceView.class)
@SerdeImport(io.inpact.api.chat.ReadFrame.class)
@SerdeImport(io.inpact.api.chat.ResyncFrame.class)
@SerdeImport(io.inpact.api.chat.StatusFrame.class)
@SerdeImport(io.inpact.api.chat.TypingFrame.class)
@SerdeImport(io.inpact.api.chat.UnreadSummary.class)
public final class SerdeRegistration {

    private SerdeRegistration() {
    }
}
