package dev.o2c.matching.statement.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * Reads the physical lines of a text statement file (MT940, BAI2) one at a time: LF, CRLF and lone
 * CR line ends; control characters (SOH/ETX framing, SUB, NUL, C1 controls, a byte-order mark)
 * dropped, tab kept; lines longer than a bound refused, so memory stays bounded.
 *
 * <p>Not API (see the package documentation). Not thread-safe; one instance per input.
 */
public final class TextLineReader {

  private final Reader in;
  private final int maxLineLength;
  private final IntFunction<? extends RuntimeException> tooLong;
  private int lineNumber;
  private int pushedBack = -2;
  private final char[] buf = new char[1 << 13];
  private int bufPos;
  private int bufLimit;

  /**
   * Creates a reader.
   *
   * @param in the text; read in bulk, never closed here
   * @param maxLineLength the longest line accepted, in characters after dropping control characters
   * @param tooLong makes the exception thrown for a longer line from its 1-based line number
   * @throws IllegalArgumentException if maxLineLength is not positive
   * @throws NullPointerException if in or tooLong is null
   */
  public TextLineReader(Reader in, int maxLineLength, IntFunction<? extends RuntimeException> tooLong) {
    this.in = Objects.requireNonNull(in, "in");
    this.tooLong = Objects.requireNonNull(tooLong, "tooLong");
    if (maxLineLength <= 0) {
      throw new IllegalArgumentException("maxLineLength must be positive: " + maxLineLength);
    }
    this.maxLineLength = maxLineLength;
  }

  /**
   * The number of the line last returned.
   *
   * @return the 1-based line number, 0 before the first line
   */
  public int lineNumber() {
    return lineNumber;
  }

  /**
   * The next line without its line end and without control characters.
   *
   * @return the line, or null at the end of the input
   * @throws IOException if the underlying reader fails
   * @throws RuntimeException the exception made by {@code tooLong} if the line is longer than the
   *     bound
   */
  public String readLine() throws IOException {
    if (pushedBack == -2) {
      // Fast path: a line of plain text that ends inside the buffer becomes one String at once.
      char[] b = buf;
      int start = bufPos;
      int i = start;
      int stop = Math.min(bufLimit, start + maxLineLength);
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

  /**
   * Tells whether a character is kept in a line: tab and everything printable, that is not a C0 or
   * C1 control, DEL or a byte-order mark.
   *
   * @param c the character
   * @return true when the character is kept
   */
  public static boolean isText(int c) {
    return c == '\t' || (c >= 0x20 && c != 0x7F && !(c >= 0x80 && c < 0xA0) && c != 0xFEFF);
  }

  /** Printable ASCII and Latin-1/Unicode letters: text that needs no filtering (tab takes the slow path). */
  private static boolean isPlain(char c) {
    return c >= 0x20 && (c < 0x7F || (c >= 0xA0 && c != 0xFEFF));
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
        if (sb.length() >= maxLineLength) {
          throw tooLong.apply(lineNumber);
        }
        sb.append((char) c);
      }
      c = read();
    }
    return sb.toString();
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
