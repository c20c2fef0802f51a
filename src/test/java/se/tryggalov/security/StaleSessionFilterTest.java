package se.tryggalov.security;

import org.junit.jupiter.api.Test;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpSession;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class StaleSessionFilterTest {

    private final StaleSessionFilter filter = new StaleSessionFilter();

    private static MockHttpServletRequest vaadinRequest(String type, String sessionId, boolean valid) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setParameter("v-r", type);
        request.setRequestedSessionId(sessionId);
        request.setRequestedSessionIdValid(valid);
        return request;
    }

    @Test
    void aVaadinRequestWithTheSessionIdFromBeforeSigningInGetsSessionExpiredAndNoNewSession() throws Exception {
        MockHttpServletRequest request = vaadinRequest("uidl", "OLD-ID", false);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(response.getContentAsString()).isEqualTo(StaleSessionFilter.SESSION_EXPIRED);
        assertThat(chain.getRequest()).as("the rest of the chain never ran").isNull();
        assertThat(request.getSession(false)).as("no anonymous session whose cookie would replace the new one").isNull();
    }

    @Test
    void requestsWithAValidSessionOrNoSessionOrOfOtherKindsPassThrough() throws Exception {
        for (MockHttpServletRequest request : new MockHttpServletRequest[] {
                vaadinRequest("uidl", "CURRENT", true),
                vaadinRequest("uidl", null, false),
                vaadinRequest("heartbeat", "CURRENT", true),
                vaadinRequest(null, "OLD-ID", false)}) {
            MockFilterChain chain = new MockFilterChain();
            filter.doFilter(request, new MockHttpServletResponse(), chain);
            ServletRequest passed = chain.getRequest();
            assertThat(passed instanceof HttpServletRequestWrapper wrapper ? wrapper.getRequest() : passed)
                    .isSameAs(request);
        }
    }

    @Test
    void aVaadinMessageThatPassedTheCheckStillCannotCreateASessionLaterOn() throws Exception {
        // the id was valid when the check ran; sign-in changed it before the request looked its session up
        MockHttpServletRequest request = vaadinRequest("uidl", "ABOUT-TO-CHANGE", true);
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        HttpServletRequest seenByVaadin = (HttpServletRequest) chain.getRequest();
        assertThat(seenByVaadin.getSession(true)).isNull();
        assertThat(seenByVaadin.getSession()).isNull();
        assertThat(request.getSession(false)).as("nothing created behind the wrapper").isNull();
    }

    @Test
    void aVaadinMessageStillUsesTheSessionItHas() throws Exception {
        MockHttpServletRequest request = vaadinRequest("uidl", "CURRENT", true);
        HttpSession existing = request.getSession(true);
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(((HttpServletRequest) chain.getRequest()).getSession(true)).isSameAs(existing);
    }

    @Test
    void pageLoadsMayStillCreateTheirSession() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(((HttpServletRequest) chain.getRequest()).getSession(true)).isNotNull();
    }

    @Test
    void aServiceWorkersRequestWithTheSessionIdFromBeforeSigningInIsAskedToRetryAndCreatesNoSession() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/icons/icon-144x144.png");
        request.addHeader("Referer", "http://localhost:8080/sw.js");
        request.setRequestedSessionId("OLD-ID");
        request.setRequestedSessionIdValid(false);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(chain.getRequest()).as("Vaadin never saw it, so it made no session").isNull();
        assertThat(request.getSession(false)).isNull();
    }

    @Test
    void aServiceWorkersRequestWithAValidSessionOrNoneAndOtherStaleRequestsPassThrough() throws Exception {
        MockHttpServletRequest current = new MockHttpServletRequest("GET", "/icons/icon-144x144.png");
        current.addHeader("Referer", "http://localhost:8080/sw.js");
        current.setRequestedSessionId("CURRENT");
        current.setRequestedSessionIdValid(true);
        MockHttpServletRequest fresh = new MockHttpServletRequest("GET", "/manifest.webmanifest");
        fresh.addHeader("Referer", "http://localhost:8080/sw.js");
        MockHttpServletRequest pageImage = new MockHttpServletRequest("GET", "/icons/icon-32x32.png");
        pageImage.addHeader("Referer", "http://localhost:8080/login");
        pageImage.setRequestedSessionId("OLD-ID");
        pageImage.setRequestedSessionIdValid(false);
        for (MockHttpServletRequest request : new MockHttpServletRequest[] {current, fresh, pageImage}) {
            MockFilterChain chain = new MockFilterChain();
            MockHttpServletResponse response = new MockHttpServletResponse();
            filter.doFilter(request, response, chain);
            assertThat(chain.getRequest()).as(request.getRequestURI()).isSameAs(request);
            assertThat(response.getStatus()).isEqualTo(200);
        }
    }
}
