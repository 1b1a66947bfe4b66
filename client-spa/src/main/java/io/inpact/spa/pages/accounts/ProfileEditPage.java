package io.inpact.spa.pages.accounts;

import io.inpact.api.accounts.Role;
import io.inpact.api.accounts.UserView;
import io.inpact.spa.Navigator;
import io.inpact.spa.Session;
import io.inpact.spa.api.Api;
import io.inpact.spa.api.ApiError;
import io.inpact.spa.api.Callback;
import io.inpact.spa.components.Disposer;
import io.inpact.spa.components.FormBinding;
import io.inpact.spa.components.Toasts;
import io.inpact.spa.js.Dom;
import io.inpact.spa.pages.Page;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;

/** Edit one's own profile: every section of the role's form at once, saved together. */
public final class ProfileEditPage implements Page {

    private final Api api;
    private final Session session;
    private final Navigator navigator;
    private final Toasts toasts;
    private final Disposer disposer = new Disposer();

    public ProfileEditPage(Api api, Session session, Navigator navigator, Toasts toasts) {
        this.api = api;
        this.session = session;
        this.navigator = navigator;
        this.toasts = toasts;
    }

    @Override
    public String title() {
        return "Edit profile";
    }

    @Override
    public void render(HTMLElement outlet) {
        HTMLElement root = Dom.template("tpl-profile-edit");
        outlet.appendChild(root);
        ProfileForm profile = session.role() == Role.BRAND ? new BrandProfileForm() : new CreatorProfileForm();
        HTMLElement form = profile.form();
        form.appendChild(Dom.ref(root, "actions"));
        Dom.ref(root, "body").appendChild(form);
        FormBinding[] binding = new FormBinding[1];
        binding[0] = disposer.add(new FormBinding(form, profile.state(), () -> {
            Map<String, String> problems = profile.check();
            if (!problems.isEmpty()) {
                binding[0].failed(ApiError.invalid(problems));
                return;
            }
            binding[0].busy(true);
            disposer.add(profile.save(api, new Callback<>() {
                @Override
                public void success(Void value) {
                    disposer.add(api.me(new Callback<>() {
                        @Override
                        public void success(UserView user) {
                            toasts.success("Profile saved.");
                            navigator.navigate("/profile");
                            session.signedIn(user);
                        }

                        @Override
                        public void failure(ApiError error) {
                            binding[0].failed(error);
                        }
                    }));
                }

                @Override
                public void failure(ApiError error) {
                    binding[0].failed(error);
                }
            }));
        }));
        profile.attach(binding[0]);
        form.setHidden(true);
        disposer.add(profile.load(api, new Callback<>() {
            @Override
            public void success(Void value) {
                Dom.ref(root, "loading").setHidden(true);
                form.setHidden(false);
                profile.sync();
            }

            @Override
            public void failure(ApiError error) {
                Dom.ref(root, "loading").setHidden(true);
                HTMLElement alert = Dom.ref(root, "load-error");
                alert.setTextContent(error.message());
                alert.setHidden(false);
            }
        }));
    }

    @Override
    public void dispose() {
        disposer.dispose();
    }
}
