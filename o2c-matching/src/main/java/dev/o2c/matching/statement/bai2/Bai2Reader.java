package dev.o2c.matching.statement.bai2;

import dev.o2c.core.money.Money;
import dev.o2c.matching.statement.AccountSummary;
import dev.o2c.matching.statement.Balance;
import dev.o2c.matching.statement.BalanceType;
import dev.o2c.matching.statement.BankTransactionCode;
import dev.o2c.core.domain.Direction;
import dev.o2c.matching.statement.DuplicateKeys;
import dev.o2c.matching.statement.Entry;
import dev.o2c.matching.statement.EntryStatus;
import dev.o2c.matching.statement.Finding;
import dev.o2c.matching.statement.FindingCollector;
import dev.o2c.matching.statement.FundsAvailability;
import dev.o2c.matching.statement.References;
import dev.o2c.core.domain.Remittance;
import dev.o2c.matching.statement.Statement;
import dev.o2c.matching.statement.StatementAccount;
import dev.o2c.matching.statement.StatementFormat;
import dev.o2c.matching.statement.StatementHandler;
import dev.o2c.matching.statement.StatementParseException;
import dev.o2c.matching.statement.StatementReader;
import dev.o2c.matching.statement.StatementReaderRegistry;
import dev.o2c.matching.statement.Transaction;
import dev.o2c.matching.statement.bai2.Bai2Records.Account;
import dev.o2c.matching.statement.bai2.Bai2Records.Detail;
import dev.o2c.matching.statement.bai2.Bai2Records.FileHeader;
import dev.o2c.matching.statement.bai2.Bai2Records.GroupHeader;
import dev.o2c.matching.statement.bai2.Bai2Records.Problem;
import dev.o2c.matching.statement.bai2.Bai2Records.Summary;
import dev.o2c.matching.statement.internal.BalanceReconciliation;
import dev.o2c.matching.statement.internal.HandlerFailure;
import dev.o2c.matching.statement.internal.HeadText;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryException;

/**
 * Reads BAI2 cash management balance reporting files, streaming record by record.
 *
 * <p>One {@link Statement} per account record (03) of each group (02); each transaction detail (16)
 * becomes one {@link Entry} with one {@link Transaction}. Amounts are whole minor units, implied by the
 * account currency (03), else the group currency (02), else USD, as the BAI2 specification says.
 * Detail type codes 100-399 and 920-959 are credits, 400-699 and 960-999 debits; a detail with a code
 * outside those ranges (status or loan codes) has no direction and becomes an entry with status
 * {@link EntryStatus#INFO} (direction {@link Direction#CREDIT} as a placeholder) that balance checks
 * leave out. The type code is the {@link BankTransactionCode#baiTypeCode()}; bank and customer
 * references map to account servicer and customer reference; the free text of the 16 record and its 88
 * continuations are the unstructured remittance lines, as sent. The funds type is the entry's
 * {@link Entry#availability()} ({@link FundsAvailability}; an empty field gives none, {@code Z} gives
 * {@link FundsAvailability.Type#UNKNOWN}) and a value-dated ({@code V}) detail gets that value date;
 * the booking date is the group's as-of date, and so is the value date of a detail without a value-dated
 * funds type (the 02 record's as-of date is mandatory, so every entry and transaction has both dates).
 *
 * <p>Status codes of the 03 record become balances: 010 opening booked, 015 closing booked, 040
 * opening available, 045 closing available, 030 interim booked, 060 interim available; other
 * status codes (001-099, 900-919) become {@link BalanceType#OTHER} with the code. The other codes
 * (100-899, 920-999: total credits, total debits, ...) become {@link Statement#summaries()} with
 * their amount and item count. Funds types on 03 records become the availability of the balance or
 * summary.
 *
 * <p>Structure is enforced: records out of order (e.g. a 16 outside an account, anything after 99), a
 * missing 99 file trailer (truncated file), an unknown record code, a malformed amount or date give a
 * {@link StatementParseException} at {@code line N}. Arithmetic is reported: account (49), group (98)
 * and file (99) control totals and record/account/group counts that do not reconcile are
 * {@link Finding}s ({@link Finding#CONTROL_TOTAL_MISMATCH}, {@link Finding#COUNT_MISMATCH}), on the
 * statement for 49 and as file findings for 98/99; so is an opening (010) plus details that does not
 * reach the closing (015) ledger balance ({@link Finding#BALANCE_MISMATCH}). An account's control total
 * is the sum of its 03 amounts and its 16 amounts; record counts include header, trailer and 88 records.
 * When an account has 16 details, its 03 total credits (100) and total debits (400) and their item
 * counts are compared with the credit and debit details read ({@link Finding#CONTROL_TOTAL_MISMATCH},
 * {@link Finding#COUNT_MISMATCH}); an account without details is a summary-only report and is not
 * compared. A funds type {@code S} whose immediate, one-day and two-or-more-day amounts do not add up
 * to the amount of its detail or summary is a {@link Finding#AVAILABILITY_MISMATCH}; {@code D}
 * distributions are kept as sent and not compared with the amount.
 *
 * <p>Unreadable entries ({@link StatementHandler#onEntryFailure}, {@link
 * dev.o2c.matching.statement.UnreadableEntries}): an entry is one 16 record with its 88 continuations,
 * and it ends where the next record code starts, so a wrong value in its fields concerns that entry
 * only: a missing or malformed type code, a malformed or negative amount, an unknown funds type or a
 * funds type whose value date, time or distributions do not parse or overflow, a value the model
 * refuses. Such a failure, located at the 16 record's line, goes to the handler; if it goes on, the
 * detail is left out, findings it raised are dropped, and the statement gets a {@link
 * Finding#ENTRY_SKIPPED}. A detail left out counts in no total: not in the opening-to-closing balance
 * check, the 03 totals 100/400 and their item counts, nor the account's computed control total. The 49
 * control total the bank sent does include it, so unless its amount is zero the account also gets a
 * {@link Finding#CONTROL_TOTAL_MISMATCH} (whose message says how many details were left out): the
 * comparison stays honest about what was read, and for a detail whose amount was readable the
 * difference is that amount. Record counts still include its records, which are in the file; the 98
 * and 99 totals add up the 49 totals as sent, so they are not affected. Everything else still fails
 * the reading: records out of order, unknown record codes, lines or records too long, a truncated
 * file, and malformed values in the 01, 02, 03 and trailer records, which concern no single entry.
 *
 * <p>Accepted deviations seen in real files: several records on one physical line, a record wrapped
 * onto the next line without 88, records without the {@code /} terminator, {@code /} and commas inside
 * the text field. This class is stateless and safe to share between threads.
 */
public final class Bai2Reader implements StatementReader {

  private static final Map<String, BalanceType> BALANCE_CODES = Map.of(
      "010", BalanceType.OPENING_BOOKED,
      "015", BalanceType.CLOSING_BOOKED,
      "040", BalanceType.OPENING_AVAILABLE,
      "045", BalanceType.CLOSING_AVAILABLE,
      "030", BalanceType.INTERIM_BOOKED,
      "060", BalanceType.INTERIM_AVAILABLE);

  /** Creates a reader. */
  public Bai2Reader() {}

  /**
   * The formats this reader reads.
   *
   * @return {@link StatementFormat#BAI2}
   */
  @Override
  public Set<StatementFormat> formats() {
    return Set.of(StatementFormat.BAI2);
  }

  /**
   * Recognises a file whose first non-blank characters are the file header record code {@code 01,}.
   *
   * @param head the first bytes of the file
   * @return {@link StatementFormat#BAI2}, empty for anything else
   */
  @Override
  public Optional<StatementFormat> detect(byte[] head) {
    return HeadText.of(head, StatementReaderRegistry.PEEK_BYTES).startsWith("01,") ? Optional.of(StatementFormat.BAI2)
        : Optional.empty();
  }

  /**
   * Reads a BAI2 file and hands each account statement and detail to the handler as it is read.
   *
   * @param in the file content (ASCII; other bytes are read as ISO-8859-1); not closed
   * @param sourceName a name for messages, e.g. the file name
   * @param handler receives statements, entries and file findings
   * @throws StatementParseException if the file is structurally broken, truncated or holds a malformed
   *     value (in a 16 detail only if {@link StatementHandler#onEntryFailure} throws it, as it does
   *     by default); the location is {@code line N}
   * @throws NullPointerException if an argument is null
   */
  @Override
  public void stream(InputStream in, String sourceName, StatementHandler handler) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(handler, "handler");
    Session session = new Session(sourceName, handler);
    Bai2Parser parser = new Bai2Parser(new InputStreamReader(in, StandardCharsets.ISO_8859_1), session);
    try {
      parser.run();
    } catch (HandlerFailure e) {
      throw e.original();
    } catch (Bai2FormatException e) {
      throw new StatementParseException(sourceName, "line " + e.line(), e.getMessage(), e);
    } catch (IOException e) {
      throw new StatementParseException(sourceName, "line " + parser.lineNumber(), "cannot read: " + e, e);
    } catch (RuntimeException e) {
      throw new StatementParseException(sourceName, "line " + parser.lineNumber(),
          "cannot read the value: " + e.getMessage(), e);
    }
  }

  /** Maps one file's parser events onto the model. */
  private static final class Session implements Bai2Handler {
    private final String sourceName;
    private final StatementHandler out;
    private Statement current;
    private CurrencyUnit currency;
    private long entryOrdinal;
    /** The details of the current account read, for the balance check and the 03 totals. */
    private BalanceReconciliation reconciliation;
    /** Findings of the current account, found before its 49 trailer; bounded per code. */
    private FindingCollector pending;

    Session(String sourceName, StatementHandler out) {
      this.sourceName = sourceName;
      this.out = out;
    }

    @Override
    public void fileHeader(FileHeader header) {
      // Nothing to emit yet: statements start at each 03 account record.
    }

    @Override
    public void groupHeader(FileHeader file, GroupHeader group) {
      // Nothing to emit yet: statements start at each 03 account record.
    }

    @Override
    public void account(FileHeader file, GroupHeader group, Account account) {
      String code = account.currency().or(group::currency).orElse("USD");
      currency = currency(code, account.line());
      StatementAccount acct = StatementAccount.builder()
          .otherId(account.accountNumber())
          .currency(currency)
          .bankId(group.originator().isEmpty() ? Optional.empty() : Optional.of(group.originator()))
          .build();
      List<Balance> balances = new ArrayList<>();
      List<AccountSummary> summaries = new ArrayList<>();
      pending = new FindingCollector();
      for (Summary s : account.summaries()) {
        int c = Integer.parseInt(s.typeCode());
        boolean status = c < 100 || (c >= 900 && c <= 919);
        Optional<FundsAvailability> availability = s.funds().availability(currency);
        Optional<Money> amount = s.amount().map(minor -> Money.ofMinor(currency, minor));
        if (status && amount.isPresent()) {
          balances.add(Balance.builder()
              .type(BALANCE_CODES.getOrDefault(s.typeCode(), BalanceType.OTHER))
              .code(s.typeCode())
              .amount(amount.get())
              .date(group.asOfDate())
              .availability(availability)
              .build());
        } else if (!status) {
          summaries.add(AccountSummary.builder().typeCode(s.typeCode()).amount(amount).itemCount(s.itemCount())
              .availability(availability).build());
        }
        if (amount.isPresent()) {
          checkDistribution(s.funds(), amount.get().minorUnits(), "03 summary " + s.typeCode() + " of account "
              + account.accountNumber(), account.line(), pending::addStatementLevel);
        }
      }
      Statement.Builder b = Statement.builder()
          .format(StatementFormat.BAI2)
          .messageId(file.fileId().isEmpty() ? Optional.empty() : Optional.of(file.fileId()))
          .statementId(group.asOfDate() + "/" + account.accountNumber())
          .account(acct)
          .addAllBalances(balances)
          .addAllSummaries(summaries)
          .creationTime(creationTime(file));
      current = b.build();
      entryOrdinal = 0;
      reconciliation = new BalanceReconciliation();
      HandlerFailure.call(() -> out.onStatementStart(current));
    }

    @Override
    public boolean detail(GroupHeader group, Account account, Detail d) {
      entryOrdinal++;
      Optional<Boolean> debit = Bai2TypeCodes.debit(d.typeCode());
      pending.startEntry();
      Entry entry;
      try {
        entry = entry(group, d, debit);
      } catch (IllegalArgumentException | ArithmeticException | DateTimeException e) {
        // A value the model refuses. Programming errors (null, index, state) are not caught here: they
        // must not pass for a bad entry.
        pending.forgetEntry();
        skip(new StatementParseException(sourceName, "line " + d.line(), "cannot read the value: " + e.getMessage(), e));
        return false;
      }
      reconciliation.add(entry);
      HandlerFailure.call(() -> out.onEntry(entry));
      return true;
    }

    @Override
    public void detailFailure(Account account, Bai2FormatException failure) {
      entryOrdinal++;
      skip(new StatementParseException(sourceName, "line " + failure.line(), failure.getMessage(), failure));
    }

    /**
     * Hands a detail's failure to the host, which by default throws it and so ends the reading; if the
     * host goes on, the detail is left out and named in a finding.
     */
    private void skip(StatementParseException failure) {
      HandlerFailure.call(() -> out.onEntryFailure(failure));
      pending.add(Finding.entrySkipped(failure));
    }

    /** Maps one detail; throws for a value that cannot be read, before anything is handed out. */
    private Entry entry(GroupHeader group, Detail d, Optional<Boolean> debit) {
      Direction direction = debit.orElse(false) ? Direction.DEBIT : Direction.CREDIT;
      EntryStatus status = debit.isPresent() ? EntryStatus.BOOKED : EntryStatus.INFO;
      Money amount = Money.ofMinor(currency, d.amount());
      // Without a value-dated funds type the detail is valued on the group's as-of date (every 02 has one).
      Optional<LocalDate> valueDate = d.funds().valueDate().or(() -> Optional.of(group.asOfDate()));
      BankTransactionCode btc = BankTransactionCode.builder().baiTypeCode(d.typeCode()).build();
      References.Builder refs = References.builder();
      if (!d.bankReference().isEmpty()) {
        refs.accountServicerReference(d.bankReference());
      }
      if (!d.customerReference().isEmpty()) {
        refs.customerReference(d.customerReference());
      }
      References references = refs.build();
      checkDistribution(d.funds(), d.amount(), "16 detail " + d.typeCode() + " of " + amount, d.line(), pending::add);
      Transaction tx = Transaction.builder()
          .amount(amount)
          .direction(direction)
          .status(status)
          .bookingDate(group.asOfDate())
          .valueDate(valueDate)
          .references(references)
          .bankTransactionCode(btc)
          .remittance(Remittance.builder().addAllUnstructured(d.text()).build())
          .duplicateKey(DuplicateKeys.of(current.account(), Optional.of(group.asOfDate()), valueDate, direction,
              amount, references, entryOrdinal, 1))
          .build();
      return Entry.builder()
          .amount(amount)
          .direction(direction)
          .status(status)
          .bookingDate(group.asOfDate())
          .valueDate(valueDate)
          .accountServicerReference(references.accountServicerReference())
          .bankTransactionCode(btc)
          .availability(d.funds().availability(currency))
          .addTransactions(tx)
          .build();
    }

    @Override
    public void accountEnd(GroupHeader group, Account account, long controlTotal, List<Problem> problems, int line) {
      List<Finding> findings = new ArrayList<>();
      for (Problem p : problems) {
        findings.add(Finding.of(p.code(), p.message(), "line " + p.line()));
      }
      // Opening ledger 010, closing ledger 015; details with a type code of neither side are INFO entries.
      reconciliation.check(balance("010"), balance("015"), "line " + line).ifPresent(findings::add);
      if (entryOrdinal > 0) {
        // Without any 16 record the file reports summaries only, and the totals have nothing to match.
        checkTotal(account, "100", "credits", reconciliation.credits(currency), reconciliation.creditCount(currency), line,
            findings);
        checkTotal(account, "400", "debits", reconciliation.debits(currency), reconciliation.debitCount(currency), line,
            findings);
      }
      findings.forEach(pending::addStatementLevel);
      Statement done = current.withFindings(pending.findings("line " + account.line()));
      current = null;
      pending = null;
      HandlerFailure.call(() -> out.onStatementEnd(done));
    }

    /** The statement's balance with the given 03 status code. */
    private Optional<Balance> balance(String code) {
      return current.balances().stream().filter(b -> b.code().orElse("").equals(code)).findFirst();
    }

    /** Compares a 03 total (100 credits, 400 debits) and its item count with the details read. */
    private void checkTotal(Account account, String typeCode, String side, BigDecimal total, long count, int line,
        List<Finding> findings) {
      Optional<Summary> summary = account.summary(typeCode);
      if (summary.isEmpty()) {
        return;
      }
      String who = "03 total " + side + " (" + typeCode + ") of account " + account.accountNumber();
      Optional<Long> declared = summary.get().amount();
      if (declared.isPresent() && Money.ofMinor(currency, declared.get()).amount().compareTo(total) != 0) {
        findings.add(Finding.of(Finding.CONTROL_TOTAL_MISMATCH, who + " is " + Money.ofMinor(currency, declared.get())
            + " but the " + side + " read add up to " + BalanceReconciliation.format(currency, total), "line " + line));
      }
      Optional<Long> items = summary.get().itemCount();
      if (items.isPresent() && items.get() != count) {
        findings.add(Finding.of(Finding.COUNT_MISMATCH, who + " says " + items.get() + " items but " + count
            + " " + side + " were read", "line " + line));
      }
    }

    /** Reports an {@code S} distribution whose three amounts do not add up to the amount it distributes. */
    private void checkDistribution(FundsType funds, long amount, String what, int line, Consumer<Finding> findings) {
      if (!funds.code().equals("S")) {
        return;
      }
      long total = funds.distributedTotal().orElse(0L);
      if (total != amount) {
        findings.accept(Finding.of(Finding.AVAILABILITY_MISMATCH, what + ": funds type S distributes "
            + Money.ofMinor(currency, total) + " but the amount is " + Money.ofMinor(currency, amount), "line " + line));
      }
    }

    @Override
    public void fileProblem(Problem problem) {
      Finding f = Finding.of(problem.code(), problem.message(), "line " + problem.line());
      HandlerFailure.call(() -> out.onFileFinding(f));
    }

    private static Optional<LocalDateTime> creationTime(FileHeader file) {
      LocalDate d = file.creationDate();
      return file.creationTime().map(t -> t.equals("2400") || t.equals("9999")
          ? d.plusDays(1).atStartOfDay()
          : d.atTime(LocalTime.of(Integer.parseInt(t.substring(0, 2)), Integer.parseInt(t.substring(2)))));
    }

    private static CurrencyUnit currency(String code, int line) {
      CurrencyUnit unit;
      try {
        unit = Monetary.getCurrency(code);
      } catch (MonetaryException e) {
        throw new Bai2FormatException(line, "unknown currency '" + code + "'");
      }
      if (unit.getDefaultFractionDigits() < 0) {
        throw new Bai2FormatException(line, "currency '" + code + "' has no minor unit and cannot hold amounts");
      }
      return unit;
    }
  }
}
