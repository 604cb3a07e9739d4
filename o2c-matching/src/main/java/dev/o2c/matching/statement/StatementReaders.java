package dev.o2c.matching.statement;

import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one entry point for bank files: detects the format from the content (never from the file
 * name) and reads it with the standard readers.
 *
 * <p>Detection looks at the first {@value #PEEK_BYTES} bytes: XML whose text names the namespace
 * {@code urn:iso:std:iso:20022:tech:xsd:camt.05x.001.yy} is camt.052/053/054; text whose first
 * non-blank characters are {@code 01,} is BAI2; text with a SWIFT block <code>&#123;1:</code> or
 * <code>&#123;4:</code>, or a line starting with {@code :20:}, is MT940, or MT942 when an MT942-only field
 * ({@code :34F:}, {@code :13D:}) or an MT942 application header appears. Leading byte order marks,
 * blanks and control bytes are skipped.
 *
 * <p>The {@link #standard()} registry holds, when they are on the class path, {@code
 * dev.o2c.matching.statement.camt.CamtReader} (camt.052/053/054), {@code
 * dev.o2c.matching.statement.mt940.Mt940Reader} (MT940, MT942) and {@code
 * dev.o2c.matching.statement.bai2.Bai2Reader} (BAI2), each instantiated through its public no-arg
 * constructor. They are looked up by name so that this package does not depend on the
 * format packages at compile time (the format packages depend on this one).
 */
public final class StatementReaders {

  /** How many bytes format detection reads ahead. */
  public static final int PEEK_BYTES = 4096;

  private static final Pattern CAMT_NS =
      Pattern.compile("urn:iso:std:iso:20022:tech:xsd:camt\\.05([234])\\.001\\.[0-9]{2}");
  private static final Pattern MT_TAG20 = Pattern.compile("(?m)^[\\x00-\\x1f ]*:20:");
  private static final Pattern MT942_MARK =
      Pattern.compile("\\{2:[IO]942|(?m)^:34F:|(?m)^:13D:");

  private static final List<String> OPTIONAL_READERS =
      List.of(
          "dev.o2c.matching.statement.camt.CamtReader",
          "dev.o2c.matching.statement.mt940.Mt940Reader",
          "dev.o2c.matching.statement.bai2.Bai2Reader");

  private static final StatementReaderRegistry STANDARD = buildStandard();

  private StatementReaders() {}

  /**
   * The registry of all readers o2c ships with.
   *
   * @return the standard registry
   */
  public static StatementReaderRegistry standard() {
    return STANDARD;
  }

  /**
   * Detects the format of a file from its first bytes.
   *
   * @param head the first bytes of the file (up to {@value #PEEK_BYTES} are looked at)
   * @return the format, empty when the content is not recognised
   * @throws NullPointerException if head is null
   */
  public static Optional<StatementFormat> detect(byte[] head) {
    Objects.requireNonNull(head, "head");
    String text = decode(head);
    int i = 0;
    while (i < text.length()
        && (text.charAt(i) <= ' ' || text.charAt(i) == '\uFEFF' || text.charAt(i) == '\u007F')) {
      i++;
    }
    String s = text.substring(i);
    if (s.startsWith("<")) {
      Matcher m = CAMT_NS.matcher(s);
      if (!m.find()) {
        return Optional.empty();
      }
      switch (m.group(1)) {
        case "2":
          return Optional.of(StatementFormat.CAMT_052);
        case "3":
          return Optional.of(StatementFormat.CAMT_053);
        default:
          return Optional.of(StatementFormat.CAMT_054);
      }
    }
    if (s.startsWith("01,")) {
      return Optional.of(StatementFormat.BAI2);
    }
    if (s.contains("{1:") || s.contains("{4:") || MT_TAG20.matcher(s).find()) {
      return Optional.of(
          MT942_MARK.matcher(s).find() ? StatementFormat.MT942 : StatementFormat.MT940);
    }
    return Optional.empty();
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

  private static String decode(byte[] head) {
    int n = Math.min(head.length, PEEK_BYTES);
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

  private static StatementReaderRegistry buildStandard() {
    StatementReaderRegistry.Builder b = StatementReaderRegistry.builder();
    for (String name : OPTIONAL_READERS) {
      try {
        Class<?> c = Class.forName(name, true, StatementReaders.class.getClassLoader());
        if (StatementReader.class.isAssignableFrom(c)) {
          b.register((StatementReader) c.getConstructor().newInstance());
        }
      } catch (ClassNotFoundException e) {
        // Not built yet or left out of the class path: the format is then simply unsupported.
      } catch (NoSuchMethodException
          | InstantiationException
          | IllegalAccessException
          | InvocationTargetException e) {
        throw new IllegalStateException("cannot instantiate statement reader " + name, e);
      }
    }
    return b.build();
  }
}
