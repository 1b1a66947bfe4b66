package io.inpact.spa.pages.accounts;

import io.inpact.api.accounts.AccountRules;
import io.inpact.api.accounts.AudienceInsights;
import io.inpact.api.accounts.CreatorProfile;
import io.inpact.api.accounts.CreatorProfileUpdate;
import io.inpact.api.accounts.PlatformAccount;
import io.inpact.api.common.AgeGroup;
import io.inpact.api.common.DeliverableType;
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
import io.inpact.spa.components.Numbers;
import io.inpact.spa.js.Dom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;

/** A creator's profile: about, niches, platforms, audience insights and prices. */
final class CreatorProfileForm extends ProfileForm {

    static final int LOCATION_ROWS = 5;
    private static final String NICHE_CHIP = "niche-chip";

    private List<Platform> sentPlatforms = new ArrayList<>();

    CreatorProfileForm() {
        super("tpl-creator-form");
        List<String> about = List.of("displayName", "bio");
        state.field("displayName", value -> Rules.text(value, AccountRules.DISPLAY_NAME_MAX))
                .field("bio", value -> Rules.optionalText(value, AccountRules.BIO_MAX));

        HTMLElement chips = Dom.ref(form, "niches");
        for (Niche niche : Niche.values()) {
            chips.appendChild(Html.chip(NICHE_CHIP, niche.name(), "niche-" + niche.name(), Labels.niche(niche)));
        }
        state.field("niches", value -> {
            int count = Lists.split(value).size();
            return count == 0 ? "choose at least one niche"
                    : count > AccountRules.NICHES_MAX ? "choose at most " + AccountRules.NICHES_MAX : null;
        });

        List<String> platformFields = new ArrayList<>();
        platformFields.add("platforms");
        HTMLElement rows = Dom.ref(form, "platforms");
        for (Platform platform : Platform.values()) {
            String key = "platform." + platform.name();
            HTMLElement row = Html.el("div", "row");
            row.setAttribute("data-test", "platform-row-" + platform.name());
            HTMLElement toggle = Html.chip(key + ".on", "true", "platform-" + platform.name() + "-on",
                    Labels.platform(platform));
            row.appendChild(toggle);
            HTMLElement handle = Html.input("text", key + ".handle", "platform-" + platform.name() + "-handle");
            handle.setAttribute("placeholder", "@handle");
            handle.setAttribute("aria-label", Labels.platform(platform) + " handle");
            row.appendChild(handle);
            HTMLElement followers = Html.input("text", key + ".followers", "platform-" + platform.name() + "-followers");
            followers.setAttribute("inputmode", "numeric");
            followers.setAttribute("placeholder", "Followers");
            followers.setAttribute("aria-label", Labels.platform(platform) + " followers");
            row.appendChild(followers);
            row.appendChild(Html.errorSlot(key + ".handle"));
            row.appendChild(Html.errorSlot(key + ".followers"));
            rows.appendChild(row);
            state.field(key + ".on", value -> null, "false")
                    .field(key + ".handle", value -> on(platform) ? handleError(value) : null)
                    .field(key + ".followers", value -> on(platform)
                            ? Numbers.requiredWhole(0, AccountRules.FOLLOWERS_MAX).check(value) : null);
            platformFields.add(key + ".handle");
            platformFields.add(key + ".followers");
        }
        state.field("platforms", value -> chosenPlatforms().isEmpty() ? "add at least one platform"
                : chosenPlatforms().size() > AccountRules.PLATFORMS_MAX ? "at most " + AccountRules.PLATFORMS_MAX : null);

        List<String> audience = new ArrayList<>();
        HTMLElement ages = Dom.ref(form, "ages");
        for (AgeGroup group : AgeGroup.values()) {
            String name = "audience.ageShares." + group.name();
            HTMLElement input = Html.input("text", name, "age-" + group.name());
            input.setAttribute("inputmode", "numeric");
            input.setAttribute("placeholder", "%");
            ages.appendChild(Html.field(group.label(), input, name));
            state.field(name, value -> Numbers.optionalWhole(0, 100).check(value));
            audience.add(name);
        }
        state.field("audience.ageShares", value -> sharesError(ageShares()));
        audience.add("audience.ageShares");
        HTMLElement locations = Dom.ref(form, "locations");
        for (int i = 0; i < LOCATION_ROWS; i++) {
            String base = "location." + i;
            HTMLElement row = Html.el("div", "inline");
            HTMLElement place = Html.input("text", base + ".name", "location-" + i + "-name");
            place.setAttribute("placeholder", i == 0 ? "e.g. United States" : "Country or city");
            place.setAttribute("aria-label", "Location " + (i + 1));
            HTMLElement share = Html.input("text", base + ".share", "location-" + i + "-share");
            share.setAttribute("inputmode", "numeric");
            share.setAttribute("placeholder", "%");
            share.setAttribute("aria-label", "Share of location " + (i + 1));
            HTMLElement left = Html.el("div", "field");
            left.appendChild(place);
            left.appendChild(Html.errorSlot(base + ".name"));
            HTMLElement right = Html.el("div", "field");
            right.appendChild(share);
            right.appendChild(Html.errorSlot(base + ".share"));
            row.appendChild(left);
            row.appendChild(right);
            locations.appendChild(row);
            state.field(base + ".name", value -> Rules.optionalText(value, AccountRules.LOCATION_MAX))
                    .field(base + ".share", value -> !Rules.isBlank(state.value(base + ".name"))
                            ? Numbers.requiredWhole(0, 100).check(value) : Numbers.optionalWhole(0, 100).check(value));
            audience.add(base + ".name");
            audience.add(base + ".share");
        }
        state.field("audience.locationShares", value -> sharesError(locationShares()))
                .field("audience.engagementRate", value -> {
                    if (Rules.isBlank(value)) {
                        return "is required";
                    }
                    Double rate = Numbers.decimal(value);
                    return rate == null || rate < 0 || rate > 100 ? "must be a percentage from 0 to 100" : null;
                })
                .field("audience.averageViews", Numbers.requiredWhole(0, AccountRules.AVERAGE_VIEWS_MAX))
                .field("audience.averageAttentionSeconds", Numbers.optionalWhole(0, AccountRules.ATTENTION_SECONDS_MAX));
        audience.addAll(List.of("audience.locationShares", "audience.engagementRate", "audience.averageViews",
                "audience.averageAttentionSeconds"));

        List<String> pricing = new ArrayList<>();
        HTMLElement prices = Dom.ref(form, "prices");
        for (DeliverableType type : DeliverableType.values()) {
            String name = "priceExpectations." + type.name();
            HTMLElement input = Html.input("text", name, "price-" + type.name());
            input.setAttribute("inputmode", "decimal");
            input.setAttribute("placeholder", "0.00");
            prices.appendChild(Html.field(Labels.deliverable(type), input, name));
            state.field(name, value -> Rules.isBlank(value) ? null : Money.validate(value.trim()));
            pricing.add(name);
        }
        state.field("priceExpectations", value -> priceMap().isEmpty() ? "give a price for at least one deliverable" : null);
        pricing.add("priceExpectations");

        steps.add(new Step("About you", Dom.ref(form, "step-about"), about));
        steps.add(new Step("Niches", Dom.ref(form, "step-niches"), List.of("niches")));
        steps.add(new Step("Platforms", Dom.ref(form, "step-platforms"), platformFields));
        steps.add(new Step("Audience", Dom.ref(form, "step-audience"), audience));
        steps.add(new Step("Pricing", Dom.ref(form, "step-pricing"), pricing));
    }

    @Override
    void changed(String name) {
        if (name == null) {
            return;
        }
        if (name.equals(NICHE_CHIP)) {
            binding.set("niches", Dom.checkedValues(form, NICHE_CHIP));
        } else if (name.startsWith("platform.")) {
            String key = name.substring(0, name.lastIndexOf('.'));
            if (!name.endsWith(".on") && !Rules.isBlank(state.value(name)) && !"true".equals(state.value(key + ".on"))) {
                state.load(key + ".on", "true");
                binding.bind(key + ".on");
            }
            state.touch("platforms");
        } else if (name.startsWith("audience.ageShares.")) {
            state.touch("audience.ageShares");
        } else if (name.startsWith("location.")) {
            state.touch("audience.locationShares");
        } else if (name.startsWith("priceExpectations.")) {
            state.touch("priceExpectations");
        }
        refreshDerived();
    }

    @Override
    public void sync() {
        Dom.checkValues(form, NICHE_CHIP, state.value("niches"));
        binding.refresh();
        refreshDerived();
    }

    private void refreshDerived() {
        for (String name : List.of("platforms", "audience.ageShares", "audience.locationShares", "priceExpectations")) {
            binding.show(name);
        }
        for (Platform platform : Platform.values()) {
            boolean on = on(platform);
            String key = "platform." + platform.name();
            Dom.named(form, key + ".handle").setAttribute("aria-disabled", on ? "false" : "true");
            Dom.named(form, key + ".followers").setAttribute("aria-disabled", on ? "false" : "true");
            binding.show(key + ".handle");
            binding.show(key + ".followers");
        }
        sum(Dom.ref(form, "age-sum"), ageShares());
        sum(Dom.ref(form, "location-sum"), locationShares());
    }

    private static void sum(HTMLElement element, Map<String, Integer> shares) {
        long total = 0;
        for (Integer share : shares.values()) {
            total += share;
        }
        element.setTextContent("Total " + total + "%");
        element.setAttribute("data-ok", shares.isEmpty() ? "" : String.valueOf(total == 100));
    }

    @Override
    public Call load(Api api, Callback<Void> callback) {
        return api.myCreatorProfile(new Callback<>() {
            @Override
            public void success(CreatorProfile profile) {
                fill(profile);
                callback.success(null);
            }

            @Override
            public void failure(ApiError error) {
                callback.failure(error);
            }
        });
    }

    private void fill(CreatorProfile profile) {
        state.load("displayName", profile.displayName());
        state.load("bio", profile.bio());
        List<String> niches = new ArrayList<>();
        for (Niche niche : profile.niches()) {
            niches.add(niche.name());
        }
        state.load("niches", Lists.join(niches));
        for (PlatformAccount account : profile.platforms()) {
            String key = "platform." + account.platform().name();
            state.load(key + ".on", "true");
            state.load(key + ".handle", account.handle());
            state.load(key + ".followers", Long.toString(account.followers()));
        }
        AudienceInsights audience = profile.audience();
        if (audience != null) {
            for (Map.Entry<String, Integer> share : audience.ageShares().entrySet()) {
                if (state.has("audience.ageShares." + share.getKey())) {
                    state.load("audience.ageShares." + share.getKey(), Integer.toString(share.getValue()));
                }
            }
            int row = 0;
            for (Map.Entry<String, Integer> share : audience.locationShares().entrySet()) {
                if (row < LOCATION_ROWS) {
                    state.load("location." + row + ".name", share.getKey());
                    state.load("location." + row + ".share", Integer.toString(share.getValue()));
                    row++;
                }
            }
            state.load("audience.engagementRate", Numbers.show(audience.engagementRate()));
            state.load("audience.averageViews", audience.averageViews() == null ? "" : audience.averageViews().toString());
            state.load("audience.averageAttentionSeconds", audience.averageAttentionSeconds() == null
                    ? "" : audience.averageAttentionSeconds().toString());
        }
        for (Map.Entry<String, String> price : profile.priceExpectations().entrySet()) {
            if (state.has("priceExpectations." + price.getKey())) {
                state.load("priceExpectations." + price.getKey(), price.getValue());
            }
        }
    }

    @Override
    public Call save(Api api, Callback<Void> callback) {
        CreatorProfileUpdate update = update();
        sentPlatforms = new ArrayList<>();
        for (PlatformAccount account : update.platforms()) {
            sentPlatforms.add(account.platform());
        }
        return api.saveCreatorProfile(update, new Callback<>() {
            @Override
            public void success(CreatorProfile profile) {
                callback.success(null);
            }

            @Override
            public void failure(ApiError error) {
                callback.failure(error.withFieldErrors(rename(error.fieldErrors())));
            }
        });
    }

    @Override
    public Map<String, String> check() {
        CreatorProfileUpdate update = update();
        sentPlatforms = new ArrayList<>();
        for (PlatformAccount account : update.platforms()) {
            sentPlatforms.add(account.platform());
        }
        return rename(AccountRules.creatorProfile(update));
    }

    /** "platforms[2].handle" names the third platform sent; the form has one row per platform. */
    private Map<String, String> rename(Map<String, String> errors) {
        Map<String, String> renamed = new LinkedHashMap<>();
        for (Map.Entry<String, String> error : errors.entrySet()) {
            String key = error.getKey();
            if (key.startsWith("platforms[")) {
                int close = key.indexOf(']');
                Long index = Numbers.whole(key.substring("platforms[".length(), close));
                if (index != null && index < sentPlatforms.size()) {
                    String rest = key.substring(close + 1);
                    key = "platform." + sentPlatforms.get(index.intValue()).name()
                            + (rest.equals(".platform") ? ".handle" : rest);
                }
            } else if (key.equals("audience")) {
                key = "audience.ageShares";
            }
            renamed.put(key, error.getValue());
        }
        return renamed;
    }

    CreatorProfileUpdate update() {
        List<Niche> niches = new ArrayList<>();
        for (String name : Lists.split(state.value("niches"))) {
            for (Niche niche : Niche.values()) {
                if (niche.name().equals(name)) {
                    niches.add(niche);
                }
            }
        }
        List<PlatformAccount> platforms = new ArrayList<>();
        for (Platform platform : chosenPlatforms()) {
            Long followers = Numbers.whole(state.value("platform." + platform.name() + ".followers"));
            platforms.add(new PlatformAccount(platform, state.value("platform." + platform.name() + ".handle").trim(),
                    followers == null ? 0 : followers));
        }
        Long views = Numbers.whole(state.value("audience.averageViews"));
        Long attention = Numbers.whole(state.value("audience.averageAttentionSeconds"));
        AudienceInsights audience = new AudienceInsights(ageShares(), locationShares(),
                Numbers.decimal(state.value("audience.engagementRate")), views,
                attention == null || attention > Integer.MAX_VALUE ? null : (Integer) attention.intValue());
        return new CreatorProfileUpdate(state.value("displayName").trim(), state.value("bio").trim(), niches,
                platforms, audience, priceMap());
    }

    @Override
    public void review(HTMLElement container) {
        CreatorProfileUpdate update = update();
        ProfileFacts.creator(container, update.displayName(), update.bio(), update.niches(), update.platforms(),
                update.audience(), update.priceExpectations());
    }

    private boolean on(Platform platform) {
        return "true".equals(state.value("platform." + platform.name() + ".on"));
    }

    private List<Platform> chosenPlatforms() {
        List<Platform> chosen = new ArrayList<>();
        for (Platform platform : Platform.values()) {
            if (on(platform)) {
                chosen.add(platform);
            }
        }
        return chosen;
    }

    private Map<String, Integer> ageShares() {
        Map<String, Integer> shares = new LinkedHashMap<>();
        for (AgeGroup group : AgeGroup.values()) {
            Long share = Numbers.whole(state.value("audience.ageShares." + group.name()));
            if (share != null && share <= 100) {
                shares.put(group.name(), share.intValue());
            }
        }
        return shares;
    }

    private Map<String, Integer> locationShares() {
        Map<String, Integer> shares = new LinkedHashMap<>();
        for (int i = 0; i < LOCATION_ROWS; i++) {
            String place = state.value("location." + i + ".name").trim();
            Long share = Numbers.whole(state.value("location." + i + ".share"));
            if (!place.isEmpty() && share != null && share <= 100) {
                shares.put(place, share.intValue());
            }
        }
        return shares;
    }

    private Map<String, String> priceMap() {
        Map<String, String> prices = new LinkedHashMap<>();
        for (DeliverableType type : DeliverableType.values()) {
            String value = state.value("priceExpectations." + type.name()).trim();
            if (!value.isEmpty()) {
                prices.put(type.name(), value);
            }
        }
        return prices;
    }

    private static String sharesError(Map<String, Integer> shares) {
        return shares.isEmpty() ? "give at least one share" : AccountRules.shares(shares);
    }

    private static String handleError(String handle) {
        String error = Rules.text(handle, AccountRules.HANDLE_MAX);
        if (error == null && handle.trim().indexOf(' ') >= 0) {
            return "must not contain spaces";
        }
        return error;
    }
}
