package dev.o2c.core.ledger;

import dev.o2c.core.domain.Adjustment;
import dev.o2c.core.domain.AdjustmentType;
import dev.o2c.core.domain.Application;
import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.Deduction;
import dev.o2c.core.domain.DeductionReason;
import dev.o2c.core.domain.DeductionStatus;
import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.ledger.LedgerException.Code;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import javax.money.CurrencyUnit;

/**
 * The accounts-receivable sub-ledger of one company: customers, open items, received payments,
 * applications, deductions and the journal they produce.
 *
 * <p>Every operation is all-or-nothing: it checks everything first and either returns a
 * {@link Posting} (balanced journal lines plus the new state of what it touched) or throws a
 * {@link LedgerException} and leaves the ledger exactly as it was. The ledger never loses or invents
 * a cent:
 *
 * <ul>
 *   <li>for every payment, {@code amount = applied + unapplied + onAccount + suspense + refunded + returned};
 *   <li>for every item, {@code original = open + applied + discount + writtenOff + credited + deducted};
 *   <li>every posting's journal lines balance per currency (debits = credits);
 *   <li>an open amount never leaves {@code [0, original]} (sign-aware for credit memos).
 * </ul>
 *
 * <p>Receiving the same payment twice (same bank reference) is refused with
 * {@link Code#DUPLICATE_PAYMENT}, so importing one bank statement twice never counts money twice.
 *
 * <pre>{@code
 * ReceivablesLedger ledger = ReceivablesLedger.create();
 * ledger.addCustomer(customer);
 * ledger.postItem(invoice);                                 // DR receivables, CR sales
 * ledger.receivePayment(payment);                           // DR cash, CR unapplied cash
 * Posting p = ledger.apply("BANKREF-1", "INV-1001", payment.amount(), date);
 * ledger.unapply(p.application().id(), date);               // exactly reverses it
 * }</pre>
 *
 * <p>Amounts are kept as {@code long} minor units internally. History is kept as journal lines, so
 * balances, open items and cash can be asked for as of any date. Instances are mutable and not
 * thread-safe: confine a ledger to one thread or guard it.
 */
public final class ReceivablesLedger {

  private final Map<String, Customer> customers = new LinkedHashMap<>();
  private final Map<String, ItemRecord> items = new LinkedHashMap<>();
  private final Map<String, PaymentRecord> payments = new LinkedHashMap<>();
  private final Map<Long, ApplicationRecord> applications = new HashMap<>();
  private final Map<String, Deduction> deductions = new LinkedHashMap<>();
  private final Map<String, List<String>> itemsByCustomer = new HashMap<>();
  private final Map<String, List<String>> paymentsByCustomer = new HashMap<>();
  private final Map<String, List<JournalLine>> linesByReference = new HashMap<>();
  private final List<JournalLine> journal = new ArrayList<>();
  private long lastPosting;
  private long lastAdjustment;

  private ReceivablesLedger() {}

  /**
   * Creates an empty ledger.
   *
   * @return a ledger with no customers, items or payments
   */
  public static ReceivablesLedger create() {
    return new ReceivablesLedger();
  }

  // ------------------------------------------------------------------ customers

  /**
   * Registers a customer account. Items and attributed payments must name a registered customer.
   *
   * @param customer the customer
   * @throws LedgerException {@link Code#DUPLICATE_CUSTOMER} if the id is taken; {@link
   *     Code#UNKNOWN_CUSTOMER} if its parent is not registered
   */
  public void addCustomer(Customer customer) {
    Objects.requireNonNull(customer, "customer");
    if (customers.containsKey(customer.id())) {
      throw new LedgerException(Code.DUPLICATE_CUSTOMER, "customer " + customer.id() + " is already registered");
    }
    customer.parentId().ifPresent(parent -> requireCustomer(parent, "parent of " + customer.id()));
    customers.put(customer.id(), customer);
  }

  /**
   * The registered customer with this id.
   *
   * @param customerId the id
   * @return the customer, or empty if none is registered
   */
  public Optional<Customer> customer(String customerId) {
    return Optional.ofNullable(customers.get(customerId));
  }

  /** {@return all registered customers, in registration order} */
  public List<Customer> customers() {
    return List.copyOf(customers.values());
  }

  // ------------------------------------------------------------------ items

  /**
   * Posts an invoice, credit memo or debit memo on its document date: an invoice or debit memo
   * debits receivables and credits sales; a credit memo the other way round.
   *
   * @param item the item, with its open amount equal to its original amount
   * @return the posting
   * @throws LedgerException {@link Code#DUPLICATE_ITEM}, {@link Code#UNKNOWN_CUSTOMER}, {@link
   *     Code#NOT_AT_ORIGINAL_AMOUNT}
   */
  public Posting postItem(OpenItem item) {
    Objects.requireNonNull(item, "item");
    if (items.containsKey(item.documentNumber())) {
      throw new LedgerException(Code.DUPLICATE_ITEM, "item " + item.documentNumber() + " is already posted");
    }
    requireCustomer(item.customerId(), "customer of item " + item.documentNumber());
    if (!item.openAmount().equals(item.originalAmount())) {
      throw new LedgerException(Code.NOT_AT_ORIGINAL_AMOUNT, "item " + item.documentNumber()
          + " has open amount " + item.openAmount() + " but original " + item.originalAmount());
    }
    Tx tx = new Tx(Operation.POST_ITEM, item.documentDate());
    Optional<String> customer = Optional.of(item.customerId());
    tx.pair(AccountRole.RECEIVABLES, item.documentNumber(), customer,
        AccountRole.SALES, item.documentNumber(), customer, item.originalAmount());
    ItemRecord record = new ItemRecord(item);
    items.put(item.documentNumber(), record);
    itemsByCustomer.computeIfAbsent(item.customerId(), k -> new ArrayList<>()).add(item.documentNumber());
    tx.touch(record);
    return tx.commit();
  }

  /**
   * The current state of an item.
   *
   * @param documentNumber the item's document number
   * @return its state, or empty if no such item is posted
   */
  public Optional<ItemState> item(String documentNumber) {
    return Optional.ofNullable(items.get(documentNumber)).map(ItemRecord::state);
  }

  /** {@return the current state of every item, in posting order} */
  public List<ItemState> items() {
    List<ItemState> result = new ArrayList<>(items.size());
    items.values().forEach(r -> result.add(r.state()));
    return result;
  }

  /**
   * The items of a customer that are open now, in posting order, with their current open amounts.
   *
   * @param customerId the customer
   * @return the open (not cleared) items; empty for an unknown customer
   */
  public List<OpenItem> openItems(String customerId) {
    List<OpenItem> result = new ArrayList<>();
    for (String documentNumber : itemsByCustomer.getOrDefault(customerId, List.of())) {
      ItemRecord record = items.get(documentNumber);
      if (record.open != 0) {
        result.add(record.state().item());
      }
    }
    return result;
  }

  /**
   * The items of a customer that were open at the end of a day, with their open amounts then.
   * Items dated after {@code asOf} are left out.
   *
   * @param customerId the customer
   * @param asOf the day, inclusive
   * @return the items open at the end of {@code asOf}, in posting order
   */
  public List<OpenItem> openItems(String customerId, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    List<OpenItem> result = new ArrayList<>();
    for (String documentNumber : itemsByCustomer.getOrDefault(customerId, List.of())) {
      ItemRecord record = items.get(documentNumber);
      if (record.item.documentDate().isAfter(asOf)) {
        continue;
      }
      long open = sum(documentNumber, AccountRole.RECEIVABLES, asOf);
      if (open != 0) {
        result.add(record.item.withOpenAmount(Money.ofMinor(record.currency(), open)));
      }
    }
    return result;
  }

  /**
   * What a customer owes now: the sum of its open items per currency (credit memos reduce it).
   * Unapplied cash is not netted; see {@link #unappliedCash(String, LocalDate)}.
   *
   * @param customerId the customer
   * @return the balance per currency, in currency-code order; currencies whose balance is zero are left out
   */
  public Map<CurrencyUnit, Money> balance(String customerId) {
    return balance(customerId, LocalDate.MAX);
  }

  /**
   * What a customer owed at the end of a day, per currency.
   *
   * @param customerId the customer
   * @param asOf the day, inclusive
   * @return the balance per currency, in currency-code order; currencies whose balance is zero are left out
   */
  public Map<CurrencyUnit, Money> balance(String customerId, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Totals totals = new Totals();
    for (String documentNumber : itemsByCustomer.getOrDefault(customerId, List.of())) {
      ItemRecord record = items.get(documentNumber);
      if (!record.item.documentDate().isAfter(asOf)) {
        totals.add(record.currency(), sum(documentNumber, AccountRole.RECEIVABLES, asOf));
      }
    }
    return totals.toMap();
  }

  // ------------------------------------------------------------------ payments

  /**
   * Receives a payment on its value date: debits cash and credits unapplied cash when the payer is
   * known, suspense when it is not.
   *
   * @param payment the payment
   * @return the posting
   * @throws LedgerException {@link Code#DUPLICATE_PAYMENT} if a payment with the same bank reference
   *     was received before; {@link Code#UNKNOWN_CUSTOMER} if it names an unregistered customer
   */
  public Posting receivePayment(Payment payment) {
    Objects.requireNonNull(payment, "payment");
    if (payments.containsKey(payment.bankReference())) {
      throw new LedgerException(Code.DUPLICATE_PAYMENT, "payment " + payment.bankReference()
          + " was already received; a statement imported twice?");
    }
    payment.customerId().ifPresent(c -> requireCustomer(c, "payer of payment " + payment.bankReference()));
    Tx tx = new Tx(Operation.RECEIVE_PAYMENT, payment.valueDate());
    PaymentRecord record = new PaymentRecord(payment);
    CashBucket bucket = payment.customerId().isPresent() ? CashBucket.UNAPPLIED : CashBucket.SUSPENSE;
    tx.pair(AccountRole.CASH, payment.bankReference(), payment.customerId(),
        bucket.accountRole(), payment.bankReference(), payment.customerId(), payment.amount());
    payments.put(payment.bankReference(), record);
    payment.customerId().ifPresent(c ->
        paymentsByCustomer.computeIfAbsent(c, k -> new ArrayList<>()).add(payment.bankReference()));
    record.add(bucket, payment.amount().minorUnits());
    tx.touch(record);
    return tx.commit();
  }

  /**
   * Attributes a payment in suspense to the customer who sent it, and moves all its suspense money
   * to unapplied cash.
   *
   * @param bankReference the payment
   * @param customerId the identified payer
   * @param date the posting date, not before the value date
   * @return the posting
   * @throws LedgerException {@link Code#UNKNOWN_PAYMENT}, {@link Code#UNKNOWN_CUSTOMER}, {@link
   *     Code#PAYER_ALREADY_KNOWN}, {@link Code#PAYMENT_RETURNED}, {@link Code#DATE_TOO_EARLY}
   */
  public Posting identifyPayer(String bankReference, String customerId, LocalDate date) {
    PaymentRecord record = requirePayment(bankReference);
    requireCustomer(customerId, "payer of payment " + bankReference);
    requireNotReturned(record);
    requireNotBefore(date, record.payment.valueDate(), "value date of payment " + bankReference);
    if (record.payment.customerId().isPresent()) {
      throw new LedgerException(Code.PAYER_ALREADY_KNOWN, "payment " + bankReference + " is already attributed to "
          + record.payment.customerId().get());
    }
    Tx tx = new Tx(Operation.IDENTIFY_PAYER, date);
    long suspense = record.suspense;
    Optional<String> customer = Optional.of(customerId);
    if (suspense > 0) {
      tx.pair(AccountRole.SUSPENSE, bankReference, Optional.empty(),
          AccountRole.UNAPPLIED_CASH, bankReference, customer, record.money(suspense));
    }
    record.payment = record.payment.withCustomerId(customerId);
    paymentsByCustomer.computeIfAbsent(customerId, k -> new ArrayList<>()).add(bankReference);
    record.suspense -= suspense;
    record.unapplied += suspense;
    tx.touch(record);
    return tx.commit();
  }

  /**
   * Moves payment money between buckets: unapplied cash, on account and suspense. Money can go to
   * unapplied or on account only when the payer is known.
   *
   * @param bankReference the payment
   * @param from the bucket the money leaves
   * @param to the bucket it goes to, different from {@code from}
   * @param amount the amount, positive, in the payment's currency
   * @param date the posting date, not before the value date
   * @return the posting
   * @throws LedgerException {@link Code#UNKNOWN_PAYMENT}, {@link Code#PAYMENT_RETURNED}, {@link
   *     Code#INVALID_AMOUNT}, {@link Code#CURRENCY_MISMATCH}, {@link Code#INSUFFICIENT_FUNDS}, {@link
   *     Code#PAYER_UNKNOWN}, {@link Code#DATE_TOO_EARLY}
   * @throws IllegalArgumentException if {@code from == to}
   */
  public Posting move(String bankReference, CashBucket from, CashBucket to, Money amount, LocalDate date) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from == to) {
      throw new IllegalArgumentException("move from " + from + " to itself");
    }
    PaymentRecord record = requirePayment(bankReference);
    requireNotReturned(record);
    requirePositive(amount, record.currency(), "move of payment " + bankReference);
    requireNotBefore(date, record.payment.valueDate(), "value date of payment " + bankReference);
    requireFunds(record, from, amount);
    if (to != CashBucket.SUSPENSE && record.payment.customerId().isEmpty()) {
      throw new LedgerException(Code.PAYER_UNKNOWN, "payment " + bankReference
          + " has no known payer; identify the payer before moving money to " + to);
    }
    Tx tx = new Tx(Operation.MOVE, date);
    tx.pair(from.accountRole(), bankReference, customerOf(record, from),
        to.accountRole(), bankReference, customerOf(record, to), amount);
    record.add(from, -amount.minorUnits());
    record.add(to, amount.minorUnits());
    tx.touch(record);
    return tx.commit();
  }

  /**
   * Pays money from a payment's bucket back to the customer: debits the bucket, credits cash.
   *
   * @param bankReference the payment
   * @param from the bucket the refund comes from
   * @param amount the amount, positive, in the payment's currency
   * @param date the posting date, not before the value date
   * @return the posting
   * @throws LedgerException {@link Code#UNKNOWN_PAYMENT}, {@link Code#PAYMENT_RETURNED}, {@link
   *     Code#INVALID_AMOUNT}, {@link Code#CURRENCY_MISMATCH}, {@link Code#INSUFFICIENT_FUNDS}, {@link
   *     Code#DATE_TOO_EARLY}
   */
  public Posting refund(String bankReference, CashBucket from, Money amount, LocalDate date) {
    Objects.requireNonNull(from, "from");
    PaymentRecord record = requirePayment(bankReference);
    requireNotReturned(record);
    requirePositive(amount, record.currency(), "refund of payment " + bankReference);
    requireNotBefore(date, record.payment.valueDate(), "value date of payment " + bankReference);
    requireFunds(record, from, amount);
    Tx tx = new Tx(Operation.REFUND, date);
    tx.pair(from.accountRole(), bankReference, customerOf(record, from),
        AccountRole.CASH, bankReference, record.payment.customerId(), amount);
    record.add(from, -amount.minorUnits());
    record.refunded += amount.minorUnits();
    tx.touch(record);
    return tx.commit();
  }

  /**
   * Records that the bank returned or reversed a payment: every application of it is reversed (its
   * items open again) and all money still held is taken back out of cash. Money already refunded
   * stays refunded. A returned payment accepts no further operation.
   *
   * @param bankReference the payment
   * @param date the posting date, not before the value date or any of its applications
   * @return the posting, with the reversed applications
   * @throws LedgerException {@link Code#UNKNOWN_PAYMENT}, {@link Code#PAYMENT_RETURNED}, {@link
   *     Code#DATE_TOO_EARLY}
   */
  public Posting returnPayment(String bankReference, LocalDate date) {
    PaymentRecord record = requirePayment(bankReference);
    requireNotReturned(record);
    requireNotBefore(date, record.payment.valueDate(), "value date of payment " + bankReference);
    List<ApplicationRecord> active = new ArrayList<>();
    for (long id : record.applicationIds) {
      ApplicationRecord application = applications.get(id);
      if (!application.reversed) {
        requireNotBefore(date, application.value.date(), "application " + id);
        active.add(application);
      }
    }
    Tx tx = new Tx(Operation.RETURN_PAYMENT, date);
    for (ApplicationRecord application : active) {
      reverse(tx, application);
    }
    long held = 0;
    for (CashBucket bucket : CashBucket.values()) {
      long inBucket = record.in(bucket);
      if (inBucket > 0) {
        tx.pair(bucket.accountRole(), bankReference, customerOf(record, bucket),
            AccountRole.CASH, bankReference, record.payment.customerId(), record.money(inBucket));
        record.add(bucket, -inBucket);
        held += inBucket;
      }
    }
    record.returned += held;
    record.returnedFlag = true;
    tx.touch(record);
    return tx.commit();
  }

  /**
   * The current state of a payment.
   *
   * @param bankReference the payment's bank reference
   * @return its state, or empty if no such payment was received
   */
  public Optional<PaymentState> payment(String bankReference) {
    return Optional.ofNullable(payments.get(bankReference)).map(PaymentRecord::state);
  }

  /** {@return the current state of every payment, in the order received} */
  public List<PaymentState> payments() {
    List<PaymentState> result = new ArrayList<>(payments.size());
    payments.values().forEach(r -> result.add(r.state()));
    return result;
  }

  /**
   * A customer's unapplied cash at the end of a day, per currency (money on account excluded).
   *
   * @param customerId the customer
   * @param asOf the day, inclusive
   * @return the unapplied cash per currency, in currency-code order; zero amounts left out
   */
  public Map<CurrencyUnit, Money> unappliedCash(String customerId, LocalDate asOf) {
    return customerCash(customerId, AccountRole.UNAPPLIED_CASH, asOf);
  }

  /**
   * A customer's money on account at the end of a day, per currency.
   *
   * @param customerId the customer
   * @param asOf the day, inclusive
   * @return the money on account per currency, in currency-code order; zero amounts left out
   */
  public Map<CurrencyUnit, Money> onAccount(String customerId, LocalDate asOf) {
    return customerCash(customerId, AccountRole.ON_ACCOUNT, asOf);
  }

  /**
   * All money in suspense at the end of a day, per currency.
   *
   * @param asOf the day, inclusive
   * @return the suspense balance per currency, in currency-code order; zero amounts left out
   */
  public Map<CurrencyUnit, Money> suspense(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Totals totals = new Totals();
    for (PaymentRecord record : payments.values()) {
      totals.add(record.currency(), -sum(record.payment.bankReference(), AccountRole.SUSPENSE, asOf));
    }
    return totals.toMap();
  }

  // ------------------------------------------------------------------ applications

  /**
   * Applies payment money to an invoice or debit memo, without discount or write-off.
   *
   * @param bankReference the payment
   * @param documentNumber the item
   * @param applied the amount, positive, in the item's currency
   * @param date the posting date
   * @return the posting; {@link Posting#application()} holds the application and its id
   * @throws LedgerException as {@link #apply(String, String, Money, Money, Money, LocalDate, String)}
   */
  public Posting apply(String bankReference, String documentNumber, Money applied, LocalDate date) {
    Money zero = Money.zero(applied.currency());
    return apply(bankReference, documentNumber, applied, zero, zero, date, null);
  }

  /**
   * Applies payment money to an invoice or debit memo, granting a cash discount and writing off a
   * small difference. The item's open amount goes down by {@code applied + discount + writeOff}; the
   * payment's unapplied cash by {@code applied}. Journal: debit unapplied cash, discount and
   * write-off; credit receivables.
   *
   * @param bankReference the payment, whose payer must be known (money is taken from unapplied cash)
   * @param documentNumber the invoice or debit memo
   * @param applied the payment money, zero or positive, in the item's currency
   * @param discount the cash discount granted, zero or positive
   * @param writeOff the difference written off, zero or positive
   * @param date the posting date, not before the payment's value date or the item's document date
   * @param reason why, for the audit trail; may be null
   * @return the posting; {@link Posting#application()} holds the application and its id
   * @throws LedgerException {@link Code#UNKNOWN_PAYMENT}, {@link Code#UNKNOWN_ITEM}, {@link
   *     Code#PAYMENT_RETURNED}, {@link Code#WRONG_ITEM_KIND} (credit memos are offset with {@link
   *     #offsetCreditMemo}), {@link Code#CURRENCY_MISMATCH}, {@link Code#INVALID_AMOUNT} (a negative
   *     amount or all zero), {@link Code#EXCEEDS_OPEN_AMOUNT}, {@link Code#INSUFFICIENT_FUNDS}, {@link
   *     Code#DATE_TOO_EARLY}
   */
  public Posting apply(String bankReference, String documentNumber, Money applied, Money discount, Money writeOff,
      LocalDate date, String reason) {
    Objects.requireNonNull(applied, "applied");
    Objects.requireNonNull(discount, "discount");
    Objects.requireNonNull(writeOff, "writeOff");
    PaymentRecord payment = requirePayment(bankReference);
    ItemRecord item = requireItem(documentNumber);
    requireNotReturned(payment);
    requireReceivable(item, "apply payment money to");
    String what = "application of " + bankReference + " to " + documentNumber;
    for (Money amount : List.of(applied, discount, writeOff)) {
      requireCurrency(amount, item.currency(), what);
      requireCurrency(amount, payment.currency(), what);
      if (amount.isNegative()) {
        throw new LedgerException(Code.INVALID_AMOUNT, what + ": negative amount " + amount);
      }
    }
    long cleared = Math.addExact(Math.addExact(applied.minorUnits(), discount.minorUnits()), writeOff.minorUnits());
    if (cleared == 0) {
      throw new LedgerException(Code.INVALID_AMOUNT, what + ": nothing to apply");
    }
    if (cleared > item.open) {
      throw new LedgerException(Code.EXCEEDS_OPEN_AMOUNT, what + " clears " + item.money(cleared)
          + " but only " + item.money(item.open) + " is open");
    }
    requireFunds(payment, CashBucket.UNAPPLIED, applied);
    requireNotBefore(date, payment.payment.valueDate(), "value date of payment " + bankReference);
    requireNotBefore(date, item.item.documentDate(), "document date of item " + documentNumber);

    Tx tx = new Tx(Operation.APPLY, date);
    Optional<String> itemCustomer = Optional.of(item.item.customerId());
    if (applied.isPositive()) {
      tx.pair(AccountRole.UNAPPLIED_CASH, bankReference, payment.payment.customerId(),
          AccountRole.RECEIVABLES, documentNumber, itemCustomer, applied);
    }
    if (discount.isPositive()) {
      tx.pair(AccountRole.DISCOUNT, documentNumber, itemCustomer,
          AccountRole.RECEIVABLES, documentNumber, itemCustomer, discount);
    }
    if (writeOff.isPositive()) {
      tx.pair(AccountRole.WRITE_OFF, documentNumber, itemCustomer,
          AccountRole.RECEIVABLES, documentNumber, itemCustomer, writeOff);
    }
    Application application = Application.builder()
        .id(tx.number)
        .paymentReference(bankReference)
        .documentNumber(documentNumber)
        .applied(applied)
        .discount(discount)
        .writeOff(writeOff)
        .date(date)
        .reason(Optional.ofNullable(reason))
        .build();
    applications.put(application.id(), new ApplicationRecord(application));
    payment.applicationIds.add(application.id());
    payment.unapplied -= applied.minorUnits();
    payment.applied += applied.minorUnits();
    item.open -= cleared;
    item.applied += applied.minorUnits();
    item.discount += discount.minorUnits();
    item.writtenOff += writeOff.minorUnits();
    tx.applications.add(application);
    tx.touch(payment);
    tx.touch(item);
    return tx.commit();
  }

  /**
   * Reverses an application exactly: the item's open amount and the payment's unapplied cash go
   * back up by what the application took, with reversing journal lines. The payment keeps its
   * identity; the application stays in the history, marked reversed.
   *
   * @param applicationId the id from {@link Application#id()}
   * @param date the posting date, not before the application's date
   * @return the posting, holding the reversed application
   * @throws LedgerException {@link Code#UNKNOWN_APPLICATION}, {@link Code#ALREADY_UNAPPLIED}, {@link
   *     Code#PAYMENT_RETURNED}, {@link Code#DATE_TOO_EARLY}
   */
  public Posting unapply(long applicationId, LocalDate date) {
    ApplicationRecord record = applications.get(applicationId);
    if (record == null) {
      throw new LedgerException(Code.UNKNOWN_APPLICATION, "no application " + applicationId);
    }
    if (record.reversed) {
      throw new LedgerException(Code.ALREADY_UNAPPLIED, "application " + applicationId + " was already reversed");
    }
    requireNotReturned(payments.get(record.value.paymentReference()));
    requireNotBefore(date, record.value.date(), "application " + applicationId);
    Tx tx = new Tx(Operation.UNAPPLY, date);
    reverse(tx, record);
    return tx.commit();
  }

  /**
   * Whether an application has been reversed.
   *
   * @param applicationId the id from {@link Application#id()}
   * @return the application and whether it was reversed, or empty if there is no such application
   */
  public Optional<Application> application(long applicationId) {
    return Optional.ofNullable(applications.get(applicationId)).map(r -> r.value);
  }

  /**
   * Whether an application has been reversed.
   *
   * @param applicationId the id
   * @return true if it exists and was unapplied or reversed by a payment return
   */
  public boolean isReversed(long applicationId) {
    ApplicationRecord record = applications.get(applicationId);
    return record != null && record.reversed;
  }

  // ------------------------------------------------------------------ adjustments

  /**
   * Offsets a credit memo against an invoice or debit memo of the same currency: both open amounts
   * move toward zero by {@code amount}. Journal: debit receivables on the credit memo, credit
   * receivables on the invoice.
   *
   * @param creditMemoNumber the credit memo
   * @param documentNumber the invoice or debit memo
   * @param amount the amount offset, positive
   * @param date the posting date, not before either document date
   * @return the posting, with an adjustment for each item
   * @throws LedgerException {@link Code#UNKNOWN_ITEM}, {@link Code#WRONG_ITEM_KIND}, {@link
   *     Code#CURRENCY_MISMATCH}, {@link Code#INVALID_AMOUNT}, {@link Code#EXCEEDS_OPEN_AMOUNT}, {@link
   *     Code#DATE_TOO_EARLY}
   */
  public Posting offsetCreditMemo(String creditMemoNumber, String documentNumber, Money amount, LocalDate date) {
    ItemRecord memo = requireItem(creditMemoNumber);
    ItemRecord item = requireItem(documentNumber);
    if (memo.item.kind() != ItemKind.CREDIT_MEMO) {
      throw new LedgerException(Code.WRONG_ITEM_KIND, creditMemoNumber + " is a " + memo.item.kind()
          + ", not a credit memo");
    }
    requireReceivable(item, "offset a credit memo against");
    requirePositive(amount, item.currency(), "offset of " + creditMemoNumber + " against " + documentNumber);
    requireCurrency(amount, memo.currency(), "offset of " + creditMemoNumber + " against " + documentNumber);
    long units = amount.minorUnits();
    if (units > item.open) {
      throw new LedgerException(Code.EXCEEDS_OPEN_AMOUNT, "offset " + amount + " exceeds the open "
          + item.money(item.open) + " of " + documentNumber);
    }
    if (units > -memo.open) {
      throw new LedgerException(Code.EXCEEDS_OPEN_AMOUNT, "offset " + amount + " exceeds the open "
          + memo.money(memo.open) + " of credit memo " + creditMemoNumber);
    }
    requireNotBefore(date, memo.item.documentDate(), "document date of " + creditMemoNumber);
    requireNotBefore(date, item.item.documentDate(), "document date of " + documentNumber);
    Tx tx = new Tx(Operation.CREDIT_MEMO_OFFSET, date);
    tx.pair(AccountRole.RECEIVABLES, creditMemoNumber, Optional.of(memo.item.customerId()),
        AccountRole.RECEIVABLES, documentNumber, Optional.of(item.item.customerId()), amount);
    memo.open += units;
    memo.credited -= units;
    item.open -= units;
    item.credited += units;
    tx.adjust(documentNumber, AdjustmentType.CREDIT_MEMO_OFFSET, amount, creditMemoNumber, null);
    tx.adjust(creditMemoNumber, AdjustmentType.CREDIT_MEMO_OFFSET, amount.negated(), documentNumber, null);
    tx.touch(memo);
    tx.touch(item);
    return tx.commit();
  }

  /**
   * Writes off (part of) an item as bad debt. For an invoice or debit memo the journal debits bad
   * debt and credits receivables; for a credit memo (writing off a small credit balance) the other
   * way round.
   *
   * @param documentNumber the item
   * @param amount the amount, positive (a magnitude, also for credit memos), at most the open amount
   * @param date the posting date, not before the document date
   * @param reason why, for the audit trail; may be null
   * @return the posting, with the adjustment
   * @throws LedgerException {@link Code#UNKNOWN_ITEM}, {@link Code#CURRENCY_MISMATCH}, {@link
   *     Code#INVALID_AMOUNT}, {@link Code#EXCEEDS_OPEN_AMOUNT}, {@link Code#DATE_TOO_EARLY}
   */
  public Posting writeOff(String documentNumber, Money amount, LocalDate date, String reason) {
    ItemRecord item = requireItem(documentNumber);
    requirePositive(amount, item.currency(), "write-off of " + documentNumber);
    long signed = amount.minorUnits() * item.sign();
    if (amount.minorUnits() > item.open * item.sign()) {
      throw new LedgerException(Code.EXCEEDS_OPEN_AMOUNT, "write-off " + amount + " exceeds the open "
          + item.money(item.open) + " of " + documentNumber);
    }
    requireNotBefore(date, item.item.documentDate(), "document date of " + documentNumber);
    Tx tx = new Tx(Operation.WRITE_OFF, date);
    Optional<String> customer = Optional.of(item.item.customerId());
    tx.pair(AccountRole.BAD_DEBT, documentNumber, customer, AccountRole.RECEIVABLES, documentNumber, customer,
        item.money(signed));
    item.open -= signed;
    item.writtenOff += signed;
    tx.adjust(documentNumber, AdjustmentType.BAD_DEBT_WRITE_OFF, item.money(signed), null, reason);
    tx.touch(item);
    return tx.commit();
  }

  // ------------------------------------------------------------------ deductions

  /**
   * Moves part of an invoice or debit memo into a deduction, typically the shortfall of a short
   * payment. The item's open amount goes down by {@code amount}; the deduction waits in
   * {@link AccountRole#DEDUCTIONS} until it is resolved. Journal: debit deductions, credit receivables.
   *
   * @param deductionId the new deduction's id, unique in the ledger
   * @param documentNumber the item short-paid
   * @param amount the amount deducted, positive, at most the open amount
   * @param reason why the customer deducted
   * @param paymentReference the short-paying payment, or null
   * @param date the posting date, not before the document date
   * @param note free text, or null
   * @return the posting, with the new deduction
   * @throws LedgerException {@link Code#DUPLICATE_DEDUCTION}, {@link Code#UNKNOWN_ITEM}, {@link
   *     Code#UNKNOWN_PAYMENT}, {@link Code#WRONG_ITEM_KIND}, {@link Code#CURRENCY_MISMATCH}, {@link
   *     Code#INVALID_AMOUNT}, {@link Code#EXCEEDS_OPEN_AMOUNT}, {@link Code#DATE_TOO_EARLY}
   */
  public Posting createDeduction(String deductionId, String documentNumber, Money amount, DeductionReason reason,
      String paymentReference, LocalDate date, String note) {
    Objects.requireNonNull(deductionId, "deductionId");
    Objects.requireNonNull(reason, "reason");
    if (deductions.containsKey(deductionId)) {
      throw new LedgerException(Code.DUPLICATE_DEDUCTION, "deduction " + deductionId + " already exists");
    }
    ItemRecord item = requireItem(documentNumber);
    if (paymentReference != null) {
      requirePayment(paymentReference);
    }
    requireReceivable(item, "take a deduction from");
    requirePositive(amount, item.currency(), "deduction " + deductionId);
    if (amount.minorUnits() > item.open) {
      throw new LedgerException(Code.EXCEEDS_OPEN_AMOUNT, "deduction " + amount + " exceeds the open "
          + item.money(item.open) + " of " + documentNumber);
    }
    requireNotBefore(date, item.item.documentDate(), "document date of " + documentNumber);
    Deduction deduction = Deduction.builder()
        .id(deductionId)
        .customerId(item.item.customerId())
        .documentNumber(documentNumber)
        .paymentReference(Optional.ofNullable(paymentReference))
        .amount(amount)
        .reason(reason)
        .note(Optional.ofNullable(note))
        .createdOn(date)
        .build();
    Tx tx = new Tx(Operation.CREATE_DEDUCTION, date);
    Optional<String> customer = Optional.of(item.item.customerId());
    tx.pair(AccountRole.DEDUCTIONS, deductionId, customer, AccountRole.RECEIVABLES, documentNumber, customer, amount);
    item.open -= amount.minorUnits();
    item.deducted += amount.minorUnits();
    deductions.put(deductionId, deduction);
    tx.adjust(documentNumber, AdjustmentType.DEDUCTION, amount, deductionId, reason.name());
    tx.deduction = deduction;
    tx.touch(item);
    return tx.commit();
  }

  /**
   * Puts an open deduction into review. Changes no amounts and produces no journal lines.
   *
   * @param deductionId the deduction
   * @param date the date of the change
   * @return the posting, with the updated deduction
   * @throws LedgerException {@link Code#UNKNOWN_DEDUCTION}, {@link Code#INVALID_STATUS_CHANGE}
   */
  public Posting reviewDeduction(String deductionId, LocalDate date) {
    Deduction deduction = requireDeduction(deductionId, DeductionStatus.IN_REVIEW);
    requireNotBefore(date, deduction.createdOn(), "creation of deduction " + deductionId);
    Tx tx = new Tx(Operation.REVIEW_DEDUCTION, date);
    tx.deduction = deduction.moveTo(DeductionStatus.IN_REVIEW);
    deductions.put(deductionId, tx.deduction);
    return tx.commit();
  }

  /**
   * Resolves a deduction. {@link DeductionStatus#RESOLVED_CREDITED}: the customer was right, the
   * amount is credited (debit sales, credit deductions). {@link DeductionStatus#RESOLVED_WRITTEN_OFF}:
   * written off (debit write-off, credit deductions). {@link DeductionStatus#RESOLVED_REJECTED}: the
   * amount is owed again and goes back onto the item (debit receivables, credit deductions).
   *
   * @param deductionId the deduction
   * @param resolution one of the three resolved states
   * @param date the posting date, not before the deduction was created
   * @return the posting, with the resolved deduction
   * @throws LedgerException {@link Code#UNKNOWN_DEDUCTION}, {@link Code#INVALID_STATUS_CHANGE}, {@link
   *     Code#DATE_TOO_EARLY}
   */
  public Posting resolveDeduction(String deductionId, DeductionStatus resolution, LocalDate date) {
    Objects.requireNonNull(resolution, "resolution");
    if (!resolution.isResolved()) {
      throw new LedgerException(Code.INVALID_STATUS_CHANGE, resolution + " is not a resolution");
    }
    Deduction deduction = requireDeduction(deductionId, resolution);
    requireNotBefore(date, deduction.createdOn(), "creation of deduction " + deductionId);
    ItemRecord item = items.get(deduction.documentNumber());
    Optional<String> customer = Optional.of(deduction.customerId());
    Tx tx = new Tx(Operation.RESOLVE_DEDUCTION, date);
    Money amount = deduction.amount();
    switch (resolution) {
      case RESOLVED_CREDITED:
        tx.pair(AccountRole.SALES, deductionId, customer, AccountRole.DEDUCTIONS, deductionId, customer, amount);
        break;
      case RESOLVED_WRITTEN_OFF:
        tx.pair(AccountRole.WRITE_OFF, deductionId, customer, AccountRole.DEDUCTIONS, deductionId, customer, amount);
        break;
      default:
        tx.pair(AccountRole.RECEIVABLES, deduction.documentNumber(), customer,
            AccountRole.DEDUCTIONS, deductionId, customer, amount);
        item.open += amount.minorUnits();
        item.deducted -= amount.minorUnits();
        tx.adjust(item.item.documentNumber(), AdjustmentType.DEDUCTION_REJECTED, amount.negated(), deductionId, null);
        tx.touch(item);
        break;
    }
    tx.deduction = deduction.moveTo(resolution);
    deductions.put(deductionId, tx.deduction);
    return tx.commit();
  }

  /**
   * A deduction by id.
   *
   * @param deductionId the id
   * @return the deduction in its current state, or empty
   */
  public Optional<Deduction> deduction(String deductionId) {
    return Optional.ofNullable(deductions.get(deductionId));
  }

  /** {@return all deductions, in creation order, in their current state} */
  public List<Deduction> deductions() {
    return List.copyOf(deductions.values());
  }

  // ------------------------------------------------------------------ journal

  /** {@return the whole journal, in posting order. The list is a read-only view} */
  public List<JournalLine> journal() {
    return Collections.unmodifiableList(journal);
  }

  /** {@return the number of the last posting, 0 for a new ledger} */
  public long lastPostingNumber() {
    return lastPosting;
  }

  // ------------------------------------------------------------------ internals

  private void reverse(Tx tx, ApplicationRecord record) {
    Application a = record.value;
    PaymentRecord payment = payments.get(a.paymentReference());
    ItemRecord item = items.get(a.documentNumber());
    Optional<String> itemCustomer = Optional.of(item.item.customerId());
    if (a.applied().isPositive()) {
      tx.pair(AccountRole.RECEIVABLES, a.documentNumber(), itemCustomer,
          AccountRole.UNAPPLIED_CASH, a.paymentReference(), payment.payment.customerId(), a.applied());
    }
    if (a.discount().isPositive()) {
      tx.pair(AccountRole.RECEIVABLES, a.documentNumber(), itemCustomer,
          AccountRole.DISCOUNT, a.documentNumber(), itemCustomer, a.discount());
    }
    if (a.writeOff().isPositive()) {
      tx.pair(AccountRole.RECEIVABLES, a.documentNumber(), itemCustomer,
          AccountRole.WRITE_OFF, a.documentNumber(), itemCustomer, a.writeOff());
    }
    record.reversed = true;
    payment.applied -= a.applied().minorUnits();
    payment.unapplied += a.applied().minorUnits();
    item.open += a.cleared().minorUnits();
    item.applied -= a.applied().minorUnits();
    item.discount -= a.discount().minorUnits();
    item.writtenOff -= a.writeOff().minorUnits();
    tx.applications.add(a);
    tx.touch(payment);
    tx.touch(item);
  }

  private long sum(String reference, AccountRole account, LocalDate asOf) {
    long total = 0;
    for (JournalLine line : linesByReference.getOrDefault(reference, List.of())) {
      if (line.account() == account && !line.date().isAfter(asOf)) {
        total = Math.addExact(total, line.signedAmount().minorUnits());
      }
    }
    return total;
  }

  private Map<CurrencyUnit, Money> customerCash(String customerId, AccountRole account, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Totals totals = new Totals();
    for (String reference : paymentsByCustomer.getOrDefault(customerId, List.of())) {
      totals.add(payments.get(reference).currency(), -sum(reference, account, asOf));
    }
    return totals.toMap();
  }

  private Customer requireCustomer(String customerId, String what) {
    Customer customer = customers.get(Objects.requireNonNull(customerId, "customerId"));
    if (customer == null) {
      throw new LedgerException(Code.UNKNOWN_CUSTOMER, "customer " + customerId + " (" + what + ") is not registered");
    }
    return customer;
  }

  private ItemRecord requireItem(String documentNumber) {
    ItemRecord item = items.get(Objects.requireNonNull(documentNumber, "documentNumber"));
    if (item == null) {
      throw new LedgerException(Code.UNKNOWN_ITEM, "no item " + documentNumber);
    }
    return item;
  }

  private PaymentRecord requirePayment(String bankReference) {
    PaymentRecord payment = payments.get(Objects.requireNonNull(bankReference, "bankReference"));
    if (payment == null) {
      throw new LedgerException(Code.UNKNOWN_PAYMENT, "no payment " + bankReference);
    }
    return payment;
  }

  private Deduction requireDeduction(String deductionId, DeductionStatus next) {
    Deduction deduction = deductions.get(Objects.requireNonNull(deductionId, "deductionId"));
    if (deduction == null) {
      throw new LedgerException(Code.UNKNOWN_DEDUCTION, "no deduction " + deductionId);
    }
    if (!deduction.status().canMoveTo(next)) {
      throw new LedgerException(Code.INVALID_STATUS_CHANGE, "deduction " + deductionId + " is " + deduction.status()
          + " and cannot move to " + next);
    }
    return deduction;
  }

  private static void requireNotReturned(PaymentRecord payment) {
    if (payment.returnedFlag) {
      throw new LedgerException(Code.PAYMENT_RETURNED, "payment " + payment.payment.bankReference()
          + " was returned by the bank");
    }
  }

  private static void requireReceivable(ItemRecord item, String action) {
    if (item.item.kind() == ItemKind.CREDIT_MEMO) {
      throw new LedgerException(Code.WRONG_ITEM_KIND, "cannot " + action + " credit memo "
          + item.item.documentNumber());
    }
  }

  private static void requireCurrency(Money amount, CurrencyUnit currency, String what) {
    if (!amount.currency().equals(currency)) {
      throw new LedgerException(Code.CURRENCY_MISMATCH, what + ": amount " + amount + " is not in " + currency);
    }
  }

  private static void requirePositive(Money amount, CurrencyUnit currency, String what) {
    Objects.requireNonNull(amount, "amount");
    requireCurrency(amount, currency, what);
    if (!amount.isPositive()) {
      throw new LedgerException(Code.INVALID_AMOUNT, what + ": amount " + amount + " is not positive");
    }
  }

  private static void requireFunds(PaymentRecord payment, CashBucket bucket, Money amount) {
    requireCurrency(amount, payment.currency(), "payment " + payment.payment.bankReference());
    if (amount.minorUnits() > payment.in(bucket)) {
      throw new LedgerException(Code.INSUFFICIENT_FUNDS, "payment " + payment.payment.bankReference() + " holds "
          + payment.money(payment.in(bucket)) + " in " + bucket + ", less than " + amount);
    }
  }

  private static void requireNotBefore(LocalDate date, LocalDate earliest, String what) {
    Objects.requireNonNull(date, "date");
    if (date.isBefore(earliest)) {
      throw new LedgerException(Code.DATE_TOO_EARLY, "date " + date + " is before the " + what + " (" + earliest + ")");
    }
  }

  private static Optional<String> customerOf(PaymentRecord payment, CashBucket bucket) {
    return bucket == CashBucket.SUSPENSE ? Optional.empty() : payment.payment.customerId();
  }

  /**
   * One operation being built. Validation happens before a Tx is created, so building it and
   * committing it cannot fail for business reasons; the balance check is a guard against bugs.
   */
  private final class Tx {
    final long number = lastPosting + 1;
    final Operation operation;
    final LocalDate date;
    final List<JournalLine> lines = new ArrayList<>();
    final Map<String, ItemRecord> touchedItems = new LinkedHashMap<>();
    final Map<String, PaymentRecord> touchedPayments = new LinkedHashMap<>();
    final List<Application> applications = new ArrayList<>();
    final List<Adjustment> adjustments = new ArrayList<>();
    Deduction deduction;

    Tx(Operation operation, LocalDate date) {
      this.operation = operation;
      this.date = Objects.requireNonNull(date, "date");
    }

    /** Debits {@code amount} (signed) on the first account and credits it on the second. */
    void pair(AccountRole debit, String debitReference, Optional<String> debitCustomer,
        AccountRole credit, String creditReference, Optional<String> creditCustomer, Money amount) {
      if (amount.isNegative()) {
        pair(credit, creditReference, creditCustomer, debit, debitReference, debitCustomer, amount.negated());
        return;
      }
      lines.add(new JournalLine(number, date, debit, Side.DEBIT, amount, debitReference, debitCustomer));
      lines.add(new JournalLine(number, date, credit, Side.CREDIT, amount, creditReference, creditCustomer));
    }

    void adjust(String documentNumber, AdjustmentType type, Money amount, String counterpart, String reason) {
      adjustments.add(Adjustment.builder()
          .id(++lastAdjustment)
          .documentNumber(documentNumber)
          .type(type)
          .amount(amount)
          .date(date)
          .counterpart(Optional.ofNullable(counterpart))
          .reason(Optional.ofNullable(reason))
          .build());
    }

    void touch(ItemRecord item) {
      touchedItems.put(item.item.documentNumber(), item);
    }

    void touch(PaymentRecord payment) {
      touchedPayments.put(payment.payment.bankReference(), payment);
    }

    Posting commit() {
      Map<CurrencyUnit, Long> balance = new HashMap<>();
      for (JournalLine line : lines) {
        balance.merge(line.amount().currency(), line.signedAmount().minorUnits(), Math::addExact);
      }
      if (balance.values().stream().anyMatch(v -> v != 0)) {
        throw new IllegalStateException("BUG: posting " + number + " does not balance: " + lines);
      }
      lastPosting = number;
      for (JournalLine line : lines) {
        journal.add(line);
        linesByReference.computeIfAbsent(line.reference(), k -> new ArrayList<>()).add(line);
      }
      List<ItemState> itemStates = new ArrayList<>();
      touchedItems.values().forEach(r -> itemStates.add(r.state()));
      List<PaymentState> paymentStates = new ArrayList<>();
      touchedPayments.values().forEach(r -> paymentStates.add(r.state()));
      return new Posting(number, operation, date, lines, itemStates, paymentStates, applications, adjustments,
          Optional.ofNullable(deduction));
    }
  }

  /** Mutable bookkeeping of one item, in signed minor units of the item's currency. */
  private static final class ItemRecord {
    final OpenItem item;
    long open;
    long applied;
    long discount;
    long writtenOff;
    long credited;
    long deducted;

    ItemRecord(OpenItem item) {
      this.item = item;
      this.open = item.originalAmount().minorUnits();
    }

    CurrencyUnit currency() {
      return item.originalAmount().currency();
    }

    int sign() {
      return item.kind().sign();
    }

    Money money(long minor) {
      return Money.ofMinor(currency(), minor);
    }

    ItemState state() {
      OpenItem current = open == item.openAmount().minorUnits() ? item : item.withOpenAmount(money(open));
      return new ItemState(current, money(applied), money(discount), money(writtenOff), money(credited),
          money(deducted));
    }
  }

  /** Mutable bookkeeping of one payment, in minor units of its currency. */
  private static final class PaymentRecord {
    Payment payment;
    long applied;
    long unapplied;
    long onAccount;
    long suspense;
    long refunded;
    long returned;
    boolean returnedFlag;
    final List<Long> applicationIds = new ArrayList<>();

    PaymentRecord(Payment payment) {
      this.payment = payment;
    }

    CurrencyUnit currency() {
      return payment.amount().currency();
    }

    Money money(long minor) {
      return Money.ofMinor(currency(), minor);
    }

    long in(CashBucket bucket) {
      switch (bucket) {
        case UNAPPLIED:
          return unapplied;
        case ON_ACCOUNT:
          return onAccount;
        default:
          return suspense;
      }
    }

    void add(CashBucket bucket, long minor) {
      switch (bucket) {
        case UNAPPLIED:
          unapplied += minor;
          break;
        case ON_ACCOUNT:
          onAccount += minor;
          break;
        default:
          suspense += minor;
          break;
      }
    }

    PaymentState state() {
      return new PaymentState(payment, money(applied), money(unapplied), money(onAccount), money(suspense),
          money(refunded), money(returned));
    }
  }

  private static final class ApplicationRecord {
    final Application value;
    boolean reversed;

    ApplicationRecord(Application value) {
      this.value = value;
    }
  }

  /** Per-currency sums in minor units, rendered in currency-code order without zero entries. */
  private static final class Totals {
    final Map<CurrencyUnit, Long> sums = new HashMap<>();

    void add(CurrencyUnit currency, long minor) {
      sums.merge(currency, minor, Math::addExact);
    }

    Map<CurrencyUnit, Money> toMap() {
      Map<CurrencyUnit, Money> result = new TreeMap<>((a, b) -> a.getCurrencyCode().compareTo(b.getCurrencyCode()));
      sums.forEach((currency, minor) -> {
        if (minor != 0) {
          result.put(currency, Money.ofMinor(currency, minor));
        }
      });
      return Collections.unmodifiableMap(result);
    }
  }
}
