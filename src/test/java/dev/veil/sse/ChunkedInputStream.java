package dev.veil.sse;

import java.io.IOException;
import java.io.InputStream;

/** Test input that hands out its bytes in fixed-size reads, then optionally fails. */
public final class ChunkedInputStream extends InputStream {

  private final byte[] bytes;
  private final int[] sizes;
  private final boolean failAtEnd;
  private int pos;
  private int read;

  /** Reads of {@code sizes[k]} bytes (the last size repeats). */
  public ChunkedInputStream(byte[] bytes, boolean failAtEnd, int... sizes) {
    this.bytes = bytes;
    this.sizes = sizes.length == 0 ? new int[] {1} : sizes;
    this.failAtEnd = failAtEnd;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (pos >= bytes.length) {
      if (failAtEnd) {
        throw new IOException("connection reset");
      }
      return -1;
    }
    int size = sizes[Math.min(read++, sizes.length - 1)];
    int n = Math.min(Math.min(len, size), bytes.length - pos);
    System.arraycopy(bytes, pos, b, off, n);
    pos += n;
    return n;
  }
}
