package dev.o2c.testkit.statement;

import dev.o2c.testkit.Generator;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import javax.money.CurrencyUnit;
import javax.money.Monetary;

/**
 * A seeded, format-neutral description of one bank statement file: a message id, a creation time
 * and statements for one or more accounts, each with its entries. The statement writers ({@link
 * Camt053Writer}, {@link Mt940Writer}, {@link Bai2Writer}) turn the same description into each
 * format, so that readers can be compared across formats and benchmarked on files of any size.
 *
 * <pre>{@code
 * StatementFileSpec spec = StatementFileSpec.builder().seed(42).statements(2).entriesPerStatement(1000).build();
 * String camt = Camt053Writer.of(Camt053Writer.Version.V08).toString(spec);
 * String mt940 = Mt940Writer.standard().toString(spec);        // the same bookings as MT940
 * }</pre>
 *
 * <p>The same seed and settings give the same file on every JVM ({@link SplittableRandom}).
 * Entries are regenerated on demand (see {@link StatementSpec#entries()}), so a description of a
 * 500 MB file takes a few kilobytes. This instance is immutable.
 */
public final class StatementFileSpec {

  /** How many distinct counterparties a file draws its entries from. */
  public static final int COUNTERPARTY_POOL = 1000;

  private final long seed;
  private final String messageId;
  private final LocalDateTime creationTime;
  private final CurrencyUnit currency;
  private final List<StatementSpec> statements;

  private StatementFileSpec(long seed, CurrencyUnit currency, LocalDate firstDate, int accounts,
      int[] entryCounts) {
    this.seed = seed;
    this.currency = currency;
    SplittableRandom r = new SplittableRandom(seed);
    EntryFactory factory = new EntryFactory(r.nextLong(), COUNTERPARTY_POOL);
    String[] ibans = new String[accounts];
    String[] bics = new String[accounts];
    String[] owners = new String[accounts];
    for (int a = 0; a < accounts; a++) {
      ibans[a] = EntryFactory.iban(r);
      bics[a] = EntryFactory.bic(r);
      owners[a] = EntryFactory.name(r);
    }
    int days = (entryCounts.length + accounts - 1) / Math.max(1, accounts);
    LocalDate lastDate = firstDate.plusDays(Math.max(0, days - 1));
    this.creationTime = lastDate.atTime(18, 30);
    this.messageId = "MSG" + Long.toString(seed & 0xFFFFFFFFFFL, 36).toUpperCase(Locale.ROOT);
    List<StatementSpec> list = new ArrayList<>(entryCounts.length);
    for (int i = 0; i < entryCounts.length; i++) {
      int a = i % accounts;
      int day = i / accounts;
      LocalDate date = firstDate.plusDays(day);
      long opening = r.nextLong(2_000_000_000L) - 500_000_000L;
      String id = "S" + date.toString().replace("-", "") + "-" + (i + 1);
      list.add(new StatementSpec(i, id, day + 1, ibans[a], bics[a], owners[a], currency, date,
          date.atTime(18, 0).plusMinutes(i % 60), opening, entryCounts[i], r.nextLong(), factory));
    }
    this.statements = Collections.unmodifiableList(list);
  }

  private StatementFileSpec(String messageId, LocalDateTime creationTime, List<StatementSpec> statements) {
    this.seed = 0;
    this.messageId = Objects.requireNonNull(messageId, "messageId");
    this.creationTime = Objects.requireNonNull(creationTime, "creationTime");
    this.statements = List.copyOf(statements);
    if (this.statements.isEmpty()) {
      throw new IllegalArgumentException("a statement file needs at least one statement");
    }
    this.currency = this.statements.get(0).currency();
  }

  /**
   * A file of given statements, e.g. built with {@link StatementSpec#of}; they may be for accounts in
   * different currencies. Its {@link #seed()} is 0.
   *
   * @param messageId the message id, up to 35 characters
   * @param creationTime when the file was created
   * @param statements the statements, in file order, at least one
   * @return the file description
   * @throws IllegalArgumentException if there is no statement
   */
  public static StatementFileSpec of(String messageId, LocalDateTime creationTime, List<StatementSpec> statements) {
    return new StatementFileSpec(messageId, creationTime, statements);
  }

  /**
   * {@return a builder with defaults: seed 0, one account, one statement of 100 entries in EUR on 2026-01-05}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A framework-neutral generator of small files, for property tests: 1 to {@code maxStatements}
   * statements over 1 to 3 accounts, each with 0 to {@code maxEntries} entries, in EUR, on dates
   * from 2000 to 2049 (so that year roll-overs occur).
   *
   * @param maxStatements the most statements in a file, at least 1
   * @param maxEntries the most entries in a statement, at least 0
   * @return the generator
   * @throws IllegalArgumentException if a bound is out of range
   */
  public static Generator<StatementFileSpec> generator(int maxStatements, int maxEntries) {
    if (maxStatements < 1 || maxEntries < 0) {
      throw new IllegalArgumentException(
          "maxStatements " + maxStatements + " must be >= 1 and maxEntries " + maxEntries + " >= 0");
    }
    return random -> {
      int n = 1 + random.nextInt(maxStatements);
      int[] counts = new int[n];
      for (int i = 0; i < n; i++) {
        counts[i] = random.nextInt(maxEntries + 1);
      }
      LocalDate date = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(50 * 365));
      return new StatementFileSpec(random.nextLong(), Monetary.getCurrency("EUR"), date,
          1 + random.nextInt(3), counts);
    };
  }

  /**
   * {@return the seed everything in the file was drawn from}
   */
  public long seed() {
    return seed;
  }

  /**
   * {@return the message id (camt {@code GrpHdr/MsgId}, BAI2 file id)}
   */
  public String messageId() {
    return messageId;
  }

  /**
   * {@return when the file was created: the last statement date at 18:30}
   */
  public LocalDateTime creationTime() {
    return creationTime;
  }

  /**
   * {@return the currency of every account in the file (of the first statement's account for a file
   * built with {@link #of})}
   */
  public CurrencyUnit currency() {
    return currency;
  }

  /**
   * {@return the statements in file order: statement i is for account i modulo the account count, one day after the previous statement of that account}
   */
  public List<StatementSpec> statements() {
    return statements;
  }

  /**
   * {@return the number of entries over all statements}
   */
  public long entryCount() {
    long n = 0;
    for (StatementSpec s : statements) {
      n += s.entryCount();
    }
    return n;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StatementFileSpec && ((StatementFileSpec) o).seed == seed
        && ((StatementFileSpec) o).statements.equals(statements);
  }

  @Override
  public int hashCode() {
    return Objects.hash(seed, statements);
  }

  @Override
  public String toString() {
    return "StatementFileSpec{seed=" + seed + ", statements=" + statements + "}";
  }

  /** Collects the settings of a {@link StatementFileSpec}. */
  public static final class Builder {
    private long seed;
    private int accounts = 1;
    private int statements = 1;
    private int entriesPerStatement = 100;
    private CurrencyUnit currency = Monetary.getCurrency("EUR");
    private LocalDate firstDate = LocalDate.of(2026, 1, 5);

    private Builder() {}

    /**
     * Sets the seed.
     *
     * @param seed the seed; the same seed and settings give the same file
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Sets the number of distinct accounts; statements cycle through them.
     *
     * @param accounts 1 or more
     * @return this builder
     * @throws IllegalArgumentException if accounts is below 1
     */
    public Builder accounts(int accounts) {
      if (accounts < 1) {
        throw new IllegalArgumentException("accounts " + accounts + " is below 1");
      }
      this.accounts = accounts;
      return this;
    }

    /**
     * Sets the number of statements in the file.
     *
     * @param statements 1 or more
     * @return this builder
     * @throws IllegalArgumentException if statements is below 1
     */
    public Builder statements(int statements) {
      if (statements < 1) {
        throw new IllegalArgumentException("statements " + statements + " is below 1");
      }
      this.statements = statements;
      return this;
    }

    /**
     * Sets the number of entries in each statement.
     *
     * @param entries 0 or more
     * @return this builder
     * @throws IllegalArgumentException if entries is negative
     */
    public Builder entriesPerStatement(int entries) {
      if (entries < 0) {
        throw new IllegalArgumentException("entries " + entries + " is negative");
      }
      this.entriesPerStatement = entries;
      return this;
    }

    /**
     * Sets the currency of all accounts.
     *
     * @param currency the currency, e.g. EUR, USD or JPY
     * @return this builder
     * @throws NullPointerException if currency is null
     */
    public Builder currency(CurrencyUnit currency) {
      this.currency = Objects.requireNonNull(currency, "currency");
      return this;
    }

    /**
     * Sets the date of the first statement of each account.
     *
     * @param firstDate the date
     * @return this builder
     * @throws NullPointerException if firstDate is null
     */
    public Builder firstDate(LocalDate firstDate) {
      this.firstDate = Objects.requireNonNull(firstDate, "firstDate");
      return this;
    }

    /**
     * Builds the description.
     *
     * @return the file description
     */
    public StatementFileSpec build() {
      int[] counts = new int[statements];
      java.util.Arrays.fill(counts, entriesPerStatement);
      return new StatementFileSpec(seed, currency, firstDate, Math.min(accounts, statements), counts);
    }
  }
}
