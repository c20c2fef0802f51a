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

    /** Whether the address is this computer's own (127.0.0.0/8, ::1), as when the app is reached locally. */
    public static boolean isLoopback(String text) {
        return normalise(text).map(a -> InetAddress.ofLiteral(a).isLoopbackAddress()).orElse(false);
    }

    /**
     * The address as people read it: IPv4 as it is, IPv6 with its longest run of zero groups written "::"
     * ("2001:db8::1" rather than "2001:db8:0:0:0:0:0:1"); the text itself when it is no address.
     */
    public static String readable(String text) {
        Optional<String> address = normalise(text);
        if (address.isEmpty() || address.get().indexOf(':') < 0) {
            return address.orElse(text);
        }
        String value = address.get();
        String zone = "";
        int percent = value.indexOf('%');
        if (percent >= 0) {
            zone = value.substring(percent);
            value = value.substring(0, percent);
        }
        String[] groups = value.split(":");
        int bestStart = -1;
        int bestLength = 0;
        for (int i = 0; i < groups.length; i++) {
            int j = i;
            while (j < groups.length && groups[j].matches("0+")) {
                j++;
            }
            if (j - i > bestLength && j - i > 1) {
                bestStart = i;
                bestLength = j - i;
            }
            if (j > i) {
                i = j - 1;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < groups.length; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(groups[i].replaceFirst("^0+(?=.)", ""));
        }
        return out + zone;
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
