package se.tryggalov.security;

import org.apache.catalina.valves.RemoteIpValve;
import se.tryggalov.shared.validation.IpAddresses;

import java.util.Arrays;
import java.util.List;

/**
 * The reverse proxies (load balancers, TLS terminators) whose X-Forwarded-For, -Proto, -Host and -Port headers are
 * believed: {@code trygga.trusted-proxies}, a comma-separated list of IP addresses and CIDR ranges, empty by
 * default. From any other sender those headers are ignored, so a client cannot choose the address the sign-in
 * throttle counts and the audit log records, the host a redirect points to, or whether its request counts as TLS.
 * Tomcat's RemoteIpValve applies them at the connector, so a request the proxy received over TLS is secure all
 * the way down, and the session cookie gets its Secure flag.
 */
record TrustedProxies(List<String> ranges) {

    static TrustedProxies parse(String setting) {
        if (setting == null || setting.isBlank()) {
            return new TrustedProxies(List.of());
        }
        List<String> ranges = Arrays.stream(setting.split(","))
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .map(entry -> IpAddresses.normaliseRange(entry).orElseThrow(() -> new IllegalStateException(
                        "trygga.trusted-proxies: '" + entry + "' is no IP address or CIDR range")))
                .toList();
        return new TrustedProxies(ranges);
    }

    boolean none() {
        return ranges.isEmpty();
    }

    /** The valve that applies the proxies' headers; only requests from the listed addresses are changed. */
    RemoteIpValve valve() {
        RemoteIpValve valve = new RemoteIpValve();
        // CIDR notation (every range has a "/"): Tomcat then matches addresses, not a regular expression
        valve.setInternalProxies(String.join(",", ranges));
        valve.setTrustedProxies(null);
        valve.setRemoteIpHeader("X-Forwarded-For");
        valve.setProxiesHeader("X-Forwarded-By");
        valve.setProtocolHeader("X-Forwarded-Proto");
        valve.setProtocolHeaderHttpsValue("https");
        valve.setHostHeader("X-Forwarded-Host");
        valve.setPortHeader("X-Forwarded-Port");
        return valve;
    }
}
