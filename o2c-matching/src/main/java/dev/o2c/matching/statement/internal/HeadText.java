package dev.o2c.matching.statement.internal;

import java.nio.charset.StandardCharsets;

/** The first bytes of a file as text, for format detection by the readers. */
public final class HeadText {
  private HeadText() {}

  /**
   * Decodes the head of a file so that ASCII markers can be looked for whatever the real encoding:
   * a UTF-16 byte order mark decodes UTF-16, anything else maps byte by byte (ISO-8859-1). A leading
   * UTF-8 byte order mark, blanks, control bytes and DEL are skipped.
   *
   * @param head the first bytes of the file
   * @param max how many bytes to look at, at most
   * @return the text from its first visible character
   */
  public static String of(byte[] head, int max) {
    String text = decode(head, Math.min(head.length, max));
    int i = 0;
    while (i < text.length()
        && (text.charAt(i) <= ' ' || text.charAt(i) == '\uFEFF' || text.charAt(i) == '\u007F')) {
      i++;
    }
    return text.substring(i);
  }

  private static String decode(byte[] head, int n) {
    if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      return new String(head, 2, n - 2, StandardCharsets.UTF_16BE);
    }
    if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      return new String(head, 2, n - 2, StandardCharsets.UTF_16LE);
    }
    if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      return new String(head, 3, n - 3, StandardCharsets.ISO_8859_1);
    }
    // Every byte maps to one char, so ASCII markers are found whatever the real encoding.
    return new String(head, 0, n, StandardCharsets.ISO_8859_1);
  }
}
