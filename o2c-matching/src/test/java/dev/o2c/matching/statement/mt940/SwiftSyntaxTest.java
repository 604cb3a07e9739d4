package dev.o2c.matching.statement.mt940;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SWIFT tokenizer, the :61: grammar and the :86: dialects, below the normalized model. */
class SwiftSyntaxTest {

  static List<SwiftField> fields(String text) throws IOException {
    SwiftFieldReader r = new SwiftFieldReader(new StringReader(text));
    List<SwiftField> out = new ArrayList<>();
    SwiftField f;
    while ((f = r.next()) != null) {
      out.add(f);
    }
    return out;
  }

  @Test
  void test_fieldReader_unwrapsBlocksAndKeepsContinuations() throws IOException {
    List<SwiftField> f = fields("{1:F01BANK}{2:O940BANK}{3:{108:X{Y}}}{4:\r\n:20:REF\r\n:86:line one\r\n"
        + "line two\r\n\r\n   \r\n:62F:C200101EUR1,\r\n-}{5:{CHK:1}}\r\nJUNK AFTER\r\n");
    assertThat(f).extracting(SwiftField::tag).containsExactly("20", "86", "62F", "-");
    assertThat(f.get(1).lines()).containsExactly("line one", "line two");
    assertThat(f.get(1).joined()).isEqualTo("line oneline two");
    assertThat(f.get(1).line()).isEqualTo(3);
    assertThat(f.get(3).line()).isEqualTo(8);
  }

  @Test
  void test_fieldReader_skipsExportHeadersAndControlBytes() throws IOException {
    List<SwiftField> f = fields("\u0001ABNANL2A\n940\n:940:\n\u001a:20:A\u0000B\n:25:1\u0003\n-\u0003\n");
    assertThat(f).extracting(s -> s.tag() + "=" + s.joined()).containsExactly("20=AB", "25=1", "-=");
  }

  @Test
  void test_blockStripping_handlesNestedAndUnclosedBlocks() {
    assertThat(SwiftFieldReader.stripBlockHeaders("{1:A}{3:{108:B}}{4::20:X")).isEqualTo(":20:X");
    assertThat(SwiftFieldReader.stripBlockHeaders("{2:unclosed")).isEmpty();
    assertThat(SwiftFieldReader.stripBlockHeaders(":61:no block")).isEqualTo(":61:no block");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "1105240524D9,N192NONREF|2011-05-24|2011-05-24|D|false||9|N192|NONREF||",
      "0709040904RCR204,88NRTINONREF|2007-09-04|2007-09-04|D|true|R|204.88|NRTI|NONREF||",
      "0211011102DR800,NSTONONREF//55555|2002-11-01|2002-11-02|D|false|R|800|NSTO|NONREF|55555|",
      "1701190119CN0,01NTRFNONREF//MB170119012058|2017-01-19|2017-01-19|C|false|N|0.01|NTRF|NONREF|MB170119012058|",
      "120918D000000006098,75N084P002445588      Belastingdienst|2012-09-18||D|false||6098.75|N084|P002445588      Belastingdienst||",
      "1712271227D10,18NBEA//228ohu/972795|2017-12-27|2017-12-27|D|false||10.18|NBEA||228ohu/972795|",
      "200219C65,00NMSC|2020-02-19||C|false||65.00|NMSC|||",
      "1610301031D0,42MCI0NONREF//055001022000001|2016-10-30|2016-10-31|D|false||0.42|MCI0|NONREF|055001022000001|",
      "1710111011DF2402,00S   X|2017-10-11|2017-10-11|D|false|F|2402.00|'S   '|X||",
      "1912311231RD1,NTRFX|2019-12-31|2019-12-31|C|true||1|NTRFX||||",
      "2009020902D20,00NONREF|2020-09-02|2020-09-02|D|false||20.00|''|NONREF||",
  })
  void test_statementLine_grammar(String raw, String value, String entry, String mark, boolean reversal,
      String funds, String amount, String type, String customer, String bank, String unused) {
    StatementLine l = StatementLine.parse(new SwiftField("61", List.of(raw), 7));
    assertThat(l.valueDate()).isEqualTo(LocalDate.parse(value));
    assertThat(l.entryDate()).isEqualTo(Optional.ofNullable(entry).map(LocalDate::parse));
    assertThat(l.debit()).isEqualTo(mark.equals("D"));
    assertThat(l.reversal()).isEqualTo(reversal);
    assertThat(l.fundsCode()).isEqualTo(Optional.ofNullable(funds).map(x -> x.charAt(0)));
    assertThat(l.amount()).isEqualByComparingTo(amount);
    assertThat(l.transactionType()).isEqualTo(type.length() > 4 ? type.substring(0, 4) : type);
    assertThat(l.customerReference()).isEqualTo(customer == null ? (type.length() > 4 ? type.substring(4) : "") : customer);
    assertThat(l.bankReference()).isEqualTo(Optional.ofNullable(bank));
  }

  @ParameterizedTest(name = "value {0} entry {1}")
  @CsvSource({
      "191231, 0102, 2020-01-02",
      "200102, 1231, 2019-12-31",
      "200615, 0616, 2020-06-16",
      "200228, 0229, 2020-02-29",
      "210101, 0229, 2020-02-29",
      "991231, 0101, 2000-01-01",
  })
  void test_entryDate_takesTheYearNearestTheValueDate(String value, String mmdd, String expected) {
    LocalDate v = SwiftValues.date(value, 1);
    assertThat(SwiftValues.entryDate(v, mmdd, 1)).isEqualTo(LocalDate.parse(expected));
  }

  @Test
  void test_supplementaryDetails_areTheContinuationLines() {
    StatementLine l = StatementLine.parse(new SwiftField("61", List.of("200101C1,NTRFREF//B", " /TRCD/00100/ ", "more"), 1));
    assertThat(l.supplementaryDetails()).contains("/TRCD/00100/ more");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "991340|does not exist",
      "99010|is not YYMMDD",
      "9901O1|is not YYMMDD",
  })
  void test_badDates_areSwiftFormatErrors(String date, String message) {
    assertThatThrownBy(() -> SwiftValues.date(date, 9)).isInstanceOf(SwiftFormatException.class)
        .hasMessageContaining(message).satisfies(e -> assertThat(((SwiftFormatException) e).line()).isEqualTo(9));
  }

  @Test
  void test_amounts_acceptSwiftForms() {
    assertThat(SwiftValues.amount("75,", 1)).isEqualByComparingTo("75");
    assertThat(SwiftValues.amount("0,3", 1)).isEqualByComparingTo("0.3");
    assertThat(SwiftValues.amount("000000009265,12", 1)).isEqualByComparingTo("9265.12");
    assertThat(SwiftValues.amount("0", 1)).isEqualByComparingTo(BigDecimal.ZERO);
    assertThatThrownBy(() -> SwiftValues.amount("1.5", 1)).isInstanceOf(SwiftFormatException.class);
    assertThatThrownBy(() -> SwiftValues.amount("", 1)).isInstanceOf(SwiftFormatException.class);
    assertThatThrownBy(() -> SwiftValues.amount("-1,0", 1)).isInstanceOf(SwiftFormatException.class);
  }

  @Test
  void test_gvc_subfieldsRemittanceAndSepaKeys() {
    Details86 d = Details86.parse(List.of("166?00UEBERWEISUNG?10931?20EREF+E1?21KREF+K1?22SVWZ+Rechnung 4",
        "711 vom?2301.02.?24ABWA+Oma?30SBCRDE66?31DE83500105179219844142?32Antonio ?33Sueto?34997"));
    assertThat(d.dialect()).isEqualTo(Details86.Dialect.GVC);
    assertThat(d.gvc()).contains("166");
    assertThat(d.postingText()).contains("UEBERWEISUNG");
    assertThat(d.primaNota()).contains("931");
    assertThat(d.textKeyAddition()).contains("997");
    assertThat(d.remittanceLines()).containsExactly("EREF+E1", "KREF+K1", "SVWZ+Rechnung 4711 vom", "01.02.", "ABWA+Oma");
    assertThat(d.keys()).containsExactly(java.util.Map.entry("EREF", "E1"), java.util.Map.entry("KREF", "K1"),
        java.util.Map.entry("SVWZ", "Rechnung 4711 vom01.02."), java.util.Map.entry("ABWA", "Oma"));
    assertThat(d.remittance()).contains("Rechnung 4711 vom01.02.");
    assertThat(d.counterpartyBank()).contains("SBCRDE66");
    assertThat(d.counterpartyAccount()).contains("DE83500105179219844142");
    assertThat(d.counterpartyName()).contains("Antonio Sueto");
  }

  @Test
  void test_gvc_withoutSepaKeys_remittanceIsTheJoinedText() {
    Details86 d = Details86.parse(List.of(" 020?00Wyplata?20Faktura 333/?21", "2003.?3010600076?38PL0810600076000077777"
        + "7777777"));
    assertThat(d.remittance()).contains("Faktura 333/2003.");
    assertThat(d.counterpartyAccount()).contains("PL08106000760000777777777777");
    assertThat(d.keys()).isEmpty();
  }

  @Test
  void test_dutchKeyed_cntpRemiAndReturn() {
    Details86 d = Details86.parse(List.of("/EREF/02164810730000043//MARF/M1//CSID/NL39KPN//CNTP/NL75INGB000001234",
        "5/INGBNL2A/KPN - MOBIEL/DEN HAAG//REMI/USTD//Factuur 1/2/RTRN/AC01/"));
    assertThat(d.dialect()).isEqualTo(Details86.Dialect.KEYED);
    assertThat(d.key("EREF")).contains("02164810730000043");
    assertThat(d.key("MARF")).contains("M1");
    assertThat(d.counterpartyAccount()).contains("NL75INGB0000012345");
    assertThat(d.counterpartyBank()).contains("INGBNL2A");
    assertThat(d.counterpartyName()).contains("KPN - MOBIEL");
    assertThat(d.counterpartyCity()).contains("DEN HAAG");
    assertThat(d.remittance()).contains("Factuur 1/2");
    assertThat(d.key("RTRN")).contains("AC01");
  }

  @Test
  void test_freeText_keepsLinesAsSent() {
    Details86 d = Details86.parse(List.of("BEA   NR:XXX1234   21.05.11/12.54 DIRCKIII   ", "                ", "PAS999"));
    assertThat(d.dialect()).isEqualTo(Details86.Dialect.FREE);
    assertThat(d.remittanceLines()).containsExactly("BEA   NR:XXX1234   21.05.11/12.54 DIRCKIII", "PAS999");
    assertThat(d.remittance()).contains("BEA   NR:XXX1234   21.05.11/12.54 DIRCKIII PAS999");
    assertThat(Details86.parse(List.of("/NOTAKEY/x")).dialect()).isEqualTo(Details86.Dialect.FREE);
  }
}
