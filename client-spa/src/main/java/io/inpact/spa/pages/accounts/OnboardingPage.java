package io.inpact.spa.pages.accounts;

import io.inpact.api.accounts.Role;
import io.inpact.api.accounts.UserView;
import io.inpact.json.Codecs;
import io.inpact.json.JsonCodec;
import io.inpact.spa.Navigator;
import io.inpact.spa.Session;
import io.inpact.spa.api.Api;
import io.inpact.spa.api.ApiError;
import io.inpact.spa.api.Callback;
import io.inpact.spa.components.Disposer;
import io.inpact.spa.components.FormBinding;
import io.inpact.spa.components.Html;
import io.inpact.spa.components.Toasts;
import io.inpact.spa.js.Dom;
import io.inpact.spa.pages.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The onboarding wizard: one step of the role's profile at a time, a progress bar, and a draft kept in
 * localStorage (per user) so that a reload or a later visit resumes where the user left off.
 */
public final class OnboardingPage implements Page {

    private static final String STEP_KEY = "_step";
    private static final JsonCodec<Map<String, String>> DRAFT = Codecs.map(Codecs.STRING);

    private final Api api;
    private final Session session;
    private final Navigator navigator;
    private final Toasts toasts;
    private final Disposer disposer = new Disposer();
    private ProfileForm profile;
    private FormBinding binding;
    private HTMLElement root;
    private HTMLElement review;
    private HTMLElement reviewStep;
    private final List<HTMLElement> stepItems = new ArrayList<>();
    private int step;

    public OnboardingPage(Api api, Session session, Navigator navigator, Toasts toasts) {
        this.api = api;
        this.session = session;
        this.navigator = navigator;
        this.toasts = toasts;
    }

    @Override
    public String title() {
        return "Set up your profile";
    }

    @Override
    public void render(HTMLElement outlet) {
        root = Dom.template("tpl-onboarding");
        outlet.appendChild(root);
        profile = session.role() == Role.BRAND ? new BrandProfileForm() : new CreatorProfileForm();
        HTMLElement form = profile.form();
        reviewStep = Html.el("fieldset", null);
        reviewStep.setAttribute("data-test", "step-review");
        reviewStep.appendChild(Html.text("legend", null, "Review"));
        reviewStep.appendChild(Html.text("p", "hint", "Check everything once more. You can edit it any time later."));
        review = Html.el("div", null);
        reviewStep.appendChild(review);
        form.appendChild(reviewStep);
        form.appendChild(Dom.ref(root, "actions"));
        Dom.ref(root, "body").appendChild(form);
        Dom.ref(root, "role").setTextContent(session.role() == Role.BRAND
                ? "Tell creators who you are and whom you want to reach."
                : "Tell brands what you make, who watches it, and what you charge.");
        // Enter in a field submits the form; before the last step that means "continue", not "finish"
        disposer.add(form.onEvent("submit", true, (EventListener<Event>) e -> {
            if (step < stepCount() - 1) {
                Dom.swallow(e);
                next();
            }
        }));
        binding = disposer.add(new FormBinding(form, profile.state(), this::finish));
        profile.attach(binding);
        binding.onChange(name -> saveDraft());
        binding.onInvalid(this::showFirstInvalidStep);
        disposer.add(Dom.ref(root, "next").onClick(e -> next()));
        disposer.add(Dom.ref(root, "back").onClick(e -> show(step - 1)));
        buildStepList();
        form.setHidden(true);
        disposer.add(profile.load(api, new Callback<>() {
            @Override
            public void success(Void value) {
                restoreDraft();
                Dom.ref(root, "loading").setHidden(true);
                form.setHidden(false);
                profile.sync();
                show(step);
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

    private int stepCount() {
        return profile.steps().size() + 1;
    }

    private void next() {
        if (binding.validate(profile.steps().get(step).fields())) {
            show(step + 1);
            saveDraft();
        }
    }

    private void show(int index) {
        step = Math.max(0, Math.min(index, stepCount() - 1));
        List<ProfileForm.Step> steps = profile.steps();
        for (int i = 0; i < steps.size(); i++) {
            steps.get(i).fieldset().setHidden(i != step);
        }
        boolean last = step == stepCount() - 1;
        reviewStep.setHidden(!last);
        if (last) {
            profile.review(review);
        }
        Dom.ref(root, "back").setHidden(step == 0);
        Dom.ref(root, "next").setHidden(last);
        Dom.ref(root, "finish").setHidden(!last);
        String title = last ? "Review" : steps.get(step).title();
        Dom.ref(root, "step-title").setTextContent("Step " + (step + 1) + " of " + stepCount() + " · " + title);
        int percent = (step + 1) * 100 / stepCount();
        HTMLElement progress = Dom.ref(root, "progress");
        progress.setAttribute("aria-valuenow", String.valueOf(percent));
        Dom.widthPercent(Dom.ref(progress, "fill"), percent);
        for (int i = 0; i < stepItems.size(); i++) {
            HTMLElement item = stepItems.get(i);
            if (i == step) {
                item.setAttribute("aria-current", "step");
            } else {
                item.removeAttribute("aria-current");
            }
            Dom.toggleClass(item, "done", i < step);
        }
    }

    private void buildStepList() {
        HTMLElement list = Dom.ref(root, "steps");
        for (ProfileForm.Step s : profile.steps()) {
            stepItems.add(Html.text("li", null, s.title()));
        }
        stepItems.add(Html.text("li", null, "Review"));
        for (HTMLElement item : stepItems) {
            list.appendChild(item);
        }
    }

    private void showFirstInvalidStep() {
        List<ProfileForm.Step> steps = profile.steps();
        for (int i = 0; i < steps.size(); i++) {
            for (String field : steps.get(i).fields()) {
                if (profile.state().visibleError(field) != null) {
                    show(i);
                    return;
                }
            }
        }
    }

    private void finish() {
        Map<String, String> problems = profile.check();
        if (!problems.isEmpty()) {
            binding.failed(ApiError.invalid(problems));
            return;
        }
        binding.busy(true);
        disposer.add(profile.save(api, new Callback<>() {
            @Override
            public void success(Void value) {
                Dom.removeItem(draftKey());
                disposer.add(api.me(new Callback<>() {
                    @Override
                    public void success(UserView user) {
                        binding.busy(false);
                        toasts.success("Your profile is ready.");
                        navigator.navigate("/profile");
                        session.signedIn(user);
                    }

                    @Override
                    public void failure(ApiError error) {
                        binding.failed(error);
                    }
                }));
            }

            @Override
            public void failure(ApiError error) {
                binding.failed(error);
            }
        }));
    }

    private String draftKey() {
        return "inpact.onboarding." + session.user().id();
    }

    private void saveDraft() {
        Map<String, String> draft = new LinkedHashMap<>(profile.state().values());
        draft.put(STEP_KEY, String.valueOf(step));
        Dom.saveItem(draftKey(), DRAFT.toJson(draft));
        Dom.ref(root, "draft").setTextContent("Draft saved on this device.");
    }

    private void restoreDraft() {
        String saved = Dom.loadItem(draftKey());
        if (saved == null) {
            return;
        }
        Map<String, String> draft;
        try {
            draft = DRAFT.fromJson(saved);
        } catch (RuntimeException e) {
            Dom.removeItem(draftKey());
            return;
        }
        for (Map.Entry<String, String> entry : draft.entrySet()) {
            if (profile.state().has(entry.getKey())) {
                profile.state().load(entry.getKey(), entry.getValue());
            }
        }
        String savedStep = draft.get(STEP_KEY);
        step = savedStep == null || savedStep.length() != 1 || savedStep.charAt(0) < '0' || savedStep.charAt(0) > '9'
                ? 0 : savedStep.charAt(0) - '0';
        Dom.ref(root, "draft").setTextContent("Restored your draft from this device.");
    }

    @Override
    public void dispose() {
        disposer.dispose();
    }
}
