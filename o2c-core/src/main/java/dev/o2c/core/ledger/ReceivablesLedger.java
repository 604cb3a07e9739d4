package dev.o2c.core.ledger;

import dev.o2c.core.domain.Application;
import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.Deduction;
import dev.o2c.core.id.ApplicationId;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DeductionId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.id.PaymentId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The accounts-receivable sub-ledger of one company: customers, items, received payments,
 * applications, deductions and the journal they produce, changed only by {@link LedgerCommand}s.
 *
 * <p>{@link #post(LedgerCommand)} either carries a command out and returns its {@link Posting}
 * (balanced journal lines and the new state of what it touched) or throws a {@link LedgerException}
 * listing every problem and changes nothing; {@link #check(LedgerCommand)} is the dry run. The
 * ledger never loses or invents a cent:
 *
 * <ul>
 *   <li>for every payment, {@code amount = applied + unapplied + onAccount + suspense + refunded + returned};
 *   <li>for every item, {@code original = open + applied + discount + smallDifferences + badDebt + credited +
 *       deducted + settledBeforeCutOver};
 *   <li>every posting's journal lines balance per currency, and so does the journal as of every day;
 *   <li>history is never rewritten: a command may not be dated before the last operation on anything it
 *       touches, nor in a closed period ({@link ClosePeriod}).
 * </ul>
 *
 * <p>Every accepted command goes to the ledger's {@link LedgerLog} with its posting; {@link
 * #replay(LedgerLog)} rebuilds the same ledger from it. Queries go through {@link #now()} and {@link
 * #asOf(LocalDate)}.
 *
 * <pre>{@code
 * ReceivablesLedger ledger = ReceivablesLedger.create();
 * ledger.post(RegisterCustomers.of(day, acme));
 * ledger.post(PostItem.of(invoice));                          // DR receivables, CR sales
 * ledger.post(ReceivePayment.of(payment));                    // DR cash, CR unapplied cash
 * Posting p = ledger.post(ApplyPayment.of(payment.id(), invoice.documentNumber(), payment.amount(), day));
 * ledger.post(Unapply.of(p.application().id(), day));          // exactly reverses it
 * }</pre>
 *
 * <p>Instances are mutable and not thread-safe: confine a ledger to one thread or guard it.
 */
public final class ReceivablesLedger {

  private final Books books = new Books();
  private final LedgerLog log;
  private boolean stale;

  private ReceivablesLedger(LedgerLog log) {
    this.log = Objects.requireNonNull(log, "log");
  }

  /**
   * An empty ledger with a log in memory that keeps every command as posted, not the postings: it
   * recomputes the postings when read, so {@link #replay(LedgerLog)} of {@link #log()} works. The
   * commands, with the items and payments in them, then live as long as the ledger (about 730 bytes
   * per invoice posted, paid and applied, besides the ledger's own state of about 550). For a log that
   * keeps entries exactly as appended, use {@code replay(new InMemoryLedgerLog())}; to keep history
   * out of memory, a durable log ({@code JdbcLedgerLog} in {@code o2c-jdbc}) opened with {@link
   * #replay(LedgerLog)}.
   *
   * @return the ledger
   */
  public static ReceivablesLedger create() {
    return new ReceivablesLedger(new CommandLog());
  }

  /** A ledger whose log keeps nothing, to recompute postings from commands. */
  static ReceivablesLedger unlogged() {
    return new ReceivablesLedger(new LedgerLog() {
      @Override
      public long lastSequence() {
        return 0;
      }

      @Override
      public void append(List<LogEntry> entries) {}

      @Override
      public void read(long fromSequence, java.util.function.Consumer<LogEntry> consumer) {}
    });
  }

  /**
   * Rebuilds a ledger from its log, then keeps logging to it: every entry's command is posted again
   * and must give the logged posting. An empty log gives an empty ledger.
   *
   * @param log the log to read and append to
   * @return the ledger as the log leaves it
   * @throws LedgerLogException if the log cannot be read, or an entry does not replay to its logged
   *     posting (the log was written by another version or changed by hand)
   */
  public static ReceivablesLedger replay(LedgerLog log) {
    ReceivablesLedger ledger = new ReceivablesLedger(log);
    log.read(1, entry -> {
      Posting posting;
      try {
        posting = ledger.carryOut(entry.command());
      } catch (LedgerException e) {
        throw new LedgerLogException("log entry " + entry.sequence() + " (" + entry.command().operation()
            + ") is refused on replay: " + e.getMessage(), e);
      }
      if (posting.number() != entry.sequence() || !posting.equals(entry.posting())) {
        throw new LedgerLogException("log entry " + entry.sequence() + " (" + entry.command().operation()
            + ") replays to a different posting than logged:\n logged:   " + entry.posting()
            + "\n replayed: " + posting);
      }
    });
    return ledger;
  }

  /**
   * Carries out a command: checks it, changes the books, logs it and returns what it did.
   *
   * @param command the command
   * @return the posting, numbered after the last one
   * @throws LedgerException if the command is refused (every problem is listed); nothing changed
   * @throws LedgerLogConflictException if another writer appended to the log first; this ledger is then
   *     behind its log and refuses further commands (reopen it with {@link #replay(LedgerLog)})
   * @throws IllegalStateException if the ledger is behind its log after an earlier failed append
   */
  public Posting post(LedgerCommand command) {
    requireCurrent();
    Posting posting = carryOut(command);
    append(List.of(new LogEntry(posting.number(), command, posting)));
    return posting;
  }

  /**
   * Carries out commands in order and logs them in one append. Stops at the first refused command:
   * the ones before it stay posted and are logged, the refused one and those after it are not.
   *
   * @param commands the commands
   * @return their postings
   * @throws LedgerException for the first refused command, after logging those before it
   * @throws LedgerLogConflictException as {@link #post(LedgerCommand)}
   */
  public List<Posting> postAll(List<? extends LedgerCommand> commands) {
    requireCurrent();
    List<LogEntry> entries = new ArrayList<>(commands.size());
    List<Posting> postings = new ArrayList<>(commands.size());
    try {
      for (LedgerCommand command : commands) {
        Posting posting = carryOut(command);
        entries.add(new LogEntry(posting.number(), command, posting));
        postings.add(posting);
      }
    } finally {
      if (!entries.isEmpty()) {
        append(entries);
      }
    }
    return postings;
  }

  /**
   * The dry run: every problem {@link #post(LedgerCommand)} would refuse the command for, without
   * changing anything. Empty exactly when {@code post} would accept it.
   *
   * @param command the command
   * @return the problems, in the order found; empty if the command would be accepted
   */
  public List<LedgerProblem> check(LedgerCommand command) {
    Objects.requireNonNull(command, "command");
    Checks checks = books.checks();
    Dispatch.check(command, books, checks);
    return checks.problems();
  }

  Posting carryOut(LedgerCommand command) {
    List<LedgerProblem> problems = check(command);
    if (!problems.isEmpty()) {
      throw new LedgerException(problems);
    }
    return Dispatch.post(command, books);
  }

  private void append(List<LogEntry> entries) {
    try {
      log.append(entries);
    } catch (RuntimeException e) {
      stale = true;
      throw e;
    }
  }

  private void requireCurrent() {
    if (stale) {
      throw new IllegalStateException("this ledger is behind its log after a failed append; "
          + "reopen it with ReceivablesLedger.replay(log)");
    }
  }

  /** {@return the log every accepted command goes to} */
  public LedgerLog log() {
    return log;
  }

  /** {@return the books as they stand now; see {@link LedgerView}} */
  public LedgerView now() {
    return new CurrentView(books);
  }

  /**
   * The books at the end of a day, computed from the journal.
   *
   * @param date the day, inclusive
   * @return the view
   */
  public LedgerView asOf(LocalDate date) {
    return new HistoricView(books, date);
  }

  /**
   * A registered customer.
   *
   * @param id the customer id
   * @return the customer, or empty if none is registered
   */
  public Optional<Customer> customer(CustomerId id) {
    return Optional.ofNullable(books.customers.get(id));
  }

  /** {@return all registered customers, in registration order (a copy)} */
  public List<Customer> customers() {
    return books.customers.all();
  }

  /**
   * An item's current state.
   *
   * @param number the document number
   * @return its state, or empty if no such item is posted
   */
  public Optional<ItemState> item(DocumentNumber number) {
    return Optional.ofNullable(books.items.get(number)).map(ItemRecord::state);
  }

  /** {@return the current state of every item, in posting order (a copy)} */
  public List<ItemState> items() {
    List<ItemState> result = new ArrayList<>(books.items.all().size());
    books.items.all().forEach(r -> result.add(r.state()));
    return result;
  }

  /**
   * A payment's current state.
   *
   * @param id the payment id
   * @return its state, or empty if no such payment was received
   */
  public Optional<PaymentState> payment(PaymentId id) {
    return Optional.ofNullable(books.payments.get(id)).map(PaymentRecord::state);
  }

  /** {@return the current state of every payment, in the order received (a copy)} */
  public List<PaymentState> payments() {
    List<PaymentState> result = new ArrayList<>();
    books.payments.all().forEach(r -> result.add(r.state()));
    return result;
  }

  /**
   * An application.
   *
   * @param id the application id
   * @return the application, or empty if there is none with this id
   */
  public Optional<Application> application(ApplicationId id) {
    return Optional.ofNullable(books.payments.application(id)).map(ApplicationRecord::value);
  }

  /**
   * Every application that stands: those not reversed by an unapply or a payment return, in posting
   * order (a copy).
   *
   * @return the applications
   */
  public List<Application> applications() {
    List<Application> result = new ArrayList<>();
    for (ApplicationRecord record : books.payments.applications()) {
      if (!record.reversed) {
        result.add(record.value());
      }
    }
    return result;
  }

  /**
   * Whether an application was reversed, by an unapply or a payment return.
   *
   * @param id the application id
   * @return true if it exists and was reversed
   */
  public boolean isReversed(ApplicationId id) {
    ApplicationRecord record = books.payments.application(id);
    return record != null && record.reversed;
  }

  /**
   * A deduction in its current state.
   *
   * @param id the deduction id
   * @return the deduction, or empty
   */
  public Optional<Deduction> deduction(DeductionId id) {
    return Optional.ofNullable(books.deductions.get(id)).map(e -> e.deduction);
  }

  /** {@return all deductions in their current state, in creation order (a copy)} */
  public List<Deduction> deductions() {
    List<Deduction> result = new ArrayList<>();
    books.deductions.all().forEach(e -> result.add(e.deduction));
    return result;
  }

  /** {@return the whole journal in posting order; a read-only view that grows as commands are posted} */
  public List<JournalLine> journal() {
    return books.journal.lines();
  }

  /** {@return the days on which journal lines were posted, in order (a copy)} */
  public List<LocalDate> journalDates() {
    return books.journal.dates();
  }

  /** {@return the number of the last posting, 0 for a new ledger} */
  public long lastPostingNumber() {
    return books.lastPosting;
  }

  /** {@return the last day of the closed period, if any} */
  public Optional<LocalDate> closedThrough() {
    return Optional.ofNullable(books.closedThrough);
  }
}
