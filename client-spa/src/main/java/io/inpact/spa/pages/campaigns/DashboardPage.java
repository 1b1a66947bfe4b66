package io.inpact.spa.pages.campaigns;

import io.inpact.api.accounts.Role;
import io.inpact.api.campaigns.ApplicationStatus;
import io.inpact.api.campaigns.ApplicationView;
import io.inpact.api.campaigns.DealSummary;
import io.inpact.api.common.Page;
import io.inpact.spa.Session;
import io.inpact.spa.api.ApiError;
import io.inpact.spa.api.Callback;
import io.inpact.spa.components.Disposer;
import io.inpact.spa.components.Html;
import io.inpact.spa.components.Labels;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The signed-in home of the marketplace. Creator: best-matching campaigns with the score explained, my
 * applications by status, deals and earnings. Brand: my campaigns with application counts, applications to
 * review, deals and spend.
 */
public final class DashboardPage implements io.inpact.spa.pages.Page {

    private final MarketApi api;
    private final Session session;
    private final Disposer disposer = new Disposer();

    public DashboardPage(MarketApi api, Session session) {
        this.api = api;
        this.session = session;
    }

    @Override
    public String title() {
        return "Dashboard";
    }

    @Override
    public void render(HTMLElement outlet) {
        HTMLElement root = Html.el("div", "page dashboard");
        boolean brand = session.role() == Role.BRAND;
        root.setAttribute("data-test", brand ? "brand-dashboard" : "creator-dashboard");
        root.appendChild(Html.text("h1", null, "Dashboard"));
        outlet.appendChild(root);
        HTMLElement money = Cards.section(brand ? "Spend" : "Earnings", "deal-summary");
        root.appendChild(money);
        disposer.add(api.dealSummary(new Callback<>() {
            @Override
            public void success(DealSummary s) {
                HTMLElement facts = Html.el("dl", "facts");
                Html.fact(facts, "Deals", s.deals() + " (" + s.activeDeals() + " active)", null);
                Html.fact(facts, "Agreed", s.agreed(), "summary-agreed");
                Html.fact(facts, "Paid", s.paid(), "summary-paid");
                Html.fact(facts, "Outstanding", s.outstanding(), "summary-outstanding");
                money.appendChild(facts);
            }

            @Override
            public void failure(ApiError error) {
                money.appendChild(Html.text("p", "alert alert-error", error.message()));
            }
        }));
        if (brand) {
            brandParts(root);
        } else {
            creatorParts(root);
        }
        HTMLElement deals = Cards.section("Deals", "deals");
        HTMLElement list = Html.el("ul", "rows");
        deals.appendChild(list);
        root.appendChild(deals);
        disposer.add(api.deals(Rows.list(list, "No deals yet.", d -> Cards.deal(d, brand, session))));
    }

    private void creatorParts(HTMLElement root) {
        HTMLElement best = Cards.section("Campaigns that fit you best", "best-matches");
        root.appendChild(best);
        disposer.add(api.myMatches(5, Rows.blocks(best, "Choose your niches in your profile to see your matches.",
                m -> Cards.match("campaign-match", m.score(), Cards.link("/campaigns/" + m.campaignId(), m.title()),
                        m.brandName() + " · " + Labels.niche(m.niche()) + " · up to " + m.budgetMax(), session,
                        m.brandId(), m.brandName(), m.components()))));
        HTMLElement applications = Cards.section("My applications", "my-applications");
        root.appendChild(applications);
        disposer.add(api.myApplications(new Callback<>() {
            @Override
            public void success(Page<ApplicationView> page) {
                for (ApplicationStatus status : ApplicationStatus.values()) {
                    HTMLElement list = Html.el("ul", "rows");
                    int n = 0;
                    for (ApplicationView a : page.items()) {
                        if (a.status() == status) {
                            HTMLElement row = Cards.application(a, false, session);
                            if (status == ApplicationStatus.PENDING) {
                                row.appendChild(withdraw(a, row));
                            }
                            list.appendChild(row);
                            n++;
                        }
                    }
                    if (n > 0) {
                        applications.appendChild(Html.text("h3", null, status.name().charAt(0)
                                + Cards.lower(status).substring(1) + " (" + n + ")"));
                        applications.appendChild(list);
                    }
                }
                if (page.items().isEmpty()) {
                    applications.appendChild(Html.text("p", "muted", "You have not applied yet."));
                }
            }

            @Override
            public void failure(ApiError error) {
                applications.appendChild(Html.text("p", "alert alert-error", error.message()));
            }
        }));
    }

    private HTMLElement withdraw(ApplicationView a, HTMLElement row) {
        HTMLElement button = Form.button("Withdraw", "withdraw-application", false);
        button.onClick(e -> disposer.add(api.decide(a.id(), "withdraw", new Callback<>() {
            @Override
            public void success(ApplicationView withdrawn) {
                row.getParentNode().replaceChild(Cards.application(withdrawn, false, session), row);
            }

            @Override
            public void failure(ApiError error) {
                button.setTextContent(error.message());
            }
        })));
        return button;
    }

    private void brandParts(HTMLElement root) {
        HTMLElement actions = Html.el("div", "actions");
        HTMLElement create = Cards.link("/campaigns/new", "New campaign");
        create.setClassName("btn btn-primary");
        create.setAttribute("data-test", "new-campaign");
        actions.appendChild(create);
        root.appendChild(actions);
        HTMLElement campaigns = Cards.section("My campaigns", "my-campaigns");
        HTMLElement grid = Html.el("div", "grid");
        campaigns.appendChild(grid);
        root.appendChild(campaigns);
        disposer.add(api.myCampaigns(Rows.blocks(grid, "No campaigns yet.", Cards::campaign)));
        HTMLElement review = Cards.section("Applications to review", "to-review");
        HTMLElement list = Html.el("ul", "rows");
        review.appendChild(list);
        root.appendChild(review);
        disposer.add(api.toReview(Rows.list(list, "Nothing to review.", a -> {
            HTMLElement row = Cards.application(a, true, session);
            row.appendChild(Cards.link("/campaigns/" + a.campaignId(), a.campaignTitle()));
            return row;
        })));
    }

    @Override
    public void dispose() {
        disposer.dispose();
    }
}
