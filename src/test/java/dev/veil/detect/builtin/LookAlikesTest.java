package dev.veil.detect.builtin;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ordinary text of developer prompts that no built-in detector may flag at the default threshold. */
class LookAlikesTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "chatcmpl-9AbCdEf1234567890GhIjKlMnOpQr",
      "call_AB12345678cdEFghIJ4155550132",
      "resp_68a1b2c3d4e5f60718293a4b5c6d7e8f",
      "file-4155550132ABCDEF and asst_4111111111111111",
      "550e8400-e29b-41d4-a716-446655440000",
      "12345678-1234-5678-1234-567812345678",
      "commit 3f786850e387550fdab836ed7e6dc881de23001b",
      "sha256:8f953371d3e85eddb89b05ed6b9e680791055315c73e1025ab5dba7bb2aee189",
      "0x8f953371d3e85eddb89b05ed6b9e680791055315c73e1025ab5dba7bb2aee189",
      "2024-01-15T10:30:00.123Z INFO request done in 412ms",
      "[2024-01-15 10:30:00,123] ERROR at 1717171717",
      "ts=1717171717123 latency_ms=241",
      "version 1.2.3.4 and v10.0.0.1 and 3.11.4",
      "Order #123456789 total $1,234.56 (qty 12)",
      "Invoice 2024-000123, PO 4500012345",
      "Call me at 5 pm on 12/01/2025",
      "Ratio 16:9, port 8080:443, time 12:34:56",
      "std::vector<int> v; a[1::2]; Foo::bar()",
      "max_tokens: 4096, temperature: 0.7, top_p: 1",
      "{\"model\": \"gpt-4o-mini\", \"n\": 1, \"seed\": 1234567890}",
      "The password field must not be empty.",
      "see https://example.com/docs?page=2&sort=asc#top",
      "rgb(255, 255, 255) and #ff00aa",
      "ISBN 978-3-16-148410-0",
      "id=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
      "base64: aGVsbG8gd29ybGQgdGhpcyBpcyBub3QgYSBzZWNyZXQgYXQgYWxs",
      "matrix 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16",
      "lat 48.8566, lon 2.3522, elevation 35.0",
  })
  void ordinaryTextStaysUntouched(String text) {
    Found.assertFinds("", Found.byAll(text));
  }
}
