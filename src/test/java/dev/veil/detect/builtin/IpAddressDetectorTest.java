package dev.veil.detect.builtin;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IpAddressDetectorTest {
  private final IpAddressDetector detector = new IpAddressDetector();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "from 192.168.0.1, then; IP_ADDRESS=192.168.0.1",
      "route 10.0.0.0/8.; IP_ADDRESS=10.0.0.0/8",
      "10.0.0.0/123; IP_ADDRESS=10.0.0.0",
      "::1; IP_ADDRESS=::1",
      "fe80::1%eth0/64; IP_ADDRESS=fe80::1%eth0/64",
      "[2001:db8::1]:8080; IP_ADDRESS=2001:db8::1",
      "::ffff:192.0.2.1; IP_ADDRESS=::ffff:192.0.2.1|IP_ADDRESS=192.0.2.1",
      "2001:db8:85a3::8a2e:370:7334.; IP_ADDRESS=2001:db8:85a3::8a2e:370:7334",
      "0:0:0:0:0:FFFF:129.144.52.38; IP_ADDRESS=0:0:0:0:0:FFFF:129.144.52.38|IP_ADDRESS=129.144.52.38",
      "256.1.1.1; ",
      "192.168.1; ",
      "::ffff:192.168.1; ",
      "2001::db8::1; ",
      "12345:db8::1; ",
      "Time 12:34:56; ",
      "Ratio 1:2:3:4; ",
      "std::cout << x; ",
      "MyClass::toString; ",
      "00:1A:2B:3C:4D:5E; ",
      "version 1.2.3.4; ",
      "v1.2.3.4; ",
      "upgrade to 4.19.0.12; ",
      "1.2.3.4-beta; ",
      "a[1::2]; ",
      "src=:: dst; ",
      "2024-01-15T10:30:00Z; ",
  })
  void findsAddresses(String text, String expected) {
    Found.assertFinds(expected, Found.by(detector, text));
  }
}
