package dev.o2c.matching.statement.camt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.o2c.matching.statement.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The scanner against the JDK's StAX parser, the parser the camt reader used before: on random
 * well-formed documents both must report the same events; on random damage to them both must
 * reject, or both accept with the same events. Where the two deliberately differ (a DOCTYPE and
 * entity references are refused by the scanner), {@link XmlEvents#stax} counts them as rejected.
 */
class XmlScannerDifferentialTest {

  private static final int EXAMPLES = Integer.getInteger("o2c.qt.examples", 2000);

  /** Characters that damage markup in interesting ways. */
  private static final char[] DAMAGE = {
    '<', '>', '&', ';', '/', '!', '?', '-', '[', ']', '"', '\'', '=', ':', ' ', '\r', '\n', '\t', 'a',
    'Z', '1', '#', 'x', '.', '\u0001', '\u0000', '\u00e9', '\u20ac', '\ufffe', '\u00b7', '\u0300',
    '\uD83D', '\uDE00'
  };

  @Test
  void test_randomWellFormedDocuments_giveTheSameEventsAsStax() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              String xml = RandomXml.document(new SplittableRandom(seed));
              XmlEvents.Outcome stax = XmlEvents.stax(xml);
              assertThat(stax.accepted()).as("StAX accepts the generated document: %s%n%s", stax.error(), xml)
                  .isTrue();
              XmlEvents.Outcome ours = XmlEvents.scanner(xml);
              assertThat(ours).as("document:%n%s", xml).isEqualTo(stax);
              // Every token across buffer boundaries, and input arriving a few chars at a time.
              SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
              int buffer = 2 + r.nextInt(40);
              int chunk = 1 + r.nextInt(7);
              assertThat(XmlEvents.scanner(xml, buffer, chunk))
                  .as("buffer %d, chunk %d, document:%n%s", buffer, chunk, xml)
                  .isEqualTo(stax);
            });
  }

  @Test
  void test_damagedDocuments_areRejectedOrReadAsStaxReadsThem() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all(), integers().between(1, 3))
        .checkAssert(
            (seed, damages) -> {
              SplittableRandom r = new SplittableRandom(seed);
              String xml = damage(RandomXml.document(r), damages, r);
              XmlEvents.assertSameVerdict(xml);
            });
  }

  @Test
  void test_damagedCamtSamples_areRejectedOrReadAsStaxReadsThem() {
    List<String> samples = List.of(
        CamtSamples.text("camt053-v02-batch.xml"),
        CamtSamples.text("camt053-v08-reversal.xml"),
        CamtSamples.text("camt054-v13-notification.xml"));
    qt().withExamples(EXAMPLES)
        .forAll(longs().all(), integers().between(0, samples.size() - 1))
        .checkAssert(
            (seed, which) -> {
              SplittableRandom r = new SplittableRandom(seed);
              XmlEvents.assertSameVerdict(damage(samples.get(which), 1 + r.nextInt(2), r));
            });
  }

  @Test
  void test_everySharedCamtFile_givesTheSameEventsAsStax() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String folder : new String[] {"camt052", "camt053", "camt054"}) {
      files.addAll(SharedData.files(folder));
    }
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      String xml = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      if (xml.startsWith("\uFEFF")) {
        xml = xml.substring(1);
      }
      XmlEvents.Outcome stax = XmlEvents.stax(xml);
      assertThat(XmlEvents.scanner(xml)).as(file.toString()).isEqualTo(stax);
      assertThat(XmlEvents.scanner(xml, 7, 3)).as(file + " with small buffers").isEqualTo(stax);
      assertThat(stax.accepted()).as(file.toString()).isTrue();
    }
  }

  private static String damage(String xml, int times, SplittableRandom r) {
    StringBuilder sb = new StringBuilder(xml);
    for (int i = 0; i < times && sb.length() > 0; i++) {
      int at = r.nextInt(sb.length());
      switch (r.nextInt(4)) {
        case 0:
          sb.deleteCharAt(at);
          break;
        case 1:
          sb.insert(at, DAMAGE[r.nextInt(DAMAGE.length)]);
          break;
        case 2:
          sb.setCharAt(at, DAMAGE[r.nextInt(DAMAGE.length)]);
          break;
        default:
          sb.setLength(at);
          break;
      }
    }
    return sb.toString();
  }

  /** Random well-formed documents with namespaces, attributes, references, CDATA, comments and PIs. */
  static final class RandomXml {
    private static final String[] TEXT = {
      "a", "Zahlung ", "12.50", " ", "\n", "\r\n", "\r", "\t", "&lt;", "&gt;", "&amp;", "&quot;", "&apos;",
      "&#65;", "&#x20AC;", "&#x1F600;", "\u00e9", "\u20ac", "\uD83D\uDE00", ">", "]", "]]", "'", "\"", "-"
    };

    private static final String[] COMMENT = {"", " note ", "x=1", " \uD83D\uDE00\u20ac ", "\r\n- x", "a?b>c"};

    private RandomXml() {}

    static String document(SplittableRandom r) {
      StringBuilder sb = new StringBuilder();
      if (r.nextBoolean()) {
        sb.append("<?xml version=\"1.0\"");
        if (r.nextBoolean()) {
          sb.append(" encoding=\"UTF-8\"");
        }
        if (r.nextInt(4) == 0) {
          sb.append(" standalone=\"yes\"");
        }
        sb.append(r.nextBoolean() ? "?>" : " ?>");
      }
      misc(sb, r);
      element(sb, r, 0, new ArrayList<>(List.of("xml")));
      misc(sb, r);
      return sb.toString();
    }

    private static void misc(StringBuilder sb, SplittableRandom r) {
      for (int i = r.nextInt(3); i > 0; i--) {
        switch (r.nextInt(3)) {
          case 0:
            sb.append(r.nextBoolean() ? "\n" : "  \r\n");
            break;
          case 1:
            sb.append("<!--").append(COMMENT[r.nextInt(COMMENT.length)]).append("-->");
            break;
          default:
            sb.append("<?o2c ").append(COMMENT[r.nextInt(COMMENT.length)]).append("?>");
            break;
        }
      }
    }

    private static String name(SplittableRandom r) {
      String[] names = {"Document", "Ntry", "Amt", "a", "_x", "Ab-c.d", "x1", "\u00e9t\u00e9", "Nm"};
      return names[r.nextInt(names.length)];
    }

    private static void element(StringBuilder sb, SplittableRandom r, int depth, List<String> prefixes) {
      List<String> scope = new ArrayList<>(prefixes);
      StringBuilder attrs = new StringBuilder();
      if (r.nextInt(3) == 0) {
        attrs.append(" xmlns=\"urn:o2c:").append(r.nextInt(3)).append('"');
      }
      if (r.nextInt(4) == 0) {
        String p = "p" + r.nextInt(3);
        if (!scope.contains(p)) {
          scope.add(p);
          attrs.append(" xmlns:").append(p).append("='urn:o2c:p").append(r.nextInt(3)).append('\'');
        }
      }
      List<String> used = new ArrayList<>();
      for (int i = r.nextInt(3); i > 0; i--) {
        String a = r.nextBoolean() ? "Ccy" : "k" + r.nextInt(3);
        if (scope.size() > 1 && r.nextInt(4) == 0) {
          a = scope.get(1 + r.nextInt(scope.size() - 1)) + ":" + a;
        }
        if (used.contains(a) || (a.contains(":") && used.stream().anyMatch(u -> u.contains(":")))) {
          continue;
        }
        used.add(a);
        char q = r.nextBoolean() ? '"' : '\'';
        attrs.append(r.nextBoolean() ? " " : "\n\t").append(a).append(r.nextBoolean() ? "=" : " = ").append(q);
        for (int j = r.nextInt(4); j > 0; j--) {
          String t = TEXT[r.nextInt(TEXT.length)];
          attrs.append(t.equals(String.valueOf(q)) ? "x" : t);
        }
        attrs.append(q);
      }
      String name = name(r);
      if (scope.size() > 1 && r.nextInt(3) == 0) {
        name = scope.get(1 + r.nextInt(scope.size() - 1)) + ":" + name;
      }
      sb.append('<').append(name).append(attrs);
      if (r.nextInt(5) == 0) {
        sb.append(r.nextBoolean() ? "/>" : " />");
        return;
      }
      sb.append('>');
      int parts = depth > 4 ? r.nextInt(3) : r.nextInt(6);
      for (int i = 0; i < parts; i++) {
        switch (r.nextInt(depth > 4 ? 4 : 6)) {
          case 0:
          case 1:
            text(sb, r);
            break;
          case 2:
            sb.append("<![CDATA[").append(r.nextBoolean() ? "a < b & c ]] >" : "").append("\r\n]]>");
            break;
          case 3:
            misc(sb, r);
            break;
          default:
            element(sb, r, depth + 1, scope);
            break;
        }
      }
      sb.append("</").append(name).append(r.nextBoolean() ? ">" : " \n>");
    }

    private static void text(StringBuilder sb, SplittableRandom r) {
      for (int j = 1 + r.nextInt(5); j > 0; j--) {
        String t = TEXT[r.nextInt(TEXT.length)];
        // "]]>" is not allowed in text; a '>' right after "]]" would make it.
        if (t.equals(">") && sb.length() >= 2 && sb.charAt(sb.length() - 1) == ']' && sb.charAt(sb.length() - 2) == ']') {
          t = "&gt;";
        }
        sb.append(t);
      }
    }
  }
}
