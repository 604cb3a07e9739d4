package dev.o2c.matching.statement.bai2;

import dev.o2c.matching.statement.internal.TextLineReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits BAI2 text into logical records, streaming (one record of lookahead).
 *
 * <p>Real files differ from the spec in three ways that this reader accepts: several records on one
 * physical line (separated by {@code /} and blanks), a record wrapped onto the next physical line
 * without an {@code 88} (the wrapped text is joined with a blank), and records without the {@code /}
 * terminator. {@code 88} continuation records are attached to the record they continue. Physical lines
 * come from a {@link TextLineReader} (LF, CRLF or CR line ends, control characters dropped); lines longer
 * than {@link #MAX_LINE_LENGTH} and records longer than {@link #MAX_RECORD_CHARS} are refused so memory
 * stays bounded.
 */
final class Bai2RecordReader {
  /** Longest physical line accepted. */
  static final int MAX_LINE_LENGTH = 8192;
  /** Longest logical record (with its continuations) accepted. */
  static final int MAX_RECORD_CHARS = 1 << 16;

  private final TextLineReader lines;
  private final ArrayDeque<Bai2Record> ready = new ArrayDeque<>();
  private boolean eof;

  private String code;
  private List<String> parts;
  private int startLine;
  private int records;
  private int chars;

  Bai2RecordReader(Reader reader) {
    this.lines = new TextLineReader(reader, MAX_LINE_LENGTH,
        line -> new Bai2FormatException(line, "line is longer than " + MAX_LINE_LENGTH + " characters"));
  }

  /** The 1-based number of the last physical line read. */
  int lineNumber() {
    return lines.lineNumber();
  }

  /** The next logical record, or null at end of input. */
  Bai2Record next() throws IOException {
    while (ready.isEmpty() && !eof) {
      String line = lines.readLine();
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
    if (code == null) {
      // Before the first record, skip what format detection skips too: a byte-order mark (read here
      // as the Latin-1 characters EF BB BF) and leading blanks.
      line = stripLeadingMark(line);
    }
    // Cut where a terminator, blanks and the next record code follow each other ("/ 16,"); the
    // terminator of every segment but the last is dropped with the cut, the rest later.
    int n = line.length();
    int start = 0;
    int slash = line.indexOf('/');
    while (slash >= 0) {
      int j = slash + 1;
      while (j < n && isRegexSpace(line.charAt(j))) {
        j++;
      }
      if (j > slash + 1 && j + 2 < n && isDigit(line.charAt(j)) && isDigit(line.charAt(j + 1))
          && line.charAt(j + 2) == ',') {
        segment(line.substring(start, slash));
        start = j;
        slash = line.indexOf('/', j);
      } else {
        slash = line.indexOf('/', slash + 1);
      }
    }
    segment(start == 0 ? line : line.substring(start));
  }

  private static String stripLeadingMark(String line) {
    int i = line.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0;
    while (i < line.length() && (line.charAt(i) <= ' ' || line.charAt(i) == '\uFEFF')) {
      i++;
    }
    return i == 0 ? line : line.substring(i);
  }

  private void segment(String seg) {
    if (seg.length() >= 3 && isDigit(seg.charAt(0)) && isDigit(seg.charAt(1)) && seg.charAt(2) == ',') {
      String content = stripTerminator(seg, 3);
      if (seg.charAt(0) == '8' && seg.charAt(1) == '8') {
        if (code == null) {
          throw new Bai2FormatException(lines.lineNumber(), "continuation record 88 does not follow a record");
        }
        records++;
        add(content, true);
      } else {
        close();
        code = code(seg);
        parts = new ArrayList<>(2);
        startLine = lines.lineNumber();
        records = 1;
        chars = 0;
        add(content, true);
      }
    } else if (code != null && !seg.isBlank()) {
      // A record wrapped onto the next physical line without an 88.
      add(stripTerminator(seg, 0), false);
    } else if (!seg.isBlank()) {
      throw new Bai2FormatException(lines.lineNumber(), "line does not start with a BAI2 record code ('01,' ...)");
    }
  }

  /** The two-digit record code at the start of {@code seg}, shared for the codes of the specification. */
  private static String code(String seg) {
    String c = seg.substring(0, 2);
    for (String known : CODES) {
      if (known.equals(c)) {
        return known;
      }
    }
    return c;
  }

  private static final String[] CODES = {"16", "88", "03", "49", "02", "98", "01", "99"};

  /** {@code \\s} of java.util.regex: blank, tab, line feed, vertical tab, form feed, carriage return. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private void add(String content, boolean newPart) {
    // Every part counts at least once, so endless empty 88 records cannot grow a record either.
    chars += content.length() + 1;
    if (chars > MAX_RECORD_CHARS) {
      throw new Bai2FormatException(startLine, "record " + code + " is longer than " + MAX_RECORD_CHARS + " characters");
    }
    if (newPart) {
      parts.add(content);
    } else {
      int last = parts.size() - 1;
      parts.set(last, parts.get(last) + ' ' + content);
    }
  }

  private void close() {
    if (code != null) {
      ready.add(new Bai2Record(code, parts, startLine, records));
      code = null;
      parts = null;
    }
  }

  static String stripTerminator(String s) {
    return stripTerminator(s, 0);
  }

  /** {@code s} from {@code from} without trailing white space and then one {@code /}, cut out once. */
  private static String stripTerminator(String s, int from) {
    int end = s.length();
    while (end > from && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    if (end > from && s.charAt(end - 1) == '/') {
      end--;
    }
    return from == 0 && end == s.length() ? s : s.substring(from, end);
  }
}
