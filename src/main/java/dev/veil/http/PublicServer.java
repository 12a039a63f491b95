package dev.veil.http;

import dev.veil.config.ServerConfig;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
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
              cfg.jetty.addConnector(
                  (server, httpConfig) -> {
                    HttpConfiguration hc = new HttpConfiguration(httpConfig);
                    hc.setRequestHeaderSize(config.maxHeaderBytes());
                    hc.setSendServerVersion(false);
                    hc.setSendXPoweredBy(false);
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

  /** Makes the public connector: plain HTTP, or TLS when configured. */
  public interface TlsConnectors {
    ServerConnector connector(org.eclipse.jetty.server.Server server, HttpConfiguration hc, ServerConfig config);

    /** Plain HTTP/1.1. */
    static TlsConnectors plain() {
      return (server, hc, config) -> new ServerConnector(server, new HttpConnectionFactory(hc));
    }
  }
}
