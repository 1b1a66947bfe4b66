package io.inpact.spa.pages.accounts;

import io.inpact.api.accounts.AccountRules;
import io.inpact.api.accounts.BrandProfile;
import io.inpact.api.accounts.BrandProfileUpdate;
import io.inpact.api.accounts.TargetAudience;
import io.inpact.api.common.AgeGroup;
import io.inpact.api.common.Money;
import io.inpact.api.common.Niche;
import io.inpact.api.common.Platform;
import io.inpact.api.common.Rules;
import io.inpact.spa.api.Api;
import io.inpact.spa.api.ApiError;
import io.inpact.spa.api.Call;
import io.inpact.spa.api.Callback;
import io.inpact.spa.components.Html;
import io.inpact.spa.components.Labels;
import io.inpact.spa.js.Dom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;

/** A brand's profile: company, whom it wants to reach, and its typical budget. */
final class BrandProfileForm extends ProfileForm {

    private static final String NICHES = "targetAudience.niches";
    private static final String AGES = "targetAudience.ageGroups";
    private static final String PLATFORMS = "targetAudience.platforms";


    BrandProfileForm() {
        super("tpl-brand-form");
        state.field("companyName", value -> Rules.text(value, AccountRules.COMPANY_NAME_MAX))
                .field("industry", value -> Rules.text(value, AccountRules.INDUSTRY_MAX))
                .field("website", value -> AccountRules.website(value == null ? null : value.trim()));

        HTMLElement niches = Dom.ref(form, "niches");
        for (Niche niche : Niche.values()) {
            niches.appendChild(Html.chip("niche-chip", niche.name(), "target-niche-" + niche.name(), Labels.niche(niche)));
        }
        HTMLElement ages = Dom.ref(form, "ages");
        for (AgeGroup group : AgeGroup.values()) {
            ages.appendChild(Html.chip("age-chip", group.name(), "target-age-" + group.name(), group.label()));
        }
        HTMLElement platforms = Dom.ref(form, "platforms");
        for (Platform platform : Platform.values()) {
            platforms.appendChild(Html.chip("platform-chip", platform.name(), "target-platform-" + platform.name(),
                    Labels.platform(platform)));
        }
        state.field(NICHES, value -> Lists.split(value).isEmpty() ? "choose at least one niche" : null)
                .field(AGES, value -> null)
                .field(PLATFORMS, value -> null)
                .field("targetAudience.locations", value -> {
                    List<String> places = Lists.split(value);
                    if (places.size() > AccountRules.LOCATIONS_MAX) {
                        return "at most " + AccountRules.LOCATIONS_MAX + " locations";
                    }
                    for (String place : places) {
                        if (place.length() > AccountRules.LOCATION_MAX) {
                            return "each location must be at most " + AccountRules.LOCATION_MAX + " characters";
                        }
                    }
                    return null;
                })
                .field("budgetMin", value -> Rules.isBlank(value) ? null : Money.validate(value.trim()))
                .field("budgetMax", value -> {
                    if (Rules.isBlank(value)) {
                        return null;
                    }
                    String error = Money.validate(value.trim());
                    String min = state.value("budgetMin").trim();
                    if (error == null && !min.isEmpty() && Money.validate(min) == null
                            && Money.toMinor(min) > Money.toMinor(value.trim())) {
                        return "must not be less than the minimum budget";
                    }
                    return error;
                });

        steps.add(new Step("Company", Dom.ref(form, "step-company"), List.of("companyName", "industry", "website")));
        steps.add(new Step("Audience", Dom.ref(form, "step-audience"),
                List.of(NICHES, AGES, PLATFORMS, "targetAudience.locations")));
        steps.add(new Step("Budget", Dom.ref(form, "step-budget"), List.of("budgetMin", "budgetMax")));
    }

    @Override
    void changed(String name) {
        if ("niche-chip".equals(name)) {
            binding.set(NICHES, Dom.checkedValues(form, "niche-chip"));
        } else if ("age-chip".equals(name)) {
            binding.set(AGES, Dom.checkedValues(form, "age-chip"));
        } else if ("platform-chip".equals(name)) {
            binding.set(PLATFORMS, Dom.checkedValues(form, "platform-chip"));
        } else if ("budgetMin".equals(name)) {
            binding.show("budgetMax");
        }
    }

    @Override
    public void sync() {
        Dom.checkValues(form, "niche-chip", state.value(NICHES));
        Dom.checkValues(form, "age-chip", state.value(AGES));
        Dom.checkValues(form, "platform-chip", state.value(PLATFORMS));
        binding.refresh();
    }

    @Override
    public Call load(Api api, Callback<Void> callback) {
        return api.myBrandProfile(new Callback<>() {
            @Override
            public void success(BrandProfile profile) {
                state.load("companyName", profile.companyName());
                state.load("industry", profile.industry());
                state.load("website", profile.website());
                TargetAudience target = profile.targetAudience();
                if (target != null) {
                    state.load(NICHES, names(target.niches()));
                    state.load(AGES, names(target.ageGroups()));
                    state.load(PLATFORMS, names(target.platforms()));
                    state.load("targetAudience.locations", String.join(", ", target.locations()));
                }
                state.load("budgetMin", profile.budgetMin());
                state.load("budgetMax", profile.budgetMax());
                callback.success(null);
            }

            @Override
            public void failure(ApiError error) {
                callback.failure(error);
            }
        });
    }

    @Override
    public Call save(Api api, Callback<Void> callback) {
        return api.saveBrandProfile(update(), new Callback<>() {
            @Override
            public void success(BrandProfile profile) {
                callback.success(null);
            }

            @Override
            public void failure(ApiError error) {
                callback.failure(error);
            }
        });
    }

    @Override
    public Map<String, String> check() {
        return AccountRules.brandProfile(update());
    }

    @Override
    public void review(HTMLElement container) {
        BrandProfileUpdate update = update();
        ProfileFacts.brand(container, update.companyName(), update.industry(), update.website(),
                update.targetAudience(), update.budgetMin(), update.budgetMax());
    }

    BrandProfileUpdate update() {
        List<Niche> niches = new ArrayList<>();
        for (String name : Lists.split(state.value(NICHES))) {
            for (Niche niche : Niche.values()) {
                if (niche.name().equals(name)) {
                    niches.add(niche);
                }
            }
        }
        List<AgeGroup> ages = new ArrayList<>();
        for (String name : Lists.split(state.value(AGES))) {
            AgeGroup group = AccountRules.ageGroup(name);
            if (group != null) {
                ages.add(group);
            }
        }
        List<Platform> platforms = new ArrayList<>();
        for (String name : Lists.split(state.value(PLATFORMS))) {
            for (Platform platform : Platform.values()) {
                if (platform.name().equals(name)) {
                    platforms.add(platform);
                }
            }
        }
        TargetAudience target = new TargetAudience(niches, ages, Lists.split(state.value("targetAudience.locations")),
                platforms);
        return new BrandProfileUpdate(state.value("companyName").trim(), state.value("industry").trim(),
                blankToNull(state.value("website")), target, blankToNull(state.value("budgetMin")),
                blankToNull(state.value("budgetMax")));
    }

    private static String blankToNull(String value) {
        return value == null || value.trim().isEmpty() ? null : value.trim();
    }

    private static String names(List<? extends Enum<?>> values) {
        List<String> names = new ArrayList<>();
        for (Enum<?> value : values) {
            names.add(value.name());
        }
        return Lists.join(names);
    }
}
