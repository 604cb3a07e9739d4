package dev.o2c.testkit.cashapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The files of a world are well-formed and carry the same payments. The project's own readers live
 * in o2c-matching, whose tests depend on this module; reading the files back with them here would
 * be a cycle, so the camt.053 is checked with the JDK's XML parser and the MT940 line by line.
 */
class CashAppFilesTest {

  private static final CashAppWorld WORLD = CashAppWorldGenerator.of(CashAppConfig.builder().customers(800)
      .profile(BenchmarkProfile.EU_SEPA).build()).generate(2L);

  @Test
  void test_openItemsCsv_hasTheContractColumnsAndEveryItem() {
    String[] rows = CashAppWorldGeneratorTest.file(WORLD, CashAppFiles::writeOpenItems).split("\n");
    assertThat(rows[0]).isEqualTo("item_id,customer_id,type,document_date,due_date,currency,amount,open_amount,reference,terms");
    assertThat(rows).hasSize(WORLD.items().size() + 1);
    for (int i = 1; i < rows.length; i++) {
      String[] f = rows[i].split(",", -1);
      assertThat(f).hasSize(10);
      assertThat(f[2]).isIn("INVOICE", "CREDIT_MEMO");
      assertThat(f[3]).matches("\\d{4}-\\d{2}-\\d{2}");
      assertThat(new BigDecimal(f[6]).scale()).isEqualTo(java.util.Currency.getInstance(f[5]).getDefaultFractionDigits());
      assertThat(f[7]).isEqualTo(f[6]);
      assertThat(f[9]).isIn("NET 30", "2/10 NET 30");
    }
  }

  @Test
  void test_customersCsv_hasTheContractColumnsAndParentsBeforeChildren() {
    String[] rows = CashAppWorldGeneratorTest.file(WORLD, CashAppFiles::writeCustomers).split("\n");
    assertThat(rows[0]).isEqualTo("customer_id,name,bank_accounts,parent_id");
    assertThat(rows).hasSize(WORLD.customers().size() + 1);
    List<String> seen = new ArrayList<>();
    for (int i = 1; i < rows.length; i++) {
      String[] f = rows[i].split(",", -1);
      assertThat(f).hasSize(4);
      for (String iban : f[2].split(";")) {
        assertThat(dev.o2c.testkit.Iban.isValid(iban)).as(iban).isTrue();
      }
      if (!f[3].isEmpty()) {
        assertThat(seen).contains(f[3]);
      }
      seen.add(f[0]);
    }
  }

  @Test
  void test_camt053_isWellFormedAndCarriesEveryLineWithItsStructure() throws Exception {
    String xml = CashAppWorldGeneratorTest.file(WORLD, CashAppFiles::writeCamt053);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    NodeList txs = doc.getElementsByTagNameNS("*", "TxDtls");
    assertThat(txs.getLength()).isEqualTo(WORLD.lines().size());
    Map<String, BankLine> lines = new HashMap<>();
    WORLD.lines().forEach(l -> lines.put(l.entryRef(), l));
    int structured = 0;
    for (int i = 0; i < txs.getLength(); i++) {
      Element tx = (Element) txs.item(i);
      String ref = text(tx, "AcctSvcrRef");
      BankLine line = lines.get(ref);
      assertThat(line).as(ref).isNotNull();
      Element amt = (Element) tx.getElementsByTagNameNS("*", "Amt").item(0);
      assertThat(new BigDecimal(amt.getTextContent())).isEqualTo(line.amount().amount());
      assertThat(amt.getAttribute("Ccy")).isEqualTo(line.amount().currency().getCurrencyCode());
      assertThat(text(tx, "CdtDbtInd")).isEqualTo(line.credit() ? "CRDT" : "DBIT");
      NodeList docs = tx.getElementsByTagNameNS("*", "RfrdDocInf");
      assertThat(docs.getLength()).isEqualTo(line.referredDocuments().size());
      structured += docs.getLength() > 0 || tx.getElementsByTagNameNS("*", "CdtrRefInf").getLength() > 0 ? 1 : 0;
      NodeList ustrd = tx.getElementsByTagNameNS("*", "Ustrd");
      assertThat(ustrd.getLength() == 0 ? "" : ustrd.item(0).getTextContent()).isEqualTo(line.remittanceText().orElse(""));
    }
    // EU-SEPA: structured references on about 40 % of the lines.
    assertThat(structured / (double) WORLD.lines().size()).isBetween(0.33, 0.47);
  }

  private static String text(Element parent, String name) {
    return parent.getElementsByTagNameNS("*", name).item(0).getTextContent();
  }

  private static final Pattern LINE_61 = Pattern.compile(":61:(\\d{6})(\\d{4})(C|D)(\\d+,\\d*)NTRFNONREF//(\\w{1,16})");
  private static final Pattern BALANCE = Pattern.compile(":6[02]F:(C|D)\\d{6}([A-Z]{3})(\\d+,\\d*)");

  @Test
  void test_mt940_isWellFormedSwiftAndBalancesChainPerAccount() {
    String mt940 = CashAppWorldGeneratorTest.file(WORLD, CashAppFiles::writeMt940);
    assertThat(mt940).doesNotContain("\n\n");
    Map<String, BankLine> lines = new HashMap<>();
    WORLD.lines().forEach(l -> lines.put(l.entryRef(), l));
    Map<String, BigDecimal> lastClosing = new HashMap<>();
    String account = null;
    BigDecimal running = null;
    StringBuilder field86 = null;
    int entries = 0;
    for (String row : mt940.split("\r\n")) {
      assertThat(row.length()).as(row).isLessThanOrEqualTo(65);
      assertThat(row).as(row).matches("[A-Za-z0-9/\\-?:().,'+ ]*");
      if (field86 != null && !row.startsWith("?")) {
        assertThat(field86.length()).as(field86.toString()).isLessThanOrEqualTo(390);
        field86 = null;
      }
      if (row.startsWith(":25:")) {
        account = row.substring(4);
      } else if (row.startsWith(":60F:") || row.startsWith(":62F:")) {
        Matcher m = BALANCE.matcher(row);
        assertThat(m.matches()).as(row).isTrue();
        BigDecimal amount = new BigDecimal(m.group(3).replace(',', '.')).multiply(m.group(1).equals("D")
            ? BigDecimal.ONE.negate() : BigDecimal.ONE);
        String key = account + m.group(2);
        if (row.startsWith(":60F:")) {
          if (lastClosing.containsKey(key)) {
            assertThat(amount).isEqualByComparingTo(lastClosing.get(key));
          }
          running = amount;
        } else {
          assertThat(amount).as(key).isEqualByComparingTo(running);
          lastClosing.put(key, amount);
        }
      } else if (row.startsWith(":61:")) {
        Matcher m = LINE_61.matcher(row);
        assertThat(m.matches()).as(row).isTrue();
        BankLine line = lines.get(m.group(5));
        assertThat(line).as(row).isNotNull();
        BigDecimal amount = new BigDecimal(m.group(4).replace(',', '.'));
        assertThat(amount).isEqualByComparingTo(line.amount().amount());
        assertThat(m.group(3)).isEqualTo(line.credit() ? "C" : "D");
        running = running.add(line.credit() ? amount : amount.negate());
        entries++;
      } else if (row.startsWith(":86:")) {
        field86 = new StringBuilder(row.substring(4));
      } else if (row.startsWith("?")) {
        assertThat(row).matches("\\?\\d\\d[^?]*");
        field86.append(row);
      }
    }
    assertThat(entries).isEqualTo(WORLD.lines().size());
  }

  @Test
  void test_truthJson_isWellFormedWithOneObjectPerLine() {
    String json = CashAppWorldGeneratorTest.file(WORLD, CashAppFiles::writeTruth);
    Object parsed = new Json(json).value();
    assertThat(parsed).isInstanceOf(Map.class);
    Map<?, ?> root = (Map<?, ?>) parsed;
    assertThat(root.get("seed")).isEqualTo(new BigDecimal(2));
    List<?> lines = (List<?>) root.get("lines");
    assertThat(lines).hasSize(WORLD.lines().size());
    Map<?, ?> first = (Map<?, ?>) lines.get(0);
    assertThat(first.get("entry_ref")).isEqualTo(WORLD.truths().get(0).entryRef());
    assertThat(first.keySet().stream().map(Object::toString)).contains("payer", "allocations", "unapplied", "enough_evidence", "scenario");
  }

  /** A small strict JSON parser (objects, arrays, strings, numbers, true/false/null), for the test only. */
  private static final class Json {
    private final String s;
    private int i;

    Json(String s) {
      this.s = s;
    }

    Object value() {
      Object v = any();
      ws();
      assertThat(i).as("trailing text").isEqualTo(s.length());
      return v;
    }

    private void ws() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }

    private Object any() {
      ws();
      char c = s.charAt(i);
      if (c == '{') {
        Map<String, Object> map = new HashMap<>();
        i++;
        ws();
        if (s.charAt(i) == '}') {
          i++;
          return map;
        }
        do {
          ws();
          String key = string();
          ws();
          expect(':');
          if (map.put(key, any()) != null) {
            throw new AssertionError("duplicate key " + key + " at " + i);
          }
          ws();
        } while (s.charAt(i++) == ',');
        expectBefore('}');
        return map;
      }
      if (c == '[') {
        List<Object> list = new ArrayList<>();
        i++;
        ws();
        if (s.charAt(i) == ']') {
          i++;
          return list;
        }
        do {
          list.add(any());
          ws();
        } while (s.charAt(i++) == ',');
        expectBefore(']');
        return list;
      }
      if (c == '"') {
        return string();
      }
      for (String word : new String[] {"true", "false", "null"}) {
        if (s.startsWith(word, i)) {
          i += word.length();
          return word.equals("null") ? null : Boolean.valueOf(word);
        }
      }
      int start = i;
      while (i < s.length() && "-+.eE0123456789".indexOf(s.charAt(i)) >= 0) {
        i++;
      }
      return new BigDecimal(s.substring(start, i));
    }

    private String string() {
      expect('"');
      StringBuilder sb = new StringBuilder();
      for (char c = s.charAt(i++); c != '"'; c = s.charAt(i++)) {
        if (c < ' ') {
          throw new AssertionError("control character in a string at " + i);
        }
        if (c == '\\') {
          char e = s.charAt(i++);
          if (e == 'u') {
            sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
            i += 4;
          } else {
            if ("\"\\/bfnrt".indexOf(e) < 0) {
              throw new AssertionError("bad escape at " + i);
            }
            sb.append(e);
          }
        } else {
          sb.append(c);
        }
      }
      return sb.toString();
    }

    private void expectBefore(char c) {
      if (s.charAt(i - 1) != c) {
        throw new AssertionError("expected " + c + " at " + (i - 1));
      }
    }

    private void expect(char c) {
      if (s.charAt(i) != c) {
        throw new AssertionError("expected " + c + " at " + i + ", found " + s.charAt(i));
      }
      i++;
    }
  }
}
