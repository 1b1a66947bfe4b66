package io.inpact.spa.pages.accounts;

import io.inpact.api.accounts.ForgotPasswordRequest;
import io.inpact.api.common.Rules;
import io.inpact.spa.api.Api;
import io.inpact.spa.api.ApiError;
import io.inpact.spa.api.Callback;
import io.inpact.spa.components.Disposer;
import io.inpact.spa.components.FormBinding;
import io.inpact.spa.components.FormState;
import io.inpact.spa.js.Dom;
import io.inpact.spa.pages.Page;
import org.teavm.jso.dom.html.HTMLElement;

/** Ask for a reset link; the answer is the same whether the address is known or not. */
public final class ForgotPasswordPage implements Page {

    private final Api api;
    private final Disposer disposer = new Disposer();

    public ForgotPasswordPage(Api api) {
        this.api = api;
    }

    @Override
    public String title() {
        return "Reset your password";
    }

    @Override
    public void render(HTMLElement outlet) {
        HTMLElement root = Dom.template("tpl-forgot");
        outlet.appendChild(root);
        HTMLElement formElement = Dom.ref(root, "form");
        HTMLElement sent = Dom.ref(root, "sent");
        FormState state = new FormState().field("email", Rules::email);
        FormBinding[] form = new FormBinding[1];
        form[0] = disposer.add(new FormBinding(formElement, state, () -> {
            form[0].busy(true);
            String email = state.value("email").trim();
            disposer.add(api.forgotPassword(new ForgotPasswordRequest(email), new Callback<>() {
                @Override
                public void success(Void value) {
                    form[0].busy(false);
                    Dom.ref(sent, "email").setTextContent(email);
                    formElement.setHidden(true);
                    sent.setHidden(false);
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
