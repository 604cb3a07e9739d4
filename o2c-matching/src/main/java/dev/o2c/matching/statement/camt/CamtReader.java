package dev.o2c.matching.statement.camt;

import dev.o2c.matching.statement.Entry;
import dev.o2c.matching.statement.Statement;
import dev.o2c.matching.statement.StatementFile;
import dev.o2c.matching.statement.StatementFormat;
import dev.o2c.matching.statement.StatementHandler;
import dev.o2c.matching.statement.StatementParseException;
import dev.o2c.matching.statement.StatementReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads ISO 20022 bank-to-customer cash management messages: camt.052 account reports, camt.053
 * statements and camt.054 debit/credit notifications, in every published version from {@code
 * 001.02} on (the namespace version is not checked; the element model is shared and elements that
 * changed between versions, such as {@code Sts} vs {@code Sts/Cd} or {@code Nm} vs {@code
 * Pty/Nm}, are read in both forms).
 *
 * <p>Streaming: the file is read with StAX; each statement element below the statement ({@code
 * Bal}, {@code Ntry}, ...) is held in memory only while it is mapped, so memory does not grow
 * with the number of entries. Limits against hostile input: element depth {@value #MAX_DEPTH},
 * {@value #MAX_NODES} elements per top-level statement child (e.g. one batch entry with its
 * transaction details), {@value #MAX_TEXT} characters per element text.
 *
 * <p>Security: DTDs are not supported and a {@code DOCTYPE} is rejected outright, so entity
 * expansion (billion laughs) and external entities (XXE) cannot happen.
 *
 * <p>Mapping rules worth knowing:
 *
 * <ul>
 *   <li>An entry with several {@code TxDtls} yields one transaction per {@code TxDtls}; without
 *       {@code TxDtls} it yields one transaction built from the entry (its {@code AmtDtls},
 *       {@code Chrgs}, {@code AddtlNtryInf}).
 *   <li>A transaction's amount is {@code TxDtls/Amt}, else {@code AmtDtls/TxAmt/Amt}, else (for
 *       the only transaction of an entry) the entry amount, else zero in the entry currency (the
 *       batch check then reports the gap).
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

  private static final Pattern NAMESPACE =
      Pattern.compile("urn:iso:std:iso:20022:tech:xsd:camt\\.05([234])\\.001\\.[0-9]{2}");

  private static final XMLInputFactory FACTORY = secureFactory();

  /** Creates a reader. */
  public CamtReader() {}

  @Override
  public Set<StatementFormat> formats() {
    return Collections.unmodifiableSet(
        EnumSet.of(StatementFormat.CAMT_052, StatementFormat.CAMT_053, StatementFormat.CAMT_054));
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
    new Session(in, sourceName, handler).run();
  }

  /**
   * {@inheritDoc}
   *
   * <p>The format is the message's own (from its namespace), also when it holds no statement.
   *
   * @throws StatementParseException as for {@link #stream}
   */
  @Override
  public StatementFile readFile(InputStream in, String sourceName) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    List<Statement> statements = new ArrayList<>();
    StatementFormat format =
        new Session(
                in,
                sourceName,
                new StatementHandler() {
                  private List<Entry> entries = new ArrayList<>();

                  @Override
                  public void onEntry(Entry entry) {
                    entries.add(entry);
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

  /** True for UTF-8 input: a UTF-8 byte-order mark, or no UTF-16/32 mark and a declared or default UTF-8. */
  static boolean isUtf8(byte[] head, int n) {
    if (n >= 2 && ((head[0] & 0xFF) == 0xFE || (head[0] & 0xFF) == 0xFF || head[0] == 0 || head[1] == 0)) {
      return false;
    }
    String start = new String(head, 0, n, StandardCharsets.ISO_8859_1);
    if (!start.startsWith("<?xml", start.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0)) {
      return true;
    }
    int end = start.indexOf("?>");
    String declaration = end < 0 ? start : start.substring(0, end);
    Matcher m = ENCODING.matcher(declaration);
    return !m.find() || m.group(1).equalsIgnoreCase("UTF-8") || m.group(1).equalsIgnoreCase("UTF8");
  }

  private static final Pattern ENCODING =
      Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

  private static XMLInputFactory secureFactory() {
    // The JDK's own implementation, whatever else is on the class path, so the settings are known.
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
    f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.FALSE);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    return f;
  }

  /** Wraps an exception thrown by the caller's handler so that it passes through unchanged. */
  private static final class HandlerFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HandlerFailure(RuntimeException cause) {
      super(cause);
    }
  }

  /** One reading of one input. */
  private static final class Session {
    private final InputStream in;
    private final String sourceName;
    private final StatementHandler handler;
    private XMLStreamReader xml;
    private String currentPath = "/";
    /** The element being read inside a tree, or null; its path is computed only on failure. */
    private XmlNode currentNode;
    private CamtMapper mapper;
    /** Storage for the entry being read, reused from entry to entry. */
    private final XmlNode.Arena entryArena = new XmlNode.Arena();

    Session(InputStream in, String sourceName, StatementHandler handler) {
      this.in = in;
      this.sourceName = sourceName;
      this.handler = handler;
    }

    /** Reads everything and returns the message's format. */
    StatementFormat run() {
      try {
        xml = open(in);
        return document();
      } catch (HandlerFailure h) {
        throw (RuntimeException) h.getCause();
      } catch (StatementParseException e) {
        throw e;
      } catch (XMLStreamException e) {
        throw fail(location(), "malformed XML: " + describe(e), e);
      } catch (RuntimeException e) {
        // Parser internals and value conversions: whatever it is, the caller gets a position.
        throw fail(location(), "cannot read: " + e, e);
      } finally {
        if (xml != null) {
          try {
            xml.close();
          } catch (XMLStreamException | RuntimeException ignored) {
            // Closing the reader never closes the caller's stream; nothing to recover.
          }
        }
      }
    }

    /**
     * Opens the parser. UTF-8 input (declared, or undeclared without a byte-order mark, the usual
     * case for camt) is decoded here with a strict decoder: on a malformed byte the JDK parser would
     * otherwise print "[Fatal Error]" to standard error, and a library must not write there. Other
     * encodings go to the parser as bytes, as before.
     */
    private XMLStreamReader open(InputStream raw) throws XMLStreamException {
      BufferedInputStream buffered = new BufferedInputStream(raw, 8192);
      buffered.mark(512);
      byte[] head = new byte[512];
      int n;
      try {
        n = buffered.readNBytes(head, 0, head.length);
        buffered.reset();
        if (!isUtf8(head, n)) {
          return FACTORY.createXMLStreamReader(buffered);
        }
        if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
          buffered.skipNBytes(3);
        }
      } catch (IOException e) {
        throw fail(currentPath, "cannot read: " + e.getMessage(), e);
      }
      CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      return FACTORY.createXMLStreamReader(new InputStreamReader(buffered, decoder));
    }

    private StatementParseException fail(String path, String problem, Throwable cause) {
      return new StatementParseException(sourceName, path, problem, cause);
    }

    private String location() {
      return currentNode != null ? currentNode.path() : currentPath;
    }

    private Throwable next(Throwable t) {
      Throwable n = t instanceof XMLStreamException ? ((XMLStreamException) t).getNestedException() : null;
      n = n != null ? n : t.getCause();
      return n == t ? null : n;
    }

    private String describe(XMLStreamException e) {
      Location loc = e.getLocation();
      String msg = e.getMessage() == null ? e.toString() : e.getMessage();
      // The JDK prefixes "ParseError at [row,col]:..." itself; keep one position only.
      msg = msg.replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
      for (Throwable c = e; c != null; c = next(c)) {
        if (c instanceof java.nio.charset.CharacterCodingException) {
          // The decoder runs ahead of the parser, so the parser's position is a lower bound.
          return "the bytes are not valid UTF-8 (read as UTF-8 unless the XML declaration says otherwise)"
              + (loc == null ? "" : " at or after line " + loc.getLineNumber() + ", column " + loc.getColumnNumber());
        }
      }
      if (msg.contains("Premature end of file") || msg.contains("must start and end within")) {
        msg = "file ends too early (truncated?): " + msg;
      }
      return loc == null
          ? msg
          : msg + " (line " + loc.getLineNumber() + ", column " + loc.getColumnNumber() + ")";
    }

    /** Moves to the next start or end tag; refuses DOCTYPEs, entity references and EOF. */
    private int nextTag() throws XMLStreamException {
      while (true) {
        int ev = next();
        if (ev == XMLStreamConstants.START_ELEMENT || ev == XMLStreamConstants.END_ELEMENT) {
          return ev;
        }
      }
    }

    private int next() throws XMLStreamException {
      if (!xml.hasNext()) {
        throw fail(location(), "unexpected end of file (truncated?)", null);
      }
      int ev = xml.next();
      switch (ev) {
        case XMLStreamConstants.DTD:
          throw fail(location(), "a DOCTYPE is not allowed in a camt message", null);
        case XMLStreamConstants.ENTITY_REFERENCE:
          throw fail(location(), "entity reference &" + xml.getLocalName() + "; not allowed", null);
        case XMLStreamConstants.END_DOCUMENT:
          throw fail(location(), "unexpected end of file (truncated?)", null);
        default:
          return ev;
      }
    }

    private StatementFormat document() throws XMLStreamException {
      int ev = xml.getEventType();
      while (ev != XMLStreamConstants.START_ELEMENT) {
        if (ev == XMLStreamConstants.DTD) {
          throw fail("/", "a DOCTYPE is not allowed in a camt message", null);
        }
        if (!xml.hasNext()) {
          throw fail("/", "no root element (empty or truncated file)", null);
        }
        ev = xml.next();
        if (ev == XMLStreamConstants.END_DOCUMENT) {
          throw fail("/", "no root element (empty or truncated file)", null);
        }
      }
      String rootName = xml.getLocalName();
      String ns = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
      Matcher m = NAMESPACE.matcher(ns);
      if (!rootName.equals("Document") || !m.matches()) {
        throw fail(
            "/" + rootName,
            "not a camt.052/053/054 document (root '" + rootName + "', namespace '" + ns + "')",
            null);
      }
      StatementFormat format =
          m.group(1).equals("2")
              ? StatementFormat.CAMT_052
              : m.group(1).equals("3") ? StatementFormat.CAMT_053 : StatementFormat.CAMT_054;
      mapper = new CamtMapper(sourceName, format);
      String docPath = "/Document";
      currentPath = docPath;
      Map<String, Integer> counts = new HashMap<>();
      while (nextTag() == XMLStreamConstants.START_ELEMENT) {
        String name = xml.getLocalName();
        String path = childPath(docPath, name, counts);
        currentPath = path;
        if (name.equals("BkToCstmrStmt")
            || name.equals("BkToCstmrAcctRpt")
            || name.equals("BkToCstmrDbtCdtNtfctn")) {
          message(path);
        } else {
          skip(2);
        }
        currentPath = docPath;
      }
      // Anything after the root must still be well-formed; read to the end so truncation shows.
      while (xml.hasNext()) {
        int e = xml.next();
        if (e == XMLStreamConstants.DTD) {
          throw fail(docPath, "a DOCTYPE is not allowed in a camt message", null);
        }
      }
      return format;
    }

    private void message(String msgPath) throws XMLStreamException {
      Map<String, Integer> counts = new HashMap<>();
      while (nextTag() == XMLStreamConstants.START_ELEMENT) {
        String name = xml.getLocalName();
        String path = childPath(msgPath, name, counts);
        currentPath = path;
        if (name.equals("GrpHdr")) {
          mapper.groupHeader(tree(name, path, 3));
          currentNode = null;
        } else if (name.equals("Stmt") || name.equals("Rpt") || name.equals("Ntfctn")) {
          statement(name, path);
        } else {
          skip(3);
        }
        currentPath = msgPath;
      }
    }

    private void statement(String stmtName, String stmtPath) throws XMLStreamException {
      XmlNode header = new XmlNode(stmtName, stmtPath);
      int headerNodes = 0;
      CamtMapper.StatementState state = null;
      long entryOrdinal = 0;
      while (nextTag() == XMLStreamConstants.START_ELEMENT) {
        String name = xml.getLocalName();
        if (name.equals("Ntry")) {
          if (state == null) {
            state = mapper.startStatement(header);
            call(handler::onStatementStart, state.header());
          }
          entryOrdinal++;
          // The previous entry is mapped to immutable values by now, so its storage is reused.
          entryArena.reset();
          XmlNode ntry = entryArena.root(name, stmtPath, entryOrdinal);
          readInto(ntry, 4);
          // Failures while mapping are located at the entry; its path is built only then.
          currentNode = ntry;
          Entry entry = mapper.entry(state, ntry, entryOrdinal);
          currentNode = null;
          call(handler::onEntry, entry);
        } else {
          XmlNode child = header.addChild(name);
          headerNodes += readInto(child, 4);
          if (headerNodes > MAX_NODES) {
            throw fail(stmtPath, "more than " + MAX_NODES + " elements outside the entries", null);
          }
        }
        currentNode = null;
        currentPath = stmtPath;
      }
      if (state == null) {
        state = mapper.startStatement(header);
        call(handler::onStatementStart, state.header());
      }
      call(handler::onStatementEnd, mapper.endStatement(state, header));
    }

    private <T> void call(java.util.function.Consumer<T> callback, T value) {
      try {
        callback.accept(value);
      } catch (RuntimeException e) {
        throw new HandlerFailure(e);
      }
    }

    private static String childPath(String parent, String name, Map<String, Integer> counts) {
      return parent + "/" + name + "[" + counts.merge(name, 1, Integer::sum) + "]";
    }

    private XmlNode tree(String name, String path, int depth) throws XMLStreamException {
      XmlNode root = new XmlNode(name, path);
      readInto(root, depth);
      return root;
    }

    /**
     * Reads the current element (at its start tag) and everything in it into the node.
     *
     * @return the number of elements read
     */
    private int readInto(XmlNode root, int rootDepth) throws XMLStreamException {
      currentNode = root;
      copyAttributes(root);
      // The open elements are the chain of parents from top up to root; level counts them.
      XmlNode top = root;
      int level = 1;
      int nodes = 1;
      while (level > 0) {
        int ev = next();
        switch (ev) {
          case XMLStreamConstants.START_ELEMENT:
            if (rootDepth + level > MAX_DEPTH) {
              throw fail(top.path(), "elements nested deeper than " + MAX_DEPTH, null);
            }
            if (++nodes > MAX_NODES) {
              throw fail(root.path(), "more than " + MAX_NODES + " elements", null);
            }
            top = top.addChild(xml.getLocalName());
            currentNode = top;
            copyAttributes(top);
            level++;
            break;
          case XMLStreamConstants.CHARACTERS:
          case XMLStreamConstants.CDATA:
          case XMLStreamConstants.SPACE:
            char[] chars = xml.getTextCharacters();
            int start = xml.getTextStart();
            int length = xml.getTextLength();
            // Indentation after a child is dropped. Same test as XMLStreamReader.isWhiteSpace(),
            // which is false for SPACE events, done here on the characters already fetched.
            if (top.hasChildren() && ev != XMLStreamConstants.SPACE && blank(chars, start, length)) {
              break;
            }
            if ((long) top.textLength() + length > MAX_TEXT) {
              throw fail(top.path(), "text longer than " + MAX_TEXT + " characters", null);
            }
            top.appendText(chars, start, length);
            break;
          case XMLStreamConstants.END_ELEMENT:
            level--;
            if (level > 0) {
              top = top.parent();
              currentNode = top;
            }
            break;
          default:
            break;
        }
      }
      return nodes;
    }

    /** Whether the characters are all XML white space (space, tab, line feed, return). */
    private static boolean blank(char[] chars, int start, int length) {
      for (int i = start, end = start + length; i < end; i++) {
        char c = chars[i];
        if (c != ' ' && c != '\n' && c != '\t' && c != '\r') {
          return false;
        }
      }
      return true;
    }

    private void copyAttributes(XmlNode node) {
      for (int i = 0; i < xml.getAttributeCount(); i++) {
        node.putAttribute(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
      }
    }

    /** Skips the current element (at its start tag) without keeping anything. */
    private void skip(int depth) throws XMLStreamException {
      int level = 1;
      while (level > 0) {
        int ev = next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          level++;
          if (depth + level > MAX_DEPTH) {
            throw fail(location(), "elements nested deeper than " + MAX_DEPTH, null);
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          level--;
        }
      }
    }
  }
}
