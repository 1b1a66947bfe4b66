package io.inpact.system;

import io.inpact.api.campaigns.ApplicationRequest;
import io.inpact.api.campaigns.ApplicationView;
import io.inpact.api.campaigns.CampaignRequest;
import io.inpact.api.campaigns.CampaignView;
import io.inpact.api.campaigns.CreatorMetrics;
import io.inpact.api.campaigns.DealSummary;
import io.inpact.api.campaigns.DealView;
import io.inpact.api.campaigns.Deliverable;
import io.inpact.api.campaigns.PaymentRequest;
import io.inpact.api.campaigns.PaymentView;
import io.inpact.api.campaigns.PortfolioPostRequest;
import io.inpact.api.campaigns.PortfolioPostView;
import io.inpact.api.matching.CampaignMatch;
import io.inpact.api.matching.ComparableDeal;
import io.inpact.api.matching.CreatorMatch;
import io.inpact.api.matching.DeliverablePrice;
import io.inpact.api.matching.PriceInput;
import io.inpact.api.matching.PricingRecommendation;
import io.inpact.api.matching.ScoreComponent;
import io.micronaut.serde.annotation.SerdeImport;

/** Registers the marketplace's shared-model records (campaigns, matching) with micronaut-serde. */
@SerdeImport(ApplicationRequest.class)
@SerdeImport(ApplicationView.class)
@SerdeImport(CampaignRequest.class)
@SerdeImport(CampaignView.class)
@SerdeImport(CreatorMetrics.class)
@SerdeImport(DealSummary.class)
@SerdeImport(DealView.class)
@SerdeImport(Deliverable.class)
@SerdeImport(PaymentRequest.class)
@SerdeImport(PaymentView.class)
@SerdeImport(PortfolioPostRequest.class)
@SerdeImport(PortfolioPostView.class)
@SerdeImport(CampaignMatch.class)
@SerdeImport(ComparableDeal.class)
@SerdeImport(CreatorMatch.class)
@SerdeImport(DeliverablePrice.class)
@SerdeImport(PriceInput.class)
@SerdeImport(PricingRecommendation.class)
@SerdeImport(ScoreComponent.class)
final class MarketplaceSerde {
}
