package io.inpact.spa;

import io.inpact.api.accounts.Role;
import io.inpact.api.accounts.UserView;
import java.util.ArrayList;
import java.util.List;

/** Who is signed in, as the server last said; listeners hear of every change. */
public final class Session {

    private final List<Runnable> listeners = new ArrayList<>();
    private UserView user;

    public UserView user() {
        return user;
    }

    /** The signed-in user's role, or {@code null} when signed out. */
    public Role role() {
        return user == null ? null : user.role();
    }

    public boolean signedIn() {
        return user != null;
    }

    public void signedIn(UserView user) {
        this.user = user;
        fire();
    }

    public void signedOut() {
        if (user != null) {
            user = null;
            fire();
        }
    }

    /** Listens for sign-in, sign-out and profile-completion changes; returns how to stop listening. */
    public Runnable listen(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void fire() {
        for (Runnable listener : new ArrayList<>(listeners)) {
            listener.run();
        }
    }
}
