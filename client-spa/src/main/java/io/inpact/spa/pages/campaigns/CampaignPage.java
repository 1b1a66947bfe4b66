package io.inpact.spa.pages.campaigns;

import io.inpact.api.accounts.Role;
import io.inpact.api.campaigns.ApplicationRequest;
import io.inpact.api.campaigns.ApplicationStatus;
import io.inpact.api.campaigns.ApplicationView;
import io.inpact.api.campaigns.CampaignRules;
import io.inpact.api.campaigns.CampaignStatus;
import io.inpact.api.campaigns.CampaignView;
import io.inpact.api.campaigns.Deliverable;
import io.inpact.api.common.FieldErrors;
import io.inpact.api.common.Money;
import io.inpact.api.common.Page;
import io.inpact.api.matching.CampaignMatch;
import io.inpact.api.matching.DeliverablePrice;
import io.inpact.api.matching.PricingRecommendation;
import io.inpact.spa.Session;
import io.inpact.spa.api.ApiError;
import io.inpact.spa.api.Callback;
import io.inpact.spa.components.Disposer;
import io.inpact.spa.components.Html;
import io.inpact.spa.components.Labels;
import io.inpact.spa.components.Numbers;
import io.inpact.spa.components.Toasts;
import io.inpact.spa.js.Dom;
import io.inpact.spa.pages.chat.MessageButton;
import io.inpact.spa.pages.matching.ScoreCard;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * One campaign. A creator sees how well it matches them and applies with the recommended fee shown next
 * to the fee field; the owning brand reviews applications and sees the best-matching creators.
 */
public final class CampaignPage implements io.inpact.spa.pages.Page {

    private final MarketApi api;
    private final Session session;
    private final Toasts toasts;
    private final String id;
    private final Disposer disposer = new Disposer();
    private HTMLElement root;

    public CampaignPage(MarketApi api, Session session, Toasts toasts, String id) {
        this.api = api;
        this.session = session;
        this.toasts = toasts;
        this.id = id;
    }

    @Override
    public String title() {
        return "Campaign";
    }

    @Override
    public void render(HTMLElement outlet) {
        root = Html.el("div", "page");
        root.setAttribute("data-test", "campaign-page");
        outlet.appendChild(root);
        disposer.add(api.campaign(id, new Callback<>() {
            @Override
            public void success(CampaignView campaign) {
                show(campaign);
            }

            @Override
            public void failure(ApiError error) {
                root.appendChild(Html.text("p", "alert alert-error", error.status() == 404
                        ? "There is no campaign with this address." : error.message()));
            }
        }));
    }

    private void show(CampaignView c) {
        HTMLElement head = Html.el("section", "card");
        HTMLElement title = Html.text("h1", null, c.title());
        title.setAttribute("data-test", "campaign-title");
        head.appendChild(title);
        head.appendChild(Html.text("p", "muted", c.brandName() + " · " + Labels.niche(c.niche()) + " · "
                + Cards.lower(c.status())));
        head.appendChild(Html.text("p", null, c.description()));
        HTMLElement facts = Html.el("dl", "facts");
        Html.fact(facts, "Budget", c.budgetMin() + " – " + c.budgetMax(), "campaign-budget");
        Html.fact(facts, "Deliverables", Cards.deliverables(c), null);
        Html.fact(facts, "Audience ages", join(c.ageGroups()), null);
        Html.fact(facts, "Audience locations", Cards.join(c.locations()), null);
        Html.fact(facts, "Minimum engagement", Numbers.show(c.minEngagementRate()) + "%", null);
        Html.fact(facts, "Apply by", c.applicationDeadline(), null);
        head.appendChild(facts);
        HTMLElement contact = Html.el("div", "actions");
        MessageButton.appendTo(contact, session, c.brandId(), c.brandName());
        if (contact.hasChildNodes()) {
            head.appendChild(contact);
        }
        root.appendChild(head);
        boolean owner = session.user() != null && c.brandId().equals(session.user().id());
        if (owner) {
            ownerTools(c);
        } else if (session.role() == Role.CREATOR && c.status() == CampaignStatus.OPEN) {
            creatorTools(c);
        }
    }

    private void ownerTools(CampaignView c) {
        HTMLElement actions = Html.el("div", "actions");
        if (c.status() != CampaignStatus.CLOSED) {
            actions.appendChild(Cards.link("/campaigns/" + c.id() + "/edit", "Edit"));
            HTMLElement close = Form.button("Close to applications", "close-campaign", false);
            close.onClick(e -> disposer.add(api.close(c.id(), new Callback<>() {
                @Override
                public void success(CampaignView closed) {
                    toasts.success("Campaign closed.");
                    close.setHidden(true);
                }

                @Override
                public void failure(ApiError error) {
                    toasts.error(error.message());
                }
            })));
            actions.appendChild(close);
        }
        root.appendChild(actions);
        HTMLElement applications = Cards.section("Applications", "campaign-applications");
        HTMLElement list = Html.el("ul", "rows");
        applications.appendChild(list);
        root.appendChild(applications);
        disposer.add(api.applications(c.id(), Rows.list(list, "No applications yet.", a -> {
            HTMLElement row = Cards.application(a, true, session);
            if (a.status() == ApplicationStatus.PENDING) {
                row.appendChild(decision(a, "accept", "Accept", true));
                row.appendChild(decision(a, "reject", "Reject", false));
            }
            return row;
        })));
        HTMLElement matches = Cards.section("Best-matching creators", "campaign-matches");
        root.appendChild(matches);
        disposer.add(api.creatorsFor(c.id(), Rows.blocks(matches, null,
                m -> Cards.match("creator-match", m.score(), Cards.link("/creators/" + m.creatorId(), m.creatorName()),
                        Labels.count(m.followers()) + " followers · " + Numbers.show(m.engagementRate()) + "% engagement",
                        session, m.creatorId(), m.creatorName(), m.components()))));
    }

    private HTMLElement decision(ApplicationView a, String action, String label, boolean primary) {
        HTMLElement button = Form.button(label, action + "-application", primary);
        button.onClick(e -> {
            Dom.busy(button, true);
            disposer.add(api.decide(a.id(), action, new Callback<>() {
                @Override
                public void success(ApplicationView decided) {
                    toasts.success(action.equals("accept") ? "Accepted: a deal was created." : "Application rejected.");
                    HTMLElement row = button.getParentNode().cast();
                    row.getParentNode().replaceChild(Cards.application(decided, true, session), row);
                }

                @Override
                public void failure(ApiError error) {
                    Dom.busy(button, false);
                    toasts.error(error.message());
                }
            }));
        });
        return button;
    }

    private void creatorTools(CampaignView c) {
        HTMLElement fit = Cards.section("How well you match", "campaign-fit");
        root.appendChild(fit);
        disposer.add(api.myMatches(100, new Callback<>() {
            @Override
            public void success(Page<CampaignMatch> page) {
                for (CampaignMatch m : page.items()) {
                    if (m.campaignId().equals(c.id())) {
                        fit.appendChild(ScoreCard.score(m.score()));
                        fit.appendChild(ScoreCard.explanation(m.components()));
                        return;
                    }
                }
                fit.appendChild(Html.text("p", "muted", "Complete your profile to see how well you match."));
            }

            @Override
            public void failure(ApiError error) {
                fit.appendChild(Html.text("p", "muted", error.message()));
            }
        }));
        HTMLElement section = Cards.section("Apply", "apply-section");
        HTMLElement form = Html.el("form", "form");
        form.setAttribute("data-test", "apply-form");
        HTMLElement proposal = Form.textarea(form, "Your proposal", "proposal", null);
        HTMLElement fee = Form.input(form, "Your fee", "proposedFee", "text", null);
        HTMLElement hint = Html.text("p", "hint", "Loading the recommended fee…");
        hint.setAttribute("data-test", "recommended-fee");
        fee.getParentNode().appendChild(hint);
        HTMLElement alert = Form.alert();
        form.appendChild(alert);
        HTMLElement submit = Form.button("Send application", "apply-submit", true);
        submit.setAttribute("type", "submit");
        form.appendChild(submit);
        section.appendChild(form);
        root.appendChild(section);
        disposer.add(api.pricing(new Callback<>() {
            @Override
            public void success(PricingRecommendation pricing) {
                long low = 0;
                long recommended = 0;
                long high = 0;
                for (Deliverable d : c.deliverables()) {
                    for (DeliverablePrice p : pricing.prices()) {
                        if (p.type() == d.type()) {
                            low += Money.toMinor(p.low()) * d.count();
                            recommended += Money.toMinor(p.recommended()) * d.count();
                            high += Money.toMinor(p.high()) * d.count();
                        }
                    }
                }
                if (recommended == 0) {
                    hint.setTextContent("Add your average views to your profile to get a recommended fee.");
                    return;
                }
                hint.setTextContent("Recommended for these deliverables: " + Money.fromMinor(recommended) + " (range "
                        + Money.fromMinor(low) + " – " + Money.fromMinor(high) + ", " + pricing.method() + ")");
                if (Form.text(fee).isEmpty()) {
                    Dom.setValue(fee, Money.fromMinor(recommended));
                }
            }

            @Override
            public void failure(ApiError error) {
                hint.setTextContent(error.message());
            }
        }));
        form.addEventListener("submit", e -> {
            e.preventDefault();
            ApplicationRequest request = new ApplicationRequest(Form.text(proposal), Form.text(fee));
            FieldErrors errors = CampaignRules.application(request);
            if (!errors.isEmpty()) {
                Form.errors(form, alert, "Please correct the marked fields.", errors.toMap());
                return;
            }
            Dom.busy(submit, true);
            disposer.add(api.apply(c.id(), request, new Callback<>() {
                @Override
                public void success(ApplicationView application) {
                    Dom.busy(submit, false);
                    toasts.success("Application sent.");
                    section.appendChild(Html.text("p", "alert alert-success", "You applied with a fee of "
                            + application.proposedFee() + ". The brand will review it."));
                    form.setHidden(true);
                }

                @Override
                public void failure(ApiError error) {
                    Dom.busy(submit, false);
                    Form.errors(form, alert, error.message(), error.fieldErrors());
                }
            }));
        });
    }

    private static String join(java.util.List<io.inpact.api.common.AgeGroup> groups) {
        StringBuilder out = new StringBuilder();
        for (io.inpact.api.common.AgeGroup g : groups) {
            out.append(out.length() == 0 ? "" : ", ").append(g.label());
        }
        return out.length() == 0 ? "Any" : out.toString();
    }

    @Override
    public void dispose() {
        disposer.dispose();
    }
}
