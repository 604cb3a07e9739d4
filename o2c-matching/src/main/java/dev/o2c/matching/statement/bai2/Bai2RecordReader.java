package dev.o2c.matching.statement.bai2;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits BAI2 text into logical records, streaming (one record of lookahead).
 *
 * <p>Real files differ from the spec in three ways that this reader accepts: several records on one
 * physical line (separated by {@code /} and blanks), a record wrapped onto the next physical line
 * without an {@code 88} (the wrapped text is joined with a blank), and records without the {@code /}
 * terminator. {@code 88} continuation records are attached to the record they continue. Lines longer
 * than {@link #MAX_LINE_LENGTH} and records longer than {@link #MAX_RECORD_CHARS} are refused so memory
 * stays bounded.
 */
final class Bai2RecordReader {
  /** Longest physical line accepted. */
  static final int MAX_LINE_LENGTH = 8192;
  /** Longest logical record (with its continuations) accepted. */
  static final int MAX_RECORD_CHARS = 1 << 16;

  private static final Pattern RECORD_START = Pattern.compile("^([0-9]{2}),");
  /** A terminator followed by blanks and the next record on the same physical line. */
  private static final Pattern SPLIT = Pattern.compile("/\\s+(?=[0-9]{2},)");

  private final Reader in;
  private final ArrayDeque<Bai2Record> ready = new ArrayDeque<>();
  private int lineNumber;
  private int pushedBack = -2;
  private final char[] buf = new char[1 << 13];
  private int bufPos;
  private int bufLimit;
  private boolean eof;

  private String code;
  private List<String> parts;
  private StringBuilder last;
  private int startLine;
  private int records;
  private int chars;

  Bai2RecordReader(Reader reader) {
    this.in = reader;
  }

  /** The 1-based number of the last physical line read. */
  int lineNumber() {
    return lineNumber;
  }

  /** The next logical record, or null at end of input. */
  Bai2Record next() throws IOException {
    while (ready.isEmpty() && !eof) {
      String line = readLine();
      if (line == null) {
        eof = true;
        close();
      } else {
        accept(line);
      }
    }
    return ready.poll();
  }

  private void accept(String line) {
    if (line.isBlank()) {
      return;
    }
    String[] segments = SPLIT.split(line, -1);
    for (int i = 0; i < segments.length; i++) {
      // SPLIT consumed the "/" of every segment but the last; terminators are dropped anyway.
      String seg = segments[i];
      Matcher m = RECORD_START.matcher(seg);
      if (m.find()) {
        String c = m.group(1);
        String content = stripTerminator(seg.substring(m.end()));
        if (c.equals("88")) {
          if (code == null) {
            throw new Bai2FormatException(lineNumber, "continuation record 88 does not follow a record");
          }
          records++;
          add(content, true);
        } else {
          close();
          code = c;
          parts = new ArrayList<>(2);
          startLine = lineNumber;
          records = 1;
          chars = 0;
          add(content, true);
        }
      } else if (code != null && !seg.isBlank()) {
        // A record wrapped onto the next physical line without an 88.
        add(stripTerminator(seg), false);
      } else if (!seg.isBlank()) {
        throw new Bai2FormatException(lineNumber, "line does not start with a BAI2 record code ('01,' ...)");
      }
    }
  }

  private void add(String content, boolean newPart) {
    // Every part counts at least once, so endless empty 88 records cannot grow a record either.
    chars += content.length() + 1;
    if (chars > MAX_RECORD_CHARS) {
      throw new Bai2FormatException(startLine, "record " + code + " is longer than " + MAX_RECORD_CHARS + " characters");
    }
    if (newPart || last == null) {
      last = new StringBuilder(content);
      parts.add(null);
    } else {
      last.append(' ').append(content);
    }
    parts.set(parts.size() - 1, last.toString());
  }

  private void close() {
    if (code != null) {
      ready.add(new Bai2Record(code, parts, startLine, records));
      code = null;
      parts = null;
      last = null;
    }
  }

  static String stripTerminator(String s) {
    String t = s.stripTrailing();
    return t.endsWith("/") ? t.substring(0, t.length() - 1) : t;
  }

  private String readLine() throws IOException {
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
      if (c == '\t' || (c >= 0x20 && c != 0x7F && !(c >= 0x80 && c < 0xA0) && c != 0xFEFF)) {
        if (sb.length() >= MAX_LINE_LENGTH) {
          throw new Bai2FormatException(lineNumber, "line is longer than " + MAX_LINE_LENGTH + " characters");
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
