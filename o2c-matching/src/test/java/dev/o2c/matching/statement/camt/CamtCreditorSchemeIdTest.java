package dev.o2c.matching.statement.camt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.o2c.matching.statement.Statement;
import dev.o2c.matching.statement.Transaction;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The SEPA creditor identifier in camt: {@code RltdPties/Cdtr/Id/PrvtId/Othr/Id} with {@code
 * SchmeNm/Prtry} {@code SEPA} (v02-v07), {@code RltdPties/Cdtr/Pty/Id/PrvtId/Othr/Id} (v08 and
 * later).
 */
class CamtCreditorSchemeIdTest {

  private static final String V02_DEBTOR = "<Dbtr><Nm>Acme Retail AG</Nm></Dbtr>";
  private static final String V08_CREDITOR = "<Cdtr><Pty><Nm>Gamma Trading WLL</Nm></Pty></Cdtr>";

  private static String othr(String id, String scheme) {
    return "<Othr><Id>" + id + "</Id>" + scheme + "</Othr>";
  }

  private static String sepa(String id) {
    return othr(id, "<SchmeNm><Prtry>SEPA</Prtry></SchmeNm>");
  }

  /** The v02 sample with a creditor whose private identification holds {@code others}. */
  private static List<Statement> v02WithCreditor(String others) {
    String cdtr = "<Cdtr><Nm>O2C Collections</Nm><Id><PrvtId>" + others + "</PrvtId></Id></Cdtr>";
    String xml = CamtSamples.text("camt053-v02-batch.xml");
    assertThat(xml).contains(V02_DEBTOR);
    return CamtSamples.read(xml.replace(V02_DEBTOR, V02_DEBTOR + cdtr));
  }

  @Test
  void test_v02_sepaSchemeOfTheCreditor_isTheCreditorSchemeId() {
    List<Transaction> txs = v02WithCreditor(sepa(" DE98ZZZ09999999999 ")).get(0).transactions();
    assertThat(txs.get(0).references().creditorSchemeId()).contains("DE98ZZZ09999999999");
    assertThat(txs.subList(1, txs.size()))
        .allSatisfy(t -> assertThat(t.references().creditorSchemeId()).isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "second identification is SEPA|<Othr><Id>12345</Id><SchmeNm><Cd>CUST</Cd></SchmeNm></Othr>"
          + "<Othr><Id>NL98ZZZ999999999999</Id><SchmeNm><Prtry>SEPA</Prtry></SchmeNm></Othr>|NL98ZZZ999999999999",
      "scheme written in lower case|<Othr><Id>AT61ZZZ01234567890</Id><SchmeNm><Prtry>sepa</Prtry></SchmeNm></Othr>"
          + "|AT61ZZZ01234567890",
      "no scheme name|<Othr><Id>DEE1234567890</Id></Othr>|",
      "another proprietary scheme|<Othr><Id>X-1</Id><SchmeNm><Prtry>BANK</Prtry></SchmeNm></Othr>|",
  })
  void test_v02_onlyTheSepaSchemeCounts(String name, String others, String expected) {
    Transaction t = v02WithCreditor(others).get(0).transactions().get(0);
    assertThat(t.references().creditorSchemeId().orElse(null)).isEqualTo(expected);
  }

  @Test
  void test_v08_partyChoiceOfTheCreditor_isRead() {
    String xml = CamtSamples.text("camt053-v08-reversal.xml");
    assertThat(xml).contains(V08_CREDITOR);
    String withId = xml.replace(V08_CREDITOR, "<Cdtr><Pty><Nm>Gamma Trading WLL</Nm><Id><PrvtId>"
        + sepa("KW12ZZZ000123") + "</PrvtId></Id></Pty></Cdtr>");
    Transaction t = CamtSamples.read(withId).get(0).transactions().get(0);
    assertThat(t.references().creditorSchemeId()).contains("KW12ZZZ000123");
    assertThat(t.creditor().flatMap(p -> p.name())).contains("Gamma Trading WLL");
  }

  @Test
  void test_creditorSchemeId_doesNotChangeDuplicateKeys() {
    List<String> without = CamtSamples.read(CamtSamples.text("camt053-v02-batch.xml")).get(0).transactions()
        .stream().map(Transaction::duplicateKey).toList();
    List<String> with = v02WithCreditor(sepa("DE98ZZZ09999999999")).get(0).transactions().stream()
        .map(Transaction::duplicateKey).toList();
    assertThat(with).isEqualTo(without).isNotEmpty();
  }
}
