package io.inpact.spa;

import io.inpact.api.accounts.UserView;
import io.inpact.spa.api.Api;
import io.inpact.spa.api.ApiError;
import io.inpact.spa.api.Callback;
import io.inpact.spa.components.Shell;
import io.inpact.spa.components.Toasts;
import io.inpact.spa.pages.PageFactory;
import io.inpact.api.accounts.Role;
import io.inpact.spa.pages.accounts.ForgotPasswordPage;
import io.inpact.spa.pages.accounts.MyProfilePage;
import io.inpact.spa.pages.accounts.OnboardingPage;
import io.inpact.spa.pages.accounts.ProfileEditPage;
import io.inpact.spa.pages.accounts.PublicProfilePage;
import io.inpact.spa.pages.accounts.ResetPasswordPage;
import io.inpact.spa.pages.accounts.SignInPage;
import io.inpact.spa.pages.accounts.SignUpPage;
import io.inpact.spa.pages.campaigns.CampaignEditorPage;
import io.inpact.spa.pages.campaigns.CampaignPage;
import io.inpact.spa.pages.campaigns.CampaignSearchPage;
import io.inpact.spa.pages.campaigns.DashboardPage;
import io.inpact.spa.pages.campaigns.MarketApi;
import io.inpact.spa.pages.chat.ChatConnection;
import io.inpact.spa.pages.chat.MessagesPage;
import io.inpact.spa.pages.chat.UnreadBadge;
import io.inpact.spa.pages.system.HomePage;
import org.teavm.jso.dom.html.HTMLDocument;

/** Wires the app together: session, API client, shell, routes and router; then asks who is signed in. */
final class App {

    private final Session session = new Session();
    private final Toasts toasts = new Toasts();
    private final Shell shell = new Shell(session, this::signOut);
    private final Api api = new Api(new Api.Listener() {
        @Override
        public void inFlight(int count) {
            shell.loading(count);
        }

        @Override
        public void unauthorized(String path) {
            if (session.signedIn()) {
                toasts.error("Your session has ended. Please sign in again.");
                session.signedOut();
            }
        }
    });
    private final MarketApi market = new MarketApi(api);
    private final ChatConnection chat = new ChatConnection(session);
    private final Router router;

    App() {
        RouteTable<PageFactory> routes = new RouteTable<PageFactory>()
                .add("/", Access.PUBLIC, (params, query) -> new HomePage(api))
                .add("/signin", Access.GUEST, (params, query) -> new SignInPage(api, session, query.get("next")))
                .add("/signup", Access.GUEST,
                        (params, query) -> new SignUpPage(api, session, query.get("role")))
                .add("/forgot-password", Access.GUEST, (params, query) -> new ForgotPasswordPage(api))
                .add("/reset-password", Access.PUBLIC,
                        (params, query) -> new ResetPasswordPage(api, session, query.get("token")))
                .add("/onboarding", Access.SIGNED_IN,
                        (params, query) -> new OnboardingPage(api, session, navigator(), toasts))
                .add("/profile", Access.SIGNED_IN, (params, query) -> new MyProfilePage(api, session, toasts))
                .add("/profile/edit", Access.SIGNED_IN,
                        (params, query) -> new ProfileEditPage(api, session, navigator(), toasts))
                .add("/creators/:id", Access.SIGNED_IN,
                        (params, query) -> new PublicProfilePage(api, session, Role.CREATOR, params.get("id")))
                .add("/brands/:id", Access.SIGNED_IN,
                        (params, query) -> new PublicProfilePage(api, session, Role.BRAND, params.get("id")))
                .add("/dashboard", Access.SIGNED_IN, (params, query) -> new DashboardPage(market, session))
                .add("/campaigns", Access.SIGNED_IN,
                        (params, query) -> new CampaignSearchPage(market, navigator(), query))
                .add("/campaigns/new", Access.SIGNED_IN,
                        (params, query) -> new CampaignEditorPage(market, navigator(), toasts, null))
                .add("/campaigns/:id", Access.SIGNED_IN,
                        (params, query) -> new CampaignPage(market, session, toasts, params.get("id")))
                .add("/campaigns/:id/edit", Access.SIGNED_IN,
                        (params, query) -> new CampaignEditorPage(market, navigator(), toasts, params.get("id")))
                .add("/messages", Access.SIGNED_IN,
                        (params, query) -> new MessagesPage(api, chat, session, navigator(), toasts, null, query.get("with")))
                .add("/messages/:id", Access.SIGNED_IN,
                        (params, query) -> new MessagesPage(api, chat, session, navigator(), toasts, params.get("id"), null));
        router = new Router(routes, session, HTMLDocument.current().getElementById("outlet"), shell::location);
    }

    private Navigator navigator() {
        return router;
    }

    void start() {
        new UnreadBadge(api, session).start();
        chat.start();
        api.me(new Callback<>() {
            @Override
            public void success(UserView user) {
                session.signedIn(user);
                router.start();
            }

            @Override
            public void failure(ApiError error) {
                if (error.status() != 401) {
                    toasts.error(error.message());
                }
                router.start();
            }
        });
    }

    private void signOut() {
        api.logout(new Callback<>() {
            @Override
            public void success(Void value) {
                done();
            }

            @Override
            public void failure(ApiError error) {
                if (error.status() == 401) {
                    done();
                } else {
                    toasts.error(error.message());
                }
            }

            private void done() {
                router.navigate("/");
                session.signedOut();
                toasts.success("You are signed out.");
            }
        });
    }
}
