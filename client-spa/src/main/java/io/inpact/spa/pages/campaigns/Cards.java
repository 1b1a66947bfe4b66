package io.inpact.spa.pages.campaigns;

import io.inpact.api.campaigns.ApplicationView;
import io.inpact.api.campaigns.CampaignView;
import io.inpact.api.campaigns.DealView;
import io.inpact.api.campaigns.Deliverable;
import io.inpact.api.matching.ScoreComponent;
import io.inpact.spa.Session;
import io.inpact.spa.components.Html;
import io.inpact.spa.components.Labels;
import io.inpact.spa.pages.chat.MessageButton;
import io.inpact.spa.pages.matching.ScoreCard;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The small pieces the marketplace pages list: campaign cards, application and deal rows (each with the way
 * to message the other side).
 */
final class Cards {

    private Cards() {
    }

    static HTMLElement campaign(CampaignView c) {
        HTMLElement card = Html.el("article", "card campaign-card");
        card.setAttribute("data-test", "campaign-card");
        card.setAttribute("data-id", c.id());
        HTMLElement title = Html.el("h3", null);
        title.appendChild(link("/campaigns/" + c.id(), c.title()));
        card.appendChild(title);
        card.appendChild(Html.text("p", "muted", c.brandName() + " · " + Labels.niche(c.niche()) + " · "
                + lower(c.status())));
        card.appendChild(Html.text("p", null, "Budget " + c.budgetMin() + " – " + c.budgetMax()
                + (c.applicationDeadline() == null ? "" : " · apply by " + c.applicationDeadline())));
        card.appendChild(Html.text("p", "small", deliverables(c)));
        if (c.applicationCount() != null) {
            card.appendChild(Html.text("p", "small", c.applicationCount() + " applications, "
                    + c.pendingApplicationCount() + " to review"));
        }
        return card;
    }

    /** A ranked match: its score, a link, facts, the way to message the other side, and the score explained. */
    static HTMLElement match(String test, double score, HTMLElement link, String facts, Session session,
                             String otherId, String otherName, List<ScoreComponent> components) {
        HTMLElement item = Html.el("article", "match");
        item.setAttribute("data-test", test);
        HTMLElement head = Html.el("div", "match-head");
        head.appendChild(ScoreCard.score(score));
        head.appendChild(link);
        head.appendChild(Html.text("span", "muted small", facts));
        MessageButton.appendTo(head, session, otherId, otherName);
        item.appendChild(head);
        item.appendChild(ScoreCard.explanation(components));
        return item;
    }

    static String deliverables(CampaignView c) {
        StringBuilder out = new StringBuilder();
        for (Deliverable d : c.deliverables()) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(d.count()).append(" × ").append(Labels.deliverable(d.type())).append(" on ")
                    .append(Labels.platform(d.platform()));
        }
        return out.toString();
    }

    static HTMLElement application(ApplicationView a, boolean forBrand, Session session) {
        HTMLElement row = Html.el("li", "row application-row");
        row.setAttribute("data-test", "application-row");
        row.setAttribute("data-id", a.id());
        row.setAttribute("data-status", a.status().name());
        HTMLElement main = Html.el("div", "row-main");
        main.appendChild(forBrand ? link("/creators/" + a.creatorId(), a.creatorName())
                : link("/campaigns/" + a.campaignId(), a.campaignTitle()));
        main.appendChild(Html.text("p", "small muted", a.proposal()));
        row.appendChild(main);
        row.appendChild(Html.text("span", "amount", a.proposedFee()));
        row.appendChild(Html.text("span", "badge status-" + lower(a.status()), lower(a.status())));
        if (forBrand) {
            MessageButton.appendTo(row, session, a.creatorId(), a.creatorName());
        } else {
            MessageButton.appendTo(row, session, a.brandId(), a.brandName());
        }
        return row;
    }

    static HTMLElement deal(DealView d, boolean forBrand, Session session) {
        HTMLElement row = Html.el("li", "row deal-row");
        row.setAttribute("data-test", "deal-row");
        row.setAttribute("data-id", d.id());
        HTMLElement main = Html.el("div", "row-main");
        main.appendChild(link("/campaigns/" + d.campaignId(), d.campaignTitle()));
        main.appendChild(Html.text("p", "small muted", forBrand ? "with " + d.creatorName() : "for " + d.brandName()));
        row.appendChild(main);
        row.appendChild(Html.text("span", "amount", "agreed " + d.agreedFee()));
        row.appendChild(Html.text("span", "amount", "paid " + d.paid()));
        row.appendChild(Html.text("span", "amount", "outstanding " + d.outstanding()));
        if (forBrand) {
            MessageButton.appendTo(row, session, d.creatorId(), d.creatorName());
        } else {
            MessageButton.appendTo(row, session, d.brandId(), d.brandName());
        }
        return row;
    }

    /** ASCII lower case of an enum name: the browser build stays free of Unicode case tables. */
    static String lower(Enum<?> value) {
        String name = value.name();
        char[] chars = new char[name.length()];
        for (int i = 0; i < chars.length; i++) {
            char ch = name.charAt(i);
            chars[i] = ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch == '_' ? ' ' : ch;
        }
        return new String(chars);
    }

    /** The constant named name, or null; a loop instead of valueOf keeps reflection out of the build. */
    static <E extends Enum<E>> E named(E[] values, String name) {
        for (E value : values) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        return null;
    }

    static String join(List<String> parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            out.append(out.length() == 0 ? "" : ", ").append(part);
        }
        return out.toString();
    }

    static HTMLElement link(String href, String text) {
        HTMLElement a = Html.text("a", null, text);
        a.setAttribute("href", href);
        return a;
    }

    static HTMLElement section(String title, String test) {
        HTMLElement section = Html.el("section", "card");
        section.setAttribute("data-test", test);
        section.appendChild(Html.text("h2", null, title));
        return section;
    }
}
