package dev.o2c.matching.statement;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * The one entry point for bank files: detects the format from the content (never from the file
 * name) and reads it with the installed readers.
 *
 * <p>The {@link #standard()} registry holds every reader installed as a {@link
 * java.util.ServiceLoader} provider of {@link StatementReader} that o2c-matching's class loader
 * sees: o2c's own {@code CamtReader} (camt.052/053/054), {@code Mt940Reader} (MT940, MT942) and
 * {@code Bai2Reader} (BAI2), and any a host installs to add a format (see {@link StatementReader}
 * for how). A reader that cannot be loaded is reported, see {@link
 * StatementReaderRegistry.Builder#registerInstalled}.
 *
 * <p>Detection asks each reader ({@link StatementReader#detect}) about the first {@value
 * #PEEK_BYTES} bytes. o2c's readers recognise: XML whose text names the namespace {@code
 * urn:iso:std:iso:20022:tech:xsd:camt.05x.001.yy} as camt.052/053/054; text whose first non-blank
 * characters are {@code 01,} as BAI2; text with a SWIFT block <code>&#123;1:</code> or
 * <code>&#123;4:</code>, or a line starting with {@code :20:}, as MT940, or MT942 when an
 * MT942-only field ({@code :34F:}, {@code :13D:}) or an MT942 application header appears. Leading
 * byte order marks, blanks and control bytes are skipped.
 */
public final class StatementReaders {

  /** How many bytes format detection reads ahead. */
  public static final int PEEK_BYTES = StatementReaderRegistry.PEEK_BYTES;

  private static final StatementReaderRegistry STANDARD =
      StatementReaderRegistry.builder().registerInstalled(StatementReaders.class.getClassLoader()).build();

  private StatementReaders() {}

  /**
   * The registry of every installed reader: o2c's own and those hosts install as services.
   *
   * @return the standard registry
   */
  public static StatementReaderRegistry standard() {
    return STANDARD;
  }

  /**
   * Detects the format of a file from its first bytes, with the installed readers.
   *
   * @param head the first bytes of the file (up to {@value #PEEK_BYTES} are looked at)
   * @return the format, empty when the content is not recognised
   * @throws NullPointerException if head is null
   */
  public static Optional<StatementFormat> detect(byte[] head) {
    return STANDARD.detect(head);
  }

  /**
   * Detects the format and streams the file through the standard reader for it.
   *
   * @param in the file content; not closed
   * @param sourceName a name for messages, e.g. the file name
   * @param handler receives statements and entries
   * @return the detected format
   * @throws StatementParseException if the format is not recognised or the file cannot be read
   */
  public static StatementFormat stream(
      InputStream in, String sourceName, StatementHandler handler) {
    return STANDARD.stream(in, sourceName, handler);
  }

  /**
   * Detects the format and reads the whole file with the standard reader for it.
   *
   * @param in the file content; not closed
   * @param sourceName a name for messages, e.g. the file name
   * @return the statements and findings
   * @throws StatementParseException if the format is not recognised or the file cannot be read
   */
  public static StatementFile readFile(InputStream in, String sourceName) {
    return STANDARD.readFile(in, sourceName);
  }

  /**
   * Detects the format and reads the whole file with the standard reader for it, deciding what
   * happens to an entry that cannot be read while the file around it can.
   *
   * <pre>{@code
   * StatementFile file = StatementReaders.readFile(in, "day.xml", UnreadableEntries.SKIP);
   * file.statements().forEach(s -> s.findings().stream()
   *     .filter(f -> f.code().equals(Finding.ENTRY_SKIPPED))
   *     .forEach(f -> log.warn("{} at {}", f.message(), f.location())));
   * }</pre>
   *
   * @param in the file content; not closed
   * @param sourceName a name for messages, e.g. the file name
   * @param unreadable {@link UnreadableEntries#SKIP} to leave such entries out, each named in an
   *     {@link Finding#ENTRY_SKIPPED} finding; {@link UnreadableEntries#FAIL} to fail
   * @return the statements and findings
   * @throws StatementParseException if the format is not recognised or the file cannot be read
   */
  public static StatementFile readFile(InputStream in, String sourceName, UnreadableEntries unreadable) {
    return STANDARD.readFile(in, sourceName, unreadable);
  }

  /**
   * Detects the format and returns the file's statements.
   *
   * @param in the file content; not closed
   * @param sourceName a name for messages, e.g. the file name
   * @return the statements in file order, each with entries and findings
   * @throws StatementParseException if the format is not recognised or the file cannot be read
   */
  public static List<Statement> read(InputStream in, String sourceName) {
    return STANDARD.read(in, sourceName);
  }
}
