package dev.o2c.matching.statement.camt;

import dev.o2c.matching.statement.Entry;
import dev.o2c.matching.statement.Statement;
import dev.o2c.matching.statement.StatementFile;
import dev.o2c.matching.statement.StatementFormat;
import dev.o2c.matching.statement.StatementHandler;
import dev.o2c.matching.statement.StatementParseException;
import dev.o2c.matching.statement.StatementReader;
import dev.o2c.matching.statement.StatementReaderRegistry;
import dev.o2c.matching.statement.UnreadableEntries;
import dev.o2c.matching.statement.internal.HeadText;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads ISO 20022 bank-to-customer cash management messages: camt.052 account reports, camt.053
 * statements and camt.054 debit/credit notifications, in every published version from {@code
 * 001.02} on (the namespace version is not checked; the element model is shared and elements that
 * changed between versions, such as {@code Sts} vs {@code Sts/Cd} or {@code Nm} vs {@code
 * Pty/Nm}, are read in both forms).
 *
 * <p>Streaming: the file is parsed by Aalto ({@code com.fasterxml:aalto-xml}, a StAX parser, namespace
 * aware) over the strictly decoded characters; each statement element below the statement ({@code
 * Bal}, {@code Ntry}, ...) is held in memory only while it is mapped, so memory does not grow with
 * the number of entries. Limits against hostile input: element depth {@value #MAX_DEPTH}, {@value
 * #MAX_NODES} elements per top-level statement child (e.g. one batch entry with its transaction
 * details), {@value #MAX_TEXT} characters per element text, and 1,048,576 characters per token
 * (a text, a tag with its attributes, a comment), since the parser holds a whole token in memory.
 *
 * <p>Encoding: from the byte-order mark, else the XML declaration, else UTF-8 (ISO 20022
 * messages are UTF-8). Decoding is strict: bytes that are not valid in the encoding (including
 * overlong UTF-8 forms) are a {@link StatementParseException}, never replacement characters. Only
 * XML 1.0 is read.
 *
 * <p>Security: there is no DTD support at all; a document with a {@code DOCTYPE} is refused at
 * the DOCTYPE, before anything it declares is used, so entity expansion (billion laughs) and
 * external entities (XXE) cannot happen. Only the five predefined entities and character
 * references are replaced; any other entity reference is refused by name.
 *
 * <p>Mapping rules worth knowing:
 *
 * <ul>
 *   <li>An entry with several {@code TxDtls} yields one transaction per {@code TxDtls}; without
 *       {@code TxDtls} it yields one transaction built from the entry (its {@code AmtDtls},
 *       {@code Chrgs}, {@code AddtlNtryInf}).
 *   <li>The only transaction of an entry has the entry amount, since it is what was booked: when
 *       its {@code TxDtls/Amt} is in the same currency and differs, a {@link
 *       dev.o2c.matching.statement.Finding#BATCH_TOTAL_MISMATCH} reports it; a {@code TxDtls/Amt}
 *       in another currency (a payment converted on the way), or an {@code AmtDtls/TxAmt} that
 *       differs (before charges or conversion), becomes the instructed amount unless {@code
 *       AmtDtls/InstdAmt} gives one.
 *   <li>In a batch, a transaction's amount is {@code TxDtls/Amt}, else {@code AmtDtls/TxAmt/Amt},
 *       else zero in the entry currency (the batch check then reports the gap).
 *   <li>A transaction's direction is its own {@code CdtDbtInd} in a batch. For the only
 *       transaction of an entry the entry's indicator wins, since it is what was booked, and a
 *       disagreeing detail is reported as {@link dev.o2c.matching.statement.Finding#DIRECTION_MISMATCH}.
 *   <li>Opening booked is {@code OPBD}, else {@code PRCD}; the check opening + booked entries =
 *       closing ({@code CLBD}) is reported per statement; camt.053 without them gets a
 *       {@code MISSING_BALANCE} finding.
 *   <li>Amounts are exact at the currency's scale: {@code 8.850} EUR is read as 8.85, {@code
 *       8.855} EUR is a {@link StatementParseException}.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CamtReader implements StatementReader {

  /** Deepest element nesting accepted. */
  public static final int MAX_DEPTH = 64;
  /** Most elements accepted within one direct child of a statement, e.g. one entry. */
  public static final int MAX_NODES = 500_000;
  /** Longest element text accepted, in characters. */
  public static final int MAX_TEXT = 65_536;

  static final Pattern NAMESPACE =
      Pattern.compile("urn:iso:std:iso:20022:tech:xsd:camt\\.05([234])\\.001\\.[0-9]{2}");

  private static final Set<StatementFormat> FORMATS = Collections.unmodifiableSet(new LinkedHashSet<>(
      List.of(StatementFormat.CAMT_052, StatementFormat.CAMT_053, StatementFormat.CAMT_054)));

  /** Creates a reader. */
  public CamtReader() {}

  @Override
  public Set<StatementFormat> formats() {
    return FORMATS;
  }

  /**
   * Recognises XML whose first {@value StatementReaderRegistry#PEEK_BYTES} bytes name the namespace
   * {@code urn:iso:std:iso:20022:tech:xsd:camt.05x.001.yy} (camt.052, 053 or 054 in any version);
   * leading byte order marks, blanks and control bytes are skipped.
   *
   * @param head the first bytes of the file
   * @return {@link StatementFormat#CAMT_052}, {@link StatementFormat#CAMT_053} or {@link
   *     StatementFormat#CAMT_054}; empty for anything else
   */
  @Override
  public Optional<StatementFormat> detect(byte[] head) {
    String text = HeadText.of(head, StatementReaderRegistry.PEEK_BYTES);
    if (!text.startsWith("<")) {
      return Optional.empty();
    }
    Matcher m = NAMESPACE.matcher(text);
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

  /**
   * {@inheritDoc}
   *
   * @throws StatementParseException if the input is not a camt.052/053/054 document, is
   *     malformed or truncated, holds a DOCTYPE, exceeds the limits, or holds a value of the wrong
   *     type; the location is the element path, e.g. {@code
   *     /Document/BkToCstmrStmt[1]/Stmt[2]/Ntry[5]/Amt[1]}
   */
  @Override
  public void stream(InputStream in, String sourceName, StatementHandler handler) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(handler, "handler");
    new CamtSession(in, sourceName, handler).run();
  }

  /**
   * {@inheritDoc}
   *
   * <p>The format is the message's own (from its namespace), also when it holds no statement.
   *
   * @throws StatementParseException as for {@link #stream}
   */
  @Override
  public StatementFile readFile(InputStream in, String sourceName, UnreadableEntries unreadable) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(unreadable, "unreadable");
    List<Statement> statements = new ArrayList<>();
    StatementFormat format =
        new CamtSession(
                in,
                sourceName,
                new StatementHandler() {
                  private List<Entry> entries = new ArrayList<>();

                  @Override
                  public void onEntry(Entry entry) {
                    entries.add(entry);
                  }

                  @Override
                  public void onEntryFailure(StatementParseException failure) {
                    if (unreadable == UnreadableEntries.FAIL) {
                      throw failure;
                    }
                  }

                  @Override
                  public void onStatementEnd(Statement statement) {
                    statements.add(statement.withEntries(entries));
                    entries = new ArrayList<>();
                  }
                })
            .run();
    return StatementFile.of(format, sourceName, statements, List.of());
  }

  /**
   * The character encoding of a document from its first bytes, as XML 1.0 (appendix F) says: a
   * byte-order mark; else the byte pattern of {@code <?xml} in UTF-16 or UTF-32; else the {@code
   * encoding} of the XML declaration; else UTF-8.
   *
   * @param head the first bytes of the document
   * @param n how many of them there are
   * @return the charset and the length of the byte-order mark to skip
   * @throws IllegalArgumentException if the declared encoding is unknown to this JVM or cannot be
   *     what the bytes are written in
   */
  static Encoding encoding(byte[] head, int n) {
    int b0 = n > 0 ? head[0] & 0xFF : -1;
    int b1 = n > 1 ? head[1] & 0xFF : -1;
    int b2 = n > 2 ? head[2] & 0xFF : -1;
    int b3 = n > 3 ? head[3] & 0xFF : -1;
    if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      return new Encoding(StandardCharsets.UTF_8, 3);
    }
    if (b0 == 0x00 && b1 == 0x00 && b2 == 0xFE && b3 == 0xFF) {
      return new Encoding(Charset.forName("UTF-32BE"), 4);
    }
    if (b0 == 0xFF && b1 == 0xFE && b2 == 0x00 && b3 == 0x00) {
      return new Encoding(Charset.forName("UTF-32LE"), 4);
    }
    if (b0 == 0xFE && b1 == 0xFF) {
      return new Encoding(StandardCharsets.UTF_16BE, 2);
    }
    if (b0 == 0xFF && b1 == 0xFE) {
      return new Encoding(StandardCharsets.UTF_16LE, 2);
    }
    if (b0 == 0x00 && b1 == 0x00 && b2 == 0x00 && b3 == '<') {
      return new Encoding(Charset.forName("UTF-32BE"), 0);
    }
    if (b0 == '<' && b1 == 0x00 && b2 == 0x00 && b3 == 0x00) {
      return new Encoding(Charset.forName("UTF-32LE"), 0);
    }
    if (b0 == 0x00 && b1 == '<') {
      return new Encoding(StandardCharsets.UTF_16BE, 0);
    }
    if (b0 == '<' && b1 == 0x00) {
      return new Encoding(StandardCharsets.UTF_16LE, 0);
    }
    String start = new String(head, 0, n, StandardCharsets.ISO_8859_1);
    if (!start.startsWith("<?xml")) {
      return new Encoding(StandardCharsets.UTF_8, 0);
    }
    int end = start.indexOf("?>");
    Matcher m = ENCODING.matcher(end < 0 ? start : start.substring(0, end));
    if (!m.find()) {
      return new Encoding(StandardCharsets.UTF_8, 0);
    }
    String declared = m.group(1);
    String upper = declared.toUpperCase(java.util.Locale.ROOT);
    if (upper.startsWith("UTF-16") || upper.startsWith("UTF-32") || upper.startsWith("UCS") || upper.startsWith("UNICODE")) {
      throw new IllegalArgumentException(
          "the XML declaration says " + declared + " but the document is written in a single-byte or UTF-8 form");
    }
    Charset charset;
    try {
      charset = Charset.forName(declared);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the encoding '" + declared + "' of the XML declaration is not supported", e);
    }
    if (!charset.canEncode() || !charset.newEncoder().canEncode("<?xml") || !new String(
        "<?xml".getBytes(charset), StandardCharsets.ISO_8859_1).equals("<?xml")) {
      throw new IllegalArgumentException(
          "the encoding '" + declared + "' of the XML declaration cannot be what the document is written in");
    }
    return new Encoding(charset, 0);
  }

  /**
   * A document's character encoding.
   *
   * @param charset the charset to decode with
   * @param byteOrderMark the length of the byte-order mark, 0 without one
   */
  record Encoding(Charset charset, int byteOrderMark) {}

  private static final Pattern ENCODING =
      Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z][A-Za-z0-9._-]*)[\"']");
}
