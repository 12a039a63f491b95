package dev.veil.http;

import dev.veil.config.ServerConfig;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The public listener: {@code /v1/*} (every method) to the proxy, {@code /healthz} and
 * {@code /readyz}; anything else 404 in OpenAI's error shape. Requests run on virtual threads on
 * Java 21+, on a bounded pool before that.
 */
public final class PublicServer implements AutoCloseable {
  private static final List<HandlerType> METHODS =
      List.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE,
          HandlerType.HEAD, HandlerType.OPTIONS);

  private final Javalin app;
  private ServerConnector connector;

  public PublicServer(ServerConfig config, ProxyHandler proxy, BooleanSupplier ready, TlsConnectors tls) {
    boolean virtual = Runtime.version().feature() >= 21;
    this.app =
        Javalin.create(
            cfg -> {
              cfg.startup.showJavalinBanner = false;
              cfg.startup.showOldJavalinVersionWarning = false;
              cfg.http.generateEtags = false;
              cfg.http.compressionStrategy = CompressionStrategy.NONE;
              cfg.concurrency.useVirtualThreads = virtual;
              if (!virtual) {
                QueuedThreadPool pool = new QueuedThreadPool(config.maxThreads(), Math.min(8, config.maxThreads()));
                pool.setName("veil-http");
                // after a burst of streams, give idle threads back within seconds, many at a time
                // (Jetty's default lets one go per minute)
                pool.setIdleTimeout(10_000);
                pool.setMaxEvictCount(Math.max(1, config.maxThreads() / 4));
                cfg.jetty.threadPool = pool;
              }
              cfg.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrors()));
              cfg.jetty.addConnector(
                  (server, httpConfig) -> {
                    HttpConfiguration hc = new HttpConfiguration(httpConfig);
                    hc.setRequestHeaderSize(config.maxHeaderBytes());
                    hc.setSendServerVersion(false);
                    hc.setSendXPoweredBy(false);
                    // Jetty's per-connection cache of header lines costs a trie walk over every
                    // header line of every request (~3% of the forwarding CPU) to save a few
                    // small strings; the few headers an API client sends are cheaper parsed.
                    hc.setHeaderCacheSize(0);
                    connector = tls.connector(server, hc, config);
                    connector.setHost(config.host());
                    connector.setPort(config.port());
                    connector.setIdleTimeout(config.idleTimeout().toMillis());
                    return connector;
                  });
              for (HandlerType method : METHODS) {
                cfg.routes.addHttpHandler(method, "/v1/*", proxy);
              }
              cfg.routes.get("/healthz", ctx -> json(ctx, 200, "{\"status\":\"ok\"}"));
              cfg.routes.get("/readyz", ctx -> {
                if (ready.getAsBoolean()) {
                  json(ctx, 200, "{\"status\":\"ready\"}");
                } else {
                  json(ctx, 503, "{\"status\":\"not_ready\"}");
                }
              });
              // only for paths no route took: a proxied answer keeps the upstream's own 404 body
              cfg.routes.error(404, ctx -> {
                if (!ctx.path().startsWith("/v1/")) {
                  error(ctx, OpenAiError.notFound());
                }
              });
              cfg.routes.error(405, ctx -> {
                if (!ctx.path().startsWith("/v1/")) {
                  error(ctx, OpenAiError.notFound());
                }
              });
              cfg.routes.exception(Exception.class, (e, ctx) -> error(ctx, OpenAiError.internal()));
            });
  }

  public PublicServer start() {
    app.start();
    return this;
  }

  /** The bound port (useful with port 0). */
  public int port() {
    return connector.getLocalPort();
  }

  /** Stops accepting new connections; connections already open are served on. */
  public void stopAccepting() {
    if (connector != null) {
      connector.setAccepting(false);
    }
  }

  @Override
  public void close() {
    app.stop();
  }

  static void json(Context ctx, int status, String body) {
    ctx.status(status).contentType("application/json").result(body);
  }

  static void error(Context ctx, OpenAiError error) {
    ctx.status(error.status()).contentType("application/json").result(error.body());
  }

  /**
   * Jetty's own answers, to requests it refuses before Veil sees them (headers past
   * {@code max_header_bytes}, HTTP it cannot parse), in OpenAI's error shape with fixed texts:
   * Jetty's reason phrases are not passed on, as they can describe the request.
   */
  static final class JsonErrors extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
        Callback callback) {
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
      response.write(true, ByteBuffer.wrap(errorFor(code).body()), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
      fields.put(HttpHeader.CONTENT_TYPE, "application/json");
      return ByteBuffer.wrap(errorFor(status).body());
    }

    static OpenAiError errorFor(int status) {
      return switch (status) {
        case 431 -> OpenAiError.invalidRequest(
            431, "request_header_fields_too_large", "The request headers are larger than Veil's limit.");
        case 414 -> OpenAiError.invalidRequest(414, "uri_too_long", "The request URI is longer than Veil's limit.");
        case 413 -> OpenAiError.invalidRequest(413, "request_too_large", "The request body is larger than Veil's limit.");
        case 408 -> OpenAiError.invalidRequest(408, "request_timeout", "The request did not arrive in time.");
        default -> status >= 500
            ? new OpenAiError(status, "server_error", "veil_internal_error", "Veil could not process the request.", null)
            : OpenAiError.invalidRequest(status, "invalid_http_request", "The request is not valid HTTP/1.1.");
      };
    }
  }

  /** Makes the public connector: plain HTTP, or TLS when configured. */
  public interface TlsConnectors {
    ServerConnector connector(org.eclipse.jetty.server.Server server, HttpConfiguration hc, ServerConfig config);

  }
}
