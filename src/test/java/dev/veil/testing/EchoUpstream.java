package dev.veil.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real upstream that answers with the placeholders it received: it parses each request body
 * as JSON, collects the {@code <ENTITY_suffix>} tokens in its strings (in order of first
 * appearance) and hands them to the current {@link Reply}, which writes the answer. Every
 * request body is recorded as received, so a test can check what the upstream saw.
 */
public final class EchoUpstream implements AutoCloseable {

  /** Writes the answer to one request from the tokens found in it. */
  @FunctionalInterface
  public interface Reply {
    void answer(List<String> tokens, JsonNode request, Wire out) throws Exception;
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TOKEN = Pattern.compile("<[A-Z][A-Z0-9_]*_[0-9a-z]+>");

  private final SocketUpstream socket;
  private final List<String> received = new CopyOnWriteArrayList<>();
  private volatile Reply reply = (tokens, request, out) -> out.json("{}");
  private volatile int segment;

  public EchoUpstream() throws IOException {
    socket = new SocketUpstream((head, body, out) -> {
      String text = new String(body, StandardCharsets.UTF_8);
      received.add(text);
      JsonNode request = JSON.readTree(text);
      reply.answer(tokens(request), request, new Wire(out, segment));
    });
  }

  /** Answers the following requests with {@code next}, writing {@code segmentBytes} per write (0: whole). */
  public EchoUpstream reply(int segmentBytes, Reply next) {
    this.segment = segmentBytes;
    this.reply = next;
    return this;
  }

  public String url() {
    return socket.url();
  }

  /** Every request body received so far, as text. */
  public List<String> received() {
    return List.copyOf(received);
  }

  /** The body of the latest request. */
  public String lastRequest() {
    if (received.isEmpty()) {
      throw new IllegalStateException("no request received");
    }
    return received.get(received.size() - 1);
  }

  /** The distinct placeholder tokens in the strings of {@code node}, in order of first appearance. */
  public static List<String> tokens(JsonNode node) {
    Set<String> found = new LinkedHashSet<>();
    collect(node, found);
    return new ArrayList<>(found);
  }

  private static void collect(JsonNode node, Set<String> found) {
    if (node.isTextual()) {
      Matcher m = TOKEN.matcher(node.textValue());
      while (m.find()) {
        found.add(m.group());
      }
    }
    for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
      collect(it.next(), found);
    }
  }

  /** The token of {@code entity} among {@code tokens}; fails when there is none. */
  public static String tokenOf(List<String> tokens, String entity) {
    for (String t : tokens) {
      if (t.startsWith("<" + entity + "_")) {
        return t;
      }
    }
    throw new AssertionError("the upstream received no " + entity + " placeholder; it got " + tokens);
  }

  /** {@code text} cut into pieces of {@code size} chars (never splitting a surrogate pair). */
  public static List<String> pieces(String text, int size) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int end = Math.min(text.length(), i + size);
      if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
        end++;
      }
      out.add(text.substring(i, end));
      i = end;
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
