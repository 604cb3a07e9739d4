package dev.o2c.core.domain;

import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.money.Money;
import dev.o2c.core.terms.PaymentTerms;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A receivable document of one customer: an invoice, credit memo or debit memo, with its original
 * and still-open amount.
 *
 * <p>Amounts are signed by kind: invoices and debit memos are positive, credit memos negative. The
 * open amount lies between zero and the original amount, on the same side of zero; an item with a
 * zero open amount is cleared. This instance is immutable.
 *
 * <pre>{@code
 * OpenItem invoice = OpenItem.builder()
 *     .documentNumber("INV-1001").customerId("C-42").kind(ItemKind.INVOICE)
 *     .documentDate(LocalDate.of(2026, 3, 1)).dueDate(LocalDate.of(2026, 3, 31))
 *     .originalAmount(Money.of("EUR", "1190.00")).build();   // open amount defaults to original
 * }</pre>
 */
@Value.Immutable
public abstract class OpenItem {

  /** {@return the document number, unique within the company's receivables (e.g. {@code INV-1001})} */
  public abstract DocumentNumber documentNumber();

  /** {@return the customer account that owes (or is owed) the item} */
  public abstract CustomerId customerId();

  /** {@return invoice, credit memo or debit memo} */
  public abstract ItemKind kind();

  /** {@return the date the document was issued; aging by document date and discount windows count from it} */
  public abstract LocalDate documentDate();

  /** {@return the date the item falls due (net due date); not before the document date} */
  public abstract LocalDate dueDate();

  /** {@return the original gross amount: positive for invoices and debit memos, negative for credit memos} */
  public abstract Money originalAmount();

  /**
   * The amount still open, same currency and sign convention as the original; defaults to the
   * original amount.
   *
   * @return the open amount
   */
  @Value.Default
  public Money openAmount() {
    return originalAmount();
  }

  /** {@return the customer's own reference for the item, typically the purchase-order number} */
  public abstract Optional<String> customerReference();

  /** {@return the payment terms the item was sold on, if known} */
  public abstract Optional<PaymentTerms> terms();

  /** {@return true when nothing is left open} */
  public final boolean isCleared() {
    return openAmount().isZero();
  }

  /**
   * A copy of this item with another open amount.
   *
   * @param newOpenAmount the open amount, same currency and sign rules as the original
   * @return the copy; this instance is unaffected
   * @throws IllegalArgumentException if the amount breaks the item's rules
   */
  public abstract OpenItem withOpenAmount(Money newOpenAmount);

  /** {@return returns a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link OpenItem} values; each attribute may be set once. */
  public static final class Builder extends ImmutableOpenItem.Builder {
    Builder() {}
  }

  @Value.Check
  final void validate() {
    // Items are built by the million (an open-items export): no message is written unless a check fails.
    Problems p = new Problems("open item", documentNumber());
    if (dueDate().isBefore(documentDate())) {
      p.add("dueDate " + dueDate() + " is before documentDate " + documentDate());
    }
    Money original = originalAmount();
    Money open = openAmount();
    boolean sameCurrency = original.currency().equals(open.currency());
    if (!sameCurrency) {
      p.add("openAmount currency " + open.currency() + " differs from originalAmount currency " + original.currency());
    }
    if (original.signum() != kind().sign()) {
      p.add(kind() + " originalAmount must be " + (kind().sign() > 0 ? "positive" : "negative") + " but is " + original);
    }
    if (sameCurrency) {
      long o = original.minorUnits() * kind().sign();
      long r = open.minorUnits() * kind().sign();
      if (r < 0 || r > o) {
        p.add("openAmount " + open + " is outside [0, " + original + "]");
      }
    }
    p.throwIfAny();
  }
}
