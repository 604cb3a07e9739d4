package dev.o2c.matching.statement.mt940;

import dev.o2c.core.money.Money;
import dev.o2c.matching.statement.Balance;
import dev.o2c.matching.statement.BalanceType;
import dev.o2c.matching.statement.BankTransactionCode;
import dev.o2c.core.domain.Direction;
import dev.o2c.matching.statement.DuplicateKeys;
import dev.o2c.matching.statement.Entry;
import dev.o2c.matching.statement.EntryStatus;
import dev.o2c.matching.statement.Finding;
import dev.o2c.matching.statement.FindingCollector;
import dev.o2c.matching.statement.Party;
import dev.o2c.matching.statement.References;
import dev.o2c.core.domain.Remittance;
import dev.o2c.matching.statement.ReturnInfo;
import dev.o2c.matching.statement.Statement;
import dev.o2c.matching.statement.StatementAccount;
import dev.o2c.matching.statement.StatementFormat;
import dev.o2c.matching.statement.StatementHandler;
import dev.o2c.matching.statement.StatementParseException;
import dev.o2c.matching.statement.StatementReader;
import dev.o2c.matching.statement.StatementReaderRegistry;
import dev.o2c.core.domain.StructuredReference;
import dev.o2c.matching.statement.Transaction;
import dev.o2c.matching.statement.internal.BalanceReconciliation;
import dev.o2c.matching.statement.internal.HandlerFailure;
import dev.o2c.matching.statement.internal.HeadText;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryException;

/**
 * Reads SWIFT MT940 customer statements and MT942 interim transaction reports, streaming line by line.
 *
 * <p>One {@link Statement} per message (from {@code :20:} to {@code -}, the next {@code :20:} or the end
 * of input); a file may hold many messages for many accounts. Each {@code :61:} line becomes one
 * {@link Entry} with one {@link Transaction}, whose details come from the following {@code :86:}
 * (several {@code :86:} fields are joined). Accepted variations: SWIFT block wrappers
 * {@code {1:...}{2:...}{4:...-}}, bank export headers, CRLF/LF/CR, stray control bytes, UTF-8 or
 * Latin-1 text, and the {@code :86:} dialects described in the package documentation: German GVC
 * ({@code ?00}-{@code ?63} sub-fields with SEPA keys {@code EREF+}, {@code SVWZ+} ...), Dutch
 * {@code /KEY/value} and free text.
 *
 * <p>Mapping: {@code :20:} is the statement id, {@code :28C:} the sequence number, {@code :25:} the
 * account (an IBAN when it looks like one, with a trailing currency code split off), {@code :60F:}
 * opening booked, {@code :62F:} closing booked, {@code :60M:}/{@code :62M:} interim booked, {@code :64:}
 * closing available, {@code :65:} forward available balances. On a {@code :61:} line {@code D} and
 * {@code RC} (reversal of a credit) are debits, {@code C} and {@code RD} credits; the bank reference after
 * {@code //} is the account servicer reference; MT942 {@code :13D:} is the creation time. Entries are
 * {@link EntryStatus#BOOKED}; the booking date is the {@code MMDD} entry date (placed in the year nearest
 * to the value date), and the value date when the line has no entry date (SWIFT leaves it optional for
 * bookings on their value date), so every entry and transaction has both dates. The supplementary details (the line after the
 * {@code :61:}, up to 34 characters) are the counterparty's account when they are nothing but an account
 * and the {@code :86:} gives none (Rabobank writes the counterparty IBAN there): an IBAN with valid check
 * digits, or a domestic account or giro number as the bank writes it ({@code 0123456789},
 * {@code P001234567}); otherwise they are kept, as sent, as the entry's {@link Entry#additionalInfo()}.
 * A {@code :86:} that belongs to no {@code :61:} (after
 * the header fields or after the closing balance: information to the account owner about the whole
 * message) is the statement's {@link Statement#additionalInfo()}.
 *
 * <p>From the {@code :86:}: the counterparty ({@code ?30}-{@code ?33}, {@code ?38}, {@code /CNTP/},
 * {@code /IBAN/} ...) is the debtor of a credit and the creditor of a debit; {@code EREF+}/{@code /EREF/}
 * is the end-to-end id, {@code MREF+}/{@code /MARF/} the mandate id, {@code CRED+}/{@code /CSID/} the
 * creditor scheme id, {@code KREF+} (else the {@code :61:} customer reference, unless it is one of the
 * markers {@code NONREF}, "no reference", or Rabobank's {@code EREF}, "see {@code /EREF/}") the customer
 * reference, {@code ABWA+}/{@code /ULTD/} and
 * {@code ABWE+}/{@code /ULTC/} the ultimate debtor and creditor; the remittance is {@code SVWZ+} (else the
 * joined {@code ?2x} text), {@code /REMI/} or the free lines as sent; {@code /REMI/STRD/CUR/ref/} is a
 * structured creditor reference; {@code /RTRN/} or, for a return posting text, {@code ?34} is the return
 * reason; the GVC and the {@code :61:} transaction type go into the bank transaction code and the
 * posting text ({@code ?00}, {@code /TRTP/}) into the transaction's additional info.
 *
 * <p>Checks reported as {@link Finding}s: opening balance plus entries equals closing balance
 * ({@link Finding#BALANCE_MISMATCH}), an MT940 message without opening or closing balance
 * ({@link Finding#MISSING_BALANCE}; a file cut off between fields is read up to where it stops), and
 * the MT942 {@code :90D:}/{@code :90C:} numbers and sums ({@link Finding#COUNT_MISMATCH},
 * {@link Finding#CONTROL_TOTAL_MISMATCH}). Everything that prevents reading, such as a malformed
 * {@code :61:}, a date like {@code 991340}, an amount with more decimals than its currency has, an
 * unknown currency, a line longer than 4096 characters or a field before the first {@code :20:}, is a
 * {@link StatementParseException} with location {@code line N}.
 *
 * <p>Unreadable entries ({@link StatementHandler#onEntryFailure}, {@link
 * dev.o2c.matching.statement.UnreadableEntries}): an entry is one {@code :61:} field with the
 * {@code :86:} fields after it, and it ends at the next tag whatever its content, so a wrong value in it
 * concerns that entry only: a {@code :61:} that does not parse (no YYMMDD value date, an impossible value
 * or entry date, no debit/credit mark, an amount without decimal comma or not a SWIFT amount, no
 * transaction type), an amount with more decimals than the currency has or too large, details longer
 * than 64 KiB, a value the model refuses. Such a failure, located at the {@code :61:} line (at the
 * {@code :86:} line for too long details), goes to the handler; if it goes on, the entry and its
 * {@code :86:} fields are left out, reading resumes at the next {@code :61:} or {@code :62x:} tag, and
 * the statement gets a {@link Finding#ENTRY_SKIPPED}. The entry counts nowhere: the balance check and
 * the MT942 {@code :90D:}/{@code :90C:} numbers and sums then report what it lacks. Everything else
 * still fails the reading: a line or field too long for the tokenizer, a field outside a message or a
 * {@code :61:} after the closing balance, a statement without a known currency, a header or balance
 * field that does not parse.
 *
 * <p>This class is stateless and safe to share between threads.
 */
public final class Mt940Reader implements StatementReader {

  private static final Pattern ACCOUNT_WITH_CURRENCY = Pattern.compile("(.*[0-9])\\s*([A-Z]{3})");
  private static final Pattern RETURN_TEXT = Pattern.compile("(?i)retour|r(ue|\u00fc)ck|storno|return");

  private static final Pattern MT_TAG20 = Pattern.compile("(?m)^[\\x00-\\x1f ]*:20:");
  private static final Pattern MT942_MARK = Pattern.compile("\\{2:[IO]942|(?m)^:34F:|(?m)^:13D:");
  private static final Set<StatementFormat> FORMATS =
      Collections.unmodifiableSet(new LinkedHashSet<>(List.of(StatementFormat.MT940, StatementFormat.MT942)));

  /** Creates a reader. */
  public Mt940Reader() {}

  /**
   * The formats this reader reads.
   *
   * @return {@link StatementFormat#MT940} and {@link StatementFormat#MT942}
   */
  @Override
  public Set<StatementFormat> formats() {
    return FORMATS;
  }

  /**
   * Recognises SWIFT text: a block <code>&#123;1:</code> or <code>&#123;4:</code>, or a line
   * starting with {@code :20:}, in the first {@value StatementReaderRegistry#PEEK_BYTES} bytes; MT942
   * when an MT942-only field ({@code :34F:}, {@code :13D:}) or an MT942 application header appears.
   * XML (text starting with {@code <}) is never SWIFT. Leading byte order marks, blanks and control
   * bytes are skipped.
   *
   * @param head the first bytes of the file
   * @return {@link StatementFormat#MT940} or {@link StatementFormat#MT942}; empty for anything else
   */
  @Override
  public Optional<StatementFormat> detect(byte[] head) {
    String s = HeadText.of(head, StatementReaderRegistry.PEEK_BYTES);
    if (s.startsWith("<") || !(s.contains("{1:") || s.contains("{4:") || MT_TAG20.matcher(s).find())) {
      return Optional.empty();
    }
    return Optional.of(MT942_MARK.matcher(s).find() ? StatementFormat.MT942 : StatementFormat.MT940);
  }

  /**
   * Reads MT940/MT942 messages and hands each statement and entry to the handler as it is read.
   *
   * @param in the file content in UTF-8 or ISO-8859-1; not closed
   * @param sourceName a name for messages, e.g. the file name
   * @param handler receives statements and entries
   * @throws StatementParseException if the input is malformed or truncated inside a field (in a
   *     statement line only if {@link StatementHandler#onEntryFailure} throws it, as it does by
   *     default); the location is {@code line N}
   * @throws NullPointerException if an argument is null
   */
  @Override
  public void stream(InputStream in, String sourceName, StatementHandler handler) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(handler, "handler");
    Session session = new Session(sourceName, handler);
    Mt940Parser parser = new Mt940Parser(new Utf8OrLatin1Reader(in), session);
    try {
      parser.run();
    } catch (HandlerFailure e) {
      throw e.original();
    } catch (SwiftFormatException e) {
      throw new StatementParseException(sourceName, "line " + e.line(), e.getMessage(), e);
    } catch (IOException e) {
      throw new StatementParseException(sourceName, "line " + parser.lineNumber(), "cannot read: " + e, e);
    } catch (RuntimeException e) {
      // Values the model refuses (e.g. an amount too large for a long) must still name the place.
      throw new StatementParseException(sourceName, "line " + parser.lineNumber(),
          "cannot read the value: " + e.getMessage(), e);
    }
  }

  /** Maps one file's parser events onto the model. */
  private static final class Session implements Mt940Handler {
    private final String sourceName;
    private final StatementHandler out;
    private final Map<String, CurrencyUnit> currencies = new HashMap<>();

    private Statement current;
    private StatementAccount statementAccount;
    private CurrencyUnit currency;
    private long entryOrdinal;
    /** The findings of the current message: entries left out so far, bounded per code. */
    private FindingCollector collected = new FindingCollector();
    /** The entries of the current message read, for the balance check. */
    private BalanceReconciliation balances = new BalanceReconciliation();

    Session(String sourceName, StatementHandler out) {
      this.sourceName = sourceName;
      this.out = out;
    }

    @Override
    public void header(Mt940Header h) {
      if (h.reference().isEmpty()) {
        throw new SwiftFormatException(h.line(), "statement reference :20: is empty");
      }
      String acct = h.account().orElseThrow(() -> new SwiftFormatException(h.line(),
          "message " + h.reference() + " has no :25: account identification"));
      Optional<String> acctCurrency = Optional.empty();
      Matcher m = ACCOUNT_WITH_CURRENCY.matcher(acct);
      if (m.matches() && isCurrency(m.group(2))) {
        acct = m.group(1).strip();
        acctCurrency = Optional.of(m.group(2));
      }
      Optional<String> code = acctCurrency
          .or(() -> h.opening().map(SwiftBalance::currency))
          .or(() -> h.floorLimits().stream().map(FloorLimit::currency).findFirst());
      int currencyLine = h.opening().map(SwiftBalance::line).orElse(h.line());
      currency = code.map(c -> currency(c, currencyLine)).orElse(null);
      StatementAccount.Builder account = StatementAccount.builder();
      String compact = acct.replace(" ", "");
      if (isIban(compact)) {
        account.iban(compact);
      } else {
        account.otherId(acct);
      }
      if (currency != null) {
        account.currency(currency);
      }
      statementAccount = account.build();
      List<Balance> opening = new ArrayList<>(1);
      h.opening().ifPresent(o -> opening.add(balance(h.openingIntermediate() ? BalanceType.INTERIM_BOOKED
          : BalanceType.OPENING_BOOKED, h.openingIntermediate() ? "60M" : "60F", o)));
      current = statement(h, opening, List.of(), List.of());
      entryOrdinal = 0;
      collected = new FindingCollector();
      balances = new BalanceReconciliation();
      HandlerFailure.call(() -> out.onStatementStart(current));
    }

    @Override
    public boolean entry(Mt940Header h, StatementLine l, Optional<Details86> details, int line) {
      if (currency == null) {
        // The statement's fault, not the entry's: every entry of it would fail the same way.
        throw new SwiftFormatException(line, "no currency known for the statement line: no :60F:, :34F: or"
            + " currency in :25: before it");
      }
      entryOrdinal++;
      Entry entry;
      try {
        entry = entry(l, details, line);
      } catch (SwiftFormatException e) {
        skip(failure(e));
        return false;
      } catch (IllegalArgumentException | ArithmeticException | DateTimeException e) {
        // A value the model refuses. Programming errors (null, index, state) are not caught here: they
        // must not pass for a bad entry.
        skip(new StatementParseException(sourceName, "line " + line, "cannot read the value: " + e.getMessage(), e));
        return false;
      }
      balances.add(entry);
      HandlerFailure.call(() -> out.onEntry(entry));
      return true;
    }

    @Override
    public void entryFailure(Mt940Header h, SwiftFormatException failure) {
      entryOrdinal++;
      skip(failure(failure));
    }

    /** The public form of a syntax problem, as {@link Mt940Reader#stream} would throw it. */
    private StatementParseException failure(SwiftFormatException e) {
      return new StatementParseException(sourceName, "line " + e.line(), e.getMessage(), e);
    }

    /**
     * Hands an entry's failure to the host, which by default throws it and so ends the reading; if the
     * host goes on, the entry is left out and named in a finding.
     */
    private void skip(StatementParseException failure) {
      HandlerFailure.call(() -> out.onEntryFailure(failure));
      collected.add(Finding.entrySkipped(failure));
    }

    /** Maps one statement line; throws for a value that cannot be read, before anything is handed out. */
    private Entry entry(StatementLine l, Optional<Details86> details, int line) {
      Money amount = money(currency, l.amount(), line);
      Direction direction = l.debit() ? Direction.DEBIT : Direction.CREDIT;
      BankTransactionCode.Builder code = BankTransactionCode.builder();
      if (!l.transactionType().isEmpty()) {
        code.swiftTypeCode(l.transactionType());
      }
      References.Builder refs = References.builder();
      l.bankReference().ifPresent(refs::accountServicerReference);
      Optional<String> customerRef = customerRef0(l);
      // A :61: without its MMDD entry date is booked on its value date, the only date it gives.
      LocalDate bookingDate = l.entryDate().orElse(l.valueDate());
      Transaction.Builder tx = Transaction.builder()
          .amount(amount)
          .direction(direction)
          .status(EntryStatus.BOOKED)
          .reversal(l.reversal())
          .bookingDate(bookingDate)
          .valueDate(l.valueDate());
      // Rabobank puts the counterparty's account into the supplementary details (the :61:'s second line).
      Optional<String> supplementary = l.supplementaryDetails();
      Optional<String> supplementaryAccount = supplementary
          .filter(x -> details.flatMap(Details86::counterpartyAccount).isEmpty() && isAccount(x));
      Party.Builder party = Party.builder();
      supplementaryAccount.ifPresent(a -> account(party, a));
      if (details.isPresent()) {
        Details86 d = details.get();
        d.gvc().ifPresent(code::gvc);
        d.key("EREF").ifPresent(refs::endToEndId);
        d.key("MREF").or(() -> d.key("MARF")).ifPresent(refs::mandateId);
        d.key("CRED").or(() -> d.key("CSID")).ifPresent(refs::creditorSchemeId);
        customerRef = d.key("KREF").or(() -> customerRef0(l));
        d.counterpartyName().ifPresent(party::name);
        d.counterpartyAccount().ifPresent(a -> account(party, a));
        d.counterpartyBank().ifPresent(bank -> {
          if (isBic(bank)) {
            party.bic(bank);
          } else {
            party.bankId(bank);
          }
        });
        d.key("ABWA").or(() -> d.key("ULTD")).map(Session::firstPart)
            .ifPresent(n -> tx.ultimateDebtor(Party.builder().name(n).build()));
        d.key("ABWE").or(() -> d.key("ULTC")).map(Session::firstPart)
            .ifPresent(n -> tx.ultimateCreditor(Party.builder().name(n).build()));
        tx.remittance(remittance(d));
        d.key("OAMT").or(() -> d.key("OCMT")).flatMap(v -> reportedAmount(v, currency)).ifPresent(tx::instructedAmount);
        d.key("CHGS").flatMap(v -> reportedAmount(v, currency)).ifPresent(tx::addCharges);
        returnInfo(d).ifPresent(tx::returnInfo);
        d.postingText().ifPresent(tx::additionalInfo);
      }
      Party p = party.build();
      if (!p.isEmpty()) {
        if (direction == Direction.CREDIT) {
          tx.debtor(p);
        } else {
          tx.creditor(p);
        }
      }
      customerRef.ifPresent(refs::customerReference);
      BankTransactionCode btc = code.build();
      References references = refs.build();
      tx.bankTransactionCode(btc).references(references);
      tx.duplicateKey(DuplicateKeys.of(current.account(), Optional.of(bookingDate), Optional.of(l.valueDate()), direction,
          amount, references, entryOrdinal, 1));
      Entry.Builder e = Entry.builder()
          .amount(amount)
          .direction(direction)
          .status(EntryStatus.BOOKED)
          .reversal(l.reversal())
          .bookingDate(bookingDate)
          .valueDate(l.valueDate())
          .accountServicerReference(l.bankReference())
          .bankTransactionCode(btc)
          .additionalInfo(supplementary.filter(x -> supplementaryAccount.isEmpty()))
          .addTransactions(tx.build());
      return e.build();
    }

    @Override
    public void trailer(Mt940Header h, Mt940Trailer t) {
      List<Balance> all = new ArrayList<>(current.balances());
      List<Finding> findings = new ArrayList<>();
      Optional<Balance> opening = h.opening().isPresent() ? Optional.of(all.get(0)) : Optional.empty();
      Optional<Balance> closing = t.closing().map(c -> balance(t.closingIntermediate() ? BalanceType.INTERIM_BOOKED
          : BalanceType.CLOSING_BOOKED, t.closingIntermediate() ? "62M" : "62F", c));
      closing.ifPresent(all::add);
      t.closingAvailable().ifPresent(c -> all.add(balance(BalanceType.CLOSING_AVAILABLE, "64", c)));
      for (SwiftBalance f : t.forwardAvailable()) {
        all.add(balance(BalanceType.FORWARD_AVAILABLE, "65", f));
      }
      String where = "line " + h.line();
      if (!h.interim()) {
        if (h.opening().isEmpty()) {
          findings.add(Finding.of(Finding.MISSING_BALANCE, "statement " + h.reference()
              + " has no opening balance :60F:/:60M:", where));
        }
        if (t.closing().isEmpty()) {
          findings.add(Finding.of(Finding.MISSING_BALANCE, "statement " + h.reference()
              + " has no closing balance :62F:/:62M: (file cut off?)", "line " + t.line()));
        }
      }
      // Opening :60F:/:60M:, closing :62F:/:62M:, intermediate or not.
      balances.check(opening, closing, where).ifPresent(findings::add);
      t.debitSum().ifPresent(s -> checkSum("90D", "debit", s, t.debitCount(), t.debitTotal(), findings, t.line()));
      t.creditSum().ifPresent(s -> checkSum("90C", "credit", s, t.creditCount(), t.creditTotal(), findings, t.line()));
      findings.forEach(collected::addStatementLevel);
      Statement done = statement(h, all, collected.findings(where), t.info());
      current = null;
      HandlerFailure.call(() -> out.onStatementEnd(done));
    }

    private Statement statement(Mt940Header h, List<Balance> balances, List<Finding> findings,
        List<String> trailerInfo) {
      Statement.Builder b = Statement.builder()
          .format(h.interim() ? StatementFormat.MT942 : StatementFormat.MT940)
          .statementId(h.reference())
          .sequenceNumber(h.sequence())
          .account(statementAccount)
          .addAllBalances(balances)
          .addAllFindings(findings);
      addInfo(b, h.info());
      addInfo(b, trailerInfo);
      h.dateTime().ifPresent(t -> b.creationTime(t.toLocalDateTime()).creationOffset(t.getOffset()));
      return b.build();
    }

    /** Statement-level {@code :86:} lines, right-trimmed, blank ones left out. */
    private static void addInfo(Statement.Builder b, List<String> lines) {
      for (String line : lines) {
        String t = line.stripTrailing();
        if (!t.isBlank()) {
          b.addAdditionalInfo(t);
        }
      }
    }

    private static void checkSum(String tag, String side, EntrySum s, int count, BigDecimal total,
        List<Finding> findings, int line) {
      if (s.count() != count) {
        findings.add(Finding.of(Finding.COUNT_MISMATCH, ":" + tag + ": says " + s.count() + " " + side
            + " entries but the report has " + count, "line " + line));
      }
      if (s.amount().compareTo(total) != 0) {
        findings.add(Finding.of(Finding.CONTROL_TOTAL_MISMATCH, ":" + tag + ": says " + side + " total "
            + plain(s.amount()) + " " + s.currency() + " but the " + side + " entries add up to " + plain(total),
            "line " + line));
      }
    }

    private Balance balance(BalanceType type, String tag, SwiftBalance b) {
      Money amount = money(currency(b.currency(), b.line()), b.signed(), b.line());
      return Balance.builder().type(type).code(tag).amount(amount).date(b.date()).build();
    }

    private CurrencyUnit currency(String code, int line) {
      CurrencyUnit unit = currencies.get(code);
      if (unit != null) {
        return unit;
      }
      try {
        unit = Monetary.getCurrency(code);
      } catch (MonetaryException e) {
        throw new SwiftFormatException(line, "unknown currency '" + code + "'");
      }
      if (unit.getDefaultFractionDigits() < 0) {
        throw new SwiftFormatException(line, "currency '" + code + "' has no minor unit and cannot hold amounts");
      }
      currencies.put(code, unit);
      return unit;
    }

    private static boolean isCurrency(String code) {
      try {
        return Monetary.getCurrency(code).getDefaultFractionDigits() >= 0;
      } catch (MonetaryException e) {
        return false;
      }
    }

    /**
     * An amount the {@code :86:} reports beside the booking ({@code OAMT+GBP1301,12}, Dutch
     * {@code /OCMT/EUR1000,00/} or {@code /CHGS/EUR15,00/}): an optional ISO currency code, then the
     * amount with a decimal comma; the statement's currency when none is given. Banks write these
     * informational fields in many ways; one that does not read as an amount is left out rather than
     * failing the statement, since the booked amount stands on its own.
     */
    static Optional<Money> reportedAmount(String value, CurrencyUnit statementCurrency) {
      java.util.regex.Matcher m = REPORTED_AMOUNT.matcher(value.strip());
      if (!m.matches()) {
        return Optional.empty();
      }
      try {
        CurrencyUnit currency = m.group(1) == null ? statementCurrency : javax.money.Monetary.getCurrency(m.group(1));
        BigDecimal amount = new BigDecimal(m.group(2).replace(',', '.'));
        Money money = Money.of(currency, amount);
        return money.isPositive() ? Optional.of(money) : Optional.empty();
      } catch (RuntimeException e) { // unknown currency, too many decimals, too large
        return Optional.empty();
      }
    }

    private static final java.util.regex.Pattern REPORTED_AMOUNT =
        java.util.regex.Pattern.compile("([A-Z]{3})? ?([0-9]{1,15}(?:,[0-9]{0,3})?)/?");

    private static Money money(CurrencyUnit currency, BigDecimal amount, int line) {
      int digits = currency.getDefaultFractionDigits();
      if (amount.scale() >= 0 && amount.scale() <= digits && digits <= 18) {
        // The common case: no more decimals than the currency has, so the minor units are exact.
        BigDecimal minor = amount.movePointRight(digits);
        if (minor.scale() == 0 && minor.precision() <= 18) {
          return Money.ofMinor(currency, minor.longValue());
        }
      }
      BigDecimal a = amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros();
      if (a.scale() > currency.getDefaultFractionDigits()) {
        throw new SwiftFormatException(line, "amount " + amount.toPlainString() + " has more decimals than "
            + currency.getCurrencyCode() + " allows");
      }
      try {
        return Money.of(currency, a);
      } catch (ArithmeticException e) {
        throw new SwiftFormatException(line, "amount " + SwiftValues.abbreviate(amount.toPlainString())
            + " is too large");
      }
    }

    private static Remittance remittance(Details86 d) {
      Remittance.Builder r = Remittance.builder();
      if (d.dialect() == Details86.Dialect.FREE) {
        r.addAllUnstructured(d.remittanceLines());
      } else {
        d.remittance().ifPresent(r::addUnstructured);
      }
      String remi = d.key("REMI").orElse("");
      if (remi.startsWith("STRD/CUR/")) {
        String ref = remi.substring("STRD/CUR/".length()).replaceAll("/+$", "").strip();
        if (!ref.isEmpty()) {
          r.addStructured(StructuredReference.builder().creditorReference(ref)
              .creditorReferenceType(ref.toUpperCase(Locale.ROOT).startsWith("RF") ? "SCOR" : "CUR").build());
        }
      }
      return r.build();
    }

    private static Optional<ReturnInfo> returnInfo(Details86 d) {
      Optional<String> dutch = d.key("RTRN").map(Session::firstPart);
      if (dutch.isPresent()) {
        return Optional.of(ReturnInfo.builder().reasonCode(dutch.get()).build());
      }
      if (d.textKeyAddition().isPresent()
          && d.postingText().map(p -> RETURN_TEXT.matcher(p).find()).orElse(false)) {
        return Optional.of(ReturnInfo.builder().reasonCode(d.textKeyAddition().get())
            .addAllAdditionalInfo(d.postingText().stream().toList()).build());
      }
      return Optional.empty();
    }

    /** The shape of an IBAN, {@code [A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}}, checked without a regex per entry. */
    static boolean isIban(String s) {
      int n = s.length();
      if (n < 15 || n > 34 || !isUpper(s.charAt(0)) || !isUpper(s.charAt(1)) || !isDigit(s.charAt(2))
          || !isDigit(s.charAt(3))) {
        return false;
      }
      return upperOrDigits(s, 4, n);
    }

    /** The shape of a BIC, {@code [A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?}. */
    static boolean isBic(String s) {
      int n = s.length();
      if (n != 8 && n != 11) {
        return false;
      }
      for (int i = 0; i < 6; i++) {
        if (!isUpper(s.charAt(i))) {
          return false;
        }
      }
      return upperOrDigits(s, 6, n);
    }

    private static boolean upperOrDigits(String s, int from, int to) {
      for (int i = from; i < to; i++) {
        char c = s.charAt(i);
        if (!isUpper(c) && !isDigit(c)) {
          return false;
        }
      }
      return true;
    }

    private static boolean isUpper(char c) {
      return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }

    /**
     * The {@code :61:} customer reference, unless it is a marker rather than a reference: {@code NONREF}
     * (none), or Rabobank's {@code EREF} (the end-to-end id is in the {@code :86:}'s {@code /EREF/}).
     */
    private static Optional<String> customerRef0(StatementLine l) {
      String r = l.customerReference();
      return r.isEmpty() || r.equalsIgnoreCase("NONREF") || r.equalsIgnoreCase("EREF") ? Optional.empty()
          : Optional.of(r);
    }

    /** Sets the party's account: an IBAN (compacted) when it looks like one, else the account as written. */
    private static void account(Party.Builder party, String account) {
      String compact = account.replace(" ", "");
      if (isIban(compact)) {
        party.iban(compact);
      } else {
        party.otherAccountId(account);
      }
    }

    /**
     * Tells whether supplementary details are nothing but an account: an IBAN with valid check digits
     * (spaces allowed), or a domestic account or giro number as banks write it, 6 to 18 digits with an
     * optional {@code P} (Postbank giro) in front, e.g. {@code 0123456789}, {@code P001234567}.
     */
    static boolean isAccount(String text) {
      String compact = text.replace(" ", "");
      if (isIban(compact)) {
        return ibanCheckDigitsValid(compact);
      }
      String t = text.strip();
      int from = t.startsWith("P") ? 1 : 0;
      int digits = t.length() - from;
      return digits >= 6 && digits <= 18 && allDigits(t, from);
    }

    /** The ISO 13616 check: the IBAN with its first four characters moved to the end is 1 mod 97. */
    static boolean ibanCheckDigitsValid(String iban) {
      int remainder = 0;
      for (int i = 0; i < iban.length(); i++) {
        char c = iban.charAt((i + 4) % iban.length());
        remainder = isDigit(c) ? (remainder * 10 + (c - '0')) % 97 : (remainder * 100 + (c - 'A' + 10)) % 97;
      }
      return remainder == 1;
    }

    private static boolean allDigits(String s, int from) {
      for (int i = from; i < s.length(); i++) {
        if (!isDigit(s.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    private static String firstPart(String value) {
      int slash = value.indexOf('/');
      return (slash < 0 ? value : value.substring(0, slash)).strip();
    }

    private static String plain(BigDecimal v) {
      return v.toPlainString();
    }

  }
}
