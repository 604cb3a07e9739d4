package dev.o2c.aging.interest;

import dev.o2c.core.domain.Application;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.ledger.PaymentState;
import dev.o2c.core.ledger.ReceivablesLedger;
import dev.o2c.core.money.Money;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The payments each item received, as late interest needs them: the day the money arrived and what it
 * settled of the item (applied money, the cash discount granted and the small difference written off
 * with it).
 *
 * <pre>{@code
 * Map<DocumentNumber, List<PartialPayment>> paid = PaymentHistory.ofLedger(ledger);
 * late.onItem(item.originalAmount(), item.dueDate(), paid.getOrDefault(item.documentNumber(), List.of()), asOf);
 * }</pre>
 */
public final class PaymentHistory {

  private PaymentHistory() {}

  /**
   * Reads every application that stands in a ledger ({@link ReceivablesLedger#applications()}). Each is dated by its payment's
   * value date (the day the customer paid), however much later it was applied, since interest stops
   * running when the money arrives.
   *
   * @param ledger the ledger; read, not changed
   * @return per item, its payments in posting order; items without payments are absent
   */
  public static Map<DocumentNumber, List<PartialPayment>> ofLedger(ReceivablesLedger ledger) {
    Objects.requireNonNull(ledger, "ledger");
    Map<DocumentNumber, List<PartialPayment>> history = new HashMap<>();
    for (Application application : ledger.applications()) {
      Money settled = application.applied().plus(application.discount()).plus(application.smallDifference());
      if (!settled.isPositive()) {
        continue;
      }
      Optional<PaymentState> payment = ledger.payment(application.payment());
      java.time.LocalDate day = payment.map(p -> p.payment().valueDate()).orElse(application.date());
      history.computeIfAbsent(application.documentNumber(), d -> new ArrayList<>())
          .add(PartialPayment.of(day, settled));
    }
    return history;
  }
}
