package dev.veil.http;

import dev.veil.audit.ExchangeListener;
import dev.veil.audit.ExchangeRecord;
import dev.veil.audit.ExchangeRecord.Outcome;
import dev.veil.redact.Vault;
import dev.veil.sse.TruncatedStreamException;
import dev.veil.upstream.Exchange;
import dev.veil.upstream.Upstream;
import dev.veil.upstream.UpstreamException;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Enumeration;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Forwards one {@code /v1/*} request. The steps, in order:
 *
 * <ol>
 *   <li>admit (concurrency limit, draining) and authenticate (managed-key mode);
 *   <li>read the body within the limit and check its media type;
 *   <li>redact it (fail closed: anything unparsable or unscannable is refused here);
 *   <li>send it upstream with allow-listed headers and the right key;
 *   <li>relay the answer: streamed event by event, or whole, restoring placeholders;
 *   <li>hand the exchange record to the audit sink.
 * </ol>
 *
 * Every refusal or fault reaches the client as an OpenAI-shaped error; nothing is half-sent
 * upstream, because the upstream call starts only once the whole body is redacted.
 */
public final class ProxyHandler implements Handler {
  private static final int MAX_ANSWER_BYTES = 256 * 1024 * 1024;
  private static final int GZIP_MIN_BYTES = 1024;
  /** Parsed once: OkHttp parses a media type string with a regex on every call. */
  private static final MediaType JSON = MediaType.get("application/json");

  private final Supplier<ActiveConfig> active;
  private final Upstream upstream;
  private final AnswerRestoration restoration;
  private final Gate gate;
  private final ExchangeListener listener;

  public ProxyHandler(
      Supplier<ActiveConfig> active,
      Upstream upstream,
      AnswerRestoration restoration,
      Gate gate,
      ExchangeListener listener) {
    this.active = active;
    this.upstream = upstream;
    this.restoration = restoration;
    this.gate = gate;
    this.listener = listener;
  }

  @Override
  public void handle(Context ctx) {
    HttpServletRequest req = ctx.req();
    HttpServletResponse res = ctx.res();
    ExchangeRecord record = listener.begin();
    ActiveConfig config = active.get();
    ProxySettings settings = config.settings();
    record.method = req.getMethod();
    record.route = RouteNames.of(req.getRequestURI());
    record.clientIpHash = settings.clientIpHash(req.getRemoteAddr());
    if (!gate.enter()) {
      OpenAiError error = gate.draining() ? OpenAiError.draining() : OpenAiError.overloaded();
      res.setHeader("retry-after", "1");
      fail(req, res, record, error, Outcome.REJECTED);
      listener.end(record);
      return;
    }
    Vault vault = new Vault();
    try {
      exchange(config, req, res, record, vault);
    } catch (Rejection r) {
      fail(req, res, record, r.error(), r.error().code() != null && r.error().code().startsWith("blocked")
          ? Outcome.BLOCKED : Outcome.REJECTED);
    } catch (RuntimeException e) {
      fail(req, res, record, OpenAiError.internal(), Outcome.REJECTED);
      record.errorCode = "internal:" + e.getClass().getSimpleName();
    } finally {
      vault.clear();
      gate.leave();
      record.endNanos = System.nanoTime();
      listener.end(record);
    }
  }

  private void exchange(ActiveConfig config, HttpServletRequest req, HttpServletResponse res, ExchangeRecord record,
      Vault vault) throws Rejection {
    ProxySettings settings = config.settings();
    String bearer = bearer(req.getHeader("Authorization"));
    String upstreamAuth = settings.authorize(bearer, record);
    String path = req.getRequestURI();
    String route = path.substring(3); // after "/v1"

    byte[] body = null;
    String contentType = req.getContentType();
    if (hasBody(req)) {
      try {
        body = RequestBodies.read(
            req.getInputStream(), req.getContentLengthLong(), req.getHeader("Content-Encoding"),
            settings.maxBodyBytes());
      } catch (RequestBodies.ClientReadException e) {
        throw new Rejection(OpenAiError.invalidRequest(408, "request_timeout", "The request body did not arrive in time."));
      } catch (IOException e) {
        throw new Rejection(OpenAiError.invalidRequest(400, "unreadable_body", "The request body could not be read."));
      }
      record.bytesIn = body.length;
    }
    MediaType forwardType = null;
    if (body != null && body.length > 0) {
      if (contentType == null || !isJson(contentType)) {
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
          throw new Rejection(OpenAiError.invalidRequest(
              415, "blocked_media", "File and audio uploads cannot be scanned; Veil's policy blocks them."));
        }
        throw new Rejection(OpenAiError.invalidRequest(
            415, "unsupported_media_type", "Send the request body as application/json."));
      }
      body = config.redaction().redact(route, body, vault, record);
      forwardType = JSON;
    }

    Request.Builder out = new Request.Builder().url(upstream.url(path, req.getQueryString()));
    copyRequestHeaders(req, out);
    if (upstreamAuth != null) {
      out.header("Authorization", upstreamAuth);
    }
    String method = req.getMethod();
    RequestBody upstreamBody = null;
    if (body != null) {
      upstreamBody = RequestBody.create(body, forwardType);
    } else if (requiresBody(method)) {
      upstreamBody = RequestBody.create(new byte[0], null);
    }
    out.method(method, upstreamBody);

    record.upstreamStartNanos = System.nanoTime();
    try (Exchange answer = upstream.send(out.build())) {
      record.upstreamHeadersNanos = System.nanoTime();
      record.status = answer.status();
      record.upstreamRequestId = answer.headers().get("x-request-id");
      res.setStatus(answer.status());
      copyResponseHeaders(answer, res, record, settings.redactionHeader());
      if (answer.isEventStream()) {
        record.stream = true;
        relayStream(route, answer, res, record, vault);
      } else if (isJson(answer.contentType())) {
        relayJson(route, req, answer, res, record, vault);
      } else {
        relayBytes(answer, res, record);
      }
    } catch (UpstreamException e) {
      record.errorCode = e.kind().label;
      OpenAiError error = e.kind() == UpstreamException.Kind.TIMEOUT
          ? OpenAiError.gatewayTimeout("The upstream did not answer in time.")
          : OpenAiError.badGateway("upstream_" + e.kind().label, "The upstream could not be reached.");
      fail(req, res, record, error, Outcome.UPSTREAM_ERROR);
    }
  }

  private void relayStream(String route, Exchange answer, HttpServletResponse res, ExchangeRecord record, Vault vault) {
    res.setHeader("Cache-Control", "no-cache");
    res.setHeader("X-Accel-Buffering", "no");
    CountingOutput client;
    try {
      client = new CountingOutput(res.getOutputStream(), record);
    } catch (IOException e) {
      answer.cancel();
      record.outcome = Outcome.CLIENT_GONE;
      return;
    }
    listener.streamStarted(record);
    try {
      restoration.relayStream(route, new UpstreamInput(answer.body()), client, vault, record);
      client.flush();
    } catch (AnswerRestoration.UpstreamReadException | TruncatedStreamException e) {
      record.outcome = Outcome.UPSTREAM_ERROR;
      UpstreamException.Kind kind = e instanceof TruncatedStreamException
          ? UpstreamException.Kind.BAD_RESPONSE
          : Upstream.classify((IOException) e.getCause());
      record.errorCode = kind.label;
      OpenAiError error = kind == UpstreamException.Kind.TIMEOUT
          ? OpenAiError.gatewayTimeout("The upstream stalled mid-stream.")
          : OpenAiError.badGateway("upstream_" + kind.label, "The upstream broke off the stream.");
      try {
        client.write(error.sseEvent());
        client.flush();
      } catch (IOException gone) {
        record.outcome = Outcome.CLIENT_GONE;
      }
    } catch (IOException e) {
      answer.cancel();
      record.outcome = Outcome.CLIENT_GONE;
    } finally {
      listener.streamEnded(record);
    }
  }

  private void relayJson(String route, HttpServletRequest req, Exchange answer, HttpServletResponse res,
      ExchangeRecord record, Vault vault) throws UpstreamException {
    byte[] body;
    try {
      body = readAnswer(answer.body());
    } catch (IOException e) {
      throw new UpstreamException(Upstream.classify(e));
    }
    body = restoration.restoreBody(route, body, vault, record);
    writeWhole(req, res, record, body);
  }

  private void relayBytes(Exchange answer, HttpServletResponse res, ExchangeRecord record) throws UpstreamException {
    try (InputStream in = answer.body()) {
      OutputStream out = res.getOutputStream();
      byte[] buf = new byte[16384];
      int n;
      while (true) {
        try {
          n = in.read(buf);
        } catch (IOException e) {
          if (!res.isCommitted()) {
            throw new UpstreamException(Upstream.classify(e));
          }
          record.outcome = Outcome.UPSTREAM_ERROR;
          return;
        }
        if (n < 0) {
          break;
        }
        if (record.firstByteNanos == 0) {
          record.firstByteNanos = System.nanoTime();
        }
        out.write(buf, 0, n);
        record.bytesOut += n;
      }
    } catch (IOException e) {
      answer.cancel();
      record.outcome = Outcome.CLIENT_GONE;
    }
  }

  private static byte[] readAnswer(InputStream in) throws IOException {
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
      byte[] buf = new byte[16384];
      int n;
      while ((n = in.read(buf)) >= 0) {
        out.write(buf, 0, n);
        if (out.size() > MAX_ANSWER_BYTES) {
          throw new java.net.ProtocolException("answer too large");
        }
      }
      return out.toByteArray();
    }
  }

  private void writeWhole(HttpServletRequest req, HttpServletResponse res, ExchangeRecord record, byte[] body) {
    byte[] out = body;
    if (body.length >= GZIP_MIN_BYTES && acceptsGzip(req.getHeader("Accept-Encoding"))) {
      out = gzip(body);
      res.setHeader("Content-Encoding", "gzip");
      res.addHeader("Vary", "Accept-Encoding");
    }
    res.setContentLength(out.length);
    try {
      record.firstByteNanos = System.nanoTime();
      res.getOutputStream().write(out);
      record.bytesOut = out.length;
    } catch (IOException e) {
      record.outcome = Outcome.CLIENT_GONE;
    }
  }

  private static boolean hasBody(HttpServletRequest req) {
    return req.getContentLengthLong() > 0 || req.getHeader("Transfer-Encoding") != null;
  }

  private void fail(HttpServletRequest req, HttpServletResponse res, ExchangeRecord record, OpenAiError error,
      Outcome outcome) {
    record.status = error.status();
    record.outcome = outcome;
    if (record.errorCode == null) {
      record.errorCode = error.code();
    }
    if (res.isCommitted()) {
      return;
    }
    res.resetBuffer();
    res.setStatus(error.status());
    if (record.bytesIn == 0 && hasBody(req) || error.status() == 413 || error.status() == 408) {
      res.setHeader("Connection", "close"); // the body (or its rest) is unread: this connection cannot be reused
    }
    res.setContentType("application/json");
    byte[] body = error.body();
    res.setContentLength(body.length);
    try {
      res.getOutputStream().write(body);
      record.bytesOut = body.length;
    } catch (IOException e) {
      record.outcome = Outcome.CLIENT_GONE;
    }
  }

  private static void copyRequestHeaders(HttpServletRequest req, Request.Builder out) {
    Enumeration<String> names = req.getHeaderNames();
    while (names.hasMoreElements()) {
      String name = names.nextElement();
      if (!HeaderPolicy.forwardRequest(name)) {
        continue;
      }
      if (name.equalsIgnoreCase("content-type")) {
        continue; // set from the forwarded body
      }
      Enumeration<String> values = req.getHeaders(name);
      while (values.hasMoreElements()) {
        out.addHeader(name, values.nextElement());
      }
    }
  }

  private static void copyResponseHeaders(Exchange answer, HttpServletResponse res, ExchangeRecord record,
      boolean redactionHeader) {
    okhttp3.Headers headers = answer.headers();
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      if (name.equalsIgnoreCase("content-type")) {
        res.setContentType(headers.value(i)); // replaces Javalin's default text/plain; added, both would be sent
      } else if (HeaderPolicy.forwardResponse(name)) {
        res.addHeader(name, headers.value(i));
      }
    }
    res.setHeader("x-veil-request-id", record.requestId);
    if (redactionHeader && !record.redactionsByEntity.isEmpty()) {
      StringBuilder sb = new StringBuilder();
      record.redactionsByEntity.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ",").append(k).append('=').append(v));
      res.setHeader("x-veil-redactions", sb.toString());
    }
  }

  private static boolean requiresBody(String method) {
    return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
  }

  static boolean isJson(String contentType) {
    String ct = contentType.toLowerCase(Locale.ROOT);
    int semi = ct.indexOf(';');
    String type = (semi < 0 ? ct : ct.substring(0, semi)).trim();
    return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"));
  }

  private static boolean acceptsGzip(String acceptEncoding) {
    return acceptEncoding != null && acceptEncoding.toLowerCase(Locale.ROOT).contains("gzip");
  }

  private static byte[] gzip(byte[] body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length / 4 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes, 8192)) {
      gz.write(body);
    } catch (IOException e) {
      throw new IllegalStateException("in-memory gzip failed", e);
    }
    return bytes.toByteArray();
  }

  private static String bearer(String authorization) {
    if (authorization == null) {
      return null;
    }
    String a = authorization.trim();
    return a.regionMatches(true, 0, "Bearer ", 0, 7) ? a.substring(7).trim() : null;
  }

  /** Turns upstream read failures into {@link AnswerRestoration.UpstreamReadException}. */
  private static final class UpstreamInput extends InputStream {
    private final InputStream in;

    UpstreamInput(InputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      try {
        return in.read();
      } catch (IOException e) {
        throw new AnswerRestoration.UpstreamReadException(e);
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return in.read(b, off, len);
      } catch (IOException e) {
        throw new AnswerRestoration.UpstreamReadException(e);
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** Counts bytes to the client and stamps the first one. */
  private static final class CountingOutput extends OutputStream {
    private final OutputStream out;
    private final ExchangeRecord record;

    CountingOutput(OutputStream out, ExchangeRecord record) {
      this.out = out;
      this.record = record;
    }

    @Override
    public void write(int b) throws IOException {
      stamp();
      out.write(b);
      record.bytesOut++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      stamp();
      out.write(b, off, len);
      record.bytesOut += len;
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    private void stamp() {
      if (record.firstByteNanos == 0) {
        record.firstByteNanos = System.nanoTime();
      }
    }
  }
}
