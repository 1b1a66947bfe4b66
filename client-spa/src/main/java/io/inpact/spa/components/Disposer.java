package io.inpact.spa.components;

import io.inpact.spa.api.Call;
import io.inpact.spa.js.Timers;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.dom.events.Registration;

/** Everything a page started (listeners, requests, timers, forms), released together in dispose(). */
public final class Disposer {

    private final List<Runnable> releases = new ArrayList<>();

    public Registration add(Registration registration) {
        releases.add(registration::dispose);
        return registration;
    }

    public Call add(Call call) {
        releases.add(call::cancel);
        return call;
    }

    public FormBinding add(FormBinding binding) {
        releases.add(binding::dispose);
        return binding;
    }

    public void onDispose(Runnable release) {
        releases.add(release);
    }

    public int timer(int id) {
        releases.add(() -> Timers.cancel(id));
        return id;
    }

    public void dispose() {
        for (int i = releases.size() - 1; i >= 0; i--) {
            releases.get(i).run();
        }
        releases.clear();
    }
}
