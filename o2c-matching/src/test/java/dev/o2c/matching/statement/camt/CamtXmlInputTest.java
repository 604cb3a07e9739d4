package dev.o2c.matching.statement.camt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2c.matching.statement.StatementParseException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * What the camt reader adds to its XML parser (Aalto): strict decoding, a limit on one token, XML
 * 1.0 only, entity references refused by name, and the parser's position in the message.
 */
class CamtXmlInputTest {

  private static final String SAMPLE = CamtSamples.text("camt053-v02-batch.xml");
  private static final String STMT = "/Document/BkToCstmrStmt[1]/Stmt[1]";

  private static StatementParseException failure(byte[] bytes) {
    try {
      new CamtReader().readFile(new ByteArrayInputStream(bytes), "x.xml");
    } catch (StatementParseException e) {
      return e;
    }
    throw new AssertionError("read without failure");
  }

  private static StatementParseException failure(String xml) {
    return failure(xml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void test_overlongUtf8_isRefused_thoughTheParserAloneWouldAcceptIt() {
    // C0 AF is an overlong form of '/': valid UTF-8 forbids it, a lenient decoder reads a slash.
    byte[] text = SAMPLE.replace("O2C-MSG-0001", "O2C-MSG-@").getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte b : text) {
      if (b == '@') {
        out.write(0xC0);
        out.write(0xAF);
      } else {
        out.write(b);
      }
    }
    StatementParseException e = failure(out.toByteArray());
    assertThat(e.problem()).contains("not valid UTF-8");
    assertThat(e.location()).startsWith("/");
  }

  @Test
  void test_malformedXml_namesLineAndColumn_andTheElementPath() {
    StatementParseException e = failure(SAMPLE.replace("</NtryRef>", "</NtryReff>"));
    assertThat(e.problem()).startsWith("malformed XML: ").containsPattern("\\(line [0-9]+, column [0-9]+\\)");
    assertThat(e.location()).isEqualTo(STMT + "/Ntry[1]/NtryRef[1]");
  }

  @Test
  void test_undeclaredEntity_isRefusedByName() {
    StatementParseException e = failure(SAMPLE.replace("O2C-MSG-0001", "&foo;"));
    assertThat(e.problem()).startsWith("malformed XML: undeclared entity '&foo;'")
        .containsPattern("\\(line [0-9]+, column [0-9]+\\)$");
  }

  @Test
  void test_predefinedEntitiesAndCharacterReferences_areReplaced() {
    String xml = SAMPLE.replace("O2C-MSG-0001", "A&amp;B&#x41;&lt;");
    assertThat(CamtSamples.read(xml).get(0).messageId()).contains("A&BA<");
  }

  @Test
  void test_multiByteCharacters_acrossTheDecodersWindows_areReadWhole() {
    // Two-, three- and four-byte forms (the last a surrogate pair) at every offset: the decoder is
    // handed a few hundred bytes at a time, so many characters are split between two of its calls.
    String id = "\u00e4\u20ac\ud834\udd1ea".repeat(300);
    assertThat(CamtSamples.read(SAMPLE.replace("O2C-MSG-0001", id)).get(0).messageId()).contains(id);
  }

  @Test
  void test_truncatedMultiByteCharacter_atTheEnd_isNotValidUtf8() {
    byte[] text = SAMPLE.getBytes(StandardCharsets.UTF_8);
    byte[] cut = Arrays.copyOf(text, text.length + 2);
    cut[text.length] = (byte) 0xE2;
    cut[text.length + 1] = (byte) 0x82;
    assertThat(failure(cut).problem()).contains("not valid UTF-8");
  }

  @Test
  void test_xml11_isRefused() {
    String xml = SAMPLE.replace("version=\"1.0\"", "version=\"1.1\"");
    assertThat(failure(xml).problem()).startsWith("malformed XML: XML version '1.1' is not read");
  }

  @Test
  void test_doctypeAfterComment_isRefused() {
    String xml = SAMPLE.replace("?>", "?>\n<!-- note -->\n<!DOCTYPE Document>");
    StatementParseException e = failure(xml);
    assertThat(e.problem()).contains("DOCTYPE");
    assertThat(e.location()).isEqualTo("/");
  }

  @Test
  void test_tokenLongerThanTheLimit_isRefusedBeforeItIsHeld() {
    // In an element the reader skips, so no limit of the reader's own applies: only the token's.
    String xml = SAMPLE.replace("</GrpHdr>",
        "</GrpHdr><Unknown>" + "x".repeat(XmlInput.MAX_TOKEN + 10_000) + "</Unknown>");
    assertThat(failure(xml).problem()).contains("longer than " + XmlInput.MAX_TOKEN + " characters");
    String comment = SAMPLE.replace("</GrpHdr>", "</GrpHdr><!--" + "x".repeat(XmlInput.MAX_TOKEN + 10_000) + "-->");
    assertThat(failure(comment).problem()).contains("longer than " + XmlInput.MAX_TOKEN + " characters");
  }

  @Test
  void test_textJustBelowTheTokenLimit_inASkippedElement_isRead() {
    String xml = SAMPLE.replace("</GrpHdr>",
        "</GrpHdr><Unknown>" + "x".repeat(XmlInput.MAX_TOKEN - 10_000) + "</Unknown>");
    assertThat(CamtSamples.read(xml)).hasSize(1);
  }
}
