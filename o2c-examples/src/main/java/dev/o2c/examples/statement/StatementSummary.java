package dev.o2c.examples.statement;

import dev.o2c.core.money.Money;
import dev.o2c.examples.text.Amounts;
import dev.o2c.examples.text.TextTable;
import dev.o2c.matching.statement.Balance;
import dev.o2c.matching.statement.BalanceType;
import dev.o2c.core.domain.Direction;
import dev.o2c.matching.statement.Entry;
import dev.o2c.matching.statement.EntryStatus;
import dev.o2c.matching.statement.Finding;
import dev.o2c.matching.statement.Statement;
import dev.o2c.matching.statement.StatementAccount;
import dev.o2c.matching.statement.StatementFormat;
import dev.o2c.matching.statement.StatementHandler;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import javax.money.CurrencyUnit;

/**
 * The readable summary of a statement file that {@code o2c statement} prints: per statement the
 * format, account, ids, creation time, balances, entry and transaction counts and credit/debit
 * totals, then every validation finding.
 *
 * <p>A file with several statements first gets an overview per account and currency. As a {@link
 * StatementHandler} it keeps only counts and totals per statement, never the
 * entries, so it summarises a file of any size:
 *
 * <pre>{@code
 * StatementSummary summary = new StatementSummary("statement.xml");
 * StatementFormat format = StatementReaders.stream(in, "statement.xml", summary);
 * summary.print(out, format);
 * }</pre>
 *
 * <p>Credit and debit totals count booked entries by their booked direction (a reversal of a
 * credit counts as a debit), so that they explain the move from opening to closing booked
 * balance; pending and information-only entries are counted apart. Instances are mutable and not
 * thread-safe.
 */
public final class StatementSummary implements StatementHandler {

  private static final String INDENT = "  ";

  private final String sourceName;
  private final List<StatementTotals> statements = new ArrayList<>();
  /** Findings in the order they arrived, each with the statement it concerns ("" for the file). */
  private final List<String[]> findings = new ArrayList<>();
  private StatementTotals current;
  private long entryCount;
  private long transactionCount;

  /**
   * An empty summary of a source.
   *
   * @param sourceName the file name to print in the first line
   */
  public StatementSummary(String sourceName) {
    this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
  }

  /**
   * Starts counting a statement.
   *
   * @param header the statement so far, without entries
   */
  @Override
  public void onStatementStart(Statement header) {
    current = new StatementTotals(Objects.requireNonNull(header, "header"));
  }

  /**
   * Counts an entry and its transactions in the current statement.
   *
   * @param entry the entry
   * @throws IllegalStateException if no statement has started
   */
  @Override
  public void onEntry(Entry entry) {
    if (current == null) {
      throw new IllegalStateException("an entry arrived before its statement");
    }
    current.add(entry);
    entryCount++;
    transactionCount += entry.transactions().size();
  }

  /**
   * Completes the current statement with its final balances and findings.
   *
   * @param statement the complete statement header
   */
  @Override
  public void onStatementEnd(Statement statement) {
    StatementTotals done = current != null ? current : new StatementTotals(statement);
    done.statement = Objects.requireNonNull(statement, "statement");
    statements.add(done);
    current = null;
    for (Finding finding : statement.findings()) {
      findings.add(new String[] {finding.code().name(), statement.statementId(), finding.location(), finding.message()});
    }
  }

  /**
   * Keeps a finding about the file as a whole.
   *
   * @param finding the finding
   */
  @Override
  public void onFileFinding(Finding finding) {
    findings.add(new String[] {finding.code().name(), "", finding.location(), finding.message()});
  }

  /** {@return the number of entries counted so far, over all statements} */
  public long entryCount() {
    return entryCount;
  }

  /** {@return the number of transactions counted so far, over all statements} */
  public long transactionCount() {
    return transactionCount;
  }

  /** {@return the number of statements completed so far} */
  public int statementCount() {
    return statements.size();
  }

  /** {@return the number of findings so far, file-level and per statement} */
  public int findingCount() {
    return findings.size();
  }

  /**
   * Prints the summary.
   *
   * @param out where to print
   * @param format the format of the file (printed when it holds no statement)
   */
  public void print(PrintWriter out, StatementFormat format) {
    out.println(sourceName + ": " + formatName(format) + ", " + count(statements.size(), "statement") + ", "
        + count(entryCount, "entry", "entries") + ", " + count(transactionCount, "transaction"));
    if (statements.size() > 1) {
      out.println();
      printAccounts(out);
    }
    int n = 0;
    for (StatementTotals totals : statements) {
      n++;
      out.println();
      printStatement(out, totals, n);
    }
    out.println();
    if (findings.isEmpty()) {
      out.println("Findings: no findings");
    } else {
      out.println("Findings (" + findings.size() + ")");
      for (String[] f : findings) {
        out.println(INDENT + f[0] + " at " + f[2] + (f[1].isEmpty() ? "" : " (statement " + f[1] + ")") + ": " + f[3]);
      }
    }
    out.flush();
  }

  /** One line per account and currency over all statements, for files with several statements. */
  private void printAccounts(PrintWriter out) {
    Map<String, long[]> accounts = new LinkedHashMap<>();
    for (StatementTotals totals : statements) {
      StatementAccount account = totals.statement.account();
      String key = account.id() + "\n" + account.currency().map(CurrencyUnit::getCurrencyCode).orElse("");
      long[] counts = accounts.computeIfAbsent(key, k -> new long[3]);
      counts[0]++;
      counts[1] += totals.entries;
      counts[2] += totals.transactions;
    }
    out.println("Accounts (" + accounts.size() + ")");
    TextTable table = new TextTable().left("Account").left("Currency").right("Statements").right("Entries")
        .right("Transactions");
    accounts.forEach((key, counts) -> {
      String[] idAndCurrency = key.split("\n", -1);
      table.row(idAndCurrency[0], idAndCurrency[1], Long.toString(counts[0]), Long.toString(counts[1]),
          Long.toString(counts[2]));
    });
    out.print(table.render(INDENT));
  }

  private void printStatement(PrintWriter out, StatementTotals totals, int n) {
    Statement s = totals.statement;
    out.println("Statement " + n + " of " + statements.size() + ": " + s.statementId());
    Map<String, String> lines = new LinkedHashMap<>();
    lines.put("format", formatName(s.format()));
    lines.put("account", account(s.account()));
    s.messageId().ifPresent(m -> lines.put("message id", m));
    if (s.sequenceNumber().isPresent() || s.legalSequenceNumber().isPresent()) {
      lines.put("sequence", s.sequenceNumber().orElse("-")
          + s.legalSequenceNumber().map(l -> " (legal " + l + ")").orElse(""));
    }
    s.creationTime().ifPresent(t -> lines.put("created",
        s.creationOffset().map(o -> t.atOffset(o).toString()).orElse(t.toString())));
    String entries = count(totals.entries, "entry", "entries");
    if (totals.entries > 0 && totals.entries != totals.byStatus.getOrDefault(EntryStatus.BOOKED, 0L)) {
      StringJoiner byStatus = new StringJoiner(", ", " (", ")");
      for (EntryStatus status : EntryStatus.values()) {
        long c = totals.byStatus.getOrDefault(status, 0L);
        if (c > 0) {
          byStatus.add(c + " " + status.name().toLowerCase(Locale.ROOT));
        }
      }
      entries += byStatus;
    }
    lines.put("entries", entries);
    lines.put("transactions", Long.toString(totals.transactions));
    lines.put("credits", totals.side(Direction.CREDIT));
    lines.put("debits", totals.side(Direction.DEBIT));
    if (totals.otherCount > 0) {
      lines.put("not booked", count(totals.otherCount, "entry", "entries") + " pending or information only, "
          + Amounts.perCurrency(totals.otherSum) + " (not in the totals above)");
    }
    if (s.balances().isEmpty()) {
      lines.put("balances", "none");
    }
    int width = lines.keySet().stream().mapToInt(String::length).max().orElse(0);
    lines.forEach((k, v) -> out.println(INDENT + k + " ".repeat(width - k.length() + 2) + v));
    if (!s.balances().isEmpty()) {
      TextTable balances = new TextTable().left("Balance").left("Code").left("Date").left("Currency").right("Amount");
      for (Balance b : s.balances()) {
        balances.row(balanceName(b.type()), b.code().orElse(""), b.date().toString(),
            b.amount().currency().getCurrencyCode(), Amounts.grouped(b.amount()));
      }
      out.print(balances.render(INDENT));
    }
  }

  private static String account(StatementAccount account) {
    StringBuilder text = new StringBuilder(account.id());
    account.currency().ifPresent(c -> text.append(' ').append(c.getCurrencyCode()));
    List<String> more = new ArrayList<>();
    account.ownerName().ifPresent(more::add);
    account.bic().or(account::bankId).ifPresent(b -> more.add("bank " + b));
    if (!more.isEmpty()) {
      text.append(" (").append(String.join(", ", more)).append(')');
    }
    return text.toString();
  }

  /**
   * The name o2c prints for a format: {@code camt.053}, {@code MT940}, {@code BAI2}.
   *
   * @param format the format
   * @return the name as banks and users write it
   */
  public static String formatName(StatementFormat format) {
    // CAMT_053 -> camt.053; MT940, BAI2 and formats hosts add print as named.
    return format.isCamt() ? "camt." + format.name().substring("CAMT_".length()) : format.name();
  }

  private static String balanceName(BalanceType type) {
    return type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String count(long n, String singular) {
    return count(n, singular, singular + "s");
  }

  private static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }

  /** Counts and totals of one statement; the entries themselves are not kept. */
  private static final class StatementTotals {
    private Statement statement;
    private long entries;
    private long transactions;
    private final Map<EntryStatus, Long> byStatus = new EnumMap<>(EntryStatus.class);
    private final Map<Direction, Long> bookedCount = new EnumMap<>(Direction.class);
    private final Map<Direction, Map<CurrencyUnit, Money>> bookedSum = new EnumMap<>(Direction.class);
    private long otherCount;
    private final Map<CurrencyUnit, Money> otherSum = new LinkedHashMap<>();

    StatementTotals(Statement header) {
      this.statement = header;
    }

    void add(Entry entry) {
      entries++;
      transactions += entry.transactions().size();
      byStatus.merge(entry.status(), 1L, Long::sum);
      if (entry.status() == EntryStatus.BOOKED) {
        bookedCount.merge(entry.direction(), 1L, Long::sum);
        addTo(bookedSum.computeIfAbsent(entry.direction(), d -> new LinkedHashMap<>()), entry.amount());
      } else {
        otherCount++;
        addTo(otherSum, entry.signedAmount());
      }
    }

    String side(Direction direction) {
      long n = bookedCount.getOrDefault(direction, 0L);
      Map<CurrencyUnit, Money> sums = bookedSum.getOrDefault(direction, Map.of());
      return count(n, "entry", "entries") + (n == 0 ? "" : ", " + Amounts.perCurrency(sums));
    }

    private static void addTo(Map<CurrencyUnit, Money> sums, Money amount) {
      sums.merge(amount.currency(), amount, Money::plus);
    }
  }
}
