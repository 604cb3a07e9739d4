package dev.o2c.matching.statement.camt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2c.matching.statement.StatementParseException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Encoding errors are reported through the exception only; the library never writes to stderr. */
class CamtEncodingTest {

  private static final String HEAD = "<?xml version=\"1.0\" encoding=\"%s\"?>\n"
      + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt><GrpHdr><MsgId>";

  @Test
  void test_invalidUtf8_isAParseException_andNothingOnStderr() {
    byte[] start = String.format(HEAD, "UTF-8").getBytes(StandardCharsets.US_ASCII);
    byte[] file = new byte[start.length + 2];
    System.arraycopy(start, 0, file, 0, start.length);
    file[start.length] = (byte) 0xFF;
    file[start.length + 1] = (byte) 0xFE;
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      assertThatThrownBy(() -> new CamtReader().readFile(new ByteArrayInputStream(file), "bad.xml"))
          .isInstanceOf(StatementParseException.class)
          .hasMessageContaining("bad.xml")
          .hasMessageContaining("not valid UTF-8");
    } finally {
      System.setErr(original);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void test_encoding_followsByteOrderMarkThenDeclarationThenUtf8() {
    assertThat(charset(String.format(HEAD, "UTF-8"))).isEqualTo("UTF-8");
    assertThat(charset(String.format(HEAD, "utf8"))).isEqualTo("UTF-8");
    assertThat(charset("<Document/>")).isEqualTo("UTF-8");
    assertThat(charset("<?xml version='1.0'?><Document/>")).isEqualTo("UTF-8");
    assertThat(charset(String.format(HEAD, "ISO-8859-1"))).isEqualTo("ISO-8859-1");
    assertThat(charset(String.format(HEAD, "windows-1252"))).isEqualTo("windows-1252");
    byte[] utf8Bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '<'};
    assertThat(CamtReader.encoding(utf8Bom, 4)).isEqualTo(new CamtReader.Encoding(StandardCharsets.UTF_8, 3));
    byte[] utf16 = {(byte) 0xFE, (byte) 0xFF, 0, '<'};
    assertThat(CamtReader.encoding(utf16, 4)).isEqualTo(new CamtReader.Encoding(StandardCharsets.UTF_16BE, 2));
    byte[] utf16NoBom = {'<', 0, '?', 0};
    assertThat(CamtReader.encoding(utf16NoBom, 4)).isEqualTo(new CamtReader.Encoding(StandardCharsets.UTF_16LE, 0));
  }

  @Test
  void test_documentsInOtherEncodings_readTheSame() throws Exception {
    String xml = "<?xml version=\"1.0\" encoding=\"%s\"?>\n"
        + CamtSamples.text("camt053-v02-batch.xml").substring(CamtSamples.text("camt053-v02-batch.xml").indexOf("?>") + 2);
    var expected = new CamtReader().readFile(
        new ByteArrayInputStream(String.format(xml, "UTF-8").getBytes(StandardCharsets.UTF_8)), "a.xml");
    for (String cs : new String[] {"ISO-8859-1", "windows-1252", "UTF-16"}) {
      byte[] bytes = String.format(xml, cs).getBytes(java.nio.charset.Charset.forName(cs));
      assertThat(new CamtReader().readFile(new ByteArrayInputStream(bytes), "a.xml").statements())
          .as(cs)
          .isEqualTo(expected.statements());
      assertThat(dev.o2c.matching.statement.StatementReaders.readFile(new ByteArrayInputStream(bytes), "a.xml")
              .statements())
          .as("%s through format detection", cs)
          .isEqualTo(expected.statements());
    }
  }

  @Test
  void test_unknownOrImpossibleDeclaredEncoding_isAParseException() {
    for (String cs : new String[] {"X-NO-SUCH-CHARSET", "UTF-16"}) {
      byte[] bytes = (String.format(HEAD, cs) + "M</MsgId></GrpHdr></BkToCstmrStmt></Document>")
          .getBytes(StandardCharsets.US_ASCII);
      assertThatThrownBy(() -> new CamtReader().readFile(new ByteArrayInputStream(bytes), "e.xml"))
          .isInstanceOf(StatementParseException.class)
          .hasMessageContaining(cs);
    }
  }

  private static String charset(String head) {
    byte[] bytes = head.getBytes(StandardCharsets.ISO_8859_1);
    return CamtReader.encoding(bytes, bytes.length).charset().name();
  }
}
