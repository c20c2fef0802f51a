package se.tryggalov.security;

import com.eatthepath.otp.HmacOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

import javax.crypto.spec.SecretKeySpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Time-based one-time codes (RFC 6238) as every authenticator app makes them: HMAC-SHA-1, 6 digits, 30-second
 * steps. A code is accepted for the current step and one step either side (clock drift), and only for a step
 * later than the last one accepted, so a code works once.
 */
public final class Totp {

    static final long STEP_SECONDS = 30;
    private static final Pattern CODE = Pattern.compile("\\d{6}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {
    }

    static byte[] newSecret() {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return secret;
    }

    /** The secret as authenticator apps take it by hand: Base32 without padding, in groups of four. */
    static String base32(byte[] secret) {
        String plain = new Base32().encodeToString(secret).replace("=", "");
        return plain.replaceAll("(.{4})(?!$)", "$1 ");
    }

    static byte[] fromBase32(String text) {
        return new Base32().decode(text.replace(" ", "").toUpperCase(java.util.Locale.ROOT));
    }

    /** The {@code otpauth://} address that the QR code carries. */
    static String uri(String issuer, String account, byte[] secret) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + base32(secret).replace(" ", "") + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=6&period=" + STEP_SECONDS;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The code for a step; public for tests that act as the user's authenticator app. */
    public static String code(byte[] secret, long step) {
        try {
            return new HmacOneTimePasswordGenerator(6).generateOneTimePasswordString(
                    new SecretKeySpec(secret, "HmacSHA1"), step, java.util.Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The code as the user's app shows it now, for a secret given as Base32 (tests only act as the app). */
    public static String codeNow(String base32Secret, Instant now, int stepsAhead) {
        return code(fromBase32(base32Secret), step(now) + stepsAhead);
    }

    static boolean looksLikeCode(String text) {
        return text != null && CODE.matcher(text).matches();
    }

    /** The step whose code this is, if it is one of the accepted steps and later than {@code lastUsedStep}. */
    static OptionalLong matchingStep(byte[] secret, String code, Instant now, long lastUsedStep) {
        if (!looksLikeCode(code)) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long step = current - 1; step <= current + 1; step++) {
            if (step > lastUsedStep && java.security.MessageDigest.isEqual(
                    code(secret, step).getBytes(StandardCharsets.US_ASCII), code.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }
}
