package dev.o2c.aging.dunning;

import dev.o2c.aging.Aging;
import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.ledger.AccountRole;
import dev.o2c.core.ledger.ItemState;
import dev.o2c.core.ledger.JournalLine;
import dev.o2c.core.ledger.ReceivablesLedger;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.money.CurrencyUnit;

/**
 * The content of a statement of account as plain values, for the host's own template: a customer's
 * balance in one currency at the start of a period, every movement in it, the balance at its end, and
 * the aging of what is open at the end.
 *
 * <p>Built {@link #fromLedger from the ledger's journal} (every invoice, payment, discount, credit and
 * write-off that touched the customer's receivables), or {@link #ofOpenItems from open items} alone,
 * which know no payments: then the statement lists the items still open, the opening balance being
 * those dated before the period, each at its open amount.
 *
 * <pre>{@code
 * StatementOfAccount soa = StatementOfAccount.fromLedger(ledger, acme, EUR,
 *     LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), Aging.standard(), us, LetterParty.of("Acme GmbH"));
 * soa.openingBalance();   // owed at the end of 28 February
 * soa.movements();        // 2026-03-02 INV-1001 INVOICE 1190.00, 2026-03-12 INV-1001 PAYMENT -1166.20, ...
 * soa.closingBalance();   // owed at the end of 31 March = opening + movements
 * }</pre>
 *
 * @param creditor who sends the statement
 * @param debtor who it is addressed to
 * @param customer the debtor's account
 * @param currency the currency of every amount
 * @param fromInclusive the first day of the period
 * @param toInclusive the last day of the period, the statement's date
 * @param openingBalance what the customer owed at the end of the day before the period
 * @param movements the movements in the period, by date
 * @param closingBalance what the customer owed at the end of the period
 * @param aging what is open at the end of the period, per aging bucket
 */
public record StatementOfAccount(
    LetterParty creditor,
    LetterParty debtor,
    CustomerId customer,
    CurrencyUnit currency,
    LocalDate fromInclusive,
    LocalDate toInclusive,
    Money openingBalance,
    List<StatementMovement> movements,
    Money closingBalance,
    AgingFooter aging) {

  private static final Set<AccountRole> CASH_ROLES = EnumSet.of(AccountRole.CASH, AccountRole.UNAPPLIED_CASH,
      AccountRole.ON_ACCOUNT, AccountRole.SUSPENSE);

  /**
   * Checks the statement: the period is in order, every amount is in the currency, and the opening
   * balance plus the movements is the closing balance.
   *
   * @param creditor who sends the statement
   * @param debtor who it is addressed to
   * @param customer the debtor's account
   * @param currency the currency
   * @param fromInclusive the first day
   * @param toInclusive the last day
   * @param openingBalance the opening balance
   * @param movements the movements
   * @param closingBalance the closing balance
   * @param aging the aging footer
   * @throws IllegalArgumentException if the period ends before it starts, a currency differs or the
   *     balances do not add up
   */
  public StatementOfAccount {
    Objects.requireNonNull(creditor, "creditor");
    Objects.requireNonNull(debtor, "debtor");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(fromInclusive, "fromInclusive");
    Objects.requireNonNull(toInclusive, "toInclusive");
    Objects.requireNonNull(openingBalance, "openingBalance");
    Objects.requireNonNull(closingBalance, "closingBalance");
    Objects.requireNonNull(aging, "aging");
    movements = List.copyOf(movements);
    if (toInclusive.isBefore(fromInclusive)) {
      throw new IllegalArgumentException("statement of " + customer + ": period ends " + toInclusive + " before it "
          + "starts " + fromInclusive);
    }
    Money running = Money.zero(currency).plus(openingBalance);
    for (StatementMovement movement : movements) {
      running = running.plus(movement.amount());
    }
    if (!running.equals(closingBalance)) {
      throw new IllegalArgumentException("statement of " + customer + ": opening " + openingBalance
          + " plus the movements is " + running + ", not the closing " + closingBalance);
    }
    if (!aging.total().currency().equals(currency)) {
      throw new IllegalArgumentException("statement of " + customer + ": aging footer in " + aging.total().currency()
          + ", not " + currency);
    }
  }

  /**
   * A statement from the ledger's journal: the customer's receivables lines in the currency, each
   * described by what it was posted against (sales, cash, discount, ...).
   *
   * @param ledger the ledger
   * @param customer the customer
   * @param currency the currency
   * @param fromInclusive the first day of the period
   * @param toInclusive the last day of the period
   * @param aging how to age what is open at the end of the period
   * @param creditor who sends the statement
   * @param debtor who it is addressed to
   * @return the statement; its balances equal {@code ledger.asOf(day).balance(customer)} in the currency
   * @throws IllegalArgumentException if the period ends before it starts
   */
  public static StatementOfAccount fromLedger(ReceivablesLedger ledger, CustomerId customer, CurrencyUnit currency,
      LocalDate fromInclusive, LocalDate toInclusive, Aging aging, LetterParty creditor, LetterParty debtor) {
    Objects.requireNonNull(ledger, "ledger");
    Money opening = Money.zero(currency);
    List<JournalLine> inPeriod = new ArrayList<>();
    Map<Long, List<JournalLine>> postings = new HashMap<>();
    List<JournalLine> journal = ledger.journal();
    for (JournalLine line : journal) {
      if (line.account() != AccountRole.RECEIVABLES || !line.customer().map(customer::equals).orElse(false)
          || !line.amount().currency().equals(currency) || line.date().isAfter(toInclusive)) {
        continue;
      }
      if (line.date().isBefore(fromInclusive)) {
        opening = opening.plus(line.signedAmount());
      } else {
        inPeriod.add(line);
        postings.put(line.posting(), new ArrayList<>());
      }
    }
    for (JournalLine line : journal) {
      List<JournalLine> posting = postings.get(line.posting());
      if (posting != null) {
        posting.add(line);
      }
    }
    inPeriod.sort(Comparator.comparing(JournalLine::date).thenComparingLong(JournalLine::posting));
    List<StatementMovement> movements = new ArrayList<>();
    Money balance = opening;
    for (JournalLine line : inPeriod) {
      balance = balance.plus(line.signedAmount());
      movements.add(new StatementMovement(line.date(), line.reference().toString(),
          kind(ledger, line, postings.get(line.posting())), line.signedAmount(), balance));
    }
    AgingFooter footer = AgingFooter.of(aging, ledger.asOf(toInclusive).openItems(customer), customer, currency,
        toInclusive);
    return new StatementOfAccount(creditor, debtor, customer, currency, fromInclusive, toInclusive, opening, movements,
        balance, footer);
  }

  /** What a receivables line was posted against decides how the customer reads it. */
  private static MovementKind kind(ReceivablesLedger ledger, JournalLine line, List<JournalLine> posting) {
    Set<AccountRole> against = EnumSet.noneOf(AccountRole.class);
    for (JournalLine other : posting) {
      if (other.account() != AccountRole.RECEIVABLES) {
        against.add(other.account());
      } else if (!other.reference().equals(line.reference())) {
        against.add(AccountRole.RECEIVABLES);
      }
    }
    if (against.stream().anyMatch(CASH_ROLES::contains)) {
      return MovementKind.PAYMENT;
    }
    if (against.contains(AccountRole.SALES)) {
      ItemKind itemKind = line.reference() instanceof DocumentNumber
          ? ledger.item((DocumentNumber) line.reference()).map(ItemState::item).map(OpenItem::kind).orElse(null) : null;
      if (itemKind == ItemKind.DEBIT_MEMO) {
        return MovementKind.DEBIT_MEMO;
      }
      if (itemKind == ItemKind.CREDIT_MEMO) {
        return MovementKind.CREDIT_MEMO;
      }
      return itemKind == ItemKind.INVOICE ? MovementKind.INVOICE : MovementKind.OTHER;
    }
    if (against.contains(AccountRole.OPENING_BALANCE)) {
      return MovementKind.OPENING_ITEM;
    }
    if (against.contains(AccountRole.DEDUCTIONS)) {
      return MovementKind.DEDUCTION;
    }
    if (against.contains(AccountRole.BAD_DEBT) || against.contains(AccountRole.BAD_DEBT_RECOVERED)) {
      return MovementKind.WRITE_OFF;
    }
    if (against.contains(AccountRole.DISCOUNT)) {
      return MovementKind.DISCOUNT;
    }
    if (against.contains(AccountRole.SMALL_DIFFERENCES)) {
      return MovementKind.ADJUSTMENT;
    }
    return against.contains(AccountRole.RECEIVABLES) ? MovementKind.CREDIT_OFFSET : MovementKind.OTHER;
  }

  /**
   * A statement from open items alone (an open-item statement): items dated before the period make the
   * opening balance, items dated in it are the movements (each at its open amount), items dated after it
   * are left out. Payments are not known, so none are listed.
   *
   * @param items open items; other customers' and other currencies' are left out
   * @param customer the customer
   * @param currency the currency
   * @param fromInclusive the first day of the period
   * @param toInclusive the last day of the period
   * @param aging how to age what is open at the end of the period
   * @param creditor who sends the statement
   * @param debtor who it is addressed to
   * @return the statement
   * @throws IllegalArgumentException if the period ends before it starts
   */
  public static StatementOfAccount ofOpenItems(Collection<OpenItem> items, CustomerId customer, CurrencyUnit currency,
      LocalDate fromInclusive, LocalDate toInclusive, Aging aging, LetterParty creditor, LetterParty debtor) {
    Money opening = Money.zero(currency);
    List<OpenItem> inPeriod = new ArrayList<>();
    List<OpenItem> open = new ArrayList<>();
    for (OpenItem item : items) {
      if (!item.customerId().equals(customer) || !item.openAmount().currency().equals(currency)
          || item.documentDate().isAfter(toInclusive)) {
        continue;
      }
      open.add(item);
      if (item.documentDate().isBefore(fromInclusive)) {
        opening = opening.plus(item.openAmount());
      } else {
        inPeriod.add(item);
      }
    }
    inPeriod.sort(Comparator.comparing(OpenItem::documentDate).thenComparing(OpenItem::documentNumber));
    List<StatementMovement> movements = new ArrayList<>();
    Money balance = opening;
    for (OpenItem item : inPeriod) {
      balance = balance.plus(item.openAmount());
      MovementKind kind = switch (item.kind()) {
        case INVOICE -> MovementKind.INVOICE;
        case DEBIT_MEMO -> MovementKind.DEBIT_MEMO;
        case CREDIT_MEMO -> MovementKind.CREDIT_MEMO;
      };
      movements.add(new StatementMovement(item.documentDate(), item.documentNumber().toString(), kind,
          item.openAmount(), balance));
    }
    return new StatementOfAccount(creditor, debtor, customer, currency, fromInclusive, toInclusive, opening, movements,
        balance, AgingFooter.of(aging, open, customer, currency, toInclusive));
  }

  /** {@return the sum of the debits in the period} */
  public Money debits() {
    Money sum = Money.zero(currency);
    for (StatementMovement m : movements) {
      sum = sum.plus(m.debit());
    }
    return sum;
  }

  /** {@return the sum of the credits in the period, positive} */
  public Money credits() {
    Money sum = Money.zero(currency);
    for (StatementMovement m : movements) {
      sum = sum.plus(m.credit());
    }
    return sum;
  }
}
