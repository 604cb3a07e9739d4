package dev.o2c.matching.statement.mt940;

import dev.o2c.matching.statement.internal.TextLineReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits SWIFT text into tagged fields, streaming: it holds only the field being read.
 *
 * <p>Handles the SWIFT block wrappers {@code {1:...}{2:...}{3:...}{4:} ... {@code -}}, bank export
 * headers before the first field (such as {@code ABNANL2A} / {@code 940} lines, which are skipped),
 * continuation lines of any field (mainly {@code :86:}), and blank padding lines (skipped). Lines come
 * from a {@link TextLineReader}: LF, CRLF and lone CR line ends, stray control bytes (SOH/ETX framing,
 * SUB, NUL, a byte-order mark) dropped, lines longer than {@link #MAX_LINE_LENGTH} refused.
 *
 * <p>A line holding only {@code -} ends a message only where a message can end: after its closing
 * fields ({@code :62F:}/{@code :62M:}, {@code :64:}, {@code :65:}, MT942 {@code :90D:}/{@code :90C:}, and a
 * {@code :86:} after them), or before the next block, the next {@code :20:} or the end of the input.
 * Anywhere else it is text of the open field: banks that wrap {@code :86:} at a fixed width (ING does)
 * can leave a line that is just the dash of a value such as {@code MND-EV01}. A {@code -}} line always
 * ends the message (it closes the text block).
 */
final class SwiftFieldReader {
  /** A field is at most this many characters, so a hostile file cannot grow one field without bound. */
  static final int MAX_FIELD_CHARS = 1 << 16;

  /** SWIFT lines are at most 65 characters; real exports pad a little, hostile files do not stop. */
  static final int MAX_LINE_LENGTH = 4096;

  private final TextLineReader lines;
  private final ArrayDeque<SwiftField> ready = new ArrayDeque<>();
  private String openTag;
  private List<String> openLines;
  private int openLine;
  private int openChars;
  private boolean eof;
  private String declaredType = "";
  /** True after a closing field of the message, where a {@code -} line can only be its end. */
  private boolean closingSeen;
  /** A line read ahead to decide what a {@code -} line is, to be accepted next. */
  private String peeked;

  SwiftFieldReader(Reader reader) {
    this.lines = new TextLineReader(reader, MAX_LINE_LENGTH,
        line -> new SwiftFormatException(line, "line is longer than " + MAX_LINE_LENGTH + " characters"));
  }

  /** The line number of the last physical line read. */
  int lineNumber() {
    return lines.lineNumber();
  }

  /** The next field, a field with tag {@link SwiftField#END} at a message end, or null at end of input. */
  SwiftField next() throws IOException {
    while (ready.isEmpty() && !eof) {
      String line = peeked != null ? peeked : lines.readLine();
      peeked = null;
      if (line == null) {
        eof = true;
        close();
      } else {
        accept(line);
      }
    }
    return ready.poll();
  }

  private void accept(String raw) throws IOException {
    String s = strip(raw);
    String trimmed = s.strip();
    int line = lines.lineNumber();
    if (trimmed.startsWith("-}") || (trimmed.equals("-") && endsMessage())) {
      close();
      declaredType = "";
      closingSeen = false;
      ready.add(new SwiftField(SwiftField.END, List.of(), line));
      return;
    }
    if (trimmed.isEmpty()) {
      return;
    }
    int tagEnd = tagEnd(s);
    if (tagEnd > 0) {
      close();
      openTag = s.substring(1, tagEnd - 1);
      switch (openTag) {
        case "62F", "62M", "64", "65", "90D", "90C" -> closingSeen = true;
        case "20", "61" -> closingSeen = false;
        default -> {
          // Other fields leave the state as it is: a :86: after the closing balance stays message level.
        }
      }
      openLines = new ArrayList<>(4);
      openLine = lines.lineNumber();
      openChars = 0;
      append(s.substring(tagEnd));
    } else if (openTag != null) {
      append(s);
    }
    // Text outside any field (export headers such as "ABNANL2A" or "940") carries nothing we need.
  }

  /**
   * Tells whether the {@code -} line just read ends the message. Where the message cannot end yet
   * (inside a field before any closing field), reads ahead to the next non-blank line: the dash ends
   * the message only when a block, a {@code :20:} or the end of the input follows.
   */
  private boolean endsMessage() throws IOException {
    if (openTag == null || closingSeen) {
      return true;
    }
    String next;
    do {
      next = lines.readLine();
    } while (next != null && next.isBlank());
    peeked = next;
    if (next == null) {
      return true;
    }
    String lead = next.stripLeading();
    return lead.startsWith("{") || lead.startsWith(":20:");
  }

  /**
   * The index after a leading tag {@code :NN:}, {@code :NNa:} or {@code :NS:}, or 0 when the line
   * does not start with one.
   */
  static int tagEnd(String s) {
    if (s.length() < 4 || s.charAt(0) != ':') {
      return 0;
    }
    if (s.startsWith(":NS:")) {
      return 4;
    }
    if (!isDigit(s.charAt(1)) || !isDigit(s.charAt(2))) {
      return 0;
    }
    if (s.charAt(3) == ':') {
      return 4;
    }
    return s.length() > 4 && s.charAt(3) >= 'A' && s.charAt(3) <= 'Z' && s.charAt(4) == ':' ? 5 : 0;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private void append(String content) {
    openChars += content.length() + 1;
    if (openChars > MAX_FIELD_CHARS) {
      throw new SwiftFormatException(openLine, "field :" + openTag + ": is longer than " + MAX_FIELD_CHARS
          + " characters");
    }
    openLines.add(content);
  }

  private void close() {
    if (openTag != null) {
      ready.add(new SwiftField(openTag, openLines, openLine));
      openTag = null;
      openLines = null;
    }
  }

  /**
   * The message type named by the last SWIFT application header block ({@code {2:I942...}} gives
   * {@code "942"}), empty when there was none since the last message end.
   */
  String declaredType() {
    return declaredType;
  }

  /**
   * Removes leading SWIFT blocks such as {@code {1:F01...}{2:O940...}{3:{108:X}}} and the opening
   * {@code {4:} of the text block; returns what follows on the same line.
   */
  static String stripBlockHeaders(String line) {
    return new SwiftFieldReader(Reader.nullReader()).strip(line);
  }

  private String strip(String line) {
    String s = line;
    while (s.startsWith("{")) {
      if ((s.startsWith("{2:I") || s.startsWith("{2:O")) && s.length() >= 7) {
        declaredType = s.substring(4, 7);
      }
      if (s.startsWith("{4:")) {
        return s.substring(3);
      }
      int depth = 0;
      int end = -1;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '{') {
          depth++;
        } else if (c == '}') {
          depth--;
          if (depth == 0) {
            end = i;
            break;
          }
        }
      }
      if (end < 0) {
        return "";
      }
      s = s.substring(end + 1);
    }
    return s;
  }
}
