package io.inpact.spa.pages.accounts;

import io.inpact.api.accounts.ResetPasswordRequest;
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

/** Set a new password with the token from the e-mailed link; every session ends, so sign in again. */
public final class ResetPasswordPage implements Page {

    private final Api api;
    private final Session session;
    private final String token;
    private final Disposer disposer = new Disposer();

    public ResetPasswordPage(Api api, Session session, String token) {
        this.api = api;
        this.session = session;
        this.token = token;
    }

    @Override
    public String title() {
        return "Choose a new password";
    }

    @Override
    public void render(HTMLElement outlet) {
        HTMLElement root = Dom.template("tpl-reset");
        outlet.appendChild(root);
        HTMLElement formElement = Dom.ref(root, "form");
        if (token == null || token.isEmpty()) {
            formElement.setHidden(true);
            Dom.ref(root, "no-token").setHidden(false);
            return;
        }
        FormState state = new FormState();
        state.field("password", value -> Rules.password(value, null, null))
                .field("confirm", value -> value.equals(state.value("password")) ? null : "does not match the password");
        PasswordMeter meter = new PasswordMeter(Dom.ref(root, "meter"));
        FormBinding[] form = new FormBinding[1];
        form[0] = disposer.add(new FormBinding(formElement, state, () -> {
            form[0].busy(true);
            disposer.add(api.resetPassword(new ResetPasswordRequest(token, state.value("password")), new Callback<>() {
                @Override
                public void success(Void value) {
                    form[0].busy(false);
                    formElement.setHidden(true);
                    Dom.ref(root, "done").setHidden(false);
                    session.signedOut();
                }

                @Override
                public void failure(ApiError error) {
                    form[0].failed(error);
                }
            }));
        }));
        form[0].onChange(changed -> meter.show(state.value("password"), state.visibleError("password") == null));
    }

    @Override
    public void dispose() {
        disposer.dispose();
    }
}
