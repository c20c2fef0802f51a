package se.tryggalov.shared.validation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IpAddressesReadableTest {

    @Test
    void loopbackAddressesAreThisComputer() {
        assertThat(IpAddresses.isLoopback("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(IpAddresses.isLoopback("::1")).isTrue();
        assertThat(IpAddresses.isLoopback("127.0.0.1")).isTrue();
        assertThat(IpAddresses.isLoopback("192.168.1.20")).isFalse();
        assertThat(IpAddresses.isLoopback("not-an-ip")).isFalse();
        assertThat(IpAddresses.isLoopback(null)).isFalse();
    }

    @Test
    void ipv4IsShownAsItIsAndIpv6Shortened() {
        assertThat(IpAddresses.readable("192.168.1.20")).isEqualTo("192.168.1.20");
        assertThat(IpAddresses.readable("2001:db8:0:0:0:0:0:1")).isEqualTo("2001:db8::1");
        assertThat(IpAddresses.readable("2001:db8:0:0:1:0:0:1")).isEqualTo("2001:db8::1:0:0:1");
        assertThat(IpAddresses.readable("fe80:0:0:0:0:0:0:0")).isEqualTo("fe80::");
        assertThat(IpAddresses.readable("2001:db8:1:2:3:4:5:6")).isEqualTo("2001:db8:1:2:3:4:5:6");
    }
}
