package dev.o2c.matching.statement.camt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.o2c.core.money.Money;
import dev.o2c.matching.statement.BalanceType;
import dev.o2c.core.domain.Direction;
import dev.o2c.matching.statement.Entry;
import dev.o2c.matching.statement.Statement;
import dev.o2c.matching.statement.StatementFile;
import dev.o2c.matching.statement.Transaction;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

/**
 * Writes random statements as camt.053 text in several schema versions, reads them back and
 * checks that every amount, direction, reference, name and remittance line survives exactly and
 * that the balance check agrees with how the statement was built.
 */
class CamtRoundTripTest {

  private static final String[] CURRENCIES = {"EUR", "JPY", "KWD", "CHF"};
  private static final String[] VERSIONS = {"02", "04", "08", "13"};
  /** Characters that must survive XML escaping and the reader: markup, quotes, non-ASCII. */
  private static final String TEXT_CHARS = "abcXYZ019 /-?:().,'+&<>\"äöüßé€";

  /** One payment as written. */
  private static final class Tx {
    long minor;
    Direction direction;
    String endToEnd;
    String name;
    String ustrd;
  }

  /** One entry as written. */
  private static final class Ntry {
    Direction direction;
    boolean booked;
    String ref;
    final List<Tx> txs = new ArrayList<>();

    long minor() {
      long sum = 0;
      for (Tx t : txs) {
        sum += t.direction == direction ? t.minor : -t.minor;
      }
      return sum;
    }
  }

  private static String text(Random r, int maxLength) {
    int n = 1 + r.nextInt(maxLength);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(TEXT_CHARS.charAt(r.nextInt(TEXT_CHARS.length())));
    }
    return b.toString();
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static String amount(long minor, CurrencyUnit ccy) {
    return Money.ofMinor(ccy, Math.abs(minor)).amount().toPlainString();
  }

  private static String balance(String code, long minor, CurrencyUnit ccy) {
    return "<Bal><Tp><CdOrPrtry><Cd>" + code + "</Cd></CdOrPrtry></Tp><Amt Ccy=\""
        + ccy.getCurrencyCode() + "\">" + amount(minor, ccy) + "</Amt><CdtDbtInd>"
        + (minor < 0 ? "DBIT" : "CRDT") + "</CdtDbtInd><Dt><Dt>2024-07-01</Dt></Dt></Bal>";
  }

  private static String write(
      String version, CurrencyUnit ccy, long opening, long closing, List<Ntry> entries) {
    int v = Integer.parseInt(version);
    String c = ccy.getCurrencyCode();
    StringBuilder x = new StringBuilder();
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.")
        .append(version)
        .append("\"><BkToCstmrStmt><GrpHdr><MsgId>RT</MsgId><CreDtTm>2024-07-01T10:00:00</CreDtTm></GrpHdr>")
        .append("<Stmt><Id>RT-1</Id><Acct><Id><IBAN>GB33BUKB20201555555555</IBAN></Id></Acct>")
        .append(balance("OPBD", opening, ccy))
        .append(balance("CLBD", closing, ccy));
    for (Ntry e : entries) {
      long m = e.minor();
      x.append("<Ntry><Amt Ccy=\"").append(c).append("\">").append(amount(m, ccy)).append("</Amt>")
          .append("<CdtDbtInd>").append(e.direction == Direction.CREDIT ? "CRDT" : "DBIT")
          .append("</CdtDbtInd>");
      String sts = e.booked ? "BOOK" : "PDNG";
      x.append(v >= 8 ? "<Sts><Cd>" + sts + "</Cd></Sts>" : "<Sts>" + sts + "</Sts>");
      x.append("<BookgDt><Dt>2024-07-01</Dt></BookgDt><AcctSvcrRef>").append(esc(e.ref))
          .append("</AcctSvcrRef><NtryDtls>");
      for (Tx t : e.txs) {
        x.append("<TxDtls><Refs><EndToEndId>").append(esc(t.endToEnd)).append("</EndToEndId></Refs>");
        String amt = "<Amt Ccy=\"" + c + "\">" + amount(t.minor, ccy) + "</Amt>";
        x.append(v >= 3 ? amt : "<AmtDtls><TxAmt>" + amt + "</TxAmt></AmtDtls>");
        x.append("<CdtDbtInd>").append(t.direction == Direction.CREDIT ? "CRDT" : "DBIT").append("</CdtDbtInd>");
        String nm = "<Nm>" + esc(t.name) + "</Nm>";
        x.append("<RltdPties><Dbtr>").append(v >= 8 ? "<Pty>" + nm + "</Pty>" : nm).append("</Dbtr></RltdPties>");
        x.append("<RmtInf><Ustrd>").append(esc(t.ustrd)).append("</Ustrd></RmtInf></TxDtls>");
      }
      x.append("</NtryDtls></Ntry>");
    }
    return x.append("</Stmt></BkToCstmrStmt></Document>").toString();
  }

  @Test
  void test_writtenStatement_readsBackExactly() {
    qt().withExamples(Integer.getInteger("o2c.qt.examples", 2000) / 4)
        .forAll(longs().all(), integers().between(0, 6))
        .checkAssert(
            (seed, size) -> {
              Random r = new Random(seed);
              CurrencyUnit ccy = Monetary.getCurrency(CURRENCIES[r.nextInt(CURRENCIES.length)]);
              String version = VERSIONS[r.nextInt(VERSIONS.length)];
              long opening = r.nextInt(2_000_001) - 1_000_000;
              List<Ntry> entries = new ArrayList<>();
              long net = 0;
              for (int i = 0; i < size; i++) {
                Ntry e = new Ntry();
                e.direction = r.nextBoolean() ? Direction.CREDIT : Direction.DEBIT;
                e.booked = r.nextInt(5) > 0;
                e.ref = "R" + i + text(r, 12);
                int txs = 1 + r.nextInt(3);
                for (int j = 0; j < txs; j++) {
                  Tx t = new Tx();
                  t.minor = r.nextInt(100_000_000);
                  // Every detail of a one-detail entry, and most in batches, go the entry's way.
                  t.direction = txs == 1 || r.nextInt(4) > 0 ? e.direction : e.direction.opposite();
                  t.endToEnd = text(r, 20);
                  t.name = text(r, 30);
                  t.ustrd = text(r, 60);
                  e.txs.add(t);
                }
                if (e.minor() < 0) {
                  // Keep the entry amount non-negative by letting the batch go the other way.
                  e.direction = e.direction.opposite();
                }
                entries.add(e);
                if (e.booked) {
                  net += e.direction == Direction.CREDIT ? e.minor() : -e.minor();
                }
              }
              boolean balanced = r.nextBoolean();
              long closing = opening + net + (balanced ? 0 : 1 + r.nextInt(100));
              String xml = write(version, ccy, opening, closing, entries);

              StatementFile file =
                  new CamtReader()
                      .readFile(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "rt.xml");
              Statement s = file.statements().get(0);
              assertThat(s.balance(BalanceType.OPENING_BOOKED).get().amount())
                  .isEqualTo(Money.ofMinor(ccy, opening));
              assertThat(s.balance(BalanceType.CLOSING_BOOKED).get().amount())
                  .isEqualTo(Money.ofMinor(ccy, closing));
              assertThat(s.findings().isEmpty()).isEqualTo(balanced);
              assertThat(s.entries()).hasSize(entries.size());
              for (int i = 0; i < entries.size(); i++) {
                Ntry w = entries.get(i);
                Entry e = s.entries().get(i);
                assertThat(e.amount()).isEqualTo(Money.ofMinor(ccy, Math.abs(w.minor())));
                assertThat(e.direction()).isEqualTo(w.direction);
                assertThat(e.accountServicerReference()).contains(w.ref.trim());
                assertThat(e.bookingDate()).contains(LocalDate.of(2024, 7, 1));
                assertThat(e.transactions()).hasSize(w.txs.size());
                for (int j = 0; j < w.txs.size(); j++) {
                  Tx wt = w.txs.get(j);
                  Transaction t = e.transactions().get(j);
                  assertThat(t.amount()).isEqualTo(Money.ofMinor(ccy, wt.minor));
                  Direction expected = w.txs.size() == 1 ? w.direction : wt.direction;
                  assertThat(t.direction()).isEqualTo(expected);
                  assertThat(t.references().endToEndId().orElse("")).isEqualTo(wt.endToEnd.trim());
                  assertThat(t.debtor().flatMap(p -> p.name()).orElse("")).isEqualTo(wt.name.trim());
                  if (wt.ustrd.isBlank()) {
                    assertThat(t.remittance().unstructured()).isEmpty();
                  } else {
                    assertThat(t.remittance().unstructured()).containsExactly(wt.ustrd);
                  }
                  assertThat(t.references().accountServicerReference()).contains(w.ref.trim());
                }
              }
            });
  }
}
