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
  void test_onlyUtf8Input_isDecodedByTheReader() {
    assertThat(isUtf8(String.format(HEAD, "UTF-8"))).isTrue();
    assertThat(isUtf8(String.format(HEAD, "utf8"))).isTrue();
    assertThat(isUtf8("<Document/>")).isTrue();
    assertThat(isUtf8("<?xml version='1.0'?><Document/>")).isTrue();
    assertThat(isUtf8(String.format(HEAD, "ISO-8859-1"))).isFalse();
    assertThat(isUtf8(String.format(HEAD, "windows-1252"))).isFalse();
    byte[] utf16 = {(byte) 0xFE, (byte) 0xFF, 0, '<'};
    assertThat(CamtReader.isUtf8(utf16, utf16.length)).isFalse();
    byte[] utf16NoBom = {0, '<', 0, '?'};
    assertThat(CamtReader.isUtf8(utf16NoBom, utf16NoBom.length)).isFalse();
  }

  private static boolean isUtf8(String head) {
    byte[] bytes = head.getBytes(StandardCharsets.ISO_8859_1);
    return CamtReader.isUtf8(bytes, bytes.length);
  }
}
