package dev.o2c.matching.tour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.o2c.core.ledger.ReceivablesLedger;
import dev.o2c.core.money.Money;
import dev.o2c.core.money.MoneyTotals;
import dev.o2c.matching.ledger.StatementPostings;
import dev.o2c.core.domain.Direction;
import dev.o2c.matching.statement.Entry;
import dev.o2c.matching.statement.Finding;
import dev.o2c.matching.statement.Statement;
import dev.o2c.matching.statement.StatementFile;
import dev.o2c.matching.statement.StatementFormat;
import dev.o2c.matching.statement.StatementReaders;
import dev.o2c.matching.statement.Transaction;
import dev.o2c.matching.statement.UnreadableEntries;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The statement snippet of README.md, kept compiling and true. Change both together. */
class ReadmeStatementTourTest {

  private static final String SAMPLE = "/dev/o2c/matching/statement/mt940/o2c-sample.sta";

  @Test
  void test_readmeStatementSnippet() throws IOException {
    long credits = 0;
    // --- README tour: statements
    try (InputStream in = getClass().getResourceAsStream(SAMPLE)) {
      StatementFile file = StatementReaders.readFile(in, "o2c-sample.sta");   // format detected from content
      for (Statement statement : file.statements()) {
        statement.findings().forEach(System.out::println);                  // e.g. a closing balance that does not reconcile
        for (Entry entry : statement.entries()) {
          for (Transaction tx : entry.transactions()) {
            if (tx.direction() == Direction.CREDIT) {
              System.out.println(tx.amount() + " from " + tx.debtor().flatMap(p -> p.name()).orElse("?")
                  + ": " + String.join(" ", tx.remittance().unstructured()));
              credits++;
            }
          }
        }
      }
    }
    // Big files: stream entries one by one; memory does not grow with the file.
    AtomicLong entries = new AtomicLong();
    try (InputStream in = getClass().getResourceAsStream(SAMPLE)) {
      StatementFormat format = StatementReaders.stream(in, "o2c-sample.sta", entry -> entries.incrementAndGet());
      // --- end of README tour
      assertThat(format).isIn(StatementFormat.MT940, StatementFormat.MT942);
    }
    assertThat(entries.get()).isPositive();
    assertThat(credits).isPositive();
  }

  @Test
  void test_readmeStatementIntoLedgerSnippet() throws IOException {
    ReceivablesLedger ledger = ReceivablesLedger.create();
    try (InputStream in = getClass().getResourceAsStream("/dev/o2c/matching/ledger/camt053-ledger.xml")) {
      // --- README tour: statement into the ledger
      Statement statement = StatementReaders.readFile(in, "camt053-ledger.xml").statements().get(0);
      StatementPostings postings = StatementPostings.of(statement, ledger);  // payments in, returns of payments
      ledger.postAll(postings.commands());        // payers unknown yet: the money waits in suspense
      postings.unmatched().forEach(System.out::println); // a return whose original is not in the ledger
      // --- end of README tour
    }
    assertThat(ledger.payments()).hasSize(2);
    assertThat(ledger.now().suspense()).isEqualTo(MoneyTotals.of(Money.of("EUR", "500.00")));
  }

  @Test
  void test_readmeUnreadableEntriesSnippet() throws IOException {
    String sample;
    try (InputStream in = getClass().getResourceAsStream(SAMPLE)) {
      sample = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
    // The first entry's amount written with a dot instead of the SWIFT comma.
    int amount = sample.indexOf(',', sample.indexOf(":61:"));
    String damaged = sample.substring(0, amount) + "." + sample.substring(amount + 1);
    try (InputStream in = new ByteArrayInputStream(damaged.getBytes(StandardCharsets.ISO_8859_1))) {
      String name = "damaged.sta";
      // --- README tour: unreadable entries
      StatementFile rest = StatementReaders.readFile(in, name, UnreadableEntries.SKIP);
      // --- end of README tour
      assertThat(rest.allFindings()).anySatisfy(f -> assertThat(f.code()).isEqualTo(Finding.ENTRY_SKIPPED));
      assertThat(rest.statements()).isNotEmpty();
    }
  }
}
