package dev.o2c.testkit;

import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.ledger.LedgerException;
import dev.o2c.core.ledger.ReceivablesLedger;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
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
   * @param bankReference the payment's bank reference
   * @return the truth
   * @throws IllegalArgumentException if the world has no such payment
   */
  public final PaymentTruth truthFor(String bankReference) {
    PaymentTruth truth = truthsByReference().get(bankReference);
    if (truth == null) {
      throw new IllegalArgumentException("no payment " + bankReference + " in this world");
    }
    return truth;
  }

  /**
   * The item with a document number.
   *
   * @param documentNumber the document number
   * @return the item, or empty if the world has none with that number
   */
  public final Optional<OpenItem> item(String documentNumber) {
    return Optional.ofNullable(itemsByNumber().get(documentNumber));
  }

  /**
   * The customer with an id.
   *
   * @param customerId the id
   * @return the customer, or empty if the world has none with that id
   */
  public final Optional<Customer> customer(String customerId) {
    return customers().stream().filter(c -> c.id().equals(customerId)).findFirst();
  }

  @Value.Lazy
  Map<String, PaymentTruth> truthsByReference() {
    return index(truths(), PaymentTruth::bankReference);
  }

  @Value.Lazy
  Map<String, OpenItem> itemsByNumber() {
    return index(items(), OpenItem::documentNumber);
  }

  private static <T> Map<String, T> index(List<T> values, Function<T, String> key) {
    return values.stream().collect(Collectors.toMap(key, v -> v, (a, b) -> a, LinkedHashMap::new));
  }

  /**
   * Posts the world into a ledger: registers the customers, posts the items and receives the
   * payments (into unapplied cash when they carry a customer id, else into suspense). Applies
   * nothing: that is the job of the cash application under test, or of {@link #applyTruthTo}.
   *
   * @param ledger a ledger holding none of this world's customers, items or payments
   * @throws LedgerException if the ledger refuses anything (for example a customer already
   *     registered); what was posted before stays posted
   */
  public final void postTo(ReceivablesLedger ledger) {
    Objects.requireNonNull(ledger, "ledger");
    customers().forEach(ledger::addCustomer);
    items().forEach(ledger::postItem);
    payments().forEach(ledger::receivePayment);
  }

  /**
   * Settles the items in a ledger exactly as the truth says, as a perfect cash application would:
   * identifies the payer of a payment in suspense, offsets credit memos netted in a payment against
   * its invoices, applies payment money with the discount taken, and moves shortfalls into
   * deductions (ids {@code DED-<bank reference>-<n>}). Afterwards every allocated item is cleared and
   * every payment keeps exactly its {@link PaymentTruth#unexplained()} amount unapplied or in
   * suspense. All postings are dated on the payment's value date.
   *
   * @param ledger a ledger this world was {@linkplain #postTo posted} to, with nothing applied since
   * @throws LedgerException if the ledger refuses an operation (it was not in the posted state)
   */
  public final void applyTruthTo(ReceivablesLedger ledger) {
    Objects.requireNonNull(ledger, "ledger");
    for (Payment payment : payments()) {
      PaymentTruth truth = truthFor(payment.bankReference());
      if (truth.allocations().isEmpty()) {
        continue;
      }
      String reference = payment.bankReference();
      LocalDate date = payment.valueDate();
      if (payment.customerId().isEmpty()) {
        ledger.identifyPayer(reference, truth.payerId().orElseThrow(), date);
      }
      // Credit memos first reduce the invoices they are netted with; the payment money covers the rest.
      Map<String, Long> remaining = new LinkedHashMap<>();
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
        for (Map.Entry<String, Long> invoice : remaining.entrySet()) {
          long offset = Math.min(toOffset, invoice.getValue());
          if (offset > 0) {
            ledger.offsetCreditMemo(memo.documentNumber(), invoice.getKey(),
                Money.ofMinor(memo.amount().currency(), offset), date);
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
          ledger.createDeduction("DED-" + reference + "-" + (++deductions), allocation.documentNumber(),
              allocation.shortfall(), allocation.deductionReason().orElseThrow(), reference, date,
              ArGenerators.deductionNote(allocation.deductionReason().orElseThrow()));
        }
        Money applied = Money.ofMinor(allocation.amount().currency(), remaining.get(allocation.documentNumber()));
        if (applied.isPositive() || allocation.discount().isPositive()) {
          ledger.apply(reference, allocation.documentNumber(), applied, allocation.discount(),
              Money.zero(applied.currency()), date, "truth: " + truth.scenario());
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
    if (truthsByReference().size() != payments().size()
        || !payments().stream().allMatch(p -> truthsByReference().containsKey(p.bankReference()))) {
      problems.append("; payments and truths do not correspond one to one");
    }
    if (problems.length() > 0) {
      throw new IllegalArgumentException("Invalid AR world: " + problems.substring(2));
    }
  }
}
