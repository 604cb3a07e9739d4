package dev.o2c.testkit.statement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;

/** Small formatting helpers shared by the writers; all append to a StringBuilder. */
final class Text {

  private Text() {}

  /** Appends |minor| as a decimal with the given scale and separator, e.g. 123456, 2, ',' -> 1234,56. */
  static StringBuilder decimal(StringBuilder sb, long minor, int scale, char separator) {
    long abs = Math.abs(minor);
    if (scale == 0) {
      return sb.append(abs);
    }
    long pow = 1;
    for (int i = 0; i < scale; i++) {
      pow *= 10;
    }
    sb.append(abs / pow).append(separator);
    String frac = Long.toString(abs % pow);
    for (int i = frac.length(); i < scale; i++) {
      sb.append('0');
    }
    return sb.append(frac);
  }

  /** Appends yyMMdd. */
  static StringBuilder yymmdd(StringBuilder sb, LocalDate d) {
    two(sb, d.getYear() % 100);
    return mmdd(sb, d);
  }

  /** Appends MMdd. */
  static StringBuilder mmdd(StringBuilder sb, LocalDate d) {
    two(sb, d.getMonthValue());
    return two(sb, d.getDayOfMonth());
  }

  static StringBuilder two(StringBuilder sb, int v) {
    if (v < 10) {
      sb.append('0');
    }
    return sb.append(v);
  }

  /** Appends text escaped for XML content and attribute values. */
  static StringBuilder xml(StringBuilder sb, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&':
          sb.append("&amp;");
          break;
        case '<':
          sb.append("&lt;");
          break;
        case '>':
          sb.append("&gt;");
          break;
        case '"':
          sb.append("&quot;");
          break;
        default:
          sb.append(c);
      }
    }
    return sb;
  }

  /** Writes and empties the buffer. */
  static void flush(StringBuilder sb, Writer out) {
    try {
      out.append(sb);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    sb.setLength(0);
  }
}
