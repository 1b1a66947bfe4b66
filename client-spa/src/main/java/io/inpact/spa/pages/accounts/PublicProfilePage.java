package io.inpact.spa.pages.accounts;

import io.inpact.api.accounts.PublicBrandProfile;
import io.inpact.api.accounts.PublicCreatorProfile;
import io.inpact.api.accounts.Role;
import io.inpact.spa.Session;
import io.inpact.spa.api.Api;
import io.inpact.spa.api.ApiError;
import io.inpact.spa.api.Callback;
import io.inpact.spa.components.Disposer;
import io.inpact.spa.js.Dom;
import io.inpact.spa.pages.Page;
import io.inpact.spa.pages.chat.MessageButton;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The public page of a creator or a brand, as any signed-in user sees it (no e-mail), with the way to
 * message them.
 */
public final class PublicProfilePage implements Page {

    private final Api api;
    private final Session session;
    private final Role kind;
    private final String id;
    private final Disposer disposer = new Disposer();
    private HTMLElement root;

    public PublicProfilePage(Api api, Session session, Role kind, String id) {
        this.api = api;
        this.session = session;
        this.kind = kind;
        this.id = id;
    }

    @Override
    public String title() {
        return kind == Role.BRAND ? "Brand" : "Creator";
    }

    @Override
    public void render(HTMLElement outlet) {
        root = Dom.template("tpl-profile");
        root.setAttribute("data-test", kind == Role.BRAND ? "public-brand-page" : "public-creator-page");
        outlet.appendChild(root);
        if (kind == Role.BRAND) {
            disposer.add(api.brand(id, new Callback<>() {
                @Override
                public void success(PublicBrandProfile p) {
                    ProfileHeader.fill(root, p.companyName(), p.username(), Role.BRAND, p.logoUrl());
                    contact(p.userId(), p.companyName(), p.username());
                    ProfileFacts.brand(Dom.ref(root, "facts"), p.companyName(), p.industry(), p.website(),
                            p.targetAudience(), p.budgetMin(), p.budgetMax());
                    shown();
                }

                @Override
                public void failure(ApiError error) {
                    failed(error);
                }
            }));
        } else {
            disposer.add(api.creator(id, new Callback<>() {
                @Override
                public void success(PublicCreatorProfile p) {
                    ProfileHeader.fill(root, p.displayName(), p.username(), Role.CREATOR, p.avatarUrl());
                    contact(p.userId(), p.displayName(), p.username());
                    ProfileFacts.creator(Dom.ref(root, "facts"), p.displayName(), p.bio(), p.niches(), p.platforms(),
                            p.audience(), p.priceExpectations());
                    shown();
                }

                @Override
                public void failure(ApiError error) {
                    failed(error);
                }
            }));
        }
    }

    private void contact(String userId, String name, String username) {
        HTMLElement actions = Dom.ref(root, "contact");
        MessageButton.appendTo(actions, session, userId, name == null || name.isEmpty() ? username : name);
        actions.setHidden(!actions.hasChildNodes());
    }

    private void shown() {
        Dom.ref(root, "loading").setHidden(true);
        Dom.ref(root, "card").setHidden(false);
    }

    private void failed(ApiError error) {
        Dom.ref(root, "loading").setHidden(true);
        HTMLElement alert = Dom.ref(root, "load-error");
        alert.setTextContent(error.status() == 404
                ? "There is no " + (kind == Role.BRAND ? "brand" : "creator") + " with this address."
                : error.message());
        alert.setHidden(false);
    }

    @Override
    public void dispose() {
        disposer.dispose();
    }
}
