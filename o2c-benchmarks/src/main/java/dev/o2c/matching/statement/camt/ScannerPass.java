package dev.o2c.matching.statement.camt;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A bare pass of the camt reader's own XML scanner over a file, for the benchmarks: decodes the
 * bytes as the reader does (strict UTF-8), walks every event, touches the text of every text event
 * and counts {@code Ntry} start tags, like the bare StAX pass. It lives in the reader's package
 * because the scanner is not public API; the benchmarks run on the class path, so the split
 * package is harmless there.
 */
public final class ScannerPass {

  private ScannerPass() {}

  /**
   * Walks the file.
   *
   * @param file a UTF-8 camt document
   * @return the number of entries and a text checksum
   * @throws IOException never for an in-memory file
   * @throws IllegalStateException if the file is not well-formed
   */
  public static long[] walk(byte[] file) throws IOException {
    XmlScanner xml = new XmlScanner(new InputStreamReader(new ByteArrayInputStream(file),
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)));
    long entries = 0;
    long text = 0;
    try {
      while (true) {
        int ev = xml.next();
        if (ev == XmlScanner.START_ELEMENT) {
          if (xml.localName().equals("Ntry")) {
            entries++;
          }
        } else if (ev == XmlScanner.TEXT) {
          int len = xml.textLength();
          if (len > 0) {
            text += len + xml.textCharacters()[xml.textStart()];
          }
        } else if (ev == XmlScanner.END_DOCUMENT) {
          return new long[] {entries, text};
        }
      }
    } catch (XmlSyntaxException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
