package io.inpact.spa;

import io.inpact.spa.components.Shell;
import io.inpact.spa.pages.PageFactory;
import io.inpact.spa.pages.system.MessagePage;
import org.teavm.jso.dom.html.HTMLDocument;

public final class Main {
    public static void main(String[] args) {
        Session session = new Session();
        Shell shell = new Shell(session, session::signedOut);
        RouteTable<PageFactory> routes = new RouteTable<PageFactory>()
                .add("/", Access.PUBLIC, (p, q) -> MessagePage.denied());
        new Router(routes, session, HTMLDocument.current().getElementById("outlet"), shell::location).start();
    }
}
