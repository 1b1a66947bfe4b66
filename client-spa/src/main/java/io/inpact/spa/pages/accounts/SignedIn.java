package io.inpact.spa.pages.accounts;

import io.inpact.api.accounts.UserView;
import io.inpact.spa.RouteTable;
import io.inpact.spa.Session;
import io.inpact.spa.js.Dom;

/** Where a user lands after signing in or up: where they were heading, else onboarding or their profile. */
final class SignedIn {

    private SignedIn() {
    }

    static void enter(Session session, UserView user, String next) {
        String target = next != null && !user.profileComplete() && next.equals(RouteTable.DEFAULT_AFTER_SIGN_IN)
                ? "/onboarding"
                : next != null ? RouteTable.safeNext(next)
                : user.profileComplete() ? RouteTable.DEFAULT_AFTER_SIGN_IN : "/onboarding";
        // the address changes first, so that the router, hearing of the new session, renders the target
        Dom.replaceState(target);
        session.signedIn(user);
    }
}
