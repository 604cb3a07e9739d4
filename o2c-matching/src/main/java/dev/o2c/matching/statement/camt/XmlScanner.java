package dev.o2c.matching.statement.camt;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * A strict, non-validating pull scanner for XML 1.0 documents with namespaces, written for camt
 * messages: every event the camt reader needs (start tag with attributes, end tag, text) and
 * nothing it does not.
 *
 * <p>Why not StAX: the JDK's parser spent most of the camt reader's time on work a camt message
 * never needs (DTD machinery, entity management, security-limit bookkeeping per character). This
 * scanner reads decoded characters from a {@link Reader} in large blocks and checks the
 * well-formedness rules a document must meet, then hands out names as shared {@code String}
 * instances and text as slices of its buffer.
 *
 * <p>What it checks: the XML declaration; matching start and end tags; one root element;
 * attribute syntax and uniqueness; the XML 1.0 (fifth edition) name and character rules; comments,
 * processing instructions and CDATA sections; entity references (only the five predefined
 * entities and character references exist, since there is no DTD); {@code ]]>} outside CDATA;
 * namespace prefixes declared before use; nothing but comments, processing instructions and white
 * space outside the root.
 *
 * <p>What it refuses outright: any {@code DOCTYPE}. A document that declares a DTD is rejected
 * before anything in it is read, so entity expansion (billion laughs) and external entities (XXE)
 * cannot happen.
 *
 * <p>Text is returned as the XML processor would report it: line ends normalised to {@code \n},
 * entity and character references replaced, CDATA content as text. A long text may come as several
 * consecutive {@link #TEXT} events. Attribute values are normalised as for undeclared (CDATA)
 * attributes: each white-space character becomes a space.
 *
 * <p>Positions: {@link #line()} counts line feeds, {@link #column()} counts characters (UTF-16
 * units) since the last line feed, both from 1.
 *
 * <p>Not thread-safe; one instance reads one document.
 */
final class XmlScanner {

  /** A start tag; an empty-element tag gives a start and then an end event. */
  static final int START_ELEMENT = 1;
  /** An end tag. */
  static final int END_ELEMENT = 2;
  /** Character data, CDATA content or replaced references, possibly one of several pieces. */
  static final int TEXT = 3;
  /** After the root element and anything following it; returned again on every later call. */
  static final int END_DOCUMENT = 4;

  /** Longest name, attribute value, comment, processing instruction or text piece, in chars. */
  static final int MAX_TOKEN = 1 << 20;
  /** Deepest element nesting the scanner itself accepts; readers set tighter limits. */
  static final int MAX_DEPTH = 4096;
  /** Most attributes on one element. */
  static final int MAX_ATTRIBUTES = 256;

  static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
  static final String XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";

  // Character classes of ASCII text; anything not PLAIN ends the fast text loop.
  private static final byte PLAIN = 0;
  private static final byte SPECIAL = 1;
  private static final byte INVALID = 2;
  private static final byte[] TEXT_CLASS = new byte[128];
  // Name characters of ASCII: bit 1 may start a name, bit 2 may continue one.
  private static final byte[] NAME_CLASS = new byte[128];

  static {
    for (int c = 0; c < 0x20; c++) {
      TEXT_CLASS[c] = INVALID;
    }
    TEXT_CLASS['\t'] = PLAIN;
    TEXT_CLASS['\n'] = PLAIN;
    TEXT_CLASS['\r'] = SPECIAL;
    TEXT_CLASS['<'] = SPECIAL;
    TEXT_CLASS['&'] = SPECIAL;
    TEXT_CLASS[']'] = SPECIAL;
    for (int c = 'a'; c <= 'z'; c++) {
      NAME_CLASS[c] = 3;
      NAME_CLASS[c - 'a' + 'A'] = 3;
    }
    NAME_CLASS['_'] = 3;
    NAME_CLASS[':'] = 3;
    for (int c = '0'; c <= '9'; c++) {
      NAME_CLASS[c] = 2;
    }
    NAME_CLASS['-'] = 2;
    NAME_CLASS['.'] = 2;
  }

  private final Reader in;
  private char[] buf;
  private int pos;
  private int limit;
  /** Start of the token being scanned: a refill keeps everything from here on. */
  private int mark;
  /**
   * Start of the characters of the current text or value not yet copied to the out buffer (at or
   * after {@link #mark}); a refill moves it with the buffer, as it moves {@link #pos}.
   */
  private int start;
  private boolean eof;

  /** Line and column of {@code buf[0]}. */
  private long lineBase = 1;
  private long columnBase = 1;

  private final Symbols symbols = new Symbols();

  // Open elements, as qualified names, and where each one's namespace declarations start.
  private String[] open = new String[16];
  private String[] openLocal = new String[16];
  private String[] openPrefix = new String[16];
  private int[] openNamespaces = new int[16];
  private int depth;
  private boolean started;
  private boolean finished;
  private boolean pendingEnd;

  // In-scope namespace declarations, innermost last.
  private String[] nsPrefixes = new String[8];
  private String[] nsUris = new String[8];
  private int nsCount;
  /** Where the declarations of the start tag being read begin. */
  private int elementNamespaces;

  // The current event.
  private String prefix;
  private String localName;
  private String[] attributes = new String[4 * 4];
  /** Where the last name read by {@link #name} starts in the buffer, valid until the next read. */
  private int nameStart;
  private int attributeCount;
  /** Whether an attribute of the current start tag has a prefix to resolve. */
  private boolean prefixedAttributes;
  private char[] text;
  private int textStart;
  private int textLength;

  /** Characters of a text or value that could not stay a slice of the buffer. */
  private char[] out = new char[256];
  private int outLength;

  /**
   * Creates a scanner over decoded characters.
   *
   * @param in the document's characters; a leading byte-order mark (U+FEFF) is skipped
   */
  XmlScanner(Reader in) {
    this(in, 1 << 15);
  }

  /**
   * Creates a scanner with a given initial buffer; tests use tiny buffers so that every token
   * crosses a buffer boundary somewhere.
   *
   * @param in the document's characters
   * @param bufferSize the initial buffer size in chars, at least 2
   */
  XmlScanner(Reader in, int bufferSize) {
    this.in = in;
    this.buf = new char[Math.max(2, bufferSize)];
  }

  // ---------------------------------------------------------------- the current event

  /** {@return the local name of the current start or end element} */
  String localName() {
    return localName;
  }

  /**
   * The namespace of the current start element.
   *
   * @return the namespace name, or an empty string for none
   */
  String namespaceUri() {
    String uri = resolve(prefix == null ? "" : prefix);
    return uri == null ? "" : uri;
  }

  /** {@return the number of attributes of the current start element, namespace declarations not counted} */
  int attributeCount() {
    return attributeCount;
  }

  /**
   * The local name of an attribute.
   *
   * @param i the attribute's index, from 0
   * @return its local name
   */
  String attributeLocalName(int i) {
    return attributes[4 * i + 2];
  }

  /**
   * The normalised value of an attribute.
   *
   * @param i the attribute's index, from 0
   * @return its value, references replaced
   */
  String attributeValue(int i) {
    return attributes[4 * i + 3];
  }

  /** {@return the array holding the current text; valid until the next event} */
  char[] textCharacters() {
    return text;
  }

  /** {@return where the current text starts in {@link #textCharacters()}} */
  int textStart() {
    return textStart;
  }

  /** {@return the length of the current text} */
  int textLength() {
    return textLength;
  }

  /** {@return the line of the scanner's position, from 1} */
  long line() {
    long line = lineBase;
    for (int i = 0; i < pos && i < limit; i++) {
      if (buf[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /** {@return the column of the scanner's position, from 1} */
  long column() {
    int lastFeed = -1;
    for (int i = 0; i < pos && i < limit; i++) {
      if (buf[i] == '\n') {
        lastFeed = i;
      }
    }
    return lastFeed < 0 ? columnBase + pos : pos - lastFeed;
  }

  // ---------------------------------------------------------------- events

  /**
   * Reads the next event.
   *
   * @return {@link #START_ELEMENT}, {@link #END_ELEMENT}, {@link #TEXT} or {@link #END_DOCUMENT}
   * @throws XmlSyntaxException if the document is not well-formed at this point, including when it
   *     ends before the root element is closed
   * @throws IOException if reading or decoding the characters fails
   */
  int next() throws XmlSyntaxException, IOException {
    if (pendingEnd) {
      pendingEnd = false;
      closeElement();
      return END_ELEMENT;
    }
    if (finished) {
      return END_DOCUMENT;
    }
    if (depth == 0) {
      return started ? epilog() : prolog();
    }
    while (true) {
      mark = pos;
      if (pos == limit && !fill(1)) {
        throw error("unexpected end of file inside element '" + open[depth - 1] + "' (truncated?)");
      }
      if (buf[pos] != '<') {
        return text();
      }
      if (!ensure(2)) {
        throw error("unexpected end of file after '<' (truncated?)");
      }
      char c = buf[pos + 1];
      if (c == '/') {
        return endTag();
      } else if (c == '!') {
        if (ensure(9) && startsWith("<![CDATA[")) {
          return cdata();
        }
        if (ensure(4) && startsWith("<!--")) {
          comment();
          continue;
        }
        throw error("'<!' inside an element is neither a comment nor a CDATA section");
      } else if (c == '?') {
        processingInstruction();
      } else {
        return startTag();
      }
    }
  }

  private int prolog() throws XmlSyntaxException, IOException {
    if (!ensure(1)) {
      throw error("no root element (empty or truncated file)");
    }
    if (pos == 0 && lineBase == 1 && columnBase == 1 && buf[0] == '\uFEFF') {
      pos++;
      columnBase--;
    }
    if (ensure(6) && startsWith("<?xml") && isSpace(buf[pos + 5])) {
      declaration();
    }
    while (true) {
      skipSpaces();
      mark = pos;
      if (!ensure(1)) {
        throw error("no root element (empty or truncated file)");
      }
      if (buf[pos] != '<') {
        throw error("text is not allowed before the root element");
      }
      if (!ensure(2)) {
        throw error("unexpected end of file after '<' (truncated?)");
      }
      char c = buf[pos + 1];
      if (c == '?') {
        processingInstruction();
      } else if (c == '!') {
        if (ensure(9) && startsWith("<!DOCTYPE")) {
          throw error("a DOCTYPE is not allowed: documents with a DTD are refused");
        }
        if (ensure(4) && startsWith("<!--")) {
          comment();
        } else {
          throw error("'<!' before the root element is neither a comment nor a DOCTYPE");
        }
      } else {
        started = true;
        return startTag();
      }
    }
  }

  private int epilog() throws XmlSyntaxException, IOException {
    while (true) {
      skipSpaces();
      mark = pos;
      if (!ensure(1)) {
        finished = true;
        return END_DOCUMENT;
      }
      if (buf[pos] != '<') {
        throw error("text is not allowed after the root element");
      }
      if (!ensure(2)) {
        throw error("unexpected end of file after '<'");
      }
      char c = buf[pos + 1];
      if (c == '?') {
        processingInstruction();
      } else if (c == '!' && ensure(4) && startsWith("<!--")) {
        comment();
      } else if (c == '!' && ensure(9) && startsWith("<!DOCTYPE")) {
        throw error("a DOCTYPE is not allowed: documents with a DTD are refused");
      } else {
        throw error("markup after the root element: a document has one root element");
      }
    }
  }

  // ---------------------------------------------------------------- tags

  private int startTag() throws XmlSyntaxException, IOException {
    pos++; // '<'
    String name = name("element name");
    int colon = name.indexOf(':');
    String elementPrefix = null;
    String elementLocal = name;
    if (colon >= 0) {
      checkQName(name, colon, "element");
      elementPrefix = name.substring(0, colon);
      elementLocal = symbols.of(buf, nameStart + colon + 1, name.length() - colon - 1);
    }
    int nsBefore = nsCount;
    elementNamespaces = nsBefore;
    attributeCount = 0;
    prefixedAttributes = false;
    boolean empty;
    while (true) {
      boolean spaced = skipSpaces();
      if (!ensure(1)) {
        throw error("unexpected end of file inside the start tag of '" + name + "' (truncated?)");
      }
      char c = buf[pos];
      if (c == '>') {
        pos++;
        empty = false;
        break;
      }
      if (c == '/') {
        if (!ensure(2)) {
          throw error("unexpected end of file inside the start tag of '" + name + "' (truncated?)");
        }
        if (buf[pos + 1] != '>') {
          throw error("'/' in the start tag of '" + name + "' must be followed by '>'");
        }
        pos += 2;
        empty = true;
        break;
      }
      if (!spaced) {
        throw error("attributes of '" + name + "' must be separated by white space");
      }
      attribute(name);
    }
    if (depth == MAX_DEPTH) {
      throw error("elements nested deeper than " + MAX_DEPTH);
    }
    if (depth == open.length) {
      open = Arrays.copyOf(open, depth * 2);
      openLocal = Arrays.copyOf(openLocal, depth * 2);
      openPrefix = Arrays.copyOf(openPrefix, depth * 2);
      openNamespaces = Arrays.copyOf(openNamespaces, depth * 2);
    }
    open[depth] = name;
    openLocal[depth] = elementLocal;
    openPrefix[depth] = elementPrefix;
    openNamespaces[depth] = nsBefore;
    depth++;
    prefix = elementPrefix;
    localName = elementLocal;
    if (prefix != null) {
      if (prefix.equals("xmlns")) {
        throw error("element '" + name + "' uses the reserved prefix 'xmlns'");
      }
      if (resolve(prefix) == null) {
        throw error("namespace prefix '" + prefix + "' of element '" + name + "' is not declared");
      }
    }
    if (prefixedAttributes) {
      checkAttributeNamespaces(name);
    }
    pendingEnd = empty;
    return START_ELEMENT;
  }

  private void attribute(String element) throws XmlSyntaxException, IOException {
    String name = name("attribute name");
    int colon = name.indexOf(':');
    String attributeLocal = colon < 0 ? name : symbols.of(buf, nameStart + colon + 1, name.length() - colon - 1);
    skipSpaces();
    if (!ensure(1) || buf[pos] != '=') {
      throw error("attribute '" + name + "' of '" + element + "' needs '=' and a quoted value");
    }
    pos++;
    skipSpaces();
    if (!ensure(1)) {
      throw error("unexpected end of file in attribute '" + name + "' (truncated?)");
    }
    char quote = buf[pos];
    if (quote != '"' && quote != '\'') {
      throw error("value of attribute '" + name + "' of '" + element + "' must be quoted");
    }
    pos++;
    String value = attributeValue(quote, name);
    if (name.equals("xmlns") || name.startsWith("xmlns:")) {
      declareNamespace(name, value);
      return;
    }
    for (int i = 0; i < attributeCount; i++) {
      if (attributes[4 * i].equals(name)) {
        throw error("attribute '" + name + "' appears twice on '" + element + "'");
      }
    }
    if (attributeCount == MAX_ATTRIBUTES) {
      throw error("more than " + MAX_ATTRIBUTES + " attributes on '" + element + "'");
    }
    if (4 * attributeCount == attributes.length) {
      attributes = Arrays.copyOf(attributes, attributes.length * 2);
    }
    int at = 4 * attributeCount++;
    attributes[at] = name;
    if (colon < 0) {
      attributes[at + 1] = null;
    } else {
      checkQName(name, colon, "attribute");
      attributes[at + 1] = name.substring(0, colon);
      prefixedAttributes = true;
    }
    attributes[at + 2] = attributeLocal;
    attributes[at + 3] = value;
  }

  private void declareNamespace(String name, String uri) throws XmlSyntaxException {
    String declared;
    if (name.length() == 5) {
      declared = "";
    } else {
      declared = name.substring(6);
      checkQName(declared, -1, "namespace prefix");
      if (declared.isEmpty() || !startsName(declared, 0)) {
        throw error("namespace prefix '" + declared + "' is not a valid name");
      }
      if (uri.isEmpty()) {
        throw error("namespace prefix '" + declared + "' cannot be bound to an empty name");
      }
      if (declared.equals("xmlns")) {
        throw error("the prefix 'xmlns' cannot be declared");
      }
    }
    if (declared.equals("xml") != uri.equals(XML_NAMESPACE) || uri.equals(XMLNS_NAMESPACE)) {
      throw error("namespace '" + uri + "' cannot be bound to prefix '" + declared + "'");
    }
    for (int i = elementNamespaces; i < nsCount; i++) {
      if (nsPrefixes[i].equals(declared)) {
        throw error("namespace prefix '" + declared + "' is declared twice on one element");
      }
    }
    if (nsCount == nsPrefixes.length) {
      nsPrefixes = Arrays.copyOf(nsPrefixes, nsCount * 2);
      nsUris = Arrays.copyOf(nsUris, nsCount * 2);
    }
    nsPrefixes[nsCount] = declared;
    nsUris[nsCount] = uri;
    nsCount++;
  }

  private void checkAttributeNamespaces(String element) throws XmlSyntaxException {
    for (int i = 0; i < attributeCount; i++) {
      String p = attributes[4 * i + 1];
      if (p == null) {
        continue;
      }
      String uri = resolve(p);
      if (uri == null) {
        throw error("namespace prefix '" + p + "' of attribute '" + attributes[4 * i] + "' is not declared");
      }
      for (int j = 0; j < i; j++) {
        String q = attributes[4 * j + 1];
        if (q != null && attributes[4 * j + 2].equals(attributes[4 * i + 2]) && uri.equals(resolve(q))) {
          throw error("attributes '" + attributes[4 * j] + "' and '" + attributes[4 * i]
              + "' of '" + element + "' are the same attribute in namespace '" + uri + "'");
        }
      }
    }
  }

  private String resolve(String p) {
    if (p.equals("xml")) {
      return XML_NAMESPACE;
    }
    for (int i = nsCount - 1; i >= 0; i--) {
      if (nsPrefixes[i].equals(p)) {
        return nsUris[i];
      }
    }
    return p.isEmpty() ? "" : null;
  }

  /** A qualified name has at most one colon, not at either end; {@code colon} is its first. */
  private void checkQName(String name, int colon, String what) throws XmlSyntaxException {
    if (colon < 0) {
      colon = name.indexOf(':');
      if (colon >= 0) {
        throw error(what + " '" + name + "' must not contain ':'");
      }
      return;
    }
    if (colon == 0 || colon == name.length() - 1 || name.indexOf(':', colon + 1) >= 0
        || !startsName(name, colon + 1)) {
      throw error(what + " '" + name + "' is not a valid qualified name");
    }
  }

  private int endTag() throws XmlSyntaxException, IOException {
    pos += 2; // "</"
    String expected = open[depth - 1];
    int n = expected.length();
    if (!ensure(n + 1)) {
      throw error("unexpected end of file in the end tag of '" + expected + "' (truncated?)");
    }
    boolean same = true;
    for (int i = 0; i < n; i++) {
      if (buf[pos + i] != expected.charAt(i)) {
        same = false;
        break;
      }
    }
    char after = buf[pos + n];
    if (!same || !(after == '>' || isSpace(after))) {
      String found = name("end tag name");
      throw error("end tag '" + found + "' does not match start tag '" + expected + "'");
    }
    pos += n;
    skipSpaces();
    if (!ensure(1)) {
      throw error("unexpected end of file in the end tag of '" + expected + "' (truncated?)");
    }
    if (buf[pos] != '>') {
      throw error("end tag of '" + expected + "' must end with '>'");
    }
    pos++;
    prefix = openPrefix[depth - 1];
    localName = openLocal[depth - 1];
    closeElement();
    return END_ELEMENT;
  }

  private void closeElement() {
    depth--;
    nsCount = openNamespaces[depth];
    open[depth] = null;
    openLocal[depth] = null;
    openPrefix[depth] = null;
  }

  // ---------------------------------------------------------------- text

  private int text() throws XmlSyntaxException, IOException {
    outLength = -1;
    start = pos;
    while (true) {
      char[] b = buf;
      int p = pos;
      int end = limit;
      while (p < end) {
        char c = b[p];
        if (c < 128 ? TEXT_CLASS[c] != PLAIN : c >= 0xD800 && (c < 0xE000 || c >= 0xFFFE)) {
          break;
        }
        p++;
      }
      pos = p;
      if (p == end) {
        if (outLength < 0 && pos - start >= buf.length / 2) {
          // Long text: hand out what there is, the rest follows as further events.
          return textSlice();
        }
        if (outLength >= 0) {
          appendOut(start, pos);
          start = pos;
        }
        mark = start;
        if (!fill(1)) {
          throw error("unexpected end of file inside element '" + open[depth - 1] + "' (truncated?)");
        }
        continue;
      }
      char c = b[p];
      if (c == '<') {
        break;
      }
      if (c >= 128 || TEXT_CLASS[c] == INVALID) {
        // Surrogates, U+FFFE/U+FFFF and control characters: charLength checks them (and throws).
        int n = charLength(c);
        pos += n;
        continue;
      }
      if (c == ']') {
        if (ensure(3) && buf[pos + 1] == ']' && buf[pos + 2] == '>') {
          throw error("']]>' is not allowed in text");
        }
        pos++;
        continue;
      }
      // '&' or '\r': the text differs from the characters, so it is built in the out buffer.
      if (outLength < 0) {
        outLength = 0;
      }
      appendOut(start, pos);
      if (c == '&') {
        reference();
      } else {
        lineEnd('\n');
      }
      start = pos;
      mark = pos;
      if (outLength > MAX_TOKEN) {
        throw error("text longer than " + MAX_TOKEN + " characters");
      }
    }
    if (outLength >= 0) {
      appendOut(start, pos);
      text = out;
      textStart = 0;
      textLength = outLength;
      return TEXT;
    }
    return textSlice();
  }

  private int textSlice() {
    text = buf;
    textStart = start;
    textLength = pos - start;
    return TEXT;
  }

  /** At a carriage return: skips it and a line feed after it, and appends {@code replacement}. */
  private void lineEnd(char replacement) throws XmlSyntaxException, IOException {
    pos++;
    mark = pos;
    if (ensure(1) && buf[pos] == '\n') {
      pos++;
    }
    appendOut(replacement);
  }

  private int cdata() throws XmlSyntaxException, IOException {
    pos += 9;
    mark = pos;
    outLength = 0;
    start = pos;
    while (true) {
      if (pos == limit) {
        appendOut(start, pos);
        start = pos;
        mark = pos;
        if (!fill(1)) {
          throw error("unexpected end of file inside a CDATA section (truncated?)");
        }
      }
      char c = buf[pos];
      if (c == ']') {
        if (ensure(3) && buf[pos + 1] == ']' && buf[pos + 2] == '>') {
          appendOut(start, pos);
          pos += 3;
          break;
        }
        pos++;
      } else if (c == '\r') {
        appendOut(start, pos);
        lineEnd('\n');
        start = pos;
      } else {
        int n = charLength(c);
        pos += n;
      }
      if (outLength + (pos - start) > MAX_TOKEN) {
        throw error("CDATA section longer than " + MAX_TOKEN + " characters");
      }
    }
    text = out;
    textStart = 0;
    textLength = outLength;
    return TEXT;
  }

  /** Reads {@code &...;} at the position and appends its replacement to the out buffer. */
  private void reference() throws XmlSyntaxException, IOException {
    mark = pos;
    pos++;
    if (!ensure(1)) {
      throw error("unexpected end of file in a reference (truncated?)");
    }
    if (buf[pos] == '#') {
      pos++;
      int radix = 10;
      if (ensure(1) && buf[pos] == 'x') {
        radix = 16;
        pos++;
      }
      int value = 0;
      int digits = 0;
      while (true) {
        if (!ensure(1)) {
          throw error("unexpected end of file in a character reference (truncated?)");
        }
        char c = buf[pos];
        if (c == ';') {
          break;
        }
        int d = Character.digit(c, radix);
        if (d < 0 || c > 'f') {
          throw error("character reference with '" + c + "', which is not a " + (radix == 16 ? "hex " : "")
              + "digit");
        }
        value = value * radix + d;
        if (value > 0x10FFFF) {
          throw error("character reference beyond U+10FFFF");
        }
        digits++;
        pos++;
      }
      pos++;
      if (digits == 0 || !isXmlChar(value)) {
        throw error("character reference to U+" + Integer.toHexString(value).toUpperCase(java.util.Locale.ROOT)
            + ", which is not an XML character");
      }
      if (value >= 0x10000) {
        appendOut(Character.highSurrogate(value));
        appendOut(Character.lowSurrogate(value));
      } else {
        appendOut((char) value);
      }
      return;
    }
    String name = name("entity name");
    if (!ensure(1) || buf[pos] != ';') {
      throw error("entity reference '&" + name + "' must end with ';'");
    }
    pos++;
    switch (name) {
      case "lt":
        appendOut('<');
        break;
      case "gt":
        appendOut('>');
        break;
      case "amp":
        appendOut('&');
        break;
      case "quot":
        appendOut('"');
        break;
      case "apos":
        appendOut('\'');
        break;
      default:
        throw error("entity reference &" + name + "; is not allowed: without a DTD only &lt; &gt; &amp; "
            + "&quot; &apos; and character references exist");
    }
  }

  private String attributeValue(char quote, String attribute) throws XmlSyntaxException, IOException {
    outLength = 0;
    mark = pos;
    start = pos;
    while (true) {
      if (pos == limit) {
        appendOut(start, pos);
        start = pos;
        mark = pos;
        if (!fill(1)) {
          throw error("unexpected end of file in the value of attribute '" + attribute + "' (truncated?)");
        }
      }
      char c = buf[pos];
      if (c == quote) {
        break;
      }
      if (c == '<') {
        throw error("'<' is not allowed in the value of attribute '" + attribute + "'");
      }
      if (c == '&' || c == '\t' || c == '\n' || c == '\r') {
        appendOut(start, pos);
        if (c == '&') {
          reference();
        } else if (c == '\r') {
          lineEnd(' ');
        } else {
          pos++;
          appendOut(' ');
        }
        start = pos;
        mark = pos;
      } else {
        int n = charLength(c);
        pos += n;
      }
      if (outLength + (pos - start) > MAX_TOKEN) {
        throw error("value of attribute '" + attribute + "' longer than " + MAX_TOKEN + " characters");
      }
    }
    appendOut(start, pos);
    pos++;
    return outLength <= 8 ? symbols.of(out, 0, outLength) : new String(out, 0, outLength);
  }

  // ---------------------------------------------------------------- other markup

  private void comment() throws XmlSyntaxException, IOException {
    pos += 4;
    int length = 0;
    while (true) {
      mark = pos;
      if (!ensure(1)) {
        throw error("unexpected end of file inside a comment (truncated?)");
      }
      char c = buf[pos];
      if (c == '-') {
        if (!ensure(2)) {
          throw error("unexpected end of file inside a comment (truncated?)");
        }
        if (buf[pos + 1] == '-') {
          if (!ensure(3) || buf[pos + 2] != '>') {
            throw error("'--' is not allowed inside a comment");
          }
          pos += 3;
          return;
        }
        pos++;
      } else {
        // Not "pos += charLength(c)": that reads pos before a refill inside charLength moves it.
        int n = charLength(c);
        pos += n;
      }
      if (++length > MAX_TOKEN) {
        throw error("comment longer than " + MAX_TOKEN + " characters");
      }
    }
  }

  private void processingInstruction() throws XmlSyntaxException, IOException {
    pos += 2;
    String target = name("processing instruction target");
    if (target.equalsIgnoreCase("xml")) {
      throw error("an XML declaration is only allowed at the very start of the document");
    }
    boolean spaced = skipSpaces();
    int length = 0;
    while (true) {
      mark = pos;
      if (!ensure(2)) {
        throw error("unexpected end of file inside a processing instruction (truncated?)");
      }
      char c = buf[pos];
      if (c == '?' && buf[pos + 1] == '>') {
        pos += 2;
        return;
      }
      if (!spaced) {
        throw error("processing instruction target '" + target + "' must be followed by white space");
      }
      int n = charLength(c);
      pos += n;
      if (++length > MAX_TOKEN) {
        throw error("processing instruction longer than " + MAX_TOKEN + " characters");
      }
    }
  }

  /** Reads {@code <?xml version="1.0" encoding="..." standalone="..."?>}; the encoding is checked by the caller. */
  private void declaration() throws XmlSyntaxException, IOException {
    pos += 5;
    String[] names = {"version", "encoding", "standalone"};
    int next = 0;
    boolean first = true;
    while (true) {
      boolean spaced = skipSpaces();
      mark = pos;
      if (!ensure(2)) {
        throw error("unexpected end of file in the XML declaration (truncated?)");
      }
      if (buf[pos] == '?' && buf[pos + 1] == '>') {
        pos += 2;
        if (first) {
          throw error("the XML declaration needs a version");
        }
        return;
      }
      if (!spaced) {
        throw error("parts of the XML declaration must be separated by white space");
      }
      String name = name("XML declaration");
      int which = -1;
      for (int i = next; i < names.length; i++) {
        if (names[i].equals(name)) {
          which = i;
          break;
        }
      }
      if (which < 0 || (first && which != 0)) {
        throw error("unexpected '" + name + "' in the XML declaration (version, encoding, standalone in this order)");
      }
      first = false;
      next = which + 1;
      skipSpaces();
      if (!ensure(1) || buf[pos] != '=') {
        throw error("'" + name + "' in the XML declaration needs '=' and a quoted value");
      }
      pos++;
      skipSpaces();
      if (!ensure(1) || (buf[pos] != '"' && buf[pos] != '\'')) {
        throw error("'" + name + "' in the XML declaration needs a quoted value");
      }
      char quote = buf[pos++];
      // The value is taken as written: references and markup have no meaning in the declaration.
      StringBuilder v = new StringBuilder();
      while (true) {
        if (!ensure(1)) {
          throw error("unexpected end of file in the XML declaration (truncated?)");
        }
        char ch = buf[pos++];
        if (ch == quote) {
          break;
        }
        if (v.length() == 64) {
          throw error("the " + name + " in the XML declaration is too long");
        }
        v.append(ch);
      }
      String value = v.toString();
      boolean ok;
      if (which == 0) {
        // XML 1.1 changes the character and line-end rules; no camt message uses it.
        ok = value.equals("1.0");
      } else if (which == 1) {
        ok = !value.isEmpty() && value.chars().allMatch(ch -> ch < 128
            && (Character.isLetterOrDigit(ch) || ch == '.' || ch == '_' || ch == '-'))
            && Character.isLetter(value.charAt(0));
      } else {
        ok = value.equals("yes") || value.equals("no");
      }
      if (!ok) {
        throw error("'" + value + "' is not a valid " + name + " in the XML declaration");
      }
    }
  }

  // ---------------------------------------------------------------- low level

  /** Reads a name at the position, as a shared String. */
  private String name(String what) throws XmlSyntaxException, IOException {
    mark = pos;
    if (!ensure(1)) {
      throw error("unexpected end of file where a " + what + " should be (truncated?)");
    }
    char c = buf[pos];
    boolean valid = c < 128 ? (NAME_CLASS[c] & 1) != 0
        : Character.isSurrogate(c) ? c <= 0xDB7F && ensure(2) && Character.isLowSurrogate(buf[pos + 1])
        : isNameStart(c);
    if (!valid) {
      throw error("a " + what + " cannot start with '" + printable(c) + "'");
    }
    int hash = 0;
    while (true) {
      char[] b = buf;
      int p = pos;
      int end = limit;
      boolean split = false;
      while (p < end) {
        char ch = b[p];
        if (ch < 128) {
          if ((NAME_CLASS[ch] & 2) == 0) {
            break;
          }
        } else if (Character.isSurrogate(ch)) {
          // A pair stands for a character of the supplementary planes up to U+EFFFF.
          if (p + 1 == end) {
            split = true;
            break;
          }
          if (ch > 0xDB7F || !Character.isLowSurrogate(b[p + 1])) {
            break;
          }
          hash = 31 * hash + ch;
          p++;
          ch = b[p];
        } else if (!isNameChar(ch)) {
          break;
        }
        hash = 31 * hash + ch;
        p++;
      }
      pos = p;
      if (p < end && !split) {
        break;
      }
      if (pos - mark > MAX_TOKEN) {
        throw error(what + " longer than " + MAX_TOKEN + " characters");
      }
      if (!fill(split ? 2 : 1)) {
        break;
      }
    }
    if (pos - mark > MAX_TOKEN) {
      throw error(what + " longer than " + MAX_TOKEN + " characters");
    }
    nameStart = mark;
    return symbols.of(buf, mark, pos - mark, hash);
  }

  /** Skips XML white space; returns whether there was any. */
  private boolean skipSpaces() throws IOException {
    boolean any = false;
    while (true) {
      while (pos < limit) {
        char c = buf[pos];
        if (c != ' ' && c != '\n' && c != '\t' && c != '\r') {
          return any;
        }
        any = true;
        pos++;
      }
      mark = pos;
      if (!fill(1)) {
        return any;
      }
    }
  }

  private boolean startsWith(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (buf[pos + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Makes {@code n} characters available from the position; false if the input ends first. */
  private boolean ensure(int n) throws IOException {
    return limit - pos >= n || fill(n);
  }

  /**
   * Reads more input, keeping everything from {@link #mark} on (positions move by the amount
   * dropped before it).
   */
  private boolean fill(int n) throws IOException {
    if (mark > 0) {
      account(mark);
      System.arraycopy(buf, mark, buf, 0, limit - mark);
      pos -= mark;
      start -= mark;
      limit -= mark;
      mark = 0;
    }
    while (limit - pos < n) {
      if (eof) {
        return false;
      }
      if (limit == buf.length) {
        if (buf.length >= 2 * MAX_TOKEN) {
          // Nothing in a well-formed camt message needs this much lookahead.
          return false;
        }
        buf = Arrays.copyOf(buf, buf.length * 2);
      }
      int r = in.read(buf, limit, buf.length - limit);
      if (r < 0) {
        eof = true;
      } else {
        limit += r;
      }
    }
    return true;
  }

  /** Moves the line and column base past the first {@code n} characters of the buffer. */
  private void account(int n) {
    // Every character passes through here once, so the loop is kept branch-free; it was a tenth
    // of the camt reader's time in the first version.
    char[] b = buf;
    int feeds = 0;
    for (int i = 0; i < n; i++) {
      // 1 for a line feed, else 0: (c ^ '\n') is 0 only for '\n', and (0 - 1) >>> 31 is 1.
      feeds += ((b[i] ^ '\n') - 1) >>> 31;
    }
    int lastFeed = -1;
    if (feeds > 0) {
      lastFeed = n - 1;
      while (b[lastFeed] != '\n') {
        lastFeed--;
      }
    }
    if (lastFeed < 0) {
      columnBase += n;
    } else {
      lineBase += feeds;
      columnBase = n - lastFeed;
    }
  }

  private void appendOut(int from, int to) throws XmlSyntaxException {
    int n = to - from;
    if (n <= 0) {
      return;
    }
    if (outLength + n > out.length) {
      growOut(outLength + n);
    }
    System.arraycopy(buf, from, out, outLength, n);
    outLength += n;
  }

  private void appendOut(char c) throws XmlSyntaxException {
    if (outLength == out.length) {
      growOut(outLength + 1);
    }
    out[outLength++] = c;
  }

  private void growOut(int needed) throws XmlSyntaxException {
    if (needed > MAX_TOKEN) {
      throw error("a text or value longer than " + MAX_TOKEN + " characters");
    }
    out = Arrays.copyOf(out, Math.max(needed, Math.min(MAX_TOKEN, out.length * 2)));
  }

  /**
   * Checks the character at the position and returns its length: 2 for a surrogate pair, else 1.
   * May read more input (positions then move as for {@link #fill}).
   */
  private int charLength(char c) throws XmlSyntaxException, IOException {
    if (c < 0x20) {
      if (c != '\t' && c != '\n' && c != '\r') {
        throw error("control character U+" + String.format("%04X", (int) c) + " is not allowed in XML");
      }
      return 1;
    }
    if (c < 0xD800) {
      return 1;
    }
    if (c < 0xE000) {
      if (c <= 0xDBFF && ensure(2) && Character.isLowSurrogate(buf[pos + 1])) {
        return 2;
      }
      throw error("unpaired surrogate U+" + String.format("%04X", (int) c) + " is not a character");
    }
    if (c >= 0xFFFE) {
      throw error("character U+" + String.format("%04X", (int) c) + " is not allowed in XML");
    }
    return 1;
  }

  private static boolean isXmlChar(int c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
  }

  /** Whether a name may start at {@code s.charAt(i)}, a surrogate pair counting as one character. */
  private static boolean startsName(String s, int i) {
    char c = s.charAt(i);
    if (Character.isSurrogate(c)) {
      return c <= 0xDB7F && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return isNameStart(c);
  }

  /** XML 1.0 fifth edition NameStartChar of the basic plane (surrogate pairs are handled by the caller). */
  static boolean isNameStart(char c) {
    if (c < 128) {
      return (NAME_CLASS[c] & 1) != 0;
    }
    return (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF)
        || (c >= 0x370 && c <= 0x37D) || (c >= 0x37F && c <= 0x1FFF) || c == 0x200C || c == 0x200D
        || (c >= 0x2070 && c <= 0x218F) || (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF)
        || (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFFD);
  }

  /** XML 1.0 fifth edition NameChar. */
  static boolean isNameChar(char c) {
    if (c < 128) {
      return (NAME_CLASS[c] & 2) != 0;
    }
    return isNameStart(c) || c == 0xB7 || (c >= 0x300 && c <= 0x36F) || c == 0x203F || c == 0x2040;
  }

  private static String printable(char c) {
    return c < 0x20 || c >= 0x7F ? String.format("U+%04X", (int) c) : String.valueOf(c);
  }

  private XmlSyntaxException error(String message) {
    return new XmlSyntaxException(message, line(), column());
  }

  /**
   * Names seen in the document, so that each distinct name is one {@code String}: the reader's
   * lookups then compare names by identity first and never allocate per element.
   */
  private static final class Symbols {
    /** Past this many distinct names new ones are not kept, so hostile input cannot grow it. */
    private static final int MAX_SYMBOLS = 8192;

    private String[] table = new String[512];
    /** The characters of each symbol, compared with an intrinsic instead of charAt. */
    private char[][] chars = new char[512][];
    private int count;

    String of(char[] chars, int from, int length) {
      int hash = 0;
      for (int i = from; i < from + length; i++) {
        hash = 31 * hash + chars[i];
      }
      return of(chars, from, length, hash);
    }

    String of(char[] source, int from, int length, int hash) {
      int mask = table.length - 1;
      int i = (hash ^ (hash >>> 16)) & mask;
      while (true) {
        String s = table[i];
        if (s == null) {
          break;
        }
        if (s.hashCode() == hash && same(this.chars[i], source, from, length)) {
          return s;
        }
        i = (i + 1) & mask;
      }
      String created = new String(source, from, length);
      if (count < MAX_SYMBOLS) {
        // Interned, so a name is the very instance of the reader's own literal ("Amt", "Ntry") and
        // every lookup by name ends at String.equals' identity check. Once per distinct name.
        created = created.intern();
        table[i] = created;
        this.chars[i] = Arrays.copyOfRange(source, from, from + length);
        if (++count * 2 > table.length) {
          rehash();
        }
      }
      return created;
    }

    /** Names are short, so a plain loop beats the vectorised {@code Arrays.equals} here. */
    private static boolean same(char[] symbol, char[] source, int from, int length) {
      if (symbol.length != length) {
        return false;
      }
      for (int k = 0; k < length; k++) {
        if (symbol[k] != source[from + k]) {
          return false;
        }
      }
      return true;
    }

    private void rehash() {
      String[] old = table;
      char[][] oldChars = chars;
      table = new String[old.length * 2];
      chars = new char[old.length * 2][];
      int mask = table.length - 1;
      for (int j = 0; j < old.length; j++) {
        String s = old[j];
        if (s != null) {
          int h = s.hashCode();
          int i = (h ^ (h >>> 16)) & mask;
          while (table[i] != null) {
            i = (i + 1) & mask;
          }
          table[i] = s;
          chars[i] = oldChars[j];
        }
      }
    }
  }
}
