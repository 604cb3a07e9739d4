package dev.o2c.matching.statement.mt940;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads physical lines from a SWIFT text file one at a time, accepting LF, CRLF and lone CR line ends,
 * dropping stray control bytes (SOH/ETX framing, SUB, NUL, a byte-order mark) and refusing absurdly
 * long lines so that memory stays bounded by {@link #MAX_LINE_LENGTH}.
 */
final class SwiftLineReader {
  /** SWIFT lines are at most 65 characters; real exports pad a little, hostile files do not stop. */
  static final int MAX_LINE_LENGTH = 4096;

  private final Reader in;
  private int lineNumber;
  private int pushedBack = -2;
  private final char[] buf = new char[1 << 13];
  private int bufPos;
  private int bufLimit;

  SwiftLineReader(Reader reader) {
    this.in = reader;
  }

  /** The 1-based number of the line last returned, 0 before the first. */
  int lineNumber() {
    return lineNumber;
  }

  /** The next line without its line end and without control bytes, or null at end of input. */
  String readLine() throws IOException {
    if (pushedBack == -2) {
      // Fast path: a line of printable ASCII that ends inside the buffer becomes one String at once.
      char[] b = buf;
      int start = bufPos;
      int i = start;
      int stop = Math.min(bufLimit, start + MAX_LINE_LENGTH);
      while (i < stop && isPlain(b[i])) {
        i++;
      }
      if (i < bufLimit && b[i] == '\n') {
        lineNumber++;
        bufPos = i + 1;
        return new String(b, start, i - start);
      }
      if (i + 1 < bufLimit && b[i] == '\r' && b[i + 1] == '\n') {
        lineNumber++;
        bufPos = i + 2;
        return new String(b, start, i - start);
      }
    }
    return readLineSlowly();
  }

  private String readLineSlowly() throws IOException {
    int c = read();
    if (c < 0) {
      return null;
    }
    lineNumber++;
    StringBuilder sb = new StringBuilder(80);
    while (c >= 0) {
      if (c == '\n') {
        break;
      }
      if (c == '\r') {
        int d = read();
        if (d >= 0 && d != '\n') {
          pushedBack = d;
        }
        break;
      }
      if (isText(c)) {
        if (sb.length() >= MAX_LINE_LENGTH) {
          throw new SwiftFormatException(lineNumber, "line is longer than " + MAX_LINE_LENGTH + " characters");
        }
        sb.append((char) c);
      }
      c = read();
    }
    return sb.toString();
  }

  /** Printable ASCII and Latin-1/Unicode letters: text that needs no filtering (tab takes the slow path). */
  private static boolean isPlain(char c) {
    return c >= 0x20 && (c < 0x7F || (c >= 0xA0 && c != 0xFEFF));
  }

  static boolean isText(int c) {
    if (c == '\t') {
      return true;
    }
    return c >= 0x20 && c != 0x7F && !(c >= 0x80 && c < 0xA0) && c != 0xFEFF;
  }

  private int read() throws IOException {
    if (pushedBack != -2) {
      int c = pushedBack;
      pushedBack = -2;
      return c;
    }
    if (bufPos == bufLimit) {
      // Bulk reads: a per-character read() on a BufferedReader takes its lock every time.
      int n = in.read(buf, 0, buf.length);
      if (n <= 0) {
        return -1;
      }
      bufPos = 0;
      bufLimit = n;
    }
    return buf[bufPos++];
  }

}
