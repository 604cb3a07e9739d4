package dev.o2c.jackson;

import dev.o2c.aging.collections.Activity;
import dev.o2c.aging.collections.ActivityDirection;
import dev.o2c.aging.collections.ActivityLog;
import dev.o2c.aging.collections.ActivityOutcome;
import dev.o2c.aging.collections.ActivityType;
import dev.o2c.aging.collections.AuthorityCheck;
import dev.o2c.aging.collections.AuthorityHolder;
import dev.o2c.aging.collections.CollectorId;
import dev.o2c.aging.collections.DisputeCase;
import dev.o2c.aging.collections.DisputeId;
import dev.o2c.aging.collections.DisputeLine;
import dev.o2c.aging.collections.DisputeStatus;
import dev.o2c.aging.collections.PromiseEvaluation;
import dev.o2c.aging.collections.PromiseInstalmentGrade;
import dev.o2c.aging.collections.Task;
import dev.o2c.aging.collections.TaskKind;
import dev.o2c.aging.collections.TaskPriority;
import dev.o2c.aging.collections.WorklistDispute;
import dev.o2c.aging.dunning.DunningFee;
import dev.o2c.aging.dunning.DunningLevel;
import dev.o2c.aging.dunning.DunningLine;
import dev.o2c.aging.dunning.DunningNotice;
import dev.o2c.aging.dunning.DunningProposal;
import dev.o2c.aging.dunning.DunningResult;
import dev.o2c.aging.dunning.LetterParty;
import dev.o2c.aging.dunning.ReminderLetter;
import dev.o2c.aging.dunning.SkipReason;
import dev.o2c.aging.dunning.SkippedItem;
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
import dev.o2c.core.domain.PromiseStatus;
import dev.o2c.core.domain.PromiseToPay;
import dev.o2c.core.domain.PromisedPayment;
import dev.o2c.core.domain.Remittance;
import dev.o2c.core.domain.Direction;
import dev.o2c.core.domain.ReferredDocument;
import dev.o2c.core.domain.RemittanceAdjustment;
import dev.o2c.core.domain.RemittanceAdvice;
import dev.o2c.core.domain.StructuredReference;
import dev.o2c.core.id.AdjustmentId;
import dev.o2c.core.id.ApplicationId;
import dev.o2c.core.id.BankReference;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DeductionId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.id.PaymentId;
import dev.o2c.core.id.PromiseId;
import dev.o2c.core.id.TextId;
import dev.o2c.core.ledger.AccountRole;
import dev.o2c.core.ledger.ApplyPayment;
import dev.o2c.core.ledger.CashBucket;
import dev.o2c.core.ledger.ClosePeriod;
import dev.o2c.core.ledger.CustomerBalance;
import dev.o2c.core.ledger.IdentifyPayer;
import dev.o2c.core.ledger.ItemState;
import dev.o2c.core.ledger.JournalLine;
import dev.o2c.core.ledger.LedgerCommand;
import dev.o2c.core.ledger.LogEntry;
import dev.o2c.core.ledger.MoveCash;
import dev.o2c.core.ledger.OffsetCreditMemo;
import dev.o2c.core.ledger.OpenDeduction;
import dev.o2c.core.ledger.Operation;
import dev.o2c.core.ledger.PaymentState;
import dev.o2c.core.ledger.PostItem;
import dev.o2c.core.ledger.PostOpeningCash;
import dev.o2c.core.ledger.PostOpeningDeduction;
import dev.o2c.core.ledger.PostOpeningItem;
import dev.o2c.core.ledger.Posting;
import dev.o2c.core.ledger.ReceivePayment;
import dev.o2c.core.ledger.Refund;
import dev.o2c.core.ledger.RegisterCustomers;
import dev.o2c.core.ledger.ReinstateBadDebt;
import dev.o2c.core.ledger.ResolveDeduction;
import dev.o2c.core.ledger.ReturnPayment;
import dev.o2c.core.ledger.ReverseCreditMemoOffset;
import dev.o2c.core.ledger.ReviewDeduction;
import dev.o2c.core.ledger.Side;
import dev.o2c.core.ledger.Unapply;
import dev.o2c.core.ledger.WriteOffBadDebt;
import dev.o2c.core.money.Money;
import dev.o2c.core.money.MoneyTotals;
import dev.o2c.core.terms.PaymentTerms;
import dev.o2c.matching.cashapp.AdviceJoin;
import dev.o2c.matching.cashapp.Allocation;
import dev.o2c.matching.cashapp.Decision;
import dev.o2c.matching.cashapp.DecisionKind;
import dev.o2c.matching.cashapp.Proposal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.money.CurrencyUnit;
import javax.money.Monetary;

/**
 * Seeded random o2c values for the JSON round trip: every value valid for its type (it passes the
 * type's own checks), not a consistent ledger. Free text includes quotes, backslashes, control
 * characters and characters outside the BMP, since JSON must escape them.
 */
final class RandomValues {

  private static final List<CurrencyUnit> CURRENCIES = List.of(
      Monetary.getCurrency("EUR"), Monetary.getCurrency("USD"), Monetary.getCurrency("JPY"),
      Monetary.getCurrency("KWD"), Monetary.getCurrency("CHF"));
  private static final List<String> TERMS = List.of(
      "NET 30", "2/10 NET 30", "NET 30 EOM", "DAY 15 NEXT MONTH", "3/10 2/20 NET 45", "DUE ON RECEIPT",
      "INSTALMENTS 50%/30 50%/60", "1.5/10 NET 60", "NET 0", "NET 9999");
  private static final String TEXT_CHARS = "abcXYZ019 -/._\"\\'\u00e4\u00df\u20ac\t\n\u0001\u2028";

  private final SplittableRandom random;

  RandomValues(long seed) {
    this.random = new SplittableRandom(seed);
  }

  boolean chance() {
    return random.nextBoolean();
  }

  int between(int lowInclusive, int highInclusive) {
    return random.nextInt(lowInclusive, highInclusive + 1);
  }

  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  <E extends Enum<E>> E pick(Class<E> type) {
    E[] values = type.getEnumConstants();
    return values[random.nextInt(values.length)];
  }

  <T> Optional<T> maybe(Supplier<T> value) {
    return chance() ? Optional.of(value.get()) : Optional.empty();
  }

  <T> List<T> list(int max, Supplier<T> element) {
    int n = random.nextInt(max + 1);
    List<T> result = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      result.add(element.get());
    }
    return result;
  }

  // ------------------------------------------------------------------------------------ scalars

  CurrencyUnit currency() {
    return pick(CURRENCIES);
  }

  Money money(CurrencyUnit currency) {
    switch (random.nextInt(6)) {
      case 0:
        return Money.zero(currency);
      case 1:
        return Money.ofMinor(currency, random.nextBoolean() ? Long.MAX_VALUE : Long.MIN_VALUE);
      case 2:
        return Money.ofMinor(currency, random.nextLong(-100, 100));
      default:
        return Money.ofMinor(currency, random.nextLong(-10_000_000_000L, 10_000_000_000L));
    }
  }

  Money positive(CurrencyUnit currency) {
    return random.nextInt(10) == 0 ? Money.ofMinor(currency, Long.MAX_VALUE)
        : Money.ofMinor(currency, random.nextLong(1, 10_000_000_000L));
  }

  Money nonNegative(CurrencyUnit currency) {
    return random.nextInt(4) == 0 ? Money.zero(currency) : positive(currency);
  }

  Money nonZero(CurrencyUnit currency) {
    Money m = positive(currency);
    return chance() ? m : m.negated();
  }

  LocalDate date() {
    return LocalDate.ofEpochDay(random.nextLong(LocalDate.of(1990, 1, 1).toEpochDay(),
        LocalDate.of(2100, 12, 31).toEpochDay()));
  }

  PaymentTerms terms() {
    return chance() ? PaymentTerms.parse(pick(TERMS)) : PaymentTerms.net(random.nextInt(0, PaymentTerms.MAX_DAYS + 1));
  }

  /** Free text: anything, escapes included, not blank. */
  String text() {
    StringBuilder s = new StringBuilder();
    int n = random.nextInt(1, 30);
    for (int i = 0; i < n; i++) {
      s.append(random.nextInt(20) == 0 ? "\uD83D\uDCB6" : String.valueOf(TEXT_CHARS.charAt(random.nextInt(TEXT_CHARS.length()))));
    }
    String text = s.toString();
    return text.isBlank() ? "x" + text : text;
  }

  /** Id text: no control characters, no surrounding white space, at most 140 characters. */
  String idText() {
    if (random.nextInt(20) == 0) {
      return "X".repeat(TextId.MAX_LENGTH);
    }
    String chars = "ABCXYZ0123456789-/._ \"\\\u00e4\u20ac";
    StringBuilder s = new StringBuilder();
    int n = random.nextInt(1, 24);
    for (int i = 0; i < n; i++) {
      s.append(chars.charAt(random.nextInt(chars.length())));
    }
    String text = s.toString().strip();
    return text.isEmpty() ? "ID" : text;
  }

  CustomerId customerId() {
    return CustomerId.of(idText());
  }

  DocumentNumber documentNumber() {
    return DocumentNumber.of(idText());
  }

  PaymentId paymentId() {
    return PaymentId.of(idText());
  }

  DeductionId deductionId() {
    return DeductionId.of(idText());
  }

  BankReference bankReference() {
    // Bank references are at most 35 characters (ISO 20022 Max35Text).
    String text = idText();
    return BankReference.of(text.length() > 35 ? text.substring(0, 35) : text);
  }

  ApplicationId applicationId() {
    return ApplicationId.of(random.nextInt(10) == 0 ? Long.MAX_VALUE : random.nextLong(1, 1_000_000));
  }

  AdjustmentId adjustmentId() {
    return AdjustmentId.of(random.nextInt(10) == 0 ? Long.MAX_VALUE : random.nextLong(1, 1_000_000));
  }

  MoneyTotals totals() {
    return MoneyTotals.of(list(6, () -> Money.ofMinor(currency(), random.nextLong(-10_000_000_000L, 10_000_000_000L))));
  }

  // ------------------------------------------------------------------------------- domain values

  Customer customer() {
    CustomerId id = customerId();
    CurrencyUnit currency = currency();
    Customer.Builder b = Customer.builder().id(id).name(text()).currency(currency);
    list(3, this::idText).forEach(b::addBankAccounts);
    maybe(this::customerId).filter(p -> !p.equals(id)).ifPresent(b::parentId);
    maybe(() -> nonNegative(currency)).ifPresent(b::creditLimit);
    maybe(this::terms).ifPresent(b::defaultTerms);
    return b.build();
  }

  OpenItem openItem() {
    return openItem(customerId());
  }

  OpenItem openItem(CustomerId customer) {
    ItemKind kind = pick(ItemKind.class);
    CurrencyUnit currency = currency();
    Money original = positive(currency);
    Money open = Money.ofMinor(currency, random.nextLong(0, original.minorUnits()) + (chance() ? 1 : 0));
    if (kind.sign() < 0) {
      original = original.negated();
      open = open.negated();
    }
    LocalDate documentDate = date();
    OpenItem.Builder b = OpenItem.builder()
        .documentNumber(documentNumber()).customerId(customer).kind(kind)
        .documentDate(documentDate).dueDate(documentDate.plusDays(random.nextInt(0, 400)))
        .originalAmount(original);
    if (chance()) {
      b.openAmount(open);
    }
    maybe(this::text).ifPresent(b::customerReference);
    maybe(this::terms).ifPresent(b::terms);
    return b.build();
  }

  Remittance remittance(CurrencyUnit currency) {
    Remittance.Builder b = Remittance.builder();
    list(3, this::text).forEach(b::addUnstructured);
    list(3, () -> structuredReference(currency)).forEach(b::addStructured);
    return b.build();
  }

  StructuredReference structuredReference(CurrencyUnit currency) {
    StructuredReference.Builder b = StructuredReference.builder();
    maybe(this::text).ifPresent(b::creditorReference);
    maybe(this::text).ifPresent(b::creditorReferenceType);
    maybe(this::text).ifPresent(b::creditorReferenceIssuer);
    list(2, () -> {
      ReferredDocument.Builder d = ReferredDocument.builder();
      maybe(this::text).ifPresent(d::number);
      maybe(this::text).ifPresent(d::type);
      maybe(this::date).ifPresent(d::relatedDate);
      maybe(() -> money(currency)).ifPresent(d::amount);
      return d.build();
    }).forEach(b::addReferredDocuments);
    maybe(() -> money(currency)).ifPresent(b::duePayableAmount);
    maybe(() -> money(currency)).ifPresent(b::remittedAmount);
    maybe(() -> money(currency)).ifPresent(b::creditNoteAmount);
    maybe(() -> money(currency)).ifPresent(b::taxAmount);
    list(2, () -> adjustment(currency)).forEach(b::addDiscounts);
    list(2, () -> adjustment(currency)).forEach(b::addAdjustments);
    list(2, this::text).forEach(b::addAdditionalInfo);
    return b.build();
  }

  RemittanceAdjustment adjustment(CurrencyUnit currency) {
    RemittanceAdjustment.Builder a = RemittanceAdjustment.builder().amount(money(currency));
    maybe(() -> chance() ? Direction.CREDIT : Direction.DEBIT).ifPresent(a::direction);
    maybe(this::text).ifPresent(a::reason);
    maybe(this::text).ifPresent(a::additionalInfo);
    return a.build();
  }

  Payment payment() {
    CurrencyUnit currency = currency();
    Payment.Builder b = Payment.builder().bankReference(bankReference());
    // An IBAN is at most 34 characters; the default payment id (account/reference) must stay within 140.
    maybe(() -> idText().substring(0, 1) + random.nextInt(0, Integer.MAX_VALUE)).ifPresent(b::receivingAccount);
    if (chance()) {
      b.id(paymentId());
    }
    b.amount(positive(currency)).valueDate(date());
    maybe(this::customerId).ifPresent(b::customerId);
    maybe(this::text).ifPresent(b::payerName);
    maybe(this::text).ifPresent(b::payerAccount);
    maybe(this::text).ifPresent(b::endToEndId);
    if (chance()) {
      b.remittance(remittance(currency));
    }
    return b.build();
  }

  RemittanceAdvice remittanceAdvice() {
    CurrencyUnit currency = currency();
    RemittanceAdvice.Builder b = RemittanceAdvice.builder().id(idText());
    Remittance remittance = remittance(currency);
    b.remittance(remittance.isEmpty() ? Remittance.ofText(text()) : remittance);
    maybe(this::endToEndIdText).ifPresent(b::endToEndId);
    maybe(this::text).ifPresent(b::payerName);
    maybe(this::date).ifPresent(b::paymentDate);
    // It needs a key to its payment: the bank's reference, or the payer's account with the amount.
    if (chance()) {
      b.bankReference(bankReference());
      maybe(this::text).ifPresent(b::payerAccount);
      maybe(() -> positive(currency)).ifPresent(b::amount);
    } else {
      b.payerAccount(text()).amount(positive(currency));
    }
    return b.build();
  }

  private String endToEndIdText() {
    return "E2E" + random.nextInt(0, Integer.MAX_VALUE);
  }

  Application application() {
    CurrencyUnit currency = currency();
    Money applied = nonNegative(currency);
    Money discount = nonNegative(currency);
    Money small = applied.isZero() && discount.isZero() ? positive(currency) : nonNegative(currency);
    if (applied.minorUnits() > 1 && chance()) {
      // An exchange gain: negative, smaller than what was applied.
      small = Money.ofMinor(currency, -(1 + small.minorUnits() % (applied.minorUnits() - 1)));
    }
    Application.Builder b = Application.builder()
        .id(applicationId()).payment(paymentId()).documentNumber(documentNumber())
        .applied(applied).discount(discount).smallDifference(small).date(date());
    maybe(this::text).ifPresent(b::reason);
    return b.build();
  }

  Adjustment adjustment() {
    Adjustment.Builder b = Adjustment.builder()
        .id(adjustmentId()).documentNumber(documentNumber()).type(pick(AdjustmentType.class))
        .amount(nonZero(currency())).date(date());
    maybe(this::documentNumber).ifPresent(b::counterDocument);
    maybe(this::deductionId).ifPresent(b::deduction);
    maybe(this::text).ifPresent(b::reason);
    return b.build();
  }

  Deduction deduction() {
    Deduction.Builder b = Deduction.builder()
        .id(deductionId()).customerId(customerId()).documentNumber(documentNumber());
    maybe(this::paymentId).ifPresent(b::payment);
    b.amount(positive(currency())).reason(pick(DeductionReason.class));
    maybe(this::text).ifPresent(b::note);
    b.createdOn(date());
    if (chance()) {
      b.status(pick(DeductionStatus.class));
    }
    return b.build();
  }

  PromiseToPay promiseToPay() {
    CurrencyUnit currency = currency();
    LocalDate madeOn = date();
    PromiseToPay.Builder b = PromiseToPay.builder().id(PromiseId.of(idText())).customerId(customerId());
    list(3, this::documentNumber).forEach(b::addDocumentNumbers);
    LocalDate day = madeOn;
    int n = between(1, 4);
    for (int i = 0; i < n; i++) {
      day = day.plusDays(between(i == 0 ? 0 : 1, 60));
      b.addPayments(PromisedPayment.of(day, positive(currency)));
    }
    b.madeOn(madeOn);
    if (chance()) {
      b.status(pick(PromiseStatus.class));
    }
    maybe(this::text).ifPresent(b::note);
    return b.build();
  }

  // ------------------------------------------------------------------------------- ledger values

  ItemState itemState() {
    OpenItem item = openItem();
    CurrencyUnit c = item.originalAmount().currency();
    return new ItemState(item, money(c), money(c), money(c), money(c), money(c), money(c), money(c));
  }

  PaymentState paymentState() {
    Payment payment = payment();
    CurrencyUnit c = payment.amount().currency();
    return new PaymentState(payment, nonNegative(c), nonNegative(c), nonNegative(c), nonNegative(c),
        nonNegative(c), nonNegative(c));
  }

  JournalLine journalLine() {
    TextId reference = pick(List.<Supplier<TextId>>of(this::documentNumber, this::paymentId, this::deductionId,
        this::customerId, this::bankReference, () -> PromiseId.of(idText()))).get();
    return new JournalLine(random.nextLong(1, Long.MAX_VALUE), date(), pick(AccountRole.class), pick(Side.class),
        positive(currency()), reference, maybe(this::customerId));
  }

  Posting posting(Operation operation, long number) {
    return new Posting(number, operation, date(), list(6, this::journalLine), list(3, this::itemState),
        list(3, this::paymentState), list(3, this::application), list(3, this::adjustment), maybe(this::deduction));
  }

  LogEntry logEntry() {
    LedgerCommand command = command();
    long sequence = random.nextLong(1, Long.MAX_VALUE);
    return new LogEntry(sequence, command, posting(command.operation(), sequence));
  }

  CustomerBalance customerBalance() {
    return new CustomerBalance(customerId(), totals(), totals(), totals(), totals());
  }

  // ------------------------------------------------------------------------------------ commands

  LedgerCommand command() {
    return command(pick(Operation.class));
  }

  LedgerCommand command(Operation operation) {
    CurrencyUnit c = currency();
    switch (operation) {
      case REGISTER_CUSTOMERS: {
        RegisterCustomers.Builder b = RegisterCustomers.builder().date(date()).addCustomers(customer());
        list(3, this::customer).forEach(b::addCustomers);
        return b.build();
      }
      case POST_ITEM:
        return PostItem.of(openItem());
      case POST_OPENING_ITEM:
        return PostOpeningItem.of(openItem(), date());
      case RECEIVE_PAYMENT:
        return ReceivePayment.of(payment());
      case POST_OPENING_CASH:
        return PostOpeningCash.of(payment(), pick(CashBucket.class), date());
      case IDENTIFY_PAYER:
        return IdentifyPayer.of(paymentId(), customerId(), date());
      case MOVE_CASH:
        return MoveCash.of(paymentId(), pick(CashBucket.class), pick(CashBucket.class), money(c), date());
      case REFUND:
        return Refund.of(paymentId(), pick(CashBucket.class), money(c), date());
      case RETURN_PAYMENT: {
        ReturnPayment.Builder b = ReturnPayment.builder().payment(paymentId()).date(date());
        maybe(() -> money(c)).ifPresent(b::amount);
        maybe(this::documentNumber).ifPresent(b::chargeBackDocument);
        maybe(this::text).ifPresent(b::reason);
        return b.build();
      }
      case APPLY_PAYMENT: {
        ApplyPayment.Builder b = ApplyPayment.builder()
            .payment(paymentId()).item(documentNumber()).applied(money(c)).date(date());
        maybe(() -> money(c)).ifPresent(b::discount);
        if (chance()) {
          b.smallDifference(money(c));
        }
        maybe(this::text).ifPresent(b::discountOverride);
        maybe(this::text).ifPresent(b::payerOverride);
        maybe(this::text).ifPresent(b::reason);
        return b.build();
      }
      case UNAPPLY:
        return Unapply.of(applicationId(), date());
      case OFFSET_CREDIT_MEMO:
        return OffsetCreditMemo.of(documentNumber(), documentNumber(), money(c), date());
      case REVERSE_CREDIT_MEMO_OFFSET:
        return ReverseCreditMemoOffset.of(documentNumber(), documentNumber(), money(c), date());
      case WRITE_OFF_BAD_DEBT: {
        WriteOffBadDebt.Builder b = WriteOffBadDebt.builder().item(documentNumber()).amount(money(c)).date(date());
        maybe(this::text).ifPresent(b::reason);
        return b.build();
      }
      case REINSTATE_BAD_DEBT: {
        ReinstateBadDebt.Builder b = ReinstateBadDebt.builder().item(documentNumber()).amount(money(c)).date(date());
        maybe(this::text).ifPresent(b::reason);
        return b.build();
      }
      case OPEN_DEDUCTION: {
        OpenDeduction.Builder b = OpenDeduction.builder().deduction(deductionId()).item(documentNumber())
            .amount(money(c)).reason(pick(DeductionReason.class)).date(date());
        maybe(this::paymentId).ifPresent(b::payment);
        maybe(this::text).ifPresent(b::note);
        return b.build();
      }
      case POST_OPENING_DEDUCTION:
        return PostOpeningDeduction.of(deduction(), date());
      case REVIEW_DEDUCTION:
        return ReviewDeduction.of(deductionId(), date());
      case RESOLVE_DEDUCTION:
        return ResolveDeduction.of(deductionId(), pick(DeductionStatus.class), date());
      case CLOSE_PERIOD:
        return ClosePeriod.of(date());
      default:
        throw new AssertionError("no random command for " + operation);
    }
  }

  // ----------------------------------------------------------------------- cash application

  /** Small positive amounts, so that sums of a few of them stay far from overflow. */
  Money small(CurrencyUnit currency) {
    return Money.ofMinor(currency, random.nextLong(1, 100_000_000L));
  }

  Money smallOrZero(CurrencyUnit currency) {
    return chance() ? Money.zero(currency) : small(currency);
  }

  double confidence() {
    switch (random.nextInt(4)) {
      case 0:
        return 0;
      case 1:
        return 1;
      default:
        return random.nextDouble();
    }
  }

  Allocation allocation(CurrencyUnit currency) {
    Money deduction = smallOrZero(currency);
    return new Allocation(documentNumber(), small(currency), smallOrZero(currency), smallOrZero(currency), deduction,
        deduction.isPositive() ? Optional.of(pick(DeductionReason.class)) : Optional.empty());
  }

  /**
   * Allocations whose applied total is positive: debits, and now and then a smaller credit; each to
   * another item, as a proposal requires (a drawn item already allocated is left out).
   */
  List<Allocation> allocations(CurrencyUnit currency) {
    Map<DocumentNumber, Allocation> result = new LinkedHashMap<>();
    Allocation head = allocation(currency);
    result.put(head.item(), head);
    list(2, () -> allocation(currency)).forEach(a -> result.putIfAbsent(a.item(), a));
    long first = head.applied().minorUnits();
    if (first > 1 && chance()) {
      Allocation credit = Allocation.of(documentNumber(), Money.ofMinor(currency, -random.nextLong(1, first)));
      result.putIfAbsent(credit.item(), credit);
    }
    return new ArrayList<>(result.values());
  }

  Proposal proposal(CurrencyUnit currency) {
    return new Proposal(maybe(this::customerId), allocations(currency), smallOrZero(currency), confidence(), text());
  }

  /** A proposal for a payment of {@code amount}: what it applies and leaves unapplied adds up to it. */
  Proposal alternative(Money amount) {
    CurrencyUnit currency = amount.currency();
    long unapplied = random.nextLong(0, amount.minorUnits() + 1);
    List<Allocation> allocations = unapplied == amount.minorUnits() ? List.of()
        : List.of(Allocation.of(documentNumber(), Money.ofMinor(currency, amount.minorUnits() - unapplied)));
    return new Proposal(maybe(this::customerId), allocations, Money.ofMinor(currency, unapplied), confidence(), text());
  }

  Payment payment(Money amount) {
    Payment.Builder b = Payment.builder().bankReference(bankReference()).amount(amount).valueDate(date());
    maybe(this::customerId).ifPresent(b::customerId);
    maybe(this::text).ifPresent(b::payerName);
    if (chance()) {
      b.remittance(remittance(amount.currency()));
    }
    return b.build();
  }

  Decision decision() {
    CurrencyUnit currency = currency();
    DecisionKind kind = pick(DecisionKind.class);
    Optional<CustomerId> payer = maybe(this::customerId);
    List<Allocation> allocations = kind == DecisionKind.UNAPPLIED ? List.of() : allocations(currency);
    Money unapplied = kind == DecisionKind.UNAPPLIED ? small(currency) : smallOrZero(currency);
    Proposal proposal = new Proposal(payer, allocations, unapplied, confidence(), text());
    Money amount = proposal.applied().plus(unapplied);
    CashBucket remainder = payer.isEmpty() ? CashBucket.SUSPENSE : chance() ? CashBucket.UNAPPLIED : CashBucket.ON_ACCOUNT;
    return new Decision(payment(amount), kind, proposal, list(2, () -> alternative(amount)), remainder);
  }

  // ----------------------------------------------------------------------------------- dunning

  DunningNotice dunningNotice() {
    return new DunningNotice(customerId(), documentNumber(), random.nextInt(20) == 0 ? Integer.MAX_VALUE : between(1, 9),
        date(), positive(currency()));
  }

  BigDecimal feeDecimal() {
    return BigDecimal.valueOf(random.nextLong(0, 1_000_000), between(0, 3));
  }

  /** Fee amounts in one to all of the currencies, each at most once. */
  Money[] feeAmounts() {
    List<Money> amounts = new ArrayList<>();
    for (CurrencyUnit c : CURRENCIES) {
      if (amounts.isEmpty() || random.nextBoolean()) {
        amounts.add(Money.ofMinor(c, random.nextLong(0, 1_000_000)));
      }
    }
    return amounts.toArray(Money[]::new);
  }

  DunningFee dunningFee() {
    switch (random.nextInt(4)) {
      case 0:
        return DunningFee.NONE;
      case 1:
        return DunningFee.fixed(feeAmounts());
      case 2:
        return DunningFee.percentage(feeDecimal());
      default:
        return DunningFee.percentage(feeDecimal(), feeAmounts());
    }
  }

  DunningLevel dunningLevel(int number) {
    return new DunningLevel(number, between(-30, 120), dunningFee(), text(), between(0, 30));
  }

  DunningLine dunningLine(CustomerId customer, int level) {
    OpenItem item = openItem(customer);
    CurrencyUnit c = item.openAmount().currency();
    return new DunningLine(item, dunningLevel(level), between(0, level), random.nextLong(-1000, 100_000), money(c),
        money(c), money(c), money(c));
  }

  List<DunningLine> dunningLines(CustomerId customer, int level) {
    List<DunningLine> lines = new ArrayList<>();
    lines.add(dunningLine(customer, level));
    list(3, () -> dunningLine(customer, between(1, level))).forEach(lines::add);
    return lines;
  }

  DunningProposal dunningProposal() {
    CustomerId customer = customerId();
    int level = between(1, 5);
    List<DunningLine> lines = dunningLines(customer, level);
    LocalDate date = date();
    return new DunningProposal(customer, date, lines, lines.get(0).level(), date.plusDays(between(0, 30)),
        maybe(() -> date.plusDays(between(1, 60))), totals());
  }

  SkippedItem skippedItem() {
    return new SkippedItem(openItem(), pick(SkipReason.class), chance() ? "" : text());
  }

  DunningResult dunningResult() {
    Map<CustomerId, LocalDate> next = new HashMap<>();
    list(4, this::customerId).forEach(c -> next.put(c, date()));
    return new DunningResult(date(), list(3, this::dunningProposal), list(3, this::skippedItem), next);
  }

  LetterParty letterParty() {
    return new LetterParty(text(), list(4, this::text));
  }

  ReminderLetter reminderLetter() {
    return ReminderLetter.of(dunningProposal(), letterParty(), letterParty());
  }

  // ------------------------------------------------------------------------------- collections

  DisputeLine disputeLine(CurrencyUnit currency) {
    return DisputeLine.of(documentNumber(), positive(currency));
  }

  AuthorityCheck authorityCheck() {
    CurrencyUnit c = currency();
    AuthorityHolder holder = AuthorityHolder.of(text(), text());
    return chance() ? AuthorityCheck.of(holder, positive(c), maybe(() -> positive(c)))
        : new AuthorityCheck(holder, money(c), maybe(() -> money(c)), chance(), text());
  }

  /** A case walked through the workflow as a collector would: raised, then a few allowed moves. */
  DisputeCase disputeCase() {
    CurrencyUnit currency = currency();
    LocalDate raisedOn = date();
    DisputeCase c;
    if (chance()) {
      List<DisputeLine> lines = new ArrayList<>();
      lines.add(disputeLine(currency));
      list(3, () -> disputeLine(currency)).forEach(lines::add);
      c = DisputeCase.raise(DisputeId.of(idText()), customerId(), pick(DeductionReason.class), distinctItems(lines),
          text(), raisedOn,
          raisedOn.plusDays(between(0, 90)));
    } else {
      Deduction deduction = Deduction.builder().id(deductionId()).customerId(customerId())
          .documentNumber(documentNumber()).amount(positive(currency)).reason(pick(DeductionReason.class))
          .createdOn(raisedOn).status(chance() ? DeductionStatus.OPEN : DeductionStatus.IN_REVIEW).build();
      c = DisputeCase.fromDeduction(deduction, text(), raisedOn.plusDays(between(0, 90)));
    }
    if (chance()) {
      c = c.withNote(text());
    }
    LocalDate day = c.lastChange();
    for (int moves = between(0, 4); moves > 0 && !c.status().allowedNext().isEmpty(); moves--) {
      List<DisputeStatus> next = List.copyOf(c.status().allowedNext());
      day = day.plusDays(between(0, 20));
      c = c.moveTo(pick(next), day, text(), maybe(this::text));
    }
    Optional<DocumentNumber> creditMemo = c.status() == DisputeStatus.CREDITED ? maybe(this::documentNumber)
        : Optional.empty();
    Optional<AuthorityCheck> pending = c.status() == DisputeStatus.AWAITING_APPROVAL ? maybe(this::authorityCheck)
        : Optional.empty();
    return DisputeCase.restore(c.id(), c.customerId(), c.reason(), c.lines(), c.raisedBy(), c.raisedOn(),
        c.targetDate(), c.deduction(), c.note(), c.history(), creditMemo, pending);
  }

  private static List<DisputeLine> distinctItems(List<DisputeLine> lines) {
    // One line per item, as a case requires.
    Map<DocumentNumber, DisputeLine> byItem = new java.util.LinkedHashMap<>();
    lines.forEach(l -> byItem.putIfAbsent(l.item(), l));
    return List.copyOf(byItem.values());
  }

  WorklistDispute worklistDispute() {
    return new WorklistDispute(customerId(), idText(), date(), positive(currency()));
  }

  PromiseInstalmentGrade instalmentGrade(CurrencyUnit c) {
    LocalDate date = date();
    return new PromiseInstalmentGrade(between(1, 12), date, date.plusDays(between(0, 5)), money(c), money(c), money(c),
        money(c), pick(PromiseStatus.class), text());
  }

  PromiseEvaluation promiseEvaluation() {
    CurrencyUnit c = currency();
    return new PromiseEvaluation(promiseToPay(), date(), pick(PromiseStatus.class), money(c), money(c), money(c),
        money(c), list(3, () -> instalmentGrade(c)), text());
  }

  Activity activity() {
    ActivityType type = pick(ActivityType.class);
    ActivityDirection direction = pick(ActivityDirection.class);
    List<ActivityOutcome> outcomes = new ArrayList<>();
    for (ActivityOutcome outcome : ActivityOutcome.values()) {
      if (outcome.isAllowedFor(type, direction)) {
        outcomes.add(outcome);
      }
    }
    ActivityOutcome outcome = pick(outcomes);
    LocalDate date = date();
    Activity.Builder b = Activity.builder().customerId(customerId()).collector(CollectorId.of(idText())).date(date)
        .type(type).direction(direction).outcome(outcome);
    if (chance()) {
      // To the minute, second, millisecond or nanosecond: LocalTime writes each differently.
      long unit = pick(List.of(60_000_000_000L, 1_000_000_000L, 1_000_000L, 1L));
      b.time(LocalTime.ofNanoOfDay(random.nextLong(0, 86_400_000_000_000L) / unit * unit));
    }
    maybe(this::text).ifPresent(b::contactPerson);
    if (outcome == ActivityOutcome.PROMISE_OBTAINED) {
      b.promise(PromiseId.of(idText()));
    }
    maybe(() -> date.plusDays(between(0, 30))).ifPresent(b::nextFollowUp);
    list(3, this::documentNumber).forEach(b::addDocumentNumbers);
    maybe(this::text).ifPresent(b::note);
    return b.build();
  }

  ActivityLog activityLog() {
    return ActivityLog.of(list(4, this::activity));
  }

  Task task() {
    return new Task(pick(TaskKind.class), customerId(), idText(), positive(currency()), date(), pick(TaskPriority.class),
        text());
  }

  /** Every value kind the module handles, with its type for reading back. */
  static List<Kind<?>> kinds() {
    return List.of(
        new Kind<>(Money.class, r -> r.money(r.currency())),
        new Kind<>(MoneyTotals.class, RandomValues::totals),
        new Kind<>(PaymentTerms.class, RandomValues::terms),
        new Kind<>(CustomerId.class, RandomValues::customerId),
        new Kind<>(DocumentNumber.class, RandomValues::documentNumber),
        new Kind<>(PaymentId.class, RandomValues::paymentId),
        new Kind<>(DeductionId.class, RandomValues::deductionId),
        new Kind<>(BankReference.class, RandomValues::bankReference),
        new Kind<>(PromiseId.class, r -> PromiseId.of(r.idText())),
        new Kind<>(ApplicationId.class, RandomValues::applicationId),
        new Kind<>(AdjustmentId.class, RandomValues::adjustmentId),
        new Kind<>(Customer.class, RandomValues::customer),
        new Kind<>(OpenItem.class, RandomValues::openItem),
        new Kind<>(Payment.class, RandomValues::payment),
        new Kind<>(Remittance.class, r -> r.remittance(r.currency())),
        new Kind<>(RemittanceAdvice.class, RandomValues::remittanceAdvice),
        new Kind<>(StructuredReference.class, r -> r.structuredReference(r.currency())),
        new Kind<>(RemittanceAdjustment.class, r -> r.adjustment(r.currency())),
        new Kind<>(Application.class, RandomValues::application),
        new Kind<>(Adjustment.class, RandomValues::adjustment),
        new Kind<>(Deduction.class, RandomValues::deduction),
        new Kind<>(PromiseToPay.class, RandomValues::promiseToPay),
        new Kind<>(ItemState.class, RandomValues::itemState),
        new Kind<>(PaymentState.class, RandomValues::paymentState),
        new Kind<>(JournalLine.class, RandomValues::journalLine),
        new Kind<>(Posting.class, r -> r.posting(r.pick(Operation.class), r.random.nextLong(1, Long.MAX_VALUE))),
        new Kind<>(CustomerBalance.class, RandomValues::customerBalance),
        new Kind<>(LogEntry.class, RandomValues::logEntry),
        new Kind<>(LedgerCommand.class, RandomValues::command),
        new Kind<>(Allocation.class, r -> r.allocation(r.currency())),
        new Kind<>(Proposal.class, r -> r.proposal(r.currency())),
        new Kind<>(Decision.class, RandomValues::decision),
        new Kind<>(AdviceJoin.Unjoined.class, r -> new AdviceJoin.Unjoined(r.remittanceAdvice(), r.text())),
        new Kind<>(DecisionKind.class, r -> r.pick(DecisionKind.class)),
        new Kind<>(DunningNotice.class, RandomValues::dunningNotice),
        new Kind<>(DunningFee.class, RandomValues::dunningFee),
        new Kind<>(DunningLevel.class, r -> r.dunningLevel(r.between(1, 9))),
        new Kind<>(DunningLine.class, r -> r.dunningLine(r.customerId(), r.between(1, 9))),
        new Kind<>(DunningProposal.class, RandomValues::dunningProposal),
        new Kind<>(SkippedItem.class, RandomValues::skippedItem),
        new Kind<>(SkipReason.class, r -> r.pick(SkipReason.class)),
        new Kind<>(DunningResult.class, RandomValues::dunningResult),
        new Kind<>(LetterParty.class, RandomValues::letterParty),
        new Kind<>(ReminderLetter.class, RandomValues::reminderLetter),
        new Kind<>(DisputeId.class, r -> DisputeId.of(r.idText())),
        new Kind<>(CollectorId.class, r -> CollectorId.of(r.idText())),
        new Kind<>(DisputeLine.class, r -> r.disputeLine(r.currency())),
        new Kind<>(AuthorityCheck.class, RandomValues::authorityCheck),
        new Kind<>(DisputeCase.class, RandomValues::disputeCase),
        new Kind<>(DisputeStatus.class, r -> r.pick(DisputeStatus.class)),
        new Kind<>(WorklistDispute.class, RandomValues::worklistDispute),
        new Kind<>(PromiseEvaluation.class, RandomValues::promiseEvaluation),
        new Kind<>(Activity.class, RandomValues::activity),
        new Kind<>(ActivityLog.class, RandomValues::activityLog),
        new Kind<>(Task.class, RandomValues::task));
  }

  /** A type and how to make a random value of it. */
  record Kind<T>(Class<T> type, Function<RandomValues, T> make) {
    @Override
    public String toString() {
      return type.getSimpleName();
    }
  }
}
