package io.inpact.spa.pages.campaigns;

import io.inpact.api.campaigns.CampaignRequest;
import io.inpact.api.campaigns.CampaignRules;
import io.inpact.api.campaigns.CampaignStatus;
import io.inpact.api.campaigns.CampaignView;
import io.inpact.api.campaigns.Deliverable;
import io.inpact.api.common.AgeGroup;
import io.inpact.api.common.DeliverableType;
import io.inpact.api.common.FieldErrors;
import io.inpact.api.common.Niche;
import io.inpact.api.common.Platform;
import io.inpact.spa.Navigator;
import io.inpact.spa.api.ApiError;
import io.inpact.spa.api.Callback;
import io.inpact.spa.components.Disposer;
import io.inpact.spa.components.Html;
import io.inpact.spa.components.Labels;
import io.inpact.spa.components.Numbers;
import io.inpact.spa.components.Toasts;
import io.inpact.spa.js.Dom;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;

/** Creates a campaign (id null) or edits one; checks the shared rules before sending. */
public final class CampaignEditorPage implements io.inpact.spa.pages.Page {

    private final MarketApi api;
    private final Navigator navigator;
    private final Toasts toasts;
    private final String id;
    private final Disposer disposer = new Disposer();

    public CampaignEditorPage(MarketApi api, Navigator navigator, Toasts toasts, String id) {
        this.api = api;
        this.navigator = navigator;
        this.toasts = toasts;
        this.id = id;
    }

    @Override
    public String title() {
        return id == null ? "New campaign" : "Edit campaign";
    }

    @Override
    public void render(HTMLElement outlet) {
        HTMLElement root = Html.el("div", "page");
        root.setAttribute("data-test", "campaign-editor");
        root.appendChild(Html.text("h1", null, title()));
        outlet.appendChild(root);
        if (id == null) {
            form(root, null);
            return;
        }
        disposer.add(api.campaign(id, new Callback<>() {
            @Override
            public void success(CampaignView campaign) {
                form(root, campaign);
            }

            @Override
            public void failure(ApiError error) {
                root.appendChild(Html.text("p", "alert alert-error", error.message()));
            }
        }));
    }

    private void form(HTMLElement root, CampaignView c) {
        HTMLElement form = Html.el("form", "card form");
        HTMLElement title = Form.input(form, "Title", "title", "text", c == null ? null : c.title());
        HTMLElement description = Form.textarea(form, "Description", "description", c == null ? null : c.description());
        HTMLElement niche = Form.select(form, "Niche", "niche", Niche.values(), Labels::niche, "Choose a niche",
                c == null ? null : c.niche());
        Deliverable first = c == null || c.deliverables().isEmpty() ? null : c.deliverables().get(0);
        HTMLElement platform = Form.select(form, "Platform", "platform", Platform.values(), Labels::platform, null,
                first == null ? null : first.platform());
        HTMLElement type = Form.select(form, "Deliverable", "type", DeliverableType.values(), Labels::deliverable, null,
                first == null ? null : first.type());
        HTMLElement count = Form.input(form, "How many", "count", "number", first == null ? "1" : Integer.toString(first.count()));
        HTMLElement ages = Html.el("fieldset", "chips");
        ages.appendChild(Html.text("legend", null, "Audience ages (none = any)"));
        for (AgeGroup g : AgeGroup.values()) {
            ages.appendChild(Html.chip("ageGroups", g.name(), "age-" + g.name(), g.label()));
        }
        form.appendChild(ages);
        form.appendChild(Html.errorSlot("ageGroups"));
        if (c != null) {
            StringBuilder csv = new StringBuilder();
            for (AgeGroup g : c.ageGroups()) {
                csv.append(csv.length() == 0 ? "" : ",").append(g.name());
            }
            Dom.checkValues(form, "ageGroups", csv.toString());
        }
        HTMLElement locations = Form.input(form, "Audience locations (comma separated)", "locations", "text",
                c == null ? null : Cards.join(c.locations()));
        HTMLElement minEngagement = Form.input(form, "Minimum engagement rate (%)", "minEngagementRate", "text",
                c == null ? "2" : Numbers.show(c.minEngagementRate()));
        HTMLElement budgetMin = Form.input(form, "Budget from", "budgetMin", "text", c == null ? null : c.budgetMin());
        HTMLElement budgetMax = Form.input(form, "Budget up to", "budgetMax", "text", c == null ? null : c.budgetMax());
        HTMLElement deadline = Form.input(form, "Apply by", "applicationDeadline", "date", c == null ? null : c.applicationDeadline());
        HTMLElement status = Form.select(form, "Status", "status", new String[] {"DRAFT", "OPEN"},
                new String[] {"Draft (only you see it)", "Open for applications"}, null,
                c == null ? "OPEN" : c.status() == CampaignStatus.CLOSED ? "OPEN" : c.status().name());
        HTMLElement alert = Form.alert();
        form.appendChild(alert);
        HTMLElement submit = Form.button(id == null ? "Publish" : "Save", "campaign-submit", true);
        submit.setAttribute("type", "submit");
        form.appendChild(submit);
        root.appendChild(form);
        form.addEventListener("submit", e -> {
            e.preventDefault();
            Long n = Numbers.whole(Form.text(count));
            List<AgeGroup> wanted = new ArrayList<>();
            String checked = Dom.checkedValues(form, "ageGroups");
            for (AgeGroup g : AgeGroup.values()) {
                if (checked != null && (',' + checked + ',').contains(',' + g.name() + ',')) {
                    wanted.add(g);
                }
            }
            List<String> places = commaList(Form.text(locations));
            String nicheName = Form.optional(niche);
            CampaignRequest request = new CampaignRequest(Form.text(title), Form.text(description),
                    Cards.named(Niche.values(), nicheName),
                    List.of(new Deliverable(Cards.named(Platform.values(), Dom.value(platform)),
                            Cards.named(DeliverableType.values(), Dom.value(type)),
                            n == null ? 0 : n.intValue())),
                    wanted, places, Numbers.decimal(Form.text(minEngagement)), Form.text(budgetMin), Form.text(budgetMax),
                    Form.optional(deadline), Cards.named(CampaignStatus.values(), Dom.value(status)));
            FieldErrors errors = CampaignRules.campaign(request);
            if (!errors.isEmpty()) {
                java.util.Map<String, String> map = errors.toMap();
                if (map.containsKey("deliverables")) {
                    map.put("count", map.get("deliverables"));
                }
                Form.errors(form, alert, "Please correct the marked fields.", map);
                return;
            }
            Dom.busy(submit, true);
            Callback<CampaignView> done = new Callback<>() {
                @Override
                public void success(CampaignView saved) {
                    Dom.busy(submit, false);
                    toasts.success(id == null ? "Campaign created." : "Campaign saved.");
                    navigator.navigate("/campaigns/" + saved.id());
                }

                @Override
                public void failure(ApiError error) {
                    Dom.busy(submit, false);
                    Form.errors(form, alert, error.message(), error.fieldErrors());
                }
            };
            disposer.add(id == null ? api.create(request, done) : api.update(id, request, done));
        });
    }

    /** "India, USA" → [India, USA], without regular expressions (they are heavy in the browser build). */
    static List<String> commaList(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int comma = text.indexOf(',', start);
            int end = comma < 0 ? text.length() : comma;
            String part = text.substring(start, end).trim();
            if (!part.isEmpty()) {
                out.add(part);
            }
            start = end + 1;
        }
        return out;
    }

    @Override
    public void dispose() {
        disposer.dispose();
    }
}
