package dev.veil.upstream;

import dev.veil.config.UpstreamConfig;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.zip.DataFormatException;
import java.util.zip.ZipException;
import javax.net.ssl.SSLException;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sends prepared requests to the upstream over one shared OkHttp client (one connection pool,
 * HTTP/2 where the upstream offers it over TLS, timeouts from config). Never retries: a POST
 * is sent at most once, and the SDKs' own retry logic sees the upstream's status and headers.
 */
public final class Upstream implements AutoCloseable {
  private final OkHttpClient client;
  private final HttpUrl base;
  private final StallWatch watch;
  private final ExecutorService dnsLookups = Executors.newCachedThreadPool(runnable -> {
    Thread t = new Thread(runnable, "veil-dns");
    t.setDaemon(true);
    return t;
  });

  public Upstream(UpstreamConfig config, ScheduledExecutorService timer) {
    this.base = HttpUrl.get(config.url());
    this.watch = new StallWatch(config.headersTimeout(), config.readTimeout(), config.writeTimeout(), timer);
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(Integer.MAX_VALUE);
    dispatcher.setMaxRequestsPerHost(Integer.MAX_VALUE);
    this.client =
        new OkHttpClient.Builder()
            .dispatcher(dispatcher)
            .dns(new BoundedDns(Dns.SYSTEM, config.connectTimeout(), dnsLookups))
            .connectionPool(
                new ConnectionPool(
                    config.maxIdleConnections(), config.keepAlive().toMillis(), TimeUnit.MILLISECONDS))
            .connectTimeout(config.connectTimeout())
            // Read and write timeouts are the StallWatch's: OkHttp's own cost a lock per socket read.
            .readTimeout(Duration.ZERO)
            .writeTimeout(Duration.ZERO)
            .retryOnConnectionFailure(false)
            .followRedirects(false)
            .followSslRedirects(false)
            .build();
  }

  /** The upstream URL for a path that starts with {@code /v1/} and an optional raw query. */
  public HttpUrl url(String path, String rawQuery) {
    HttpUrl.Builder b = base.newBuilder();
    String basePath = base.encodedPath();
    String joined = (basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath) + path;
    b.encodedPath(joined);
    b.encodedQuery(rawQuery == null || rawQuery.isEmpty() ? null : rawQuery);
    return b.build();
  }

  /**
   * Sends {@code request} and waits for the response headers, at most {@code headers_timeout}.
   * The caller owns the returned exchange and must close it.
   */
  public Exchange send(Request request) throws UpstreamException {
    StallWatch.Watched watched = watch.watch();
    Call call = client.newCall(request.body() == null ? request : request.newBuilder()
        .method(request.method(), new WatchedRequestBody(request.body(), watched)).build());
    watched.start(call);
    Response response;
    try {
      response = call.execute();
    } catch (IOException e) {
      watched.done();
      throw new UpstreamException(watched.timedOut() ? UpstreamException.Kind.TIMEOUT : classify(e));
    }
    watched.headersArrived();
    if (watched.timedOut()) {
      watched.done();
      response.close();
      throw new UpstreamException(UpstreamException.Kind.TIMEOUT);
    }
    return new Exchange(call, response, watched);
  }

  /** Maps a library exception to a kind without looking at its message. */
  public static UpstreamException.Kind classify(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UnknownHostException) {
        return UpstreamException.Kind.DNS;
      }
      if (t instanceof SSLException || t instanceof java.security.cert.CertificateException) {
        return UpstreamException.Kind.TLS;
      }
      if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
        return UpstreamException.Kind.CONNECT_REFUSED;
      }
      if (t instanceof SocketTimeoutException) {
        return UpstreamException.Kind.TIMEOUT;
      }
      if (t instanceof ZipException || t instanceof DataFormatException) {
        return UpstreamException.Kind.BAD_RESPONSE; // a body that does not decode
      }
    }
    if (e instanceof InterruptedIOException) {
      return UpstreamException.Kind.CANCELED;
    }
    String name = e.getClass().getSimpleName();
    if (name.contains("Protocol") || name.contains("Stream")) {
      return UpstreamException.Kind.BAD_RESPONSE;
    }
    return UpstreamException.Kind.RESET;
  }

  @Override
  public void close() {
    watch.close();
    dnsLookups.shutdownNow();
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
