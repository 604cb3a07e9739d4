package dev.o2c.testkit.statement;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.SplittableRandom;
import javax.money.CurrencyUnit;

/**
 * One generated account statement: the account, its currency, ids, the opening balance and a
 * seeded, replayable sequence of entries.
 *
 * <p>Entries are not stored: {@link #entries()} regenerates them from the statement's own seed on
 * every iteration, so a statement of millions of entries costs no memory and formats that give the
 * closing balance or control totals before the entries (camt.053, BAI2) can replay them. The
 * totals are computed on first use and cached; racing threads compute the same value. Otherwise
 * this instance is immutable.
 */
public final class StatementSpec {

  private final int index;
  private final String statementId;
  private final int sequenceNumber;
  private final String accountIban;
  private final String accountBic;
  private final String ownerName;
  private final CurrencyUnit currency;
  private final LocalDate date;
  private final LocalDateTime creationTime;
  private final long openingMinor;
  private final int entryCount;
  private final long entrySeed;
  private final EntryFactory factory;
  private final List<EntrySpec> fixedEntries;
  private volatile Totals totals;

  StatementSpec(
      int index,
      String statementId,
      int sequenceNumber,
      String accountIban,
      String accountBic,
      String ownerName,
      CurrencyUnit currency,
      LocalDate date,
      LocalDateTime creationTime,
      long openingMinor,
      int entryCount,
      long entrySeed,
      EntryFactory factory) {
    this.index = index;
    this.statementId = statementId;
    this.sequenceNumber = sequenceNumber;
    this.accountIban = accountIban;
    this.accountBic = accountBic;
    this.ownerName = ownerName;
    this.currency = currency;
    this.date = date;
    this.creationTime = creationTime;
    this.openingMinor = openingMinor;
    this.entryCount = entryCount;
    this.entrySeed = entrySeed;
    this.factory = factory;
    this.fixedEntries = null;
  }

  private StatementSpec(int index, String statementId, int sequenceNumber, String accountIban, String accountBic,
      String ownerName, CurrencyUnit currency, LocalDate date, LocalDateTime creationTime, long openingMinor,
      List<EntrySpec> entries) {
    this.index = index;
    this.statementId = Objects.requireNonNull(statementId, "statementId");
    this.sequenceNumber = sequenceNumber;
    this.accountIban = Objects.requireNonNull(accountIban, "accountIban");
    this.accountBic = Objects.requireNonNull(accountBic, "accountBic");
    this.ownerName = Objects.requireNonNull(ownerName, "ownerName");
    this.currency = Objects.requireNonNull(currency, "currency");
    this.date = Objects.requireNonNull(date, "date");
    this.creationTime = Objects.requireNonNull(creationTime, "creationTime");
    this.openingMinor = openingMinor;
    this.fixedEntries = List.copyOf(entries);
    this.entryCount = fixedEntries.size();
    this.entrySeed = 0;
    this.factory = null;
  }

  /**
   * A statement of given entries, e.g. the bank lines of a benchmark world: the entries are stored,
   * not generated. It is created at 18:00 of its date.
   *
   * @param index the statement's position in its file, from 0
   * @param statementId the statement id, up to 16 characters
   * @param sequenceNumber the electronic sequence number, 1 to 99999
   * @param accountIban the account's IBAN
   * @param accountBic the servicing bank's BIC
   * @param ownerName the account owner's name
   * @param currency the account currency; entry amounts are in its minor units
   * @param date the statement date
   * @param openingMinor the opening booked balance in minor units
   * @param entries the entries, in statement order
   * @return the statement
   * @throws NullPointerException if an argument is null
   */
  public static StatementSpec of(int index, String statementId, int sequenceNumber, String accountIban,
      String accountBic, String ownerName, CurrencyUnit currency, LocalDate date, long openingMinor,
      List<EntrySpec> entries) {
    return new StatementSpec(index, statementId, sequenceNumber, accountIban, accountBic, ownerName, currency,
        date, date.atTime(18, 0), openingMinor, entries);
  }

  /** The sums over a statement's entries, for closing balances and control totals. */
  public static final class Totals {
    private final long creditMinor;
    private final long debitMinor;
    private final int credits;
    private final int debits;

    Totals(long creditMinor, long debitMinor, int credits, int debits) {
      this.creditMinor = creditMinor;
      this.debitMinor = debitMinor;
      this.credits = credits;
      this.debits = debits;
    }

    /**
     * {@return the sum of the credit amounts, in minor units}
     */
    public long creditMinor() {
      return creditMinor;
    }

    /**
     * {@return the sum of the debit amounts, in minor units, positive}
     */
    public long debitMinor() {
      return debitMinor;
    }

    /**
     * {@return the number of credit entries}
     */
    public int credits() {
      return credits;
    }

    /**
     * {@return the number of debit entries}
     */
    public int debits() {
      return debits;
    }
  }

  /**
   * {@return the statement's position in its file, from 0}
   */
  public int index() {
    return index;
  }

  /**
   * {@return the statement id (camt {@code Stmt/Id}, MT940 {@code :20:}), up to 16 characters}
   */
  public String statementId() {
    return statementId;
  }

  /**
   * {@return the electronic sequence number (camt {@code ElctrncSeqNb}, MT940 {@code :28C:}), 1 to 99999}
   */
  public int sequenceNumber() {
    return sequenceNumber;
  }

  /**
   * {@return the IBAN of the account the statement is for}
   */
  public String accountIban() {
    return accountIban;
  }

  /**
   * {@return the domestic account number for formats without IBAN (BAI2): the IBAN's last ten characters}
   */
  public String accountNumber() {
    return accountIban.substring(accountIban.length() - 10);
  }

  /**
   * {@return the BIC of the account servicing bank}
   */
  public String accountBic() {
    return accountBic;
  }

  /**
   * {@return the account owner's name}
   */
  public String ownerName() {
    return ownerName;
  }

  /**
   * {@return the account currency}
   */
  public CurrencyUnit currency() {
    return currency;
  }

  /**
   * {@return the statement date: the opening and closing balance date and every booking date}
   */
  public LocalDate date() {
    return date;
  }

  /**
   * {@return when the bank created the statement (no offset)}
   */
  public LocalDateTime creationTime() {
    return creationTime;
  }

  /**
   * {@return the opening booked balance in minor units, signed (negative is overdrawn)}
   */
  public long openingMinor() {
    return openingMinor;
  }

  /**
   * {@return the closing booked balance in minor units: opening plus credits minus debits}
   */
  public long closingMinor() {
    Totals t = totals();
    return openingMinor + t.creditMinor() - t.debitMinor();
  }

  /**
   * The sums over this statement's entries; computed once by replaying the entries.
   *
   * @return the totals
   */
  public Totals totals() {
    Totals t = totals;
    if (t == null) {
      long cr = 0;
      long dr = 0;
      int nc = 0;
      int nd = 0;
      for (EntrySpec e : entries()) {
        if (e.credit()) {
          cr = Math.addExact(cr, e.amountMinor());
          nc++;
        } else {
          dr = Math.addExact(dr, e.amountMinor());
          nd++;
        }
      }
      t = new Totals(cr, dr, nc, nd);
      totals = t;
    }
    return t;
  }

  /**
   * {@return the number of entries}
   */
  public int entryCount() {
    return entryCount;
  }

  /**
   * The entries, regenerated from the statement's seed on each iteration (same values every time), or
   * the given entries of a statement built with {@link #of}.
   *
   * @return an iterable whose iterators each produce all {@link #entryCount()} entries in order
   */
  public Iterable<EntrySpec> entries() {
    if (fixedEntries != null) {
      return fixedEntries;
    }
    return () ->
        new Iterator<>() {
          private final SplittableRandom random = new SplittableRandom(entrySeed);
          private int produced;

          @Override
          public boolean hasNext() {
            return produced < entryCount;
          }

          @Override
          public EntrySpec next() {
            if (produced >= entryCount) {
              throw new NoSuchElementException();
            }
            produced++;
            return factory.entry(random, date, index, produced);
          }
        };
  }

  /**
   * All entries in a list; for small statements in tests.
   *
   * @return the entries in order, unmodifiable
   */
  public List<EntrySpec> entryList() {
    List<EntrySpec> list = new ArrayList<>(entryCount);
    entries().forEach(list::add);
    return Collections.unmodifiableList(list);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof StatementSpec)) {
      return false;
    }
    StatementSpec s = (StatementSpec) o;
    return index == s.index
        && sequenceNumber == s.sequenceNumber
        && openingMinor == s.openingMinor
        && entryCount == s.entryCount
        && entrySeed == s.entrySeed
        && statementId.equals(s.statementId)
        && accountIban.equals(s.accountIban)
        && accountBic.equals(s.accountBic)
        && ownerName.equals(s.ownerName)
        && currency.equals(s.currency)
        && date.equals(s.date)
        && creationTime.equals(s.creationTime)
        && Objects.equals(factory, s.factory)
        && Objects.equals(fixedEntries, s.fixedEntries);
  }

  @Override
  public int hashCode() {
    return Objects.hash(statementId, accountIban, date, openingMinor, entryCount, entrySeed);
  }

  @Override
  public String toString() {
    return "StatementSpec{" + statementId + " " + accountIban + " " + currency.getCurrencyCode() + " "
        + date + " opening=" + openingMinor + " entries=" + entryCount + "}";
  }
}
