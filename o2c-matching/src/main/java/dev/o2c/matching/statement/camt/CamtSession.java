package dev.o2c.matching.statement.camt;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.SPACE;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import com.fasterxml.aalto.UncheckedStreamException;
import dev.o2c.matching.statement.Entry;
import dev.o2c.matching.statement.Finding;
import dev.o2c.matching.statement.StatementFormat;
import dev.o2c.matching.statement.StatementHandler;
import dev.o2c.matching.statement.StatementParseException;
import dev.o2c.matching.statement.internal.HandlerFailure;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.typed.TypedValueDecoder;

/**
 * One reading of one camt input by {@link CamtReader}: walks the parser's events, holds each
 * statement child (a balance, one entry with its details) as a small tree while the mapper reads
 * it, applies the reader's limits, and turns every failure into a {@link StatementParseException}
 * with the element path.
 */
final class CamtSession {
  private final InputStream in;
  private final String sourceName;
  private final StatementHandler handler;
  private XmlInput input;
  private XMLStreamReader2 xml;
  private String currentPath = "/";
  /** The element being read inside a tree, or null; its path is computed only on failure. */
  private XmlNode currentNode;
  private CamtMapper mapper;
  private final TextCache texts = new TextCache();
  /** Storage for the entry being read, reused from entry to entry. */
  private final XmlNode.Arena entryArena = new XmlNode.Arena(texts);
  private final AttributeValue attributeValue = new AttributeValue();

  CamtSession(InputStream in, String sourceName, StatementHandler handler) {
    this.in = in;
    this.sourceName = sourceName;
    this.handler = handler;
  }

  /** Reads everything and returns the message's format. */
  StatementFormat run() {
    try {
      try {
        input = XmlInput.decode(in);
      } catch (IllegalArgumentException e) {
        throw fail("/", e.getMessage(), e);
      }
      input.start();
      xml = input.xml();
      return document();
    } catch (HandlerFailure h) {
      throw h.original();
    } catch (StatementParseException e) {
      throw e;
    } catch (XMLStreamException | UncheckedStreamException e) {
      throw fail(location(), input.problem(e), e);
    } catch (IOException e) {
      throw fail(location(), "cannot read: " + e, e);
    } catch (RuntimeException | StackOverflowError e) {
      // Value conversions and anything unforeseen: whatever it is, the caller gets a position.
      throw fail(location(), "cannot read: " + e, e);
    }
  }

  private StatementParseException fail(String path, String problem, Throwable cause) {
    return new StatementParseException(sourceName, path, problem, cause);
  }

  private String location() {
    return currentNode != null ? currentNode.path() : currentPath;
  }

  /** Moves to the next start or end tag. */
  private int nextTag() throws XMLStreamException {
    while (true) {
      int ev = input.next();
      if (ev == START_ELEMENT || ev == END_ELEMENT) {
        return ev;
      }
    }
  }

  private StatementFormat document() throws XMLStreamException {
    int first;
    do {
      first = input.next();
    } while (first != START_ELEMENT && first != END_DOCUMENT);
    if (first != START_ELEMENT) {
      throw fail("/", "no root element (empty or truncated file)", null);
    }
    String rootName = xml.getLocalName();
    String ns = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
    Matcher m = CamtReader.NAMESPACE.matcher(ns);
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
    while (nextTag() == START_ELEMENT) {
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
    // Anything after the root must still be well-formed: the parser refuses all but comments,
    // processing instructions and blanks there, so read to the end.
    while (input.next() != END_DOCUMENT) {
      // nothing to keep
    }
    return format;
  }

  private void message(String msgPath) throws XMLStreamException {
    Map<String, Integer> counts = new HashMap<>();
    while (nextTag() == START_ELEMENT) {
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
    XmlNode header = new XmlNode(stmtName, stmtPath, texts);
    int headerNodes = 0;
    StatementState state = null;
    long entryOrdinal = 0;
    while (nextTag() == START_ELEMENT) {
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
        Entry entry = entry(state, ntry, entryOrdinal);
        currentNode = null;
        if (entry != null) {
          call(handler::onEntry, entry);
        }
      } else {
        XmlNode child = header.addChild(name);
        headerNodes += readInto(child, 4);
        if (headerNodes > CamtReader.MAX_NODES) {
          throw fail(stmtPath, "more than " + CamtReader.MAX_NODES + " elements outside the entries", null);
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

  /**
   * Maps one complete entry. A wrong value in it is the handler's to decide on ({@link
   * StatementHandler#onEntryFailure}): by default the reading fails; if the handler goes on, the
   * entry is left out, named in a finding, and null is returned.
   */
  private Entry entry(StatementState state, XmlNode ntry, long ordinal) {
    state.startEntry();
    try {
      return mapper.entry(state, ntry, ordinal);
    } catch (RuntimeException e) {
      StatementParseException failure = e instanceof StatementParseException
          ? (StatementParseException) e
          : fail(location(), "cannot read: " + e, e);
      // Findings the entry raised before it failed would name an entry that is not there.
      state.forgetEntry();
      call(handler::onEntryFailure, failure);
      state.add(Finding.entrySkipped(failure));
      return null;
    }
  }

  private <T> void call(java.util.function.Consumer<T> callback, T value) {
    HandlerFailure.call(() -> callback.accept(value));
  }

  private static String childPath(String parent, String name, Map<String, Integer> counts) {
    return parent + "/" + name + "[" + counts.merge(name, 1, Integer::sum) + "]";
  }

  private XmlNode tree(String name, String path, int depth) throws XMLStreamException {
    XmlNode root = new XmlNode(name, path, texts);
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
    XMLStreamReader2 x = xml;
    XmlInput events = input;
    if (x.getAttributeCount() > 0) {
      copyAttributes(root);
    }
    // The open elements are the chain of parents from top up to root; level counts them.
    XmlNode top = root;
    int level = 1;
    int nodes = 1;
    while (level > 0) {
      int ev = events.next();
      switch (ev) {
        case START_ELEMENT:
          if (rootDepth + level > CamtReader.MAX_DEPTH) {
            throw fail(top.path(), "elements nested deeper than " + CamtReader.MAX_DEPTH, null);
          }
          if (++nodes > CamtReader.MAX_NODES) {
            throw fail(root.path(), "more than " + CamtReader.MAX_NODES + " elements", null);
          }
          top = top.addChild(x.getLocalName());
          currentNode = top;
          if (x.getAttributeCount() > 0) {
            copyAttributes(top);
          }
          level++;
          break;
        case CHARACTERS:
        case CDATA:
        case SPACE:
          // Indentation after a child is dropped. The parser knows indentation as such and answers
          // without looking at it again; its test (every character at most a space) is the XML
          // white space test, since XML 1.0 has no other characters at or below the space.
          if (top.hasChildren() && x.isWhiteSpace()) {
            break;
          }
          char[] chars = x.getTextCharacters();
          int start = x.getTextStart();
          int length = x.getTextLength();
          if ((long) top.textLength() + length > CamtReader.MAX_TEXT) {
            throw fail(top.path(), "text longer than " + CamtReader.MAX_TEXT + " characters", null);
          }
          top.appendText(chars, start, length);
          break;
        case END_ELEMENT:
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

  /** Copies the attributes, their values trimmed (as the parser hands them over by characters). */
  private void copyAttributes(XmlNode node) throws XMLStreamException {
    for (int i = 0, count = xml.getAttributeCount(); i < count; i++) {
      xml.getAttributeAs(i, attributeValue);
      node.putAttribute(xml.getAttributeLocalName(i), attributeValue.value);
    }
  }

  /**
   * An attribute value taken from the parser's characters through the text cache: the currency of
   * every amount is then the same String, where the parser's getAttributeValue makes a new one.
   */
  private final class AttributeValue extends TypedValueDecoder {
    private String value;

    @Override
    public void decode(String text) {
      value = text;
    }

    @Override
    public void decode(char[] chars, int start, int end) {
      value = texts.of(chars, start, end);
    }

    @Override
    public void handleEmptyValue() {
      value = "";
    }
  }

  /** Skips the current element (at its start tag) without keeping anything. */
  private void skip(int depth) throws XMLStreamException {
    int level = 1;
    while (level > 0) {
      int ev = input.next();
      if (ev == START_ELEMENT) {
        level++;
        if (depth + level > CamtReader.MAX_DEPTH) {
          throw fail(location(), "elements nested deeper than " + CamtReader.MAX_DEPTH, null);
        }
      } else if (ev == END_ELEMENT) {
        level--;
      }
    }
  }
}
