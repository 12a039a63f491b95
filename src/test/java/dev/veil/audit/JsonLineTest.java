package dev.veil.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.veil.testing.Gen;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The audit line's JSON is what Jackson would write, byte for byte, whatever the strings hold. */
class JsonLineTest {
  private static final JsonFactory JACKSON = new JsonFactory();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void sameAsJacksonOnAnyStrings() {
    Gen.check("json line", 20261122L, 2000, r -> {
      String name = "k:" + Gen.anyText(r, 12); // never one of the fixed names below
      String value = Gen.anyText(r, 40);
      String inner = Gen.anyText(r, 8);
      long n = r.nextLong();
      double d = Math.round(r.nextDouble() * 1e7) / 100.0;
      String ours = new JsonLine().string(name, value).optional("absent", null).number("n", n)
          .start("ms").number("d", d).number(inner, 0.0).end().bool("b", r.nextBoolean()).string("z", "")
          .toString();
      StringWriter w = new StringWriter();
      try (JsonGenerator g = JACKSON.createGenerator(w)) {
        JsonNode parsed = MAPPER.readTree(ours);
        g.writeStartObject();
        g.writeStringField(name, value);
        g.writeNumberField("n", n);
        g.writeObjectFieldStart("ms");
        g.writeNumberField("d", d);
        g.writeNumberField(inner, 0.0);
        g.writeEndObject();
        g.writeBooleanField("b", parsed.get("b").booleanValue());
        g.writeStringField("z", "");
        g.writeEndObject();
      }
      assertEquals(w.toString(), ours);
      assertEquals(value, MAPPER.readTree(ours).get(name).textValue());
    });
  }

  @Test
  void controlCharsAndQuotesAreEscaped() {
    assertEquals("{\"a\\\"b\":\"x\\n\\r\\t\\b\\f\\u0000\\u001f\\\\\\\"\u2028é\"}",
        new JsonLine().string("a\"b", "x\n\r\t\b\f\u0000\u001f\\\"\u2028é").toString());
  }
}
