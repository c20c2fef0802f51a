package se.tryggalov;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import kotlin.jvm.functions.Function0;
import kotlin.jvm.functions.Function1;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import se.tryggalov.security.AccountService;
import se.tryggalov.security.NewAccount;
import se.tryggalov.security.Role;
import se.tryggalov.security.SystemAuthentication;
import se.tryggalov.shared.i18n.Translations;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browserless view tests with Karibu-Testing on the whole application (real PostgreSQL with the demo data).
 * Each test gets a fresh Vaadin session and UI from the Spring servlet, so the real {@code NavigationAccessControl},
 * {@code UiInitializer}, error handler and {@code Translations} are in play.
 * <p>
 * Signing in works the way the running application sees it: the {@link SecurityContext} is stored in the HTTP
 * session (where Spring Security's context repository and Vaadin's {@code VaadinAwareSecurityContextHolderStrategy}
 * look), set on the thread, and the mocked servlet request answers {@code getUserPrincipal()} and
 * {@code isUserInRole()} from it, because that is what Vaadin's navigation and menu access checks ask.
 */
public abstract class KaribuViewTest {

    /** The marker {@link Translations} returns for a missing key. */
    protected static final Pattern RAW_KEY = Pattern.compile("!.*!");

    private static Routes routes;

    @Autowired
    protected ApplicationContext applicationContext;
    @Autowired
    protected Translations translations;
    @Autowired
    protected AccountService accountService;
    @Autowired
    protected SystemAuthentication systemAuthentication;

    private Function1<FakeHttpSession, FakeRequest> previousRequestFactory;

    private static synchronized Routes routes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("se.tryggalov");
        }
        return routes;
    }

    @BeforeEach
    void setUpVaadin() {
        SecurityContextHolder.clearContext();
        previousRequestFactory = MockVaadin.getMockRequestFactory();
        MockVaadin.setMockRequestFactory(SecurityAwareRequest::new);
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes(), applicationContext, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        try {
            MockVaadin.tearDown();
        } finally {
            MockVaadin.setMockRequestFactory(previousRequestFactory);
            SecurityContextHolder.clearContext();
        }
    }

    // --- who is signed in ---------------------------------------------------------------------------------------

    /**
     * Signs in as this user with these roles, as a successful form login would, and opens a new UI (like the page
     * load after the login redirect), so the UI's language comes from the account and the menu from the roles.
     */
    protected void signInAs(String username, Role... roles) {
        List<GrantedAuthority> authorities = Arrays.stream(roles)
                .<GrantedAuthority>map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        User principal = new User(username, "[PROTECTED]", authorities);
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        VaadinSession.getCurrent().getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        UI.getCurrent().getPage().reload();
    }

    /**
     * Creates a throw-away account (unique username) as the system administrator. Call it before
     * {@link #signInAs}: once someone is signed in, Vaadin's security context strategy prefers the session's user.
     */
    protected String createUser(String prefix, String password, Role... roles) {
        String username = unique(prefix);
        systemAuthentication.callAs(() -> accountService.createAccount(new NewAccount(username,
                "Test " + prefix, null, Set.of(roles), Translations.SWEDISH, null, password, false)), Role.ADMIN);
        return username;
    }

    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    // --- navigation and language ----------------------------------------------------------------------------------

    protected <T extends Component> T navigateTo(Class<T> view) {
        UI.getCurrent().navigate(view);
        return LocatorJ._get(view);
    }

    /**
     * Opens an address as if it were typed into the browser. (With Vaadin's React router, {@code UI.navigate} hands
     * an address with no server route to the client router, which Karibu does not have.)
     */
    protected void navigateTo(String location) {
        navigateTo(location, "");
    }

    protected void navigateTo(String location, String queryString) {
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui,
                new Location(location, queryString.isEmpty() ? QueryParameters.empty()
                        : QueryParameters.fromString(queryString)), NavigationTrigger.PAGE_LOAD);
    }

    /** Shows the UI in this language and rebuilds the current view and its layouts, as a page reload would. */
    protected void useLocale(Locale locale) {
        UI ui = UI.getCurrent();
        ui.setLocale(locale);
        ui.getSession().setLocale(locale);
        ui.refreshCurrentRoute(true);
    }

    protected Locale uiLocale() {
        return UI.getCurrent().getLocale();
    }

    protected String t(String key, Object... params) {
        return translations.getTranslation(key, uiLocale(), params);
    }

    // --- what the user does ---------------------------------------------------------------------------------------

    /**
     * Sets a field's value as the user would (the value change event says it came from the client). Karibu 2.6.2's
     * {@code _setValue} calls an {@code AbstractFieldSupport} method that Flow 25.2 no longer has, so this goes
     * through {@code AbstractField.setModelValue(value, true)}, the method Flow itself uses for client changes.
     */
    protected static <V> void setValueAsUser(HasValue<?, V> field, V value) {
        Component component = (Component) field;
        assertThat(component.getElement().isEnabled() && component.isVisible() && !field.isReadOnly())
                .as("%s can be edited by the user", component).isTrue();
        if (!(field instanceof AbstractField<?, ?>)) {
            field.setValue(value);
            return;
        }
        try {
            Method setModelValue = AbstractField.class.getDeclaredMethod("setModelValue", Object.class, boolean.class);
            setModelValue.setAccessible(true);
            setModelValue.invoke(field, value, true);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- what the user sees ---------------------------------------------------------------------------------------

    protected static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text", "")).toList();
    }

    /**
     * What Vaadin does with an exception from a listener in a real request (Karibu rethrows it to the test): hands
     * it to the session's error handler, then runs what the handler queued with {@code ui.access}.
     */
    protected static void runAsClientEvent(Runnable event) {
        try {
            event.run();
        } catch (RuntimeException e) {
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(e));
        }
        MockVaadin.clientRoundtrip(true);
    }

    /**
     * Every piece of text the UI shows: text nodes, attributes and properties (labels, helper texts, aria labels,
     * column headers, the login form's texts) of every element, grid cells, combo box items and the page title.
     */
    protected static List<String> visibleTexts() {
        List<String> texts = new ArrayList<>();
        Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Component component : LocatorJ._find(Component.class)) {
            collect(component.getElement(), seen, texts);
            if (component instanceof Grid<?> grid) {
                // column headers reach the browser through a renderer, not through an element property
                grid.getColumns().forEach(column -> {
                    texts.add(column.getHeaderText());
                    texts.add(column.getFooterText());
                });
                for (int row = 0; row < GridKt._size(grid); row++) {
                    texts.addAll(GridKt._getFormattedRow(grid, row));
                }
            }
            if (component instanceof ComboBox<?> combo) {
                texts.addAll(ComboBoxKt.getSuggestions(combo));
            }
        }
        String title = UI.getCurrent().getInternals().getTitle();
        if (title != null) {
            texts.add(title);
        }
        return texts;
    }

    private static void collect(Element element, Set<Element> seen, List<String> texts) {
        if (!seen.add(element)) {
            return;
        }
        if (element.isTextNode()) {
            texts.add(element.getText());
            return;
        }
        element.getAttributeNames().forEach(name -> texts.add(element.getAttribute(name)));
        element.getPropertyNames().forEach(name -> texts.add(String.valueOf(element.getPropertyRaw(name))));
        element.getChildren().forEach(child -> collect(child, seen, texts));
    }

    /** Fails when any visible text is a raw translation key ({@code !key!}), naming the culprits. */
    protected static void assertNoRawTranslationKeys() {
        List<String> texts = visibleTexts();
        assertThat(texts).as("texts on the page").isNotEmpty();
        assertThat(texts).as("texts that are raw translation keys")
                .filteredOn(text -> text != null && RAW_KEY.matcher(text).find())
                .isEmpty();
    }

    /** Answers the access checks from the signed-in user, as Spring Security's request wrapper does. */
    private static final class SecurityAwareRequest extends FakeRequest {

        SecurityAwareRequest(FakeHttpSession session) {
            super((HttpSession) session);
        }

        @Override
        public Principal getUserPrincipal() {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
                return null;
            }
            return auth;
        }

        @Override
        public boolean isUserInRole(String role) {
            Principal principal = getUserPrincipal();
            if (!(principal instanceof Authentication auth)) {
                return false;
            }
            String authority = role.startsWith("ROLE_") ? role : "ROLE_" + role;
            return auth.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
        }
    }
}
