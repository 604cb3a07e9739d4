package dev.o2c.matching.statement.mt940;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.o2c.matching.statement.Party;
import dev.o2c.matching.statement.Statement;
import dev.o2c.matching.statement.StatementFormat;
import dev.o2c.matching.statement.StatementReaders;
import dev.o2c.matching.statement.Transaction;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The same generated transactions, written once as MT940 and once as camt.053, read back through the
 * standard entry point (format detection) to the same normalized transactions, duplicate keys included.
 */
class Mt940CamtPropertyTest {

  private static final int EXAMPLES = Math.max(1, Integer.getInteger("o2c.qt.examples", 2000) / 4);
  private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
  private static final DateTimeFormatter MMDD = DateTimeFormatter.ofPattern("MMdd");
  private static final String[] NAMES = {"Muster GmbH", "J Jansen", "ACME Corp", "Energy AG", "P C Wacki"};
  private static final String[] IBANS = {"DE44500500000123456789", "NL20INGB0001234567", "DE02120300000000202051"};
  private static final String[] BICS = {"COBADEFFXXX", "INGBNL2A", "BYLADEM1001"};

  /** One generated transaction: signed cents and a seed for its texts. */
  record Tx(long cents, int seed) {
    String name() {
      return NAMES[Math.floorMod(seed, NAMES.length)];
    }

    String iban() {
      return IBANS[Math.floorMod(seed / 7, IBANS.length)];
    }

    String bic() {
      return BICS[Math.floorMod(seed / 7, BICS.length)];
    }

    String remittance() {
      return "Invoice " + Math.floorMod(seed, 100_000) + " order " + Math.floorMod(seed / 3, 977);
    }
  }

  static String mt940(List<Tx> txs, LocalDate date) {
    StringBuilder sb = new StringBuilder(":20:PROP\n:25:NL91ABNA0417164300EUR\n:28C:1\n:60F:C")
        .append(date.format(YYMMDD)).append("EUR0,\n");
    long closing = 0;
    for (int i = 0; i < txs.size(); i++) {
      Tx t = txs.get(i);
      closing += t.cents();
      sb.append(":61:").append(date.format(YYMMDD)).append(date.format(MMDD)).append(t.cents() < 0 ? 'D' : 'C')
          .append(BigDecimal.valueOf(Math.abs(t.cents()), 2).toPlainString().replace('.', ','))
          .append("NTRFNONREF//BANK").append(i).append('\n');
      sb.append(":86:/EREF/E2E-").append(i).append("//CNTP/").append(t.iban()).append('/').append(t.bic()).append('/')
          .append(t.name()).append("///REMI/USTD//").append(t.remittance()).append("/\n");
    }
    sb.append(":62F:").append(closing < 0 ? 'D' : 'C').append(date.format(YYMMDD)).append("EUR")
        .append(BigDecimal.valueOf(Math.abs(closing), 2).toPlainString().replace('.', ',')).append("\n-\n");
    return sb.toString();
  }

  static String camt053(List<Tx> txs, LocalDate date) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt>")
        .append("<GrpHdr><MsgId>M</MsgId><CreDtTm>").append(date).append("T10:00:00</CreDtTm></GrpHdr>")
        .append("<Stmt><Id>PROP</Id><CreDtTm>").append(date).append("T10:00:00</CreDtTm>")
        .append("<Acct><Id><IBAN>NL91ABNA0417164300</IBAN></Id><Ccy>EUR</Ccy></Acct>");
    long closing = txs.stream().mapToLong(Tx::cents).sum();
    sb.append(bal("OPBD", 0, date)).append(bal("CLBD", closing, date));
    for (int i = 0; i < txs.size(); i++) {
      Tx t = txs.get(i);
      boolean debit = t.cents() < 0;
      String party = debit ? "Cdtr" : "Dbtr";
      sb.append("<Ntry><Amt Ccy=\"EUR\">").append(BigDecimal.valueOf(Math.abs(t.cents()), 2).toPlainString())
          .append("</Amt><CdtDbtInd>").append(debit ? "DBIT" : "CRDT").append("</CdtDbtInd><Sts>BOOK</Sts>")
          .append("<BookgDt><Dt>").append(date).append("</Dt></BookgDt><ValDt><Dt>").append(date)
          .append("</Dt></ValDt><AcctSvcrRef>BANK").append(i).append("</AcctSvcrRef>")
          .append("<BkTxCd><Prtry><Cd>NTRF</Cd></Prtry></BkTxCd><NtryDtls><TxDtls>")
          .append("<Refs><AcctSvcrRef>BANK").append(i).append("</AcctSvcrRef><EndToEndId>E2E-").append(i)
          .append("</EndToEndId></Refs>")
          .append("<RltdPties><").append(party).append("><Nm>").append(t.name()).append("</Nm></").append(party)
          .append("><").append(party).append("Acct><Id><IBAN>").append(t.iban()).append("</IBAN></Id></")
          .append(party).append("Acct></RltdPties>")
          .append("<RltdAgts><").append(party).append("Agt><FinInstnId><BIC>").append(t.bic())
          .append("</BIC></FinInstnId></").append(party).append("Agt></RltdAgts>")
          .append("<RmtInf><Ustrd>").append(t.remittance()).append("</Ustrd></RmtInf>")
          .append("</TxDtls></NtryDtls></Ntry>");
    }
    return sb.append("</Stmt></BkToCstmrStmt></Document>\n").toString();
  }

  private static String bal(String code, long cents, LocalDate date) {
    return "<Bal><Tp><CdOrPrtry><Cd>" + code + "</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">"
        + BigDecimal.valueOf(Math.abs(cents), 2).toPlainString() + "</Amt><CdtDbtInd>" + (cents < 0 ? "DBIT" : "CRDT")
        + "</CdtDbtInd><Dt><Dt>" + date + "</Dt></Dt></Bal>";
  }

  static Statement read(String text) {
    return StatementReaders.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "gen").get(0);
  }

  @Test
  void test_sameTransactions_asMt940AndCamt053_readToTheSameNormalizedTransactions() {
    qt().withExamples(EXAMPLES)
        .forAll(lists().of(longs().between(-100_000_000L, 100_000_000L)).ofSizeBetween(1, 12),
            integers().between(0, Integer.MAX_VALUE), integers().between(0, 20_000))
        .checkAssert((cents, seed, day) -> {
          List<Tx> txs = new java.util.ArrayList<>();
          for (int i = 0; i < cents.size(); i++) {
            txs.add(new Tx(cents.get(i), seed + 31 * i));
          }
          LocalDate date = LocalDate.of(2000, 1, 1).plusDays(day);
          Statement mt = read(mt940(txs, date));
          Statement camt = read(camt053(txs, date));
          assertThat(mt.format()).isEqualTo(StatementFormat.MT940);
          assertThat(camt.format()).isEqualTo(StatementFormat.CAMT_053);
          assertThat(mt.findings()).isEmpty();
          assertThat(camt.findings()).isEmpty();
          assertThat(mt.account().iban()).isEqualTo(camt.account().iban());
          List<Transaction> a = mt.transactions();
          List<Transaction> b = camt.transactions();
          assertThat(a).hasSameSizeAs(b);
          for (int i = 0; i < a.size(); i++) {
            Transaction x = a.get(i);
            Transaction y = b.get(i);
            assertThat(x.amount()).isEqualTo(y.amount());
            assertThat(x.direction()).isEqualTo(y.direction());
            assertThat(x.status()).isEqualTo(y.status());
            assertThat(x.reversal()).isEqualTo(y.reversal());
            assertThat(x.bookingDate()).isEqualTo(y.bookingDate());
            assertThat(x.valueDate()).isEqualTo(y.valueDate());
            assertThat(x.references().accountServicerReference()).isEqualTo(y.references().accountServicerReference());
            assertThat(x.references().endToEndId()).isEqualTo(y.references().endToEndId());
            assertThat(x.remittance()).isEqualTo(y.remittance());
            assertThat(x.debtor()).isEqualTo(y.debtor());
            assertThat(x.creditor()).isEqualTo(y.creditor());
            assertThat(x.debtor().or(x::creditor).flatMap(Party::bic)).isEqualTo(Optional.of(txs.get(i).bic()));
            assertThat(x.duplicateKey()).isEqualTo(y.duplicateKey());
          }
        });
  }
}
