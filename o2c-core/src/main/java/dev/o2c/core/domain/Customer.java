package dev.o2c.core.domain;

import dev.o2c.core.id.CustomerId;
import dev.o2c.core.money.Money;
import dev.o2c.core.terms.PaymentTerms;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.immutables.value.Value;

/**
 * A customer account of the receivables: who owes, in which currency, under which default terms.
 *
 * <p>Bank accounts are the IBANs or account numbers the customer pays from; cash application uses
 * them to recognise the payer. A parent (paying group or head office) may settle the customer's
 * items. This instance is immutable.
 */
@Value.Immutable
public abstract class Customer {

  /** {@return the account id, unique in the company (e.g. {@code C-42})} */
  public abstract CustomerId id();

  /** {@return the legal or trading name, as it appears on statements and letters} */
  public abstract String name();

  /** {@return IBANs or other account numbers the customer pays from, as given (no normalisation)} */
  public abstract List<String> bankAccounts();

  /** {@return the parent or paying-group account whose payments may settle this customer's items} */
  public abstract Optional<CustomerId> parentId();

  /** {@return the customer's account currency, the default for new items} */
  public abstract CurrencyUnit currency();

  /** {@return the credit limit in the account currency, if one is set; never negative} */
  public abstract Optional<Money> creditLimit();

  /** {@return the default payment terms for new items, if set} */
  public abstract Optional<PaymentTerms> defaultTerms();

  /** {@return returns a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Customer} values; each attribute may be set once. */
  public static final class Builder extends ImmutableCustomer.Builder {
    Builder() {}
  }

  @Value.Check
  final void validate() {
    Problems p = new Problems("customer", id());
    p.check(!name().isBlank(), "name is blank");
    p.check(bankAccounts().stream().noneMatch(String::isBlank), "a bank account is blank");
    p.check(parentId().map(parent -> !parent.equals(id())).orElse(true), "parentId is the customer itself");
    creditLimit().ifPresent(limit -> {
      if (!limit.currency().equals(currency())) {
        p.add("creditLimit currency " + limit.currency() + " differs from account currency " + currency());
      }
      if (limit.isNegative()) {
        p.add("creditLimit " + limit + " is negative");
      }
    });
    p.throwIfAny();
  }
}
