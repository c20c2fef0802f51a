package se.tryggalov;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like HTTP client for tests over real HTTP: keeps cookies, follows no redirects, and signs in the way
 * the login page does (a form POST with the CSRF token the page carries in its {@code _csrf} meta tag).
 */
public final class WebClient {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public WebClient(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, String contentType, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token of the login page, as the login form would send it. */
    public Optional<String> loginPageToken(String... headers) throws Exception {
        Matcher m = CSRF.matcher(get("/login", headers).body());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Posts the login form with the page's token; the answer (302 to the app, or to /login?error). */
    public HttpResponse<String> signIn(String username, String password, String... headers) throws Exception {
        String token = loginPageToken(headers).orElse("");
        return postLogin(username, password, token, headers);
    }

    public HttpResponse<String> postLogin(String username, String password, String token, String... headers)
            throws Exception {
        String form = "username=" + enc(username) + "&password=" + enc(password)
                + (token.isEmpty() ? "" : "&_csrf=" + enc(token));
        return post("/login", "application/x-www-form-urlencoded", form, headers);
    }

    /** Whether the client is signed in: the app's start page opens instead of leading to the login page. */
    public boolean signedIn() throws Exception {
        HttpResponse<String> start = get("/");
        return start.statusCode() == 200 && start.body().contains("window.Vaadin");
    }

    public Optional<HttpCookie> sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().endsWith("JSESSIONID")).findFirst();
    }

    public static boolean isSuccessfulLogin(HttpResponse<String> response) {
        return response.statusCode() == 302 && response.headers().firstValue("Location")
                .filter(l -> !l.contains("/login")).isPresent();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
