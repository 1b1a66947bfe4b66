package io.inpact.spa.pages.accounts;

import io.inpact.api.accounts.AccountPaths;
import io.inpact.api.accounts.BrandProfile;
import io.inpact.api.accounts.CreatorProfile;
import io.inpact.api.accounts.ImageRef;
import io.inpact.api.accounts.Role;
import io.inpact.spa.Session;
import io.inpact.spa.UrlCodec;
import io.inpact.spa.api.Api;
import io.inpact.spa.api.ApiError;
import io.inpact.spa.api.Callback;
import io.inpact.spa.components.Disposer;
import io.inpact.spa.components.Toasts;
import io.inpact.spa.js.Dom;
import io.inpact.spa.pages.Page;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.file.File;

/** One's own profile as saved, with links to edit it, to its public page, and a picture upload. */
public final class MyProfilePage implements Page {

    private static final int MAX_BYTES = AccountPaths.IMAGE_MAX_BYTES;

    private final Api api;
    private final Session session;
    private final Toasts toasts;
    private final Disposer disposer = new Disposer();
    private HTMLElement root;

    public MyProfilePage(Api api, Session session, Toasts toasts) {
        this.api = api;
        this.session = session;
        this.toasts = toasts;
    }

    @Override
    public String title() {
        return "My profile";
    }

    @Override
    public void render(HTMLElement outlet) {
        root = Dom.template("tpl-profile");
        outlet.appendChild(root);
        Dom.ref(root, "own-actions").setHidden(false);
        HTMLElement email = Dom.ref(root, "email");
        email.setTextContent(session.user().email());
        email.setHidden(false);
        boolean brand = session.role() == Role.BRAND;
        Dom.ref(root, "public-link").setAttribute("href",
                (brand ? "/brands/" : "/creators/") + UrlCodec.encode(session.user().id()));
        HTMLElement upload = Dom.ref(root, "upload");
        upload.setHidden(false);
        Dom.ref(upload, "upload-label").setTextContent(brand ? "Change logo" : "Change picture");
        HTMLInputElement input = Dom.asInput(Dom.ref(upload, "file"));
        disposer.add(input.onEvent("change", e -> {
            if (input.getFiles().getLength() > 0) {
                upload(input.getFiles().get(0), brand);
            }
            input.setValue("");
        }));
        load();
    }

    private void load() {
        Callback<Void> shown = new Callback<>() {
            @Override
            public void success(Void value) {
                Dom.ref(root, "loading").setHidden(true);
                Dom.ref(root, "card").setHidden(false);
            }

            @Override
            public void failure(ApiError error) {
                Dom.ref(root, "loading").setHidden(true);
                HTMLElement alert = Dom.ref(root, "load-error");
                alert.setTextContent(error.message());
                alert.setHidden(false);
            }
        };
        if (session.role() == Role.BRAND) {
            disposer.add(api.myBrandProfile(new Callback<>() {
                @Override
                public void success(BrandProfile p) {
                    ProfileHeader.fill(root, p.companyName(), p.username(), Role.BRAND, p.logoUrl());
                    Dom.ref(root, "incomplete").setHidden(p.complete());
                    ProfileFacts.brand(Dom.ref(root, "facts"), p.companyName(), p.industry(), p.website(),
                            p.targetAudience(), p.budgetMin(), p.budgetMax());
                    shown.success(null);
                }

                @Override
                public void failure(ApiError error) {
                    shown.failure(error);
                }
            }));
        } else {
            disposer.add(api.myCreatorProfile(new Callback<>() {
                @Override
                public void success(CreatorProfile p) {
                    ProfileHeader.fill(root, p.displayName(), p.username(), Role.CREATOR, p.avatarUrl());
                    Dom.ref(root, "incomplete").setHidden(p.complete());
                    ProfileFacts.creator(Dom.ref(root, "facts"), p.displayName(), p.bio(), p.niches(), p.platforms(),
                            p.audience(), p.priceExpectations());
                    shown.success(null);
                }

                @Override
                public void failure(ApiError error) {
                    shown.failure(error);
                }
            }));
        }
    }

    private void upload(File file, boolean brand) {
        HTMLElement error = Dom.ref(root, "upload-error");
        String type = file.getType();
        if (!"image/png".equals(type) && !"image/jpeg".equals(type) && !"image/webp".equals(type)) {
            show(error, "Choose a PNG, JPEG or WebP image.");
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            show(error, "The image must be at most 2 MB.");
            return;
        }
        error.setHidden(true);
        HTMLElement label = Dom.ref(root, "upload-label");
        Dom.busy(label, true);
        disposer.add(api.uploadImage(brand ? AccountPaths.BRAND_LOGO : AccountPaths.CREATOR_AVATAR, file,
                new Callback<>() {
                    @Override
                    public void success(ImageRef image) {
                        Dom.busy(label, false);
                        toasts.success(brand ? "Logo updated." : "Picture updated.");
                        load();
                    }

                    @Override
                    public void failure(ApiError failure) {
                        Dom.busy(label, false);
                        show(error, failure.message());
                    }
                }));
    }

    private static void show(HTMLElement slot, String message) {
        slot.setTextContent(message);
        slot.setHidden(false);
    }

    @Override
    public void dispose() {
        disposer.dispose();
    }
}
