package dev.o2c.matching.statement.camt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class XmlScannerTest {

  @Test
  void test_events_ofAPrefixedCamtLikeDocument() {
    String xml = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- c -->\n"
        + "<c:Document xmlns:c=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\">"
        + "<c:Amt Ccy=\"EUR\">12.50</c:Amt><c:Nm>A &amp; B<![CDATA[ <x> ]]>&#x20AC;</c:Nm><c:X/></c:Document>\n";
    assertThat(XmlEvents.scanner(xml).events())
        .containsExactly(
            "S{urn:iso:std:iso:20022:tech:xsd:camt.053.001.08}Document{}",
            "S{urn:iso:std:iso:20022:tech:xsd:camt.053.001.08}Amt{Ccy=EUR}",
            "T12.50",
            "EAmt",
            "S{urn:iso:std:iso:20022:tech:xsd:camt.053.001.08}Nm{}",
            "TA & B <x> \u20ac",
            "ENm",
            "S{urn:iso:std:iso:20022:tech:xsd:camt.053.001.08}X{}",
            "EX",
            "EDocument");
  }

  @Test
  void test_lineEnds_areNormalised_inTextAndAttributes() {
    assertThat(XmlEvents.scanner("<a k=\"x\r\ny\tz\">1\r\n2\r3\n</a>").events())
        .containsExactly("S{}a{k=x y z}", "T1\n2\n3\n", "Ea");
  }

  @Test
  void test_longText_comesInPiecesThatJoinToTheWholeText() throws Exception {
    String text = "Zahlung Rechnung 4711 ".repeat(10_000);
    XmlScanner s = new XmlScanner(new StringReader("<a>" + text + "</a>"));
    assertThat(s.next()).isEqualTo(XmlScanner.START_ELEMENT);
    StringBuilder joined = new StringBuilder();
    int pieces = 0;
    int ev;
    while ((ev = s.next()) == XmlScanner.TEXT) {
      joined.append(s.textCharacters(), s.textStart(), s.textLength());
      pieces++;
    }
    assertThat(ev).isEqualTo(XmlScanner.END_ELEMENT);
    assertThat(pieces).isGreaterThan(1);
    assertThat(joined.toString()).isEqualTo(text);
    assertThat(s.next()).isEqualTo(XmlScanner.END_DOCUMENT);
    assertThat(s.next()).isEqualTo(XmlScanner.END_DOCUMENT);
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>", "a DOCTYPE is not allowed", 1, 1),
        Arguments.of("<a>&x;</a>", "entity reference &x; is not allowed", 1, 7),
        Arguments.of("<a>\n  <b>\n</a>", "end tag 'a' does not match start tag 'b'", 3, 4),
        Arguments.of("<a>x ]]> y</a>", "']]>' is not allowed in text", 1, 6),
        Arguments.of("<a><!-- x -- y --></a>", "'--' is not allowed inside a comment", 1, 11),
        Arguments.of("<a k='1' k='2'/>", "attribute 'k' appears twice", 1, 15),
        Arguments.of("<a><p:b/></a>", "namespace prefix 'p' of element 'p:b' is not declared", 1, 10),
        Arguments.of("<a/><b/>", "a document has one root element", 1, 5),
        Arguments.of("x<a/>", "text is not allowed before the root element", 1, 1),
        Arguments.of("<a/>x", "text is not allowed after the root element", 1, 5),
        Arguments.of("<a k=1/>", "must be quoted", 1, 6),
        Arguments.of("<a k='<'/>", "'<' is not allowed in the value of attribute 'k'", 1, 7),
        Arguments.of("<a>\u0001</a>", "control character U+0001", 1, 4),
        Arguments.of("<a>\uD800</a>", "unpaired surrogate U+D800", 1, 4),
        Arguments.of("<a>&#xD800;</a>", "not an XML character", 1, 12),
        Arguments.of("<a>&#0;</a>", "not an XML character", 1, 8),
        Arguments.of("<a><b>text", "unexpected end of file inside element 'b' (truncated?)", 1, 11),
        Arguments.of(" <?xml version=\"1.0\"?><a/>", "only allowed at the very start", 1, 7),
        Arguments.of("<?xml version=\"1.1\"?><a/>", "'1.1' is not a valid version", 1, 20),
        Arguments.of("<a xmlns:p=''/>", "cannot be bound to an empty name", 1, 14),
        Arguments.of("<a xmlns:x='http://www.w3.org/XML/1998/namespace'/>", "cannot be bound to prefix 'x'", 1, 50),
        Arguments.of("<1a/>", "element name cannot start with '1'", 1, 2),
        Arguments.of("", "no root element", 1, 1));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("malformed")
  void test_malformedDocuments_nameTheProblemAndPosition(String xml, String problem, int line, int column) {
    for (int buffer : new int[] {2, 5, 1 << 15}) {
      assertThatThrownBy(() -> scanAll(xml, buffer))
          .isInstanceOf(XmlSyntaxException.class)
          .hasMessageContaining(problem)
          .satisfies(e -> {
            XmlSyntaxException x = (XmlSyntaxException) e;
            assertThat(List.of(x.line(), x.column())).as("buffer %d", buffer).containsExactly((long) line, (long) column);
          });
    }
  }

  @Test
  void test_limits_stopHostileInputEarly() {
    String deep = "<a>".repeat(XmlScanner.MAX_DEPTH + 1);
    assertThatThrownBy(() -> scanAll(deep, 1 << 15))
        .isInstanceOf(XmlSyntaxException.class)
        .hasMessageContaining("nested deeper than " + XmlScanner.MAX_DEPTH);
    String longName = "<" + "a".repeat(XmlScanner.MAX_TOKEN + 1) + "/>";
    assertThatThrownBy(() -> scanAll(longName, 1 << 15))
        .isInstanceOf(XmlSyntaxException.class)
        .hasMessageContaining("longer than " + XmlScanner.MAX_TOKEN);
    String longValue = "<a k='" + "x".repeat(XmlScanner.MAX_TOKEN) + "&amp;'/>";
    assertThatThrownBy(() -> scanAll(longValue, 1 << 15))
        .isInstanceOf(XmlSyntaxException.class)
        .hasMessageContaining("longer than " + XmlScanner.MAX_TOKEN);
    String manyAttributes = "<a" + java.util.stream.IntStream.range(0, XmlScanner.MAX_ATTRIBUTES + 1)
        .mapToObj(i -> " k" + i + "='v'").reduce("", String::concat) + "/>";
    assertThatThrownBy(() -> scanAll(manyAttributes, 1 << 15))
        .isInstanceOf(XmlSyntaxException.class)
        .hasMessageContaining("more than " + XmlScanner.MAX_ATTRIBUTES + " attributes");
  }

  @Test
  void test_namesAreShared_soLookupsCompareByIdentity() throws Exception {
    XmlScanner s = new XmlScanner(new StringReader("<a><Ntry/><Ntry/></a>"));
    s.next();
    s.next();
    String first = s.localName();
    s.next();
    s.next();
    assertThat(s.localName()).isEqualTo("Ntry").isSameAs(first);
  }

  private static void scanAll(String xml, int buffer) throws Exception {
    XmlScanner s = new XmlScanner(new StringReader(xml), buffer);
    while (s.next() != XmlScanner.END_DOCUMENT) {
      // reading is the test
    }
  }
}
