package se.tryggalov.shared.validation;

import java.net.InetAddress;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A client's or a proxy's IP address, as the sign-in throttle counts it and the audit log records it: an IPv4
 * address in dotted-quad form or an IPv6 address, never a host name (no DNS look-up is made). Anything else (a
 * made-up "not-an-ip" a misconfigured proxy passed on) is no address at all.
 */
public final class IpAddresses {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}(%[0-9A-Za-z_.-]{1,32})?");

    private IpAddresses() {
    }

    /** The address in its canonical text form, or empty when the text is no IP address. */
    public static Optional<String> normalise(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        if (value.startsWith("[") && value.endsWith("]")) {
            value = value.substring(1, value.length() - 1);
        }
        // InetAddress.ofLiteral also takes the short IPv4 forms ("1.2" = 1.0.0.2); an address written so is no
        // address a proxy or a socket reports
        boolean shaped = value.indexOf(':') >= 0 ? IPV6.matcher(value).matches() : IPV4.matcher(value).matches();
        if (!shaped) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.ofLiteral(value).getHostAddress());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * A range of addresses: an address alone or in CIDR notation ({@code 10.0.0.0/8}, {@code fd00::/8}), in the
     * form {@code address/prefix} with the address's full length for a single address; empty if malformed.
     */
    public static Optional<String> normaliseRange(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        int slash = value.indexOf('/');
        Optional<String> address = normalise(slash < 0 ? value : value.substring(0, slash));
        if (address.isEmpty()) {
            return Optional.empty();
        }
        int bits = address.get().indexOf(':') >= 0 ? 128 : 32;
        int prefix = bits;
        if (slash >= 0) {
            String digits = value.substring(slash + 1);
            if (!digits.matches("\\d{1,3}")) {
                return Optional.empty();
            }
            prefix = Integer.parseInt(digits);
            if (prefix > bits) {
                return Optional.empty();
            }
        }
        return Optional.of(address.get() + "/" + prefix);
    }
}
