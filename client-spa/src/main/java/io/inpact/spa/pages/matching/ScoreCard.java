package io.inpact.spa.pages.matching;

import io.inpact.api.matching.MatchComponents;
import io.inpact.api.matching.ScoreComponent;
import io.inpact.spa.components.Html;
import io.inpact.spa.js.Dom;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;

/** A match score with its explanation: one bar per component, its points out of its weight, and why. */
public final class ScoreCard {

    private ScoreCard() {
    }

    public static HTMLElement score(double score) {
        HTMLElement badge = Html.text("span", "score-badge", oneDecimal(score));
        badge.setAttribute("data-test", "match-score");
        badge.setAttribute("title", "Match score out of 100");
        return badge;
    }

    public static HTMLElement explanation(List<ScoreComponent> components) {
        HTMLElement list = Html.el("ul", "score-components");
        list.setAttribute("data-test", "match-explanation");
        for (ScoreComponent c : components) {
            HTMLElement item = Html.el("li", "score-component");
            item.setAttribute("data-component", c.name());
            HTMLElement head = Html.el("div", "score-component-head");
            head.appendChild(Html.text("span", "score-component-name", MatchComponents.label(c.name())));
            head.appendChild(Html.text("span", "score-component-points",
                    oneDecimal(c.points()) + " / " + oneDecimal(c.weight())));
            item.appendChild(head);
            HTMLElement bar = Html.el("div", "meter");
            HTMLElement fill = Html.el("div", "meter-fill");
            Dom.widthPercent(fill, (int) Math.floor(c.value() * 100 + 0.5));
            bar.appendChild(fill);
            item.appendChild(bar);
            item.appendChild(Html.text("p", "muted small", c.explanation()));
            list.appendChild(item);
        }
        return list;
    }

    /** 82.5 → "82.5", 90.0 → "90"; no String.format in the browser. */
    public static String oneDecimal(double value) {
        long tenths = (long) Math.floor(Math.abs(value) * 10 + 0.5);
        String sign = value < 0 && tenths > 0 ? "-" : "";
        return sign + (tenths / 10) + (tenths % 10 == 0 ? "" : "." + (tenths % 10));
    }
}
