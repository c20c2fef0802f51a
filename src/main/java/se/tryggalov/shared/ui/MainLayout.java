package se.tryggalov.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import se.tryggalov.shared.i18n.LocalePreference;
import se.tryggalov.shared.i18n.Translations;

import java.util.Locale;

/**
 * The shell of every signed-in page: a navigation drawer listing only what the user's role may open (Vaadin
 * filters {@link MenuConfiguration} by each view's access annotation), the language switch and sign-out.
 * On a phone the drawer folds away behind the toggle.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    /** The sign-in page's address (security's LoginView; shared depends on no feature, so by path). */
    private static final String LOGIN_PATH = "login";

    private final AuthenticationContext authentication;
    private final LocalePreference localePreference;

    MainLayout(AuthenticationContext authentication, LocalePreference localePreference) {
        this.authentication = authentication;
        this.localePreference = localePreference;
        setPrimarySection(Section.DRAWER);
        addToNavbar(navbar());
        addToDrawer(drawerHeader(), new Scroller(navigation()), drawerFooter());
    }

    private com.vaadin.flow.component.Component navbar() {
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        Span title = new Span(getTranslation("app.name"));
        title.addClassName("navbar-title");
        Header header = new Header(toggle, title);
        header.addClassName("app-navbar");
        return header;
    }

    private com.vaadin.flow.component.Component drawerHeader() {
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("app-name");
        Header header = new Header(new Icon(VaadinIcon.SHIELD), name);
        header.addClassName("drawer-header");
        return header;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        nav.getElement().setAttribute("aria-label", getTranslation("nav.label"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
                item.setPrefixComponent(new Icon("vaadin", entry.icon().substring("vaadin:".length())));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private com.vaadin.flow.component.Component drawerFooter() {
        Span user = new Span(authentication.getPrincipalName().orElse(""));
        user.addClassName("signed-in-user");

        Locale other = Translations.ENGLISH.equals(getLocale()) ? Translations.SWEDISH : Translations.ENGLISH;
        Button language = new Button(getTranslation("language.switchTo." + other.getLanguage()),
                new Icon(VaadinIcon.GLOBE));
        language.getElement().setAttribute("lang", other.getLanguage());
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.setId("switch-language");
        language.addClickListener(e -> {
            localePreference.remember(other);
            UI ui = UI.getCurrent();
            UiLocales.apply(ui, other);
            ui.getPage().reload();
        });

        Footer footer = new Footer(user, language);
        if (authentication.isAuthenticated()) {
            Button logout = new Button(getTranslation("nav.logout"), new Icon(VaadinIcon.SIGN_OUT));
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            logout.setId("logout");
            logout.addClickListener(e -> authentication.logout());
            footer.add(logout);
        } else {
            // the not-found page is open to visitors who have not signed in: offer the way in, not out
            Anchor login = new Anchor(LOGIN_PATH, getTranslation("login.title"));
            login.setId("login-link");
            footer.add(login);
        }
        footer.addClassName("drawer-footer");
        return footer;
    }
}
