package dev.o2c.matching.statement.camt;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Differential fuzz target for {@link XmlScanner}: on any input the scanner and the JDK's StAX
 * parser agree (both reject, or both accept with the same events), up to the documented
 * deliberate differences, and the scanner throws nothing but its syntax exception. Without {@code
 * JAZZER_FUZZ} only the inputs under {@code XmlScannerFuzzTestInputs/} run; see FUZZING.md.
 */
class XmlScannerFuzzTest {

  @DictionaryEntries({
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<Document xmlns=\"urn:x\">", "</Document>", "<a>", "</a>",
    "<p:a xmlns:p=\"urn:p\">", "</p:a>", "xmlns=", "xmlns:", "<![CDATA[", "]]>", "<!--", "-->", "<?pi ",
    "?>", "<!DOCTYPE", "&lt;", "&amp;", "&#x1F600;", "&#65;", "&foo;", "\\x0D\\x0A", "/>", "='", "=\"",
    "standalone=\"yes\""
  })
  @FuzzTest(maxDuration = "5m")
  void fuzz_scanner_sameVerdictAsStax(byte[] data) {
    XmlEvents.assertSameVerdict(new String(data, StandardCharsets.UTF_8));
  }
}
