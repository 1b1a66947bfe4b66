package io.inpact.spa.pages.accounts;

import io.inpact.api.accounts.Role;
import io.inpact.spa.components.Html;
import io.inpact.spa.components.Messages;
import io.inpact.spa.js.Dom;
import org.teavm.jso.dom.html.HTMLElement;

/** Fills the head of the profile template: picture or initial, names and role. */
final class ProfileHeader {

    private ProfileHeader() {
    }

    static void fill(HTMLElement root, String name, String username, Role role, String pictureUrl) {
        String shown = name == null || name.isEmpty() ? username : name;
        Dom.ref(root, "name").setTextContent(shown);
        Dom.ref(root, "username").setTextContent("@" + username);
        HTMLElement badge = Dom.ref(root, "role");
        badge.setTextContent(role == Role.BRAND ? "Brand" : "Creator");
        badge.setAttribute("data-role", role.name());
        HTMLElement avatar = Dom.ref(root, "avatar");
        avatar.clear();
        if (pictureUrl != null && !pictureUrl.isEmpty()) {
            HTMLElement image = Html.el("img", "avatar avatar-large");
            image.setAttribute("src", pictureUrl);
            image.setAttribute("alt", "");
            image.setAttribute("data-test", "profile-picture");
            avatar.appendChild(image);
        } else {
            avatar.setTextContent(shown == null || shown.isEmpty() ? "?" : Messages.upperFirst(shown.substring(0, 1)));
        }
    }
}
