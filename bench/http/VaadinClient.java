import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser, as the server sees it (issue #21 benchmarks): a cookie jar, the login form with its CSRF token, and
 * Vaadin Flow's own protocol for a page: {@code ?v-r=init} opens a route and returns its UI's state (the element
 * tree as changes), {@code ?v-r=uidl} sends an event (a button's click) and returns what changed. Only what the
 * benchmarks need: find an element by its id, click it, read the texts the server sent. Each call records which
 * node answered (HAProxy's {@code X-Trygga-Node} header) and how long it took.
 */
final class VaadinClient {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    final String base;
    final HttpClient http;
    final CookieManager cookies = new CookieManager();
    String lastNode = "";
    long lastNanos;

    VaadinClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** Pins this browser to one node, as the proxy's stickiness cookie would after the first answer. */
    VaadinClient stickTo(String node) {
        cookies.getCookieStore().add(URI.create(base), cookie("TRYGGA_NODE", node));
        return this;
    }

    private static java.net.HttpCookie cookie(String name, String value) {
        java.net.HttpCookie c = new java.net.HttpCookie(name, value);
        c.setPath("/");
        c.setVersion(0);
        return c;
    }

    String loginToken = "";

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .GET().build());
        if (path.startsWith("/login")) {
            Matcher m = CSRF.matcher(r.body());
            loginToken = m.find() ? m.group(1) : "";
        }
        return r;
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            // a kept-alive connection the other end had just closed: nothing was answered, so send it again once
            // (a browser does the same; Vaadin answers a repeated UIDL message from its cache, by its client id)
            if (!String.valueOf(e.getMessage()).contains("received no bytes")) {
                throw e;
            }
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        lastNanos = System.nanoTime() - t0;
        lastNode = response.headers().firstValue("X-Trygga-Node").orElse("?");
        return response;
    }

    /** The login form, as a browser posts it; true when it leads into the app. */
    boolean signIn(String username, String password) throws IOException, InterruptedException {
        get("/login");
        return signInPosted(username, password);
    }

    /** The login form's POST, with the token of the login page this browser opened last. */
    boolean signInPosted(String username, String password) throws IOException, InterruptedException {
        String token = loginToken;
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        return r.statusCode() == 302 && r.headers().firstValue("Location").filter(l -> !l.contains("/login")).isPresent();
    }

    /** An open page: its UI id, the security key, the message counters, element ids to nodes and its texts. */
    final class Page {
        final int uiId;
        final String csrf;
        int syncId;
        int clientId;
        final Map<String, Integer> nodesById = new HashMap<>();
        final List<String> texts = new ArrayList<>();

        Page(int uiId, String csrf, JsonObject uidl) {
            this.uiId = uiId;
            this.csrf = csrf;
            absorb(uidl);
        }

        void absorb(JsonObject uidl) {
            if (uidl.has("syncId")) {
                syncId = uidl.get("syncId").getAsInt();
            }
            if (uidl.has("clientId")) {
                clientId = uidl.get("clientId").getAsInt();
            }
            JsonArray changes = uidl.has("changes") && uidl.get("changes").isJsonArray()
                    ? uidl.getAsJsonArray("changes") : new JsonArray();
            for (JsonElement e : changes) {
                JsonObject change = e.getAsJsonObject();
                if (!change.has("value") || !change.get("value").isJsonPrimitive()) {
                    continue;
                }
                String value = change.get("value").getAsString();
                String key = change.has("key") ? change.get("key").getAsString() : "";
                if (key.equals("id")) {
                    nodesById.put(value, change.get("node").getAsInt());
                } else if (key.equals("text")) {
                    texts.add(value);
                }
            }
        }

        /** Clicks the element with this id; returns the texts the answer brought. */
        List<String> click(String elementId) throws IOException, InterruptedException {
            Integer node = nodesById.get(elementId);
            if (node == null) {
                throw new IllegalStateException("no element #" + elementId + " on the page");
            }
            JsonObject data = new JsonObject();
            for (String k : List.of("event.shiftKey", "event.metaKey", "event.altKey", "event.ctrlKey")) {
                data.addProperty(k, false);
            }
            for (String k : List.of("event.screenX", "event.screenY", "event.clientX", "event.clientY",
                    "event.detail", "event.button")) {
                data.addProperty(k, k.equals("event.detail") ? 1 : 0);
            }
            JsonObject rpc = new JsonObject();
            rpc.addProperty("type", "event");
            rpc.addProperty("node", node);
            rpc.addProperty("event", "click");
            rpc.add("data", data);
            return send(rpc);
        }

        /** Flow's client asks for the route's content right after init: the "ui-navigate" event of the UI. */
        List<String> navigate(String route, String query) throws IOException, InterruptedException {
            JsonObject data = new JsonObject();
            data.addProperty("route", route);
            data.addProperty("query", query);
            data.addProperty("appShellTitle", "");
            JsonObject history = new JsonObject();
            history.addProperty("idx", 0);
            data.add("historyState", history);
            data.addProperty("trigger", "");
            JsonObject rpc = new JsonObject();
            rpc.addProperty("type", "event");
            rpc.addProperty("node", 1);
            rpc.addProperty("event", "ui-navigate");
            rpc.add("data", data);
            return send(rpc);
        }

        /** What a browser sends while the page polls for progress. */
        List<String> poll() throws IOException, InterruptedException {
            JsonObject rpc = new JsonObject();
            rpc.addProperty("type", "event");
            rpc.addProperty("node", 1);
            rpc.addProperty("event", "ui-poll");
            return send(rpc);
        }

        /** What a browser sends when the tab closes or leaves the page (a beacon): the server closes the UI. */
        void close() throws IOException, InterruptedException {
            JsonObject message = new JsonObject();
            message.addProperty("csrfToken", csrf);
            message.add("rpc", new JsonArray());
            message.addProperty("syncId", syncId);
            message.addProperty("clientId", clientId);
            message.addProperty("UNLOAD", true);
            VaadinClient.this.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(message.toString())).build());
        }

        private List<String> send(JsonObject rpc) throws IOException, InterruptedException {
            JsonObject message = new JsonObject();
            message.addProperty("csrfToken", csrf);
            JsonArray rpcs = new JsonArray();
            rpcs.add(rpc);
            message.add("rpc", rpcs);
            message.addProperty("syncId", syncId);
            message.addProperty("clientId", clientId);
            HttpResponse<String> r = VaadinClient.this.send(HttpRequest.newBuilder(
                            URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(message.toString())).build());
            if (r.statusCode() != 200) {
                throw new IOException("UIDL answered " + r.statusCode());
            }
            String body = r.body().startsWith("for(;;);") ? r.body().substring("for(;;);".length()) : r.body();
            JsonElement parsed = JsonParser.parseString(body);
            JsonObject uidl = parsed.isJsonArray() ? parsed.getAsJsonArray().get(0).getAsJsonObject()
                    : parsed.getAsJsonObject();
            if (uidl.has("meta") && uidl.getAsJsonObject("meta").has("sessionExpired")) {
                throw new IOException("session expired");
            }
            int before = texts.size();
            int sent = clientId;
            absorb(uidl); // the answer names the client id the server expects next
            if (clientId == sent) {
                clientId++;
            }
            return new ArrayList<>(texts.subList(before, texts.size()));
        }
    }

    /** Opens a route as Flow's client does after loading the page (the page itself is one GET before it). */
    Page open(String route) throws IOException, InterruptedException {
        String location = route.startsWith("/") ? route.substring(1) : route;
        String query = "";
        int q = location.indexOf('?');
        if (q >= 0) {
            query = location.substring(q + 1);
            location = location.substring(0, q);
        }
        HttpResponse<String> r = get("/?v-r=init&location=" + enc(location) + "&query=" + enc(query));
        if (r.statusCode() != 200) {
            throw new IOException("init of " + route + " answered " + r.statusCode());
        }
        JsonObject json = JsonParser.parseString(r.body()).getAsJsonObject();
        JsonObject config = json.getAsJsonObject("appConfig");
        JsonObject uidl = config.getAsJsonObject("uidl");
        String csrf = uidl.has("Vaadin-Security-Key") ? uidl.get("Vaadin-Security-Key").getAsString() : "";
        Page page = new Page(config.get("v-uiId").getAsInt(), csrf, uidl);
        long initNanos = lastNanos;
        page.navigate(location, query);
        lastNanos += initNanos; // init and navigation together: what opening the page costs the server
        return page;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
