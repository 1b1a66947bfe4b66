package io.inpact.spa.pages.accounts;

import io.inpact.api.accounts.AccountRules;
import io.inpact.api.accounts.AudienceInsights;
import io.inpact.api.accounts.PlatformAccount;
import io.inpact.api.accounts.TargetAudience;
import io.inpact.api.common.AgeGroup;
import io.inpact.api.common.DeliverableType;
import io.inpact.api.common.Niche;
import io.inpact.api.common.Platform;
import io.inpact.spa.components.Html;
import io.inpact.spa.components.Labels;
import io.inpact.spa.components.Numbers;
import io.inpact.spa.js.Dom;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;

/** Read-only views of profiles: the wizard's review step, one's own profile and the public pages. */
final class ProfileFacts {

    private ProfileFacts() {
    }

    static void creator(HTMLElement container, String displayName, String bio, List<Niche> niches,
                        List<PlatformAccount> platforms, AudienceInsights audience, Map<String, String> prices) {
        container.clear();
        HTMLElement facts = Html.el("dl", "facts");
        Html.fact(facts, "Display name", displayName, "fact-display-name");
        Html.fact(facts, "Niches", niches(niches), "fact-niches");
        StringBuilder channels = new StringBuilder();
        for (PlatformAccount account : platforms) {
            channels.append(channels.length() == 0 ? "" : " · ").append(Labels.platform(account.platform()))
                    .append(' ').append(account.handle()).append(" (").append(Labels.count(account.followers()))
                    .append(')');
        }
        Html.fact(facts, "Platforms", channels.toString(), "fact-platforms");
        if (audience != null) {
            Html.fact(facts, "Engagement rate", audience.engagementRate() == null ? null
                    : Numbers.show(audience.engagementRate()) + "%", "fact-engagement");
            Html.fact(facts, "Average views", audience.averageViews() == null ? null
                    : Labels.count(audience.averageViews()), "fact-views");
            Html.fact(facts, "Average attention", audience.averageAttentionSeconds() == null ? null
                    : audience.averageAttentionSeconds() + " s", "fact-attention");
        }
        StringBuilder priced = new StringBuilder();
        for (DeliverableType type : DeliverableType.values()) {
            String price = prices.get(type.name());
            if (price != null) {
                priced.append(priced.length() == 0 ? "" : " · ").append(Labels.deliverable(type)).append(' ')
                        .append(price);
            }
        }
        Html.fact(facts, "Price expectations", priced.toString(), "fact-prices");
        container.appendChild(facts);
        if (bio != null && !bio.isEmpty()) {
            container.appendChild(Html.text("h3", null, "Bio"));
            container.appendChild(Html.text("p", "bio", bio));
        }
        if (audience != null && !audience.ageShares().isEmpty()) {
            container.appendChild(Html.text("h3", null, "Audience by age"));
            HTMLElement bars = Html.el("div", "bars");
            for (AgeGroup group : AgeGroup.values()) {
                Integer share = audience.ageShares().get(group.name());
                if (share != null) {
                    bars.appendChild(bar(group.label(), share));
                }
            }
            container.appendChild(bars);
        }
        if (audience != null && !audience.locationShares().isEmpty()) {
            container.appendChild(Html.text("h3", null, "Audience by location"));
            HTMLElement bars = Html.el("div", "bars");
            for (Map.Entry<String, Integer> share : audience.locationShares().entrySet()) {
                bars.appendChild(bar(share.getKey(), share.getValue()));
            }
            container.appendChild(bars);
        }
    }

    static void brand(HTMLElement container, String companyName, String industry, String website,
                      TargetAudience target, String budgetMin, String budgetMax) {
        container.clear();
        HTMLElement facts = Html.el("dl", "facts");
        Html.fact(facts, "Company", companyName, "fact-company");
        Html.fact(facts, "Industry", industry, "fact-industry");
        HTMLElement site = Html.el("div", null);
        site.appendChild(Html.text("dt", null, "Website"));
        HTMLElement dd = Html.el("dd", null);
        dd.setAttribute("data-test", "fact-website");
        if (website != null && AccountRules.website(website) == null && !website.isEmpty()) {
            HTMLElement link = Html.text("a", null, website);
            link.setAttribute("href", website);
            link.setAttribute("target", "_blank");
            link.setAttribute("rel", "noopener nofollow");
            dd.appendChild(link);
        } else {
            dd.setClassName("empty");
            dd.setTextContent("Not given");
        }
        site.appendChild(dd);
        facts.appendChild(site);
        String budget = empty(budgetMin) && empty(budgetMax) ? null
                : empty(budgetMax) ? "from " + budgetMin
                : empty(budgetMin) ? "up to " + budgetMax
                : budgetMin + " – " + budgetMax;
        Html.fact(facts, "Typical budget", budget, "fact-budget");
        if (target != null) {
            Html.fact(facts, "Target niches", niches(target.niches()), "fact-target-niches");
            StringBuilder ages = new StringBuilder();
            for (AgeGroup group : target.ageGroups()) {
                ages.append(ages.length() == 0 ? "" : ", ").append(group.label());
            }
            Html.fact(facts, "Target ages", ages.toString(), "fact-target-ages");
            StringBuilder platforms = new StringBuilder();
            for (Platform platform : target.platforms()) {
                platforms.append(platforms.length() == 0 ? "" : ", ").append(Labels.platform(platform));
            }
            Html.fact(facts, "Target platforms", platforms.toString(), "fact-target-platforms");
            Html.fact(facts, "Target locations", String.join(", ", target.locations()), "fact-target-locations");
        }
        container.appendChild(facts);
    }

    private static HTMLElement bar(String label, int share) {
        HTMLElement row = Html.el("div", "bar");
        row.appendChild(Html.text("span", null, label));
        HTMLElement track = Html.el("i", null);
        HTMLElement fill = Html.el("b", null);
        Dom.widthPercent(fill, Math.max(0, Math.min(100, share)));
        track.appendChild(fill);
        row.appendChild(track);
        row.appendChild(Html.text("span", null, share + "%"));
        return row;
    }

    private static String niches(List<Niche> niches) {
        StringBuilder out = new StringBuilder();
        for (Niche niche : niches) {
            out.append(out.length() == 0 ? "" : ", ").append(Labels.niche(niche));
        }
        return out.toString();
    }

    private static boolean empty(String text) {
        return text == null || text.isEmpty();
    }
}
