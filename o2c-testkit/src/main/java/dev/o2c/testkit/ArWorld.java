package dev.o2c.testkit;

import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.domain.DeductionReason;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DeductionId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.id.PaymentId;
import dev.o2c.core.ledger.ApplyPayment;
import dev.o2c.core.ledger.IdentifyPayer;
import dev.o2c.core.ledger.LedgerCommand;
import dev.o2c.core.ledger.LedgerException;
import dev.o2c.core.ledger.OffsetCreditMemo;
import dev.o2c.core.ledger.OpenDeduction;
import dev.o2c.core.ledger.PostItem;
import dev.o2c.core.ledger.ReceivePayment;
import dev.o2c.core.ledger.RegisterCustomers;
import dev.o2c.core.ledger.ReceivablesLedger;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A consistent accounts-receivable world: customers (parents before their children), their open items
 * at original amount, incoming payments, and for every payment the recorded {@link PaymentTruth} of
 * what it pays. Build one with {@link ArWorldGenerator}; the same seed and configuration give an equal
 * world.
 *
 * <pre>{@code
 * ArWorld world = ArWorldGenerator.of(ArWorldConfig.defaults()).next(42L);
 * ReceivablesLedger ledger = ReceivablesLedger.create();
 * world.postTo(ledger);                       // customers, items and payments
 * // run the cash application under test on the ledger, then score it against world.truths()
 * }</pre>
 *
 * <p>This instance is immutable.
 */
@Value.Immutable
public abstract class ArWorld {

  /** {@return the configuration the world was generated from} */
  public abstract ArWorldConfig config();

  /** {@return the day the world is seen; no document or value date is after it} */
  public final LocalDate asOf() {
    return config().asOf();
  }

  /** {@return the customers, every parent before its children} */
  public abstract List<Customer> customers();

  /** {@return all items of all customers, each at its original amount, in customer order} */
  public abstract List<OpenItem> items();

  /** {@return the incoming payments, in statement order} */
  public abstract List<Payment> payments();

  /** {@return the truth for every payment, in the order of {@link #payments()}} */
  public abstract List<PaymentTruth> truths();

  /**
   * The truth for one payment.
   *
   * @param payment the payment's id
   * @return the truth
   * @throws IllegalArgumentException if the world has no such payment
   */
  public final PaymentTruth truthFor(PaymentId payment) {
    PaymentTruth truth = truthsByPayment().get(payment);
    if (truth == null) {
      throw new IllegalArgumentException("no payment " + payment + " in this world");
    }
    return truth;
  }

  /**
   * The item with a document number.
   *
   * @param documentNumber the document number
   * @return the item, or empty if the world has none with that number
   */
  public final Optional<OpenItem> item(DocumentNumber documentNumber) {
    return Optional.ofNullable(itemsByNumber().get(documentNumber));
  }

  /**
   * The customer with an id.
   *
   * @param customerId the id
   * @return the customer, or empty if the world has none with that id
   */
  public final Optional<Customer> customer(CustomerId customerId) {
    return customers().stream().filter(c -> c.id().equals(customerId)).findFirst();
  }

  @Value.Lazy
  Map<PaymentId, PaymentTruth> truthsByPayment() {
    return index(truths(), PaymentTruth::payment);
  }

  @Value.Lazy
  Map<DocumentNumber, OpenItem> itemsByNumber() {
    return index(items(), OpenItem::documentNumber);
  }

  private static <K, T> Map<K, T> index(List<T> values, Function<T, K> key) {
    return values.stream().collect(Collectors.toMap(key, v -> v, (a, b) -> a, LinkedHashMap::new));
  }

  /**
   * The commands that load this world into a ledger: one registration of all customers (dated on the
   * world's first day), the items, then the payments (received into unapplied cash when they carry
   * a customer id, else into suspense). Applies nothing: that is the job of the cash application
   * under test, or of {@link #applyTruthTo}.
   *
   * @return the commands, in posting order
   */
  public final List<LedgerCommand> commands() {
    LocalDate first = LocalDate.MAX;
    for (OpenItem item : items()) {
      first = item.documentDate().isBefore(first) ? item.documentDate() : first;
    }
    for (Payment payment : payments()) {
      first = payment.valueDate().isBefore(first) ? payment.valueDate() : first;
    }
    List<LedgerCommand> commands = new ArrayList<>(1 + items().size() + payments().size());
    if (!customers().isEmpty()) {
      commands.add(RegisterCustomers.builder().date(first.equals(LocalDate.MAX) ? LocalDate.EPOCH : first)
          .addAllCustomers(customers()).build());
    }
    items().forEach(item -> commands.add(PostItem.of(item)));
    payments().forEach(payment -> commands.add(ReceivePayment.of(payment)));
    return commands;
  }

  /**
   * Posts the world into a ledger: {@link #commands()}, in one batch.
   *
   * @param ledger a ledger holding none of this world's customers, items or payments
   * @throws LedgerException if the ledger refuses anything (for example a customer already
   *     registered); what was posted before stays posted
   */
  public final void postTo(ReceivablesLedger ledger) {
    Objects.requireNonNull(ledger, "ledger");
    ledger.postAll(commands());
  }

  /**
   * Settles the items in a ledger exactly as the truth says, as a perfect cash application would:
   * identifies the payer of a payment in suspense, offsets credit memos netted in a payment against
   * its invoices, applies payment money with the discount taken, and moves shortfalls into
   * deductions (ids {@code DED-<payment id>-<n>}). Afterwards every allocated item is cleared and
   * every payment keeps exactly its {@link PaymentTruth#unexplained()} amount unapplied or in
   * suspense. Payments are settled in value-date order, each on its value date; an item of a
   * customer outside the payer's group is settled with a payer override naming the scenario.
   *
   * @param ledger a ledger this world was {@linkplain #postTo posted} to, with nothing applied since
   * @throws LedgerException if the ledger refuses a command (it was not in the posted state)
   */
  public final void applyTruthTo(ReceivablesLedger ledger) {
    Objects.requireNonNull(ledger, "ledger");
    List<Payment> byDate = new ArrayList<>(payments());
    byDate.sort(Comparator.comparing(Payment::valueDate));
    for (Payment payment : byDate) {
      PaymentTruth truth = truthFor(payment.id());
      if (truth.allocations().isEmpty()) {
        continue;
      }
      PaymentId id = payment.id();
      LocalDate date = payment.valueDate();
      CustomerId payer = payment.customerId().or(truth::payerId).orElseThrow();
      if (payment.customerId().isEmpty()) {
        ledger.post(IdentifyPayer.of(id, payer, date));
      }
      // Credit memos first reduce the invoices they are netted with; the payment money covers the rest.
      Map<DocumentNumber, Long> remaining = new LinkedHashMap<>();
      for (TruthAllocation allocation : truth.allocations()) {
        if (allocation.amount().isPositive()) {
          remaining.put(allocation.documentNumber(), allocation.amount().minorUnits());
        }
      }
      for (TruthAllocation memo : truth.allocations()) {
        if (!memo.amount().isNegative()) {
          continue;
        }
        long toOffset = -memo.amount().minorUnits();
        for (Map.Entry<DocumentNumber, Long> invoice : remaining.entrySet()) {
          long offset = Math.min(toOffset, invoice.getValue());
          if (offset > 0) {
            ledger.post(OffsetCreditMemo.of(memo.documentNumber(), invoice.getKey(),
                Money.ofMinor(memo.amount().currency(), offset), date));
            invoice.setValue(invoice.getValue() - offset);
            toOffset -= offset;
          }
        }
      }
      int deductions = 0;
      for (TruthAllocation allocation : truth.allocations()) {
        if (!allocation.amount().isPositive()) {
          continue;
        }
        if (allocation.shortfall().isPositive()) {
          DeductionReason reason = allocation.deductionReason().orElseThrow();
          ledger.post(OpenDeduction.builder().deduction(DeductionId.of("DED-" + id + "-" + (++deductions)))
              .item(allocation.documentNumber()).amount(allocation.shortfall()).reason(reason).payment(id)
              .date(date).note(ArGenerators.deductionNote(reason)).build());
        }
        Money applied = Money.ofMinor(allocation.amount().currency(), remaining.get(allocation.documentNumber()));
        if (applied.isPositive() || allocation.discount().isPositive()) {
          ApplyPayment.Builder apply = ApplyPayment.builder().payment(id).item(allocation.documentNumber())
              .applied(applied).discount(allocation.discount()).date(date).reason("truth: " + truth.scenario());
          CustomerId owner = item(allocation.documentNumber()).orElseThrow().customerId();
          if (!owner.equals(payer) && !customer(owner).flatMap(Customer::parentId).equals(Optional.of(payer))) {
            apply.payerOverride("truth: " + truth.scenario() + " pays for " + owner);
          }
          ledger.post(apply.build());
        }
      }
    }
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ArWorld} values. */
  static final class Builder extends ImmutableArWorld.Builder {
    Builder() {}
  }

  @Value.Check
  final void validate() {
    StringBuilder problems = new StringBuilder();
    if (itemsByNumber().size() != items().size()) {
      problems.append("; document numbers repeat");
    }
    if (truthsByPayment().size() != payments().size()
        || !payments().stream().allMatch(p -> truthsByPayment().containsKey(p.id()))) {
      problems.append("; payments and truths do not correspond one to one");
    }
    if (problems.length() > 0) {
      throw new IllegalArgumentException("Invalid AR world: " + problems.substring(2));
    }
  }
}
