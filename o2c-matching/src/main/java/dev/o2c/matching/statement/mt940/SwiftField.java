package dev.o2c.matching.statement.mt940;

import java.util.List;

/**
 * One tagged field of a SWIFT message text block, e.g. {@code :61:} with its continuation lines.
 *
 * @param tag the tag without colons ({@code "61"}, {@code "60F"}), or {@link #END} for the end of a message
 * @param lines the content: the rest of the tag line first, then each continuation line as read
 * @param line 1-based line number of the tag line
 */
record SwiftField(String tag, List<String> lines, int line) {
  /** Pseudo tag marking the end of a message ({@code -} or {@code -}}). */
  static final String END = "-";

  SwiftField {
    lines = List.copyOf(lines);
  }

  /** The first content line (the text after the tag). */
  String first() {
    return lines.isEmpty() ? "" : lines.get(0);
  }

  /** All content lines concatenated without separators, as SWIFT wraps long values at the line end. */
  String joined() {
    return String.join("", lines);
  }
}
