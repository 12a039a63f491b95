package dev.veil.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A whole answer from Veil, fetched within a bound, with the checks the fault and limit tests
 * share: OpenAI's error shape, and the SSE events of a streamed answer.
 *
 * @param status HTTP status
 * @param contentType the content type, or empty
 * @param body the body as text
 */
public record Answer(int status, String contentType, String body) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Sends {@code request} and waits for the whole answer, body included, at most {@code bound};
   * a longer wait fails the test as a hang (the request is then cancelled).
   */
  public static Answer send(HttpClient http, HttpRequest request, Duration bound) {
    var future = http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    try {
      HttpResponse<String> r = future.get(bound.toMillis(), TimeUnit.MILLISECONDS);
      return new Answer(r.statusCode(), r.headers().firstValue("content-type").orElse(""), r.body());
    } catch (TimeoutException e) {
      future.cancel(true);
      return fail("no whole answer within " + bound + ": Veil hung");
    } catch (ExecutionException e) {
      return fail("the request failed: " + e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail("interrupted");
    }
  }

  /**
   * As {@link #send}, reading the body line by line and handing each line to {@code onLine} as
   * it arrives (for scripts that wait until the client saw an event). Lines are joined with
   * {@code \n}, so the body's own line ends are normalised.
   */
  public static Answer stream(HttpClient http, HttpRequest request, Duration bound, java.util.function.Consumer<String> onLine) {
    java.util.concurrent.CompletableFuture<Answer> future = http.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
        .thenApplyAsync(r -> {
          StringBuilder sb = new StringBuilder();
          r.body().forEach(line -> {
            onLine.accept(line);
            sb.append(line).append('\n');
          });
          return new Answer(r.statusCode(), r.headers().firstValue("content-type").orElse(""), sb.toString());
        });
    try {
      return future.get(bound.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      return fail("no whole answer within " + bound + ": Veil hung");
    } catch (ExecutionException e) {
      return fail("the request failed: " + e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail("interrupted");
    }
  }

  /** Checks the answer is {@code {"error":{message,type,param,code}}} with {@code status}; returns the code. */
  public String errorCode(int expectedStatus) {
    assertEquals(expectedStatus, status, body);
    assertTrue(contentType.startsWith("application/json"), "content type " + contentType);
    return errorObject(body).get("code").asText();
  }

  /** Parses an OpenAI error body and checks its four fields. */
  public static JsonNode errorObject(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + json, e);
    }
    JsonNode e = root.get("error");
    assertTrue(e != null && e.isObject(), json);
    assertTrue(e.get("message").isTextual(), json);
    assertTrue(e.get("type").isTextual(), json);
    assertTrue(e.has("param"), json);
    assertTrue(e.get("code").isTextual(), json);
    return e;
  }

  /**
   * The events of a streamed answer, after checking it is well-formed: every event ends with a
   * blank line, so nothing is left half-written.
   */
  public java.util.List<SseEvent> events() {
    assertTrue(contentType.startsWith("text/event-stream"), "content type " + contentType);
    String text = body.replace("\r\n", "\n");
    assertTrue(text.isEmpty() || text.endsWith("\n\n"), "the stream ends mid-event: " + tail(text));
    java.util.List<SseEvent> out = new java.util.ArrayList<>();
    for (String block : text.split("\n\n")) {
      if (block.isBlank()) {
        continue;
      }
      String event = null;
      StringBuilder data = null;
      for (String line : block.split("\n")) {
        if (line.startsWith("event:")) {
          event = line.substring(6).trim();
        } else if (line.startsWith("data:")) {
          String d = line.substring(5);
          d = d.startsWith(" ") ? d.substring(1) : d;
          data = data == null ? new StringBuilder(d) : data.append('\n').append(d);
        }
      }
      out.add(new SseEvent(event, data == null ? null : data.toString()));
    }
    return out;
  }

  /** The error code of a stream's last event, after checking it is {@code event: error} with an OpenAI error. */
  public String streamErrorCode() {
    java.util.List<SseEvent> events = events();
    assertTrue(!events.isEmpty(), "an empty stream");
    SseEvent last = events.get(events.size() - 1);
    assertEquals("error", last.event(), "last event " + last);
    return errorObject(last.data()).get("code").asText();
  }

  private static String tail(String s) {
    return s.length() <= 80 ? s : s.substring(s.length() - 80);
  }

  /** One SSE event: its {@code event:} name (or null) and its data lines joined (or null). */
  public record SseEvent(String event, String data) {}
}
