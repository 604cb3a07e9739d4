package dev.o2c.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.ledger.LedgerCommand;
import dev.o2c.core.ledger.LedgerLogConflictException;
import dev.o2c.core.ledger.LedgerLogException;
import dev.o2c.core.ledger.LogEntry;
import dev.o2c.core.ledger.PostItem;
import dev.o2c.core.ledger.ReceivablesLedger;
import dev.o2c.core.money.Money;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every database must do for {@link JdbcLedgerLog}; run on H2 and on PostgreSQL. */
abstract class LedgerLogContract {

  private DataSource ds;

  /** {@return an empty database for one test} */
  abstract DataSource emptyDatabase() throws SQLException;

  @BeforeEach
  void setUp() throws SQLException {
    ds = emptyDatabase();
    JdbcLedgerLog.migrate(ds);
  }

  private ReceivablesLedger ledgerWithScenario() {
    ReceivablesLedger ledger = ReceivablesLedger.replay(new JdbcLedgerLog(ds));
    Scenario.commands().forEach(ledger::post);
    return ledger;
  }

  private static List<LogEntry> entries(dev.o2c.core.ledger.LedgerLog log, long from) {
    List<LogEntry> entries = new ArrayList<>();
    log.read(from, entries::add);
    return entries;
  }

  private long count(String table) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      r.next();
      return r.getLong(1);
    }
  }

  @Test
  void test_migrate_isIdempotentAndRecordsTheVersion() throws SQLException {
    JdbcLedgerLog.migrate(ds);
    JdbcLedgerLog.migrate(ds);
    assertThat(count("o2c_schema_version")).isEqualTo(1);
    assertThat(new JdbcLedgerLog(ds).lastSequence()).isZero();
    assertThat(entries(new JdbcLedgerLog(ds), 1)).isEmpty();
  }

  @Test
  void test_appendThenRead_givesTheSameEntriesAsTheInMemoryLog() {
    ReceivablesLedger durable = ledgerWithScenario();
    ReceivablesLedger inMemory = ReceivablesLedger.create();
    Scenario.commands().forEach(inMemory::post);

    List<LogEntry> read = entries(new JdbcLedgerLog(ds), 1);
    assertThat(read).hasSize(Scenario.commands().size());
    assertThat(read).isEqualTo(entries(inMemory.log(), 1));
    assertThat(new JdbcLedgerLog(ds).lastSequence()).isEqualTo(read.size());
    assertThat(entries(new JdbcLedgerLog(ds), 5)).isEqualTo(read.subList(4, read.size()));
    assertThat(entries(new JdbcLedgerLog(ds), read.size() + 1)).isEmpty();
    assertThat(durable.lastPostingNumber()).isEqualTo(read.size());
  }

  @Test
  void test_replay_rebuildsTheSameLedger() {
    ReceivablesLedger original = ledgerWithScenario();
    ReceivablesLedger replayed = ReceivablesLedger.replay(new JdbcLedgerLog(ds));

    assertThat(replayed.items()).isEqualTo(original.items());
    assertThat(replayed.payments()).isEqualTo(original.payments());
    assertThat(replayed.journal()).isEqualTo(original.journal());
    assertThat(replayed.customers()).isEqualTo(original.customers());
    assertThat(replayed.deductions()).isEqualTo(original.deductions());
    assertThat(replayed.closedThrough()).isEqualTo(original.closedThrough());
    // The replayed ledger keeps logging where the original stopped.
    replayed.post(PostItem.of(Scenario.invoice("INV-9", 1, "EUR", "10.00", Scenario.DAY.plusDays(40))));
    assertThat(new JdbcLedgerLog(ds).lastSequence()).isEqualTo(original.lastPostingNumber() + 1);
  }

  @Test
  void test_secondWriter_getsAConflictAndWritesNothing() throws SQLException {
    ledgerWithScenario();
    ReceivablesLedger first = ReceivablesLedger.replay(new JdbcLedgerLog(ds));
    ReceivablesLedger second = ReceivablesLedger.replay(new JdbcLedgerLog(ds));
    first.post(PostItem.of(Scenario.invoice("INV-10", 1, "EUR", "10.00", Scenario.DAY.plusDays(40))));
    long entries = count("o2c_ledger_log");
    long lines = count("o2c_journal_line");

    List<LedgerCommand> batch = List.of(
        PostItem.of(Scenario.invoice("INV-11", 1, "EUR", "11.00", Scenario.DAY.plusDays(40))),
        PostItem.of(Scenario.invoice("INV-12", 1, "EUR", "12.00", Scenario.DAY.plusDays(40))));
    assertThatThrownBy(() -> second.postAll(batch))
        .isInstanceOf(LedgerLogConflictException.class)
        .satisfies(e -> assertThat(((LedgerLogConflictException) e).attemptedSequence()).isEqualTo(entries));
    assertThat(count("o2c_ledger_log")).isEqualTo(entries);
    assertThat(count("o2c_journal_line")).isEqualTo(lines);
    assertThatThrownBy(() -> second.post(batch.get(0))).isInstanceOf(IllegalStateException.class);

    // Reopened, the second writer sees the first one's posting and goes on after it.
    ReceivablesLedger reopened = ReceivablesLedger.replay(new JdbcLedgerLog(ds));
    reopened.postAll(batch);
    assertThat(count("o2c_ledger_log")).isEqualTo(entries + 2);
  }

  @Test
  void test_appendAtATakenSequence_isRefusedByThePrimaryKey() throws SQLException {
    ledgerWithScenario();
    JdbcLedgerLog log = new JdbcLedgerLog(ds);
    List<LogEntry> existing = entries(log, 1);
    long lines = count("o2c_journal_line");
    assertThatThrownBy(() -> log.append(existing.subList(2, 4))).isInstanceOf(LedgerLogConflictException.class);
    assertThatThrownBy(() -> log.append(List.of(existing.get(0), existing.get(2))))
        .isInstanceOf(LedgerLogConflictException.class);
    assertThat(count("o2c_ledger_log")).isEqualTo(existing.size());
    assertThat(count("o2c_journal_line")).isEqualTo(lines);
  }

  @Test
  void test_journalRows_balancePerPostingAndCurrency_andMatchTheJournal() throws SQLException {
    ReceivablesLedger ledger = ledgerWithScenario();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery("SELECT sequence, currency, "
          + "SUM(CASE side WHEN 'DEBIT' THEN amount ELSE -amount END) AS net "
          + "FROM o2c_journal_line GROUP BY sequence, currency HAVING SUM(CASE side WHEN 'DEBIT' THEN amount ELSE -amount END) <> 0")) {
        assertThat(r.next()).as("an unbalanced posting").isFalse();
      }
      try (ResultSet r = s.executeQuery("SELECT currency, SUM(amount) FROM o2c_journal_line "
          + "WHERE account_role = 'RECEIVABLES' AND side = 'DEBIT' GROUP BY currency ORDER BY currency")) {
        List<String> debits = new ArrayList<>();
        while (r.next()) {
          debits.add(r.getString(1) + " " + r.getBigDecimal(2).stripTrailingZeros().toPlainString());
        }
        List<String> expected = new ArrayList<>();
        for (String currency : List.of("EUR", "USD")) {
          BigDecimal sum = ledger.journal().stream()
              .filter(l -> l.account().name().equals("RECEIVABLES") && l.side().name().equals("DEBIT")
                  && l.amount().currency().getCurrencyCode().equals(currency))
              .map(l -> l.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
          expected.add(currency + " " + sum.stripTrailingZeros().toPlainString());
        }
        assertThat(debits).isEqualTo(expected);
      }
    }
    assertThat(count("o2c_journal_line")).isEqualTo(ledger.journal().size());
  }

  @Test
  void test_unreadableEntry_failsReplayNamingTheEntry() throws SQLException {
    ledgerWithScenario();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE o2c_ledger_log SET command = '{\"type\":\"POST_ITEM\"}' WHERE sequence = 4");
    }
    assertThatThrownBy(() -> ReceivablesLedger.replay(new JdbcLedgerLog(ds)))
        .isInstanceOf(LedgerLogException.class)
        .hasMessageContaining("ledger log entry 4 cannot be read")
        .hasMessageContaining("o2c JSON at 'item': missing");
  }

  @Test
  void test_largeCommand_fitsTheTable() {
    ReceivablesLedger ledger = ReceivablesLedger.replay(new JdbcLedgerLog(ds));
    List<LedgerCommand> items = new ArrayList<>();
    ledger.post(Scenario.commands().get(0));
    for (int i = 0; i < 2_000; i++) {
      items.add(PostItem.of(OpenItem.builder().documentNumber(Scenario.doc("BULK-" + i)).customerId(Scenario.customer(1))
          .kind(ItemKind.INVOICE).documentDate(Scenario.DAY).dueDate(Scenario.DAY)
          .originalAmount(Money.of("EUR", "0.01")).build()));
    }
    ledger.postAll(items);
    assertThat(ReceivablesLedger.replay(new JdbcLedgerLog(ds)).items()).isEqualTo(ledger.items());
  }
}
