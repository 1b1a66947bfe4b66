package io.inpact.spa.pages.accounts;

import io.inpact.api.accounts.LoginRequest;
import io.inpact.api.accounts.UserView;
import io.inpact.api.common.Rules;
import io.inpact.spa.Session;
import io.inpact.spa.api.Api;
import io.inpact.spa.api.ApiError;
import io.inpact.spa.api.Callback;
import io.inpact.spa.components.Disposer;
import io.inpact.spa.components.FormBinding;
import io.inpact.spa.components.FormState;
import io.inpact.spa.js.Dom;
import io.inpact.spa.pages.Page;
import org.teavm.jso.dom.html.HTMLElement;

/** Sign in with e-mail and password, then go where the user was heading. */
public final class SignInPage implements Page {

    private final Api api;
    private final Session session;
    private final String next;
    private final Disposer disposer = new Disposer();

    public SignInPage(Api api, Session session, String next) {
        this.api = api;
        this.session = session;
        this.next = next;
    }

    @Override
    public String title() {
        return "Sign in";
    }

    @Override
    public void render(HTMLElement outlet) {
        HTMLElement root = Dom.template("tpl-signin");
        outlet.appendChild(root);
        FormState state = new FormState()
                .field("email", value -> Rules.text(value, Rules.EMAIL_MAX))
                .field("password", value -> Rules.text(value, Rules.PASSWORD_MAX));
        FormBinding[] form = new FormBinding[1];
        form[0] = disposer.add(new FormBinding(Dom.ref(root, "form"), state, () -> {
            form[0].busy(true);
            disposer.add(api.login(new LoginRequest(state.value("email").trim(), state.value("password")),
                    new Callback<>() {
                        @Override
                        public void success(UserView user) {
                            SignedIn.enter(session, user, next);
                        }

                        @Override
                        public void failure(ApiError error) {
                            form[0].failed(error);
                        }
                    }));
        }));
    }

    @Override
    public void dispose() {
        disposer.dispose();
    }
}
