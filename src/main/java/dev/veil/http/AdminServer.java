package dev.veil.http;

import dev.veil.config.AdminConfig;
import io.javalin.Javalin;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;

/** The admin listener: {@code /metrics} (Prometheus text), {@code /healthz}, {@code /readyz}. Loopback by default. */
public final class AdminServer implements AutoCloseable {
  private final Javalin app;
  private ServerConnector connector;

  public AdminServer(AdminConfig config, BooleanSupplier ready, Supplier<String> metrics) {
    this.app =
        Javalin.create(
            cfg -> {
              cfg.startup.showJavalinBanner = false;
              cfg.startup.showOldJavalinVersionWarning = false;
              cfg.jetty.addConnector(
                  (server, hc) -> {
                    connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(hc));
                    connector.setHost(config.host());
                    connector.setPort(config.port());
                    return connector;
                  });
              cfg.routes.get("/healthz", ctx -> PublicServer.json(ctx, 200, "{\"status\":\"ok\"}"));
              cfg.routes.get("/readyz", ctx -> {
                if (ready.getAsBoolean()) {
                  PublicServer.json(ctx, 200, "{\"status\":\"ready\"}");
                } else {
                  PublicServer.json(ctx, 503, "{\"status\":\"not_ready\"}");
                }
              });
              cfg.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.get()));
              cfg.routes.error(404, ctx -> PublicServer.error(ctx, OpenAiError.notFound()));
              cfg.routes.exception(Exception.class, (e, ctx) -> PublicServer.error(ctx, OpenAiError.internal()));
            });
  }

  public AdminServer start() {
    app.start();
    return this;
  }

  public int port() {
    return connector.getLocalPort();
  }

  @Override
  public void close() {
    app.stop();
  }
}
