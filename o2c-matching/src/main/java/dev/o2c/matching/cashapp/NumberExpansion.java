package dev.o2c.matching.cashapp;

import static dev.o2c.matching.cashapp.ScanChars.hasDigit;
import static dev.o2c.matching.cashapp.ScanChars.isAsciiDigit;
import static dev.o2c.matching.cashapp.ScanChars.isDigits;
import static dev.o2c.matching.cashapp.ScanChars.isYear;

import dev.o2c.matching.cashapp.text.ReferenceKeys;
import java.util.List;

/**
 * The numbers one written number stands for: itself, the members of a list ({@code 123/124/125},
 * {@code 4711/12/13}) and of a range ({@code 123-125}), a later number written as the tail of an
 * earlier one; and the rule by which a number found becomes a {@link ReferenceScanner.Found}.
 */
final class NumberExpansion {

  private NumberExpansion() {}

  /** The whole token, then the members of a list ({@code 123/124/125}) or a range ({@code 123-125}). */
  static void expand(String text, String marker, List<ReferenceScanner.Found> out) {
    emit(out, text, marker);
    String[] segments = text.split("/", -1);
    if (segments.length > 1 && !(segments.length == 2 && isYear(segments[0]) && isDigits(segments[1]))) {
      String base = null;
      for (String segment : segments) {
        if (segment.isEmpty()) {
          continue;
        }
        String member = base != null && isDigits(segment) ? replaceTail(base, segment) : null;
        if (member == null) {
          base = segment;
          member = segment;
        }
        emit(out, member, marker);
        expandRange(member, marker, out);
      }
    } else {
      expandRange(text, marker, out);
    }
  }

  private static void expandRange(String text, String marker, List<ReferenceScanner.Found> out) {
    int dash = text.lastIndexOf('-');
    if (dash <= 0 || dash == text.length() - 1) {
      return;
    }
    String left = text.substring(0, dash);
    String right = text.substring(dash + 1);
    String run = lastDigitRun(left);
    if (!isDigits(right) || run == null || lastDigitEnd(left) != left.length() || right.length() > run.length()
        || run.length() > 18) {
      return;
    }
    String end = replaceTail(left, right);
    String head = left.substring(0, left.length() - run.length());
    long from = Long.parseLong(run);
    long to = Long.parseLong(end.substring(head.length()));
    // A "range" of more members is rather a number with a dash: INV-2026-123 is not 2026 to 2123.
    if (to <= from || to - from >= ReferenceScanner.MAX_RANGE_SIZE) {
      return;
    }
    for (long v = from; v <= to; v++) {
      emit(out, head + pad(v, run.length()), marker);
    }
  }

  private static String pad(long value, int width) {
    String digits = Long.toString(value);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }

  /** {@code base} with the end of its last digit run replaced by {@code tail}; null if the run is shorter. */
  static String replaceTail(String base, String tail) {
    String run = lastDigitRun(base);
    if (run == null || tail.length() > run.length()) {
      return null;
    }
    int runEnd = lastDigitEnd(base);
    return base.substring(0, runEnd - tail.length()) + tail + base.substring(runEnd);
  }

  private static String lastDigitRun(String text) {
    int end = lastDigitEnd(text);
    if (end < 0) {
      return null;
    }
    int start = end;
    while (start > 0 && isAsciiDigit(text.charAt(start - 1))) {
      start--;
    }
    return text.substring(start, end);
  }

  private static int lastDigitEnd(String text) {
    for (int i = text.length(); i > 0; i--) {
      if (isAsciiDigit(text.charAt(i - 1))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Adds a number found, unless its key is a year, has no digit, or is shorter than
   * {@link ReferenceScanner#MIN_KEY_LENGTH} or longer than {@link ReferenceScanner#MAX_KEY_LENGTH}.
   */
  static void emit(List<ReferenceScanner.Found> out, String text, String marker) {
    String key = ReferenceKeys.key(text);
    if (isYear(key)) {
      return;
    }
    if (key.length() < ReferenceScanner.MIN_KEY_LENGTH || key.length() > ReferenceScanner.MAX_KEY_LENGTH
        || !hasDigit(key)) {
      return;
    }
    out.add(ReferenceScanner.Found.number(text, key, marker));
  }
}
