package dev.o2c.matching.statement.camt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The events of a document in a canonical form, as read by {@link XmlScanner} and as read by the
 * JDK's StAX parser, so that tests can compare the two: start tags with namespace, local name and
 * sorted attributes ({@code xmlns} declarations left out, as StAX does), end tags, and text with
 * adjacent pieces joined (CDATA included). Comments and processing instructions are not events.
 */
final class XmlEvents {

  /** The verdict of one parser on one document. */
  record Outcome(boolean accepted, List<String> events, String error) {
    static Outcome accepted(List<String> events) {
      return new Outcome(true, events, null);
    }

    static Outcome rejected(String error) {
      return new Outcome(false, List.of(), error);
    }
  }

  private XmlEvents() {}

  /** Reads the document with the scanner. */
  static Outcome scanner(String xml) {
    return scanner(xml, 1 << 15, Integer.MAX_VALUE);
  }

  /**
   * Reads the document with the scanner, starting from a buffer of {@code bufferSize} chars and
   * from a reader that hands out at most {@code chunk} chars per read.
   */
  static Outcome scanner(String xml, int bufferSize, int chunk) {
    java.io.Reader reader = new StringReader(xml) {
      @Override
      public int read(char[] cbuf, int off, int len) throws IOException {
        return super.read(cbuf, off, Math.min(len, chunk));
      }
    };
    XmlScanner s = new XmlScanner(reader, bufferSize);
    List<String> events = new ArrayList<>();
    StringBuilder text = null;
    try {
      while (true) {
        int ev = s.next();
        if (ev == XmlScanner.TEXT) {
          text = text == null ? new StringBuilder() : text;
          text.append(s.textCharacters(), s.textStart(), s.textLength());
          continue;
        }
        if (text != null) {
          events.add("T" + text);
          text = null;
        }
        if (ev == XmlScanner.START_ELEMENT) {
          TreeMap<String, String> attributes = new TreeMap<>();
          for (int i = 0; i < s.attributeCount(); i++) {
            attributes.put(s.attributeLocalName(i), s.attributeValue(i));
          }
          events.add("S{" + s.namespaceUri() + "}" + s.localName() + attributes);
        } else if (ev == XmlScanner.END_ELEMENT) {
          events.add("E" + s.localName());
        } else {
          return Outcome.accepted(events);
        }
      }
    } catch (XmlSyntaxException | IOException e) {
      return Outcome.rejected(e.getMessage());
    }
  }

  /**
   * Reads the document with the JDK's StAX parser, set up as the camt reader used to be (no DTD
   * support, no external entities). A DOCTYPE or an entity reference counts as rejected: the camt
   * reader refused both before it had a scanner of its own.
   */
  static Outcome stax(String xml) {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
    f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.FALSE);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    List<String> events = new ArrayList<>();
    StringBuilder text = null;
    int depth = 0;
    java.io.PrintStream err = System.err;
    try {
      // The JDK parser prints "[Fatal Error]" lines for some errors; keep test output readable.
      System.setErr(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
      XMLStreamReader r = f.createXMLStreamReader(new StringReader(xml));
      while (r.hasNext()) {
        int ev = r.next();
        switch (ev) {
          case XMLStreamConstants.CHARACTERS:
          case XMLStreamConstants.CDATA:
          case XMLStreamConstants.SPACE:
            text = text == null ? new StringBuilder() : text;
            text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
            continue;
          case XMLStreamConstants.DTD:
            return Outcome.rejected("DOCTYPE");
          case XMLStreamConstants.ENTITY_REFERENCE:
            return Outcome.rejected("entity reference &" + r.getLocalName() + ";");
          default:
            break;
        }
        if (ev == XMLStreamConstants.COMMENT || ev == XMLStreamConstants.PROCESSING_INSTRUCTION) {
          continue;
        }
        if (text != null) {
          // Text outside the root (white space in prolog and epilog) is not an event for the scanner.
          if (depth > 0) {
            events.add("T" + text);
          }
          text = null;
        }
        if (ev == XMLStreamConstants.START_ELEMENT) {
          TreeMap<String, String> attributes = new TreeMap<>();
          for (int i = 0; i < r.getAttributeCount(); i++) {
            attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
          }
          String ns = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
          events.add("S{" + ns + "}" + r.getLocalName() + attributes);
          depth++;
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          events.add("E" + r.getLocalName());
          depth--;
        }
      }
      r.close();
      return Outcome.accepted(events);
    } catch (XMLStreamException | RuntimeException e) {
      return Outcome.rejected(String.valueOf(e.getMessage()));
    } finally {
      System.setErr(err);
    }
  }

  /** The XML declaration's grammar (XML 1.0 production 23), which StAX reading characters does not check fully. */
  private static final Pattern DECLARATION = Pattern.compile(
      "<\\?xml[ \\t\\r\\n]+version[ \\t\\r\\n]*=[ \\t\\r\\n]*([\"'])1\\.0\\1"
          + "([ \\t\\r\\n]+encoding[ \\t\\r\\n]*=[ \\t\\r\\n]*([\"'])[A-Za-z][A-Za-z0-9._-]*\\3)?"
          + "([ \\t\\r\\n]+standalone[ \\t\\r\\n]*=[ \\t\\r\\n]*([\"'])(yes|no)\\5)?[ \\t\\r\\n]*\\?>");

  /**
   * Asserts that the scanner (with its default and with tiny buffers) and StAX agree on the
   * document: both reject it, or both accept it with the same events. The deliberate differences
   * are allowed: the scanner checks the XML declaration fully and reads XML 1.0 only, refuses
   * names that are no qualified names, and knows the name characters of XML 1.0 fifth edition.
   */
  static void assertSameVerdict(String xml) {
    XmlEvents.Outcome stax = XmlEvents.stax(xml);
    XmlEvents.Outcome ours = XmlEvents.scanner(xml);
    XmlEvents.Outcome small = XmlEvents.scanner(xml, 2 + xml.length() % 31, 1 + xml.length() % 5);
    assertThat(small.accepted()).as("small buffers give the same verdict on:%n%s", xml).isEqualTo(ours.accepted());
    assertThat(small.events()).as("small buffers give the same events on:%n%s", xml).isEqualTo(ours.events());
    if (!ours.accepted() && stax.accepted() && ours.error().contains("XML declaration")) {
      // A deliberate difference: the scanner checks the whole declaration and knows XML 1.0 only.
      assertThat(DECLARATION.matcher(xml).lookingAt()).as("declaration is invalid in:%n%s", xml).isFalse();
      return;
    }
    if (!ours.accepted() && stax.accepted() && ours.error().contains("is not a valid qualified name")) {
      // A deliberate difference: Namespaces in XML 1.0 section 3 makes ":a" or "a:" no name; StAX lets some pass.
      return;
    }
    String fourthEdition = bothEditions(xml);
    if (!fourthEdition.equals(xml) && !ours.equals(stax)) {
      // The JDK parser knows the name characters of XML 1.0 fourth edition, the scanner those of the
      // fifth, which allows far more (the euro sign, U+FFFD, the supplementary planes). Compare on
      // the document with every non-ASCII name character replaced by one both editions class alike.
      assertSameVerdict(fourthEdition);
      return;
    }
    assertThat(ours.accepted())
        .as("scanner %s, StAX %s, on:%n%s", describe(ours), describe(stax), xml)
        .isEqualTo(stax.accepted());
    if (ours.accepted()) {
      assertThat(ours.events()).as("document:%n%s", xml).isEqualTo(stax.events());
    }
  }

  private static String describe(XmlEvents.Outcome o) {
    return o.accepted() ? "accepts" : "rejects (" + o.error() + ")";
  }

  /**
   * The document with each non-ASCII character that may start a name (fifth edition) replaced by
   * {@code é} and each other non-ASCII name character by {@code ·}: both editions class those two
   * alike, and the replacement keeps every name a name and every text a text.
   */
  static String bothEditions(String xml) {
    StringBuilder sb = new StringBuilder(xml.length());
    for (int i = 0; i < xml.length(); i++) {
      char c = xml.charAt(i);
      if (c < 128 || c == '\u00e9' || c == '\u00b7') {
        sb.append(c);
      } else if (Character.isHighSurrogate(c) && c <= 0xDB7F && i + 1 < xml.length()
          && Character.isLowSurrogate(xml.charAt(i + 1))) {
        sb.append('\u00e9');
        i++;
      } else if (!Character.isSurrogate(c) && XmlScanner.isNameStart(c)) {
        sb.append('\u00e9');
      } else if (!Character.isSurrogate(c) && XmlScanner.isNameChar(c)) {
        sb.append('\u00b7');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
