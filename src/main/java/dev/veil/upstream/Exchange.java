package dev.veil.upstream;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.util.zip.ZipException;
import okhttp3.Call;
import okhttp3.Response;

/**
 * One upstream answer whose headers have arrived. The body is read by the caller; {@link #close()}
 * releases the connection, {@link #cancel()} aborts the call from any thread (e.g. when the client
 * went away mid-stream).
 */
public final class Exchange implements AutoCloseable {
  private final Call call;
  private final Response response;
  private final StallWatch.Watched watched;

  Exchange(Call call, Response response, StallWatch.Watched watched) {
    this.call = call;
    this.response = response;
    this.watched = watched;
  }

  public int status() {
    return response.code();
  }

  public okhttp3.Headers headers() {
    return response.headers();
  }

  /** The content type the upstream declared, or empty. */
  public String contentType() {
    String ct = response.header("Content-Type");
    return ct == null ? "" : ct;
  }

  public boolean isEventStream() {
    return contentType().regionMatches(true, 0, "text/event-stream", 0, 17);
  }

  /**
   * The decoded body (OkHttp undoes the upstream's gzip). A gzip body that does not decode fails
   * with a {@link ZipException}, which {@link Upstream#classify} reports as a bad response; a
   * read that waits longer than {@code read_timeout} fails with a {@link SocketTimeoutException}.
   */
  public InputStream body() {
    InputStream in = response.body().byteStream();
    Response network = response.networkResponse();
    boolean unzipped = network != null && "gzip".equalsIgnoreCase(network.header("Content-Encoding"))
        && response.header("Content-Encoding") == null;
    return new Timed(unzipped ? new Gunzipped(in, call) : in, watched);
  }

  public void cancel() {
    call.cancel();
  }

  @Override
  public void close() {
    watched.done();
    response.close();
  }

  /** Each read under the read deadline; a read the {@link StallWatch} cut off says it timed out. */
  private static final class Timed extends FilterInputStream {
    private final StallWatch.Watched watched;

    Timed(InputStream in, StallWatch.Watched watched) {
      super(in);
      this.watched = watched;
    }

    @Override
    public int read() throws IOException {
      watched.beginRead();
      try {
        return super.read();
      } catch (IOException e) {
        throw timedOut(e);
      } finally {
        watched.endIo();
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      watched.beginRead();
      try {
        return super.read(b, off, len);
      } catch (IOException e) {
        throw timedOut(e);
      } finally {
        watched.endIo();
      }
    }

    @Override
    public long skip(long n) throws IOException {
      watched.beginRead();
      try {
        return super.skip(n);
      } catch (IOException e) {
        throw timedOut(e);
      } finally {
        watched.endIo();
      }
    }

    private IOException timedOut(IOException e) {
      if (!watched.timedOut()) {
        return e;
      }
      SocketTimeoutException t = new SocketTimeoutException("upstream read timed out");
      t.initCause(e);
      return t;
    }
  }

  /**
   * Okio reports a gzip stream it cannot decode as a bare {@link IOException} (bad magic, bad
   * CRC, a deflate error as its cause); socket failures, truncation and timeouts have their own
   * subclasses and a cancelled call says so. Only the bare kind becomes a {@link ZipException}.
   */
  private static final class Gunzipped extends FilterInputStream {
    private final Call call;

    Gunzipped(InputStream in, Call call) {
      super(in);
      this.call = call;
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (IOException e) {
        throw corrupt(e);
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return super.read(b, off, len);
      } catch (IOException e) {
        throw corrupt(e);
      }
    }

    private IOException corrupt(IOException e) {
      if (e.getClass() != IOException.class || call.isCanceled()) {
        return e;
      }
      ZipException z = new ZipException("the upstream's gzip body does not decode");
      z.initCause(e);
      return z;
    }
  }
}
