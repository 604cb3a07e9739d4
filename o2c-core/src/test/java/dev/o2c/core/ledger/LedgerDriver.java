package dev.o2c.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.Deduction;
import dev.o2c.core.domain.DeductionReason;
import dev.o2c.core.domain.DeductionStatus;
import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.id.ApplicationId;
import dev.o2c.core.id.BankReference;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DeductionId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.id.PaymentId;
import dev.o2c.core.money.Money;
import dev.o2c.core.terms.PaymentTerms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.Monetary;

/**
 * Turns random steps into ledger commands, posts them, and records what was accepted and refused.
 * Out-of-range choices make commands the ledger must refuse; every step also checks that {@code check}
 * reports problems exactly when {@code post} throws, and that a refusal changes nothing.
 */
final class LedgerDriver {
  static final LocalDate START = LocalDate.of(2026, 1, 1);
  static final List<CurrencyUnit> CURRENCIES = List.of(
      Monetary.getCurrency("EUR"), Monetary.getCurrency("JPY"), Monetary.getCurrency("KWD"));
  static final List<CustomerId> CUSTOMERS = List.of(CustomerId.of("C1"), CustomerId.of("C2"), CustomerId.of("C3"),
      CustomerId.of("C4"));
  static final int OPERATIONS = 20;

  /** One random step: an operation code and four small numbers it interprets. */
  record Step(int op, int a, int b, int c, int d) {}

  final ReceivablesLedger ledger = ReceivablesLedger.create();
  final List<LedgerCommand> accepted = new ArrayList<>();
  final List<DocumentNumber> items = new ArrayList<>();
  final List<DocumentNumber> creditMemos = new ArrayList<>();
  final List<DocumentNumber> receivables = new ArrayList<>();
  final List<OffsetCreditMemo> offsets = new ArrayList<>();
  final List<PaymentId> payments = new ArrayList<>();
  final List<ApplicationId> applications = new ArrayList<>();
  final List<DeductionId> deductions = new ArrayList<>();
  final Map<Operation, Integer> done = new EnumMap<>(Operation.class);
  final Map<LedgerException.Code, Integer> refused = new EnumMap<>(LedgerException.Code.class);
  int counter;
  int days;

  LedgerDriver() {
    // C4 belongs to C1's paying group; registered child first, parent after, in one command.
    post(RegisterCustomers.of(START,
        customer(CUSTOMERS.get(3), Optional.of(CUSTOMERS.get(0))),
        customer(CUSTOMERS.get(0), Optional.empty()),
        customer(CUSTOMERS.get(1), Optional.empty()),
        customer(CUSTOMERS.get(2), Optional.empty())));
  }

  private static Customer customer(CustomerId id, Optional<CustomerId> parent) {
    return Customer.builder().id(id).name("Customer " + id).currency(CURRENCIES.get(0)).parentId(parent).build();
  }

  LocalDate latestDate() {
    return START.plusDays(days + 1);
  }

  void run(Step s) {
    // Mostly forward in time; sometimes back-dated, which the ledger must refuse where it matters.
    days += s.d() % 3;
    LocalDate date = START.plusDays(s.d() % 10 == 0 ? Math.max(0, days - 5) : days);
    CurrencyUnit currency = CURRENCIES.get(s.c() % 7 == 0 ? s.a() % CURRENCIES.size() : 0);
    LedgerCommand command;
    try {
      command = command(s, date, currency);
    } catch (IllegalArgumentException invalidValue) {
      return; // a value the command's own validation refuses; nothing reaches the ledger
    }
    post(command);
  }

  void post(LedgerCommand command) {
    Snapshot before = Snapshot.of(ledger);
    List<LedgerProblem> problems = ledger.check(command);
    assertThat(Snapshot.of(ledger)).as("check changed the ledger").isEqualTo(before);
    try {
      Posting posting = ledger.post(command);
      assertThat(problems).as("check found problems with %s but post accepted it", command).isEmpty();
      assertThat(posting.number()).isEqualTo(before.lastPosting() + 1);
      accepted.add(command);
      record(posting);
      if (command instanceof OffsetCreditMemo) {
        offsets.add((OffsetCreditMemo) command);
      }
      done.merge(posting.operation(), 1, Integer::sum);
    } catch (LedgerException e) {
      assertThat(e.problems()).as("post refused %s for other problems than check found", command).isEqualTo(problems);
      e.problems().forEach(p -> refused.merge(p.code(), 1, Integer::sum));
      assertThat(Snapshot.of(ledger)).as("refused %s (%s) changed the ledger", command, e.getMessage())
          .isEqualTo(before);
    }
  }

  private LedgerCommand command(Step s, LocalDate date, CurrencyUnit currency) {
    Money amount = Money.ofMinor(currency, 1 + s.c());
    switch (s.op()) {
      case 0: {
        ItemKind kind = ItemKind.values()[s.a() % 3];
        Money original = kind == ItemKind.CREDIT_MEMO ? amount.negated() : amount;
        return PostItem.of(OpenItem.builder().documentNumber(s.b() % 13 == 0 && !items.isEmpty()
                ? pick(items, s.b()) : DocumentNumber.of("D" + (++counter)))
            .customerId(s.a() % 17 == 0 ? CustomerId.of("NOBODY") : CUSTOMERS.get(s.b() % CUSTOMERS.size()))
            .kind(kind).documentDate(date).dueDate(date.plusDays(30)).originalAmount(original)
            .terms(s.c() % 2 == 0 ? Optional.of(PaymentTerms.TWO_TEN_NET_30) : Optional.empty()).build());
      }
      case 1:
        return ReceivePayment.of(payment(s, date, amount));
      case 2: {
        PaymentId payment = pickPayment(payments, s.a());
        DocumentNumber item = pick(items, s.b());
        CurrencyUnit itemCurrency = ledger.item(item).map(i -> i.open().currency()).orElse(currency);
        long open = ledger.item(item).map(i -> i.open().minorUnits()).orElse(0L);
        ApplyPayment.Builder apply = ApplyPayment.builder().payment(payment).item(item).date(date);
        if (s.d() % 11 == 0) {
          // An exchange gain: more arrived than the item's rest (refused unless it settles the item).
          long gain = 1 + s.c() % 9;
          apply.applied(Money.ofMinor(itemCurrency, Math.max(0, open + gain - (s.a() % 4 == 0 ? 1 : 0))))
              .smallDifference(Money.ofMinor(itemCurrency, -gain));
        } else {
          apply.applied(Money.ofMinor(itemCurrency, s.c() % 3 == 0 ? 0 : s.c() / 3))
              .smallDifference(Money.ofMinor(itemCurrency, s.d() % 5 == 0 ? s.d() % 7 : 0));
        }
        if (s.d() % 4 == 0) {
          apply.discount(Money.ofMinor(itemCurrency, s.d() % 50));
        }
        if (s.a() % 3 == 0) {
          apply.discountOverride("agreed with the customer");
        }
        if (s.b() % 5 == 0) {
          apply.payerOverride("paid on behalf of a sister company");
        }
        return apply.build();
      }
      case 3:
        return Unapply.of(applications.isEmpty() ? ApplicationId.of(999_999)
            : applications.get(s.a() % applications.size()), date);
      case 4:
        return MoveCash.of(pickPayment(payments, s.a()), CashBucket.values()[s.b() % 3],
            CashBucket.values()[(s.b() + 1 + s.d() % 2) % 3], paymentMoney(s), date);
      case 5:
        return Refund.of(pickPayment(payments, s.a()), CashBucket.values()[s.b() % 3], paymentMoney(s), date);
      case 6: {
        ReturnPayment.Builder ret = ReturnPayment.builder().payment(pickPayment(payments, s.a())).date(date);
        if (s.b() % 2 == 0) {
          ret.amount(paymentMoney(s));
        }
        return ret.build();
      }
      case 7: {
        // Mostly a credit memo against an invoice, so offsets happen; sometimes any two items.
        boolean typed = s.d() % 4 != 0 && !creditMemos.isEmpty() && !receivables.isEmpty();
        DocumentNumber memo = typed ? pick(creditMemos, s.a()) : pick(items, s.a());
        DocumentNumber item = typed ? pick(receivables, s.b()) : pick(items, s.b());
        Optional<ItemState> m = ledger.item(memo);
        Optional<ItemState> i = ledger.item(item);
        if (typed && s.c() % 3 != 0 && m.isPresent() && i.isPresent()
            && m.get().open().currency().equals(i.get().open().currency())) {
          // Often exactly what both can take, so offsets (and their reversals) happen often enough.
          long fits = Math.min(-m.get().open().minorUnits(), i.get().open().minorUnits());
          return OffsetCreditMemo.of(memo, item, Money.ofMinor(i.get().open().currency(), Math.max(1, fits)), date);
        }
        return OffsetCreditMemo.of(memo, item, itemMoney(item, s), date);
      }
      case 8: {
        if (offsets.isEmpty() || s.d() % 5 == 0) {
          return ReverseCreditMemoOffset.of(pick(items, s.a()), pick(items, s.b()), itemMoney(s), date);
        }
        OffsetCreditMemo offset = offsets.get(s.a() % offsets.size());
        long minor = Math.max(1, offset.amount().minorUnits() * (1 + s.b() % 5) / 4);
        return ReverseCreditMemoOffset.of(offset.creditMemo(), offset.item(),
            Money.ofMinor(offset.amount().currency(), minor), date);
      }
      case 9:
        return WriteOffBadDebt.of(pick(items, s.a()), itemMoney(s), date);
      case 10:
        return ReinstateBadDebt.of(pick(items, s.a()), itemMoney(s), date);
      case 11: {
        OpenDeduction.Builder deduction = OpenDeduction.builder()
            .deduction(s.b() % 9 == 0 && !deductions.isEmpty() ? deductions.get(0) : DeductionId.of("X" + ++counter))
            .item(pick(items, s.a())).amount(itemMoney(s))
            .reason(DeductionReason.values()[s.b() % DeductionReason.values().length]).date(date);
        if (s.d() % 2 == 0 && !payments.isEmpty()) {
          deduction.payment(pickPayment(payments, s.d()));
        }
        return deduction.build();
      }
      case 12: {
        DeductionId id = deductions.isEmpty() ? DeductionId.of("none") : deductions.get(s.a() % deductions.size());
        DeductionStatus status = DeductionStatus.values()[s.b() % DeductionStatus.values().length];
        return status == DeductionStatus.IN_REVIEW || status == DeductionStatus.OPEN
            ? ReviewDeduction.of(id, date) : ResolveDeduction.of(id, status, date);
      }
      case 13:
        return IdentifyPayer.of(pickPayment(payments, s.a()), s.b() % 9 == 0 ? CustomerId.of("NOBODY")
            : CUSTOMERS.get(s.b() % CUSTOMERS.size()), date);
      case 14: {
        ItemKind kind = s.a() % 4 == 0 ? ItemKind.CREDIT_MEMO : ItemKind.INVOICE;
        Money original = kind == ItemKind.CREDIT_MEMO ? amount.negated() : amount;
        long open = original.minorUnits() * (s.b() % 4) / 3;
        return PostOpeningItem.of(OpenItem.builder().documentNumber(DocumentNumber.of("O" + (++counter)))
            .customerId(CUSTOMERS.get(s.b() % CUSTOMERS.size())).kind(kind)
            .documentDate(date.minusDays(s.d() % 40)).dueDate(date.plusDays(10)).originalAmount(original)
            .openAmount(Money.ofMinor(original.currency(), open)).build(), date);
      }
      case 15:
        return PostOpeningCash.of(payment(s, date, amount), CashBucket.values()[s.b() % 3], date);
      case 16: {
        DocumentNumber number = pick(items, s.a());
        Optional<ItemState> item = ledger.item(number);
        CustomerId customer = item.map(i -> i.item().customerId()).orElse(CUSTOMERS.get(0));
        return PostOpeningDeduction.of(Deduction.builder().id(DeductionId.of("Y" + (++counter)))
            .customerId(customer).documentNumber(number).amount(itemMoney(s).isZero()
                ? Money.ofMinor(currency, 1) : itemMoney(s))
            .reason(DeductionReason.PRICING).createdOn(date.minusDays(s.d() % 5)).build(), date);
      }
      case 17:
        if (s.b() % 8 == 0) {
          return ClosePeriod.of(date.minusDays(2 + s.c() % 3));
        }
        return ApplyPayment.of(pickPayment(payments, s.a()), pick(receivables, s.b()), paymentMoney(s), date);
      default: {
        // Apply exactly what is possible, so that full settlements are common too.
        PaymentId payment = pickPayment(payments, s.a());
        DocumentNumber item = pick(items, s.b());
        Optional<PaymentState> p = ledger.payment(payment);
        Optional<ItemState> i = ledger.item(item);
        if (p.isPresent() && i.isPresent() && i.get().open().currency().equals(p.get().unapplied().currency())) {
          long units = Math.min(p.get().unapplied().minorUnits(), Math.abs(i.get().open().minorUnits()));
          return ApplyPayment.of(payment, item, Money.ofMinor(p.get().unapplied().currency(), units), date);
        }
        return ApplyPayment.of(payment, item, amount, date);
      }
    }
  }

  private Payment payment(Step s, LocalDate date, Money amount) {
    Payment.Builder payment = Payment.builder()
        .bankReference(s.b() % 11 == 0 && !payments.isEmpty()
            ? BankReference.of(pickPayment(payments, s.b()).toString()) : BankReference.of("P" + (++counter)))
        .amount(amount).valueDate(date);
    if (s.a() % 4 != 0) {
      payment.customerId(CUSTOMERS.get(s.b() % CUSTOMERS.size()));
    }
    return payment.build();
  }

  private Money paymentMoney(Step s) {
    CurrencyUnit currency = ledger.payment(pickPayment(payments, s.a())).map(p -> p.amount().currency())
        .orElse(CURRENCIES.get(0));
    return Money.ofMinor(currency, s.c() % 5 == 0 ? 0 : s.c() / 2);
  }

  private Money itemMoney(Step s) {
    return itemMoney(pick(items, s.a()), s);
  }

  private Money itemMoney(DocumentNumber item, Step s) {
    CurrencyUnit currency = ledger.item(item).map(i -> i.open().currency()).orElse(CURRENCIES.get(0));
    return Money.ofMinor(currency, s.c() % 5 == 0 ? 0 : s.c() / 2);
  }

  private static DocumentNumber pick(List<DocumentNumber> from, int index) {
    return from.isEmpty() ? DocumentNumber.of("missing") : from.get(index % from.size());
  }

  private static PaymentId pickPayment(List<PaymentId> from, int index) {
    return from.isEmpty() ? PaymentId.of("missing") : from.get(index % from.size());
  }

  private void record(Posting posting) {
    switch (posting.operation()) {
      case POST_ITEM:
      case POST_OPENING_ITEM:
      case RETURN_PAYMENT:
        posting.items().forEach(i -> {
          if (!items.contains(i.documentNumber())) {
            items.add(i.documentNumber());
            (i.item().kind() == ItemKind.CREDIT_MEMO ? creditMemos : receivables).add(i.documentNumber());
          }
        });
        break;
      case RECEIVE_PAYMENT:
      case POST_OPENING_CASH:
        posting.payments().forEach(p -> payments.add(p.id()));
        break;
      case APPLY_PAYMENT:
        applications.add(posting.application().id());
        break;
      case OPEN_DEDUCTION:
      case POST_OPENING_DEDUCTION:
        deductions.add(posting.deduction().orElseThrow().id());
        break;
      default:
        break;
    }
  }

  /** Everything observable about a ledger, to prove a refused command changed nothing. */
  record Snapshot(List<ItemState> items, List<PaymentState> payments, List<Deduction> deductions,
      List<JournalLine> journal, long lastPosting, Optional<LocalDate> closedThrough, long logged) {
    static Snapshot of(ReceivablesLedger ledger) {
      return new Snapshot(ledger.items(), ledger.payments(), ledger.deductions(), List.copyOf(ledger.journal()),
          ledger.lastPostingNumber(), ledger.closedThrough(), ledger.log().lastSequence());
    }
  }
}
