package io.inpact.spa.pages.campaigns;

import io.inpact.api.campaigns.CampaignSort;
import io.inpact.api.campaigns.CampaignView;
import io.inpact.api.common.Niche;
import io.inpact.api.common.Page;
import io.inpact.spa.Navigator;
import io.inpact.spa.Query;
import io.inpact.spa.UrlCodec;
import io.inpact.spa.api.ApiError;
import io.inpact.spa.api.Callback;
import io.inpact.spa.components.Disposer;
import io.inpact.spa.components.Html;
import io.inpact.spa.components.Labels;
import org.teavm.jso.dom.html.HTMLElement;

/** Open campaigns by text, niche and budget, sorted and paged; the filters live in the URL. */
public final class CampaignSearchPage implements io.inpact.spa.pages.Page {

    private final MarketApi api;
    private final Navigator navigator;
    private final Query query;
    private final Disposer disposer = new Disposer();

    public CampaignSearchPage(MarketApi api, Navigator navigator, Query query) {
        this.api = api;
        this.navigator = navigator;
        this.query = query;
    }

    @Override
    public String title() {
        return "Find campaigns";
    }

    @Override
    public void render(HTMLElement outlet) {
        HTMLElement root = Html.el("div", "page");
        root.setAttribute("data-test", "campaign-search-page");
        root.appendChild(Html.text("h1", null, "Find campaigns"));
        HTMLElement form = Html.el("form", "card filters");
        HTMLElement q = Form.input(form, "Search", "q", "search", query.get("q"));
        Niche[] niches = Niche.values();
        String[] values = new String[niches.length];
        String[] labels = new String[niches.length];
        for (int i = 0; i < niches.length; i++) {
            values[i] = niches[i].name();
            labels[i] = Labels.niche(niches[i]);
        }
        HTMLElement niche = Form.select(form, "Niche", "niche", values, labels, "Any niche", query.get("niche"));
        HTMLElement min = Form.input(form, "Budget from", "minBudget", "text", query.get("minBudget"));
        HTMLElement max = Form.input(form, "Budget up to", "maxBudget", "text", query.get("maxBudget"));
        CampaignSort[] sorts = CampaignSort.values();
        String[] sortValues = new String[sorts.length];
        String[] sortLabels = {"Best match for the words", "Newest", "Deadline soonest", "Highest budget", "Lowest budget"};
        for (int i = 0; i < sorts.length; i++) {
            sortValues[i] = sorts[i].name();
        }
        HTMLElement sort = Form.select(form, "Sort", "sort", sortValues, sortLabels, null,
                query.get("sort") == null ? "NEWEST" : query.get("sort"));
        HTMLElement go = Form.button("Search", "search-submit", true);
        go.setAttribute("type", "submit");
        form.appendChild(go);
        HTMLElement alert = Form.alert();
        form.appendChild(alert);
        form.addEventListener("submit", e -> {
            e.preventDefault();
            navigator.navigate("/campaigns" + queryString(Form.optional(q), Form.optional(niche), Form.optional(min),
                    Form.optional(max), Form.optional(sort), 0));
        });
        root.appendChild(form);
        HTMLElement results = Html.el("div", "grid");
        results.setAttribute("data-test", "campaign-results");
        HTMLElement pager = Html.el("div", "pager");
        root.appendChild(results);
        root.appendChild(pager);
        outlet.appendChild(root);

        int page = parse(query.get("page"));
        String search = queryString(query.get("q"), query.get("niche"), query.get("minBudget"), query.get("maxBudget"),
                query.get("sort"), page);
        disposer.add(api.search(search + (search.isEmpty() ? "?" : "&") + "size=12", new Callback<>() {
            @Override
            public void success(Page<CampaignView> found) {
                if (found.items().isEmpty()) {
                    results.appendChild(Html.text("p", "muted", "No open campaign matches these filters."));
                }
                for (CampaignView c : found.items()) {
                    results.appendChild(Cards.campaign(c));
                }
                pager.appendChild(Html.text("span", "muted", found.total() + " campaigns"));
                if (page > 0) {
                    pager.appendChild(pageLink("Previous", page - 1));
                }
                if (found.hasNext()) {
                    pager.appendChild(pageLink("Next", page + 1));
                }
            }

            @Override
            public void failure(ApiError error) {
                Form.errors(form, alert, error.message(), error.fieldErrors());
            }
        }));
    }

    private HTMLElement pageLink(String text, int page) {
        return Cards.link("/campaigns" + queryString(query.get("q"), query.get("niche"), query.get("minBudget"),
                query.get("maxBudget"), query.get("sort"), page), text);
    }

    static String queryString(String q, String niche, String min, String max, String sort, int page) {
        StringBuilder out = new StringBuilder();
        add(out, "q", q);
        add(out, "niche", niche);
        add(out, "minBudget", min);
        add(out, "maxBudget", max);
        add(out, "sort", sort);
        add(out, "page", page == 0 ? null : Integer.toString(page));
        return out.toString();
    }

    private static void add(StringBuilder out, String name, String value) {
        if (value != null && !value.isEmpty()) {
            out.append(out.length() == 0 ? '?' : '&').append(name).append('=').append(UrlCodec.encode(value));
        }
    }

    private static int parse(String page) {
        if (page == null || page.isEmpty() || page.length() > 5) {
            return 0;
        }
        for (int i = 0; i < page.length(); i++) {
            if (page.charAt(i) < '0' || page.charAt(i) > '9') {
                return 0;
            }
        }
        return Integer.parseInt(page);
    }

    @Override
    public void dispose() {
        disposer.dispose();
    }
}
