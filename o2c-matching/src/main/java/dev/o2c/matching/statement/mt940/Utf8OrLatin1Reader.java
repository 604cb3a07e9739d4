package dev.o2c.matching.statement.mt940;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Decodes bytes as UTF-8 where they form valid UTF-8 and as ISO-8859-1 where they do not, byte by
 * byte. MT940 files arrive in both encodings (German banks still send Latin-1 umlauts), often without
 * saying which; this way neither kind of file loses characters and decoding never fails.
 */
final class Utf8OrLatin1Reader extends Reader {
  private final InputStream in;
  private final byte[] buf = new byte[1 << 14];
  private int pos;
  private int limit;
  private int pendingLow = -1;

  Utf8OrLatin1Reader(InputStream in) {
    this.in = in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 1 << 14);
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    int n = 0;
    if (pendingLow >= 0) {
      cbuf[off + n++] = (char) pendingLow;
      pendingLow = -1;
    } else if (pos == limit && !fill(1)) {
      return -1;
    }
    while (n < len && pos < limit) {
      // ASCII fast path: most statement text is plain ASCII, one byte per char, no state.
      int p = pos;
      int stop = Math.min(limit, p + (len - n));
      byte[] b = buf;
      while (p < stop && b[p] >= 0) {
        cbuf[off + n++] = (char) b[p++];
      }
      pos = p;
      if (n == len || pos == limit) {
        break;
      }
      int c = readChar();
      if (c < 0) {
        break;
      }
      cbuf[off + n++] = (char) c;
      if (pendingLow >= 0 && n < len) {
        cbuf[off + n++] = (char) pendingLow;
        pendingLow = -1;
      }
    }
    return n == 0 ? -1 : n;
  }

  private int readChar() throws IOException {
    if (pendingLow >= 0) {
      int c = pendingLow;
      pendingLow = -1;
      return c;
    }
    if (!fill(1)) {
      return -1;
    }
    int b0 = buf[pos] & 0xFF;
    if (b0 < 0x80) {
      pos++;
      return b0;
    }
    int need = b0 >= 0xF0 && b0 <= 0xF4 ? 3 : b0 >= 0xE0 ? 2 : b0 >= 0xC2 && b0 < 0xE0 ? 1 : -1;
    if (need > 0 && fill(need + 1)) {
      int cp = b0 & (0x3F >> need);
      boolean ok = true;
      for (int i = 1; i <= need; i++) {
        int b = buf[pos + i] & 0xFF;
        if ((b & 0xC0) != 0x80) {
          ok = false;
          break;
        }
        cp = (cp << 6) | (b & 0x3F);
      }
      boolean minimal = need == 1 || (need == 2 && cp >= 0x800) || (need == 3 && cp >= 0x10000);
      if (ok && minimal && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF)) {
        pos += need + 1;
        if (cp >= 0x10000) {
          pendingLow = Character.lowSurrogate(cp);
          return Character.highSurrogate(cp);
        }
        return cp;
      }
    }
    pos++;
    return b0;
  }

  /** Makes at least {@code n} bytes available in the buffer if the input has them. */
  private boolean fill(int n) throws IOException {
    if (limit - pos >= n) {
      return true;
    }
    System.arraycopy(buf, pos, buf, 0, limit - pos);
    limit -= pos;
    pos = 0;
    while (limit < n) {
      int r = in.read(buf, limit, buf.length - limit);
      if (r < 0) {
        return false;
      }
      limit += r;
    }
    return true;
  }

  @Override
  public void close() {
    // The caller owns the stream: readers never close it.
  }
}
