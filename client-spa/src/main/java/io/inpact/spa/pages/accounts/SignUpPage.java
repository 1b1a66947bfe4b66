package io.inpact.spa.pages.accounts;

import io.inpact.api.accounts.Role;
import io.inpact.api.accounts.SignupRequest;
import io.inpact.api.accounts.UserView;
import io.inpact.api.common.Rules;
import io.inpact.spa.Session;
import io.inpact.spa.api.Api;
import io.inpact.spa.api.ApiError;
import io.inpact.spa.api.Callback;
import io.inpact.spa.components.Disposer;
import io.inpact.spa.components.FormBinding;
import io.inpact.spa.components.FormState;
import io.inpact.spa.components.PasswordMeter;
import io.inpact.spa.js.Dom;
import io.inpact.spa.pages.Page;
import org.teavm.jso.dom.html.HTMLElement;

/** Create an account: choose creator or brand, e-mail, username and a password that passes the shared rule. */
public final class SignUpPage implements Page {

    private final Api api;
    private final Session session;
    private final String role;
    private final Disposer disposer = new Disposer();

    public SignUpPage(Api api, Session session, String role) {
        this.api = api;
        this.session = session;
        this.role = "BRAND".equals(role) ? "BRAND" : "CREATOR";
    }

    @Override
    public String title() {
        return "Create your account";
    }

    @Override
    public void render(HTMLElement outlet) {
        HTMLElement root = Dom.template("tpl-signup");
        outlet.appendChild(root);
        FormState state = new FormState();
        state.field("role", value -> "CREATOR".equals(value) || "BRAND".equals(value) ? null : "choose creator or brand",
                        role)
                .field("email", Rules::email)
                .field("username", Rules::username)
                .field("password", value -> Rules.password(value, state.value("email"), state.value("username")));
        PasswordMeter meter = new PasswordMeter(Dom.ref(root, "meter"));
        FormBinding[] form = new FormBinding[1];
        form[0] = disposer.add(new FormBinding(Dom.ref(root, "form"), state, () -> {
            form[0].busy(true);
            SignupRequest request = new SignupRequest(state.value("email").trim(), state.value("username").trim(),
                    state.value("password"), Role.valueOf(state.value("role")));
            disposer.add(api.signup(request, new Callback<>() {
                @Override
                public void success(UserView user) {
                    SignedIn.enter(session, user, "/onboarding");
                }

                @Override
                public void failure(ApiError error) {
                    form[0].failed(error);
                }
            }));
        }));
        form[0].refresh();
        form[0].onChange(changed -> {
            meter.show(state.value("password"), state.visibleError("password") == null);
            if (state.value("password").length() > 0) {
                form[0].show("password");
            }
        });
    }

    @Override
    public void dispose() {
        disposer.dispose();
    }
}
