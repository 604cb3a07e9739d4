package dev.o2c.matching.statement.camt;

import com.fasterxml.aalto.UncheckedStreamException;
import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLInputFactory2;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * The XML parser of the camt reader: Aalto's StAX reader over the document's characters, set up
 * for untrusted bank files, and the translation of what goes wrong into one problem text with a
 * line and column.
 *
 * <p>What is ours, not Aalto's: the decoding (Aalto alone accepts overlong UTF-8 such as {@code C0
 * AF}, so the bytes go through a strict {@link java.nio.charset.CharsetDecoder} first, chosen by
 * {@link CamtReader#encoding}); the refusal of any DTD and of entity references (there is no DTD,
 * so only the five predefined entities exist); XML 1.0 only; and a limit of {@value #MAX_TOKEN}
 * characters on any one token (a text, a tag with its attributes, a comment), because Aalto keeps a
 * whole token in memory before it reports it and has no limit of its own. The reader's limits on
 * depth, element count and text length are applied by its session, event by event.
 *
 * <p>Not thread-safe; one instance reads one document.
 */
final class XmlInput {

  /** Most characters in one token: a text, a start tag with its attributes, a comment. */
  static final int MAX_TOKEN = 1 << 20;

  // Thread-safe once configured: each reader gets its own copy of the configuration.
  private static final XMLInputFactory2 FACTORY = factory();

  private final CountingReader chars;
  private final String charsetName;
  private XMLStreamReader2 xml;

  private XmlInput(CountingReader chars, String charsetName) {
    this.chars = chars;
    this.charsetName = charsetName;
  }

  private static XMLInputFactory2 factory() {
    XMLInputFactory2 f = new InputFactoryImpl();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
    f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.FALSE);
    // An undeclared entity then comes as an event the session refuses with its name, instead of
    // Aalto's "not (yet) implemented".
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
    // Interned names: the mapper's lookups by literal name end at String.equals' identity check.
    f.setProperty(XMLInputFactory2.P_INTERN_NAMES, Boolean.TRUE);
    return f;
  }

  /**
   * Sets up the decoding of a document: finds its encoding and decodes strictly. The parser starts
   * with {@link #start()}.
   *
   * @param raw the document's bytes
   * @return the input
   * @throws IllegalArgumentException if the declared encoding is unknown or impossible
   * @throws IOException if reading the first bytes fails
   */
  static XmlInput decode(InputStream raw) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 16);
    buffered.mark(512);
    byte[] head = new byte[512];
    int n = buffered.readNBytes(head, 0, head.length);
    buffered.reset();
    CamtReader.Encoding encoding = CamtReader.encoding(head, n);
    buffered.skipNBytes(encoding.byteOrderMark());
    // Strict: a byte sequence that is not valid in the encoding is an error, never a replacement.
    Reader decoded = new Decoding(buffered, encoding.charset().newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
    return new XmlInput(new CountingReader(decoded), encoding.charset().name());
  }

  /**
   * Starts the parser, which reads the XML declaration.
   *
   * @throws XMLStreamException if the declaration is malformed or not XML 1.0, or the first
   *     characters cannot be decoded
   */
  void start() throws XMLStreamException {
    xml = (XMLStreamReader2) FACTORY.createXMLStreamReader(chars);
    chars.parser = xml;
    String version = xml.getVersion();
    if (version != null && !version.equals("1.0")) {
      // XML 1.1 changes the character and line-end rules; no camt message uses it.
      // Without a location: the JDK's constructor would write it into the message; problem() adds
      // the parser's position instead.
      throw new XMLStreamException("XML version '" + version + "' is not read: only XML 1.0");
    }
  }

  /** {@return the parser, after {@link #start()}} */
  XMLStreamReader2 xml() {
    return xml;
  }

  /** {@return the name of the charset the document is decoded with} */
  String charsetName() {
    return charsetName;
  }

  /**
   * Reads the next event, refusing a DTD and entity references.
   *
   * @return the event type, as {@link XMLStreamConstants}
   * @throws XMLStreamException if the document is not well-formed here, or holds a DTD or an
   *     entity reference
   */
  int next() throws XMLStreamException {
    int ev = xml.next();
    if (ev == XMLStreamConstants.DTD || ev == XMLStreamConstants.ENTITY_REFERENCE) {
      throw refused(ev);
    }
    return ev;
  }

  private XMLStreamException refused(int ev) {
    if (ev == XMLStreamConstants.DTD) {
      return new Refused("a DOCTYPE is not allowed: documents with a DTD are refused");
    }
    return new XMLStreamException(
        "undeclared entity '&" + xml.getLocalName() + ";' (without a DTD only &amp; &lt; &gt; &apos;"
            + " &quot; and character references exist)");
  }

  /** A document refused for what it holds (a DTD), not for its syntax. */
  static final class Refused extends XMLStreamException {
    private static final long serialVersionUID = 1L;

    Refused(String problem) {
      super(problem);
    }
  }

  /** The limit on one token was passed; carried through the parser as the cause of its exception. */
  static final class TokenTooLong extends IOException {
    private static final long serialVersionUID = 1L;

    TokenTooLong() {
      super("a text, tag or comment longer than " + MAX_TOKEN + " characters");
    }
  }

  /**
   * What went wrong while parsing, in words, with the position where the parser noticed, e.g.
   * {@code malformed XML: Unexpected end tag: expected </A> (line 3, column 17)}.
   *
   * @param e the parser's exception, or Aalto's unchecked wrapper of one
   * @return the problem text
   */
  String problem(Exception e) {
    Throwable t = e instanceof UncheckedStreamException && e.getCause() != null ? e.getCause() : e;
    if (t instanceof Refused) {
      return t.getMessage();
    }
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof CharacterCodingException) {
        // The decoder runs ahead of the parser, so the parser's position is a lower bound.
        return "the bytes are not valid " + charsetName
            + " (read as UTF-8 unless a byte-order mark or the XML declaration says otherwise)"
            + " at or after " + position(location(null));
      }
      if (c instanceof TokenTooLong) {
        return c.getMessage() + " at " + position(location(null));
      }
    }
    if (t instanceof XMLStreamException) {
      XMLStreamException x = (XMLStreamException) t;
      if (x.getCause() instanceof IOException) {
        return "cannot read: " + x.getCause();
      }
      String message = withoutLocation(x.getMessage());
      boolean eof = message.toLowerCase(java.util.Locale.ROOT).contains("end-of-input");
      return "malformed XML: " + message + (eof ? " (truncated?)" : "") + " (" + position(location(x)) + ")";
    }
    return "cannot read: " + t;
  }

  /** Where the exception says it happened, else where the parser is, else null before it started. */
  private Location location(XMLStreamException e) {
    if (e != null && e.getLocation() != null) {
      return e.getLocation();
    }
    return xml == null ? null : xml.getLocation();
  }

  /** Aalto appends the location on a line of its own; the problem text names it once, our way. */
  private static String withoutLocation(String message) {
    if (message == null) {
      return "not well-formed";
    }
    int cut = message.indexOf("\n at ");
    return (cut < 0 ? message : message.substring(0, cut)).strip();
  }

  private static String position(Location at) {
    return at == null ? "the start of the document"
        : "line " + at.getLineNumber() + ", column " + at.getColumnNumber();
  }

  /**
   * The document's bytes decoded, as {@link java.io.InputStreamReader} decodes them (the same strict
   * decoder, bytes read 8,192 at a time, the caller's buffer filled as far as the stream has bytes
   * ready), but handed to the decoder in windows of {@value #WINDOW} bytes. The JDK's UTF-8 decoder
   * copies ASCII fast only up to the first other character of each call and goes on byte by byte
   * from there; in a generated camt.053 of 68 MB, 89 % of 8 KB blocks hold an accented letter or
   * other non-ASCII character, so most bytes took the slow way. With short windows the fast copy
   * resumes soon after each: decoding that file took 14-15 ms instead of 41-43 ms.
   */
  private static final class Decoding extends Reader {
    private static final int WINDOW = 256;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private boolean endOfInput;
    private boolean done;
    /** The second of two characters decoded for a read of one (a surrogate pair needs both); -1 for none. */
    private int pending = -1;

    Decoding(InputStream in, CharsetDecoder decoder) {
      this.in = in;
      this.decoder = decoder;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      if (pending >= 0) {
        buffer[offset] = (char) pending;
        pending = -1;
        return 1;
      }
      if (done) {
        return -1;
      }
      if (length == 1) {
        return readOne(buffer, offset);
      }
      CharBuffer out = CharBuffer.wrap(buffer, offset, length);
      while (true) {
        int limit = bytes.limit();
        boolean window = limit - bytes.position() > WINDOW;
        if (window) {
          bytes.limit(bytes.position() + WINDOW);
        }
        CoderResult result = decoder.decode(bytes, out, endOfInput && !window);
        bytes.limit(limit);
        if (result.isError()) {
          result.throwException();
        }
        if (result.isOverflow()) {
          break;
        }
        if (window) {
          continue;
        }
        if (endOfInput) {
          // An overflow here leaves the rest to the next read, which flushes again.
          done = decoder.flush(out).isUnderflow();
          break;
        }
        // As InputStreamReader: wait for the stream at most once per read.
        if (!out.hasRemaining() || out.position() > offset && !bytesReady()) {
          break;
        }
        fill();
      }
      int n = out.position() - offset;
      return n == 0 && done ? -1 : n;
    }

    /** One character, when a supplementary one may need two: the second is kept for the next read. */
    private int readOne(char[] buffer, int offset) throws IOException {
      char[] pair = new char[2];
      int n = read(pair, 0, 2);
      if (n < 0) {
        return -1;
      }
      buffer[offset] = pair[0];
      if (n == 2) {
        pending = pair[1];
      }
      return 1;
    }

    private boolean bytesReady() {
      try {
        return in.available() > 0;
      } catch (IOException e) {
        return false;
      }
    }

    /** Reads more bytes behind the ones not yet decoded (at most three, of an unfinished character). */
    private void fill() throws IOException {
      bytes.compact();
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        endOfInput = true;
      } else {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /**
   * The decoded characters on their way to the parser, counted: when the parser asks for more
   * after {@link #MAX_TOKEN} characters have been read since the start of its current token, the
   * token is too long (so the limit holds give or take one read of the parser's buffer, a few
   * thousand characters). The parser's token start is asked for only then, so counting costs one
   * addition per block read.
   */
  private static final class CountingReader extends Reader {
    private final Reader in;
    private XMLStreamReader2 parser;
    private long consumed;
    /** The start of the parser's current token as last asked for; at or before the real one. */
    private long tokenStart;

    CountingReader(Reader in) {
      this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      if (consumed - tokenStart > MAX_TOKEN && parser != null) {
        tokenStart = parser.getLocationInfo().getStartingCharOffset();
        if (consumed - tokenStart > MAX_TOKEN) {
          throw new TokenTooLong();
        }
      }
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        consumed += n;
      }
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
