package dev.veil;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.veil.audit.ExchangeRecord;
import dev.veil.http.BodyRedaction;
import dev.veil.http.OpenAiError;
import dev.veil.http.Rejection;
import dev.veil.redact.Vault;
import java.io.IOException;

/** Until the redaction pipeline lands: checks the body is a JSON object. */
final class InterimPipeline implements BodyRedaction {
  private static final JsonFactory JSON = new JsonFactory();

  @Override
  public byte[] redact(String route, byte[] body, Vault vault, ExchangeRecord record) throws Rejection {
    try (JsonParser p = JSON.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new Rejection(OpenAiError.invalidRequest(400, "not_an_object", "The request body must be a JSON object."));
      }
      int depth = 1;
      while (depth > 0) {
        JsonToken t = p.nextToken();
        if (t == null) {
          throw new IOException("truncated");
        }
        if (t.isStructStart()) {
          depth++;
        } else if (t.isStructEnd()) {
          depth--;
        } else if (depth == 1 && t == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          JsonToken v = p.nextToken();
          if (v.isStructStart()) {
            depth++;
          } else if (name.equals("model") && v == JsonToken.VALUE_STRING) {
            record.model = p.getText();
          } else if (name.equals("stream")) {
            record.stream = v == JsonToken.VALUE_TRUE;
          }
        }
      }
      if (p.nextToken() != null) {
        throw new IOException("trailing");
      }
    } catch (IOException e) {
      throw new Rejection(OpenAiError.invalidRequest(400, "invalid_json", "The request body is not valid JSON."));
    }
    return body;
  }

}
