package dev.o2c.core.ledger;

import dev.o2c.core.domain.Customer;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * Registers customer accounts. Parents may be named in any order within the command: they are
 * resolved at the end, against the customers in this command and those registered before, so an
 * ERP's customer master loads in one go at cut-over. Produces no journal lines.
 */
@Value.Immutable
public abstract non-sealed class RegisterCustomers implements LedgerCommand {

  RegisterCustomers() {}

  /** {@return the customers to register, at least one, ids unique} */
  public abstract List<Customer> customers();

  /** {@return the registration date} */
  public abstract LocalDate date();

  @Override
  public final Operation operation() {
    return Operation.REGISTER_CUSTOMERS;
  }

  /**
   * The command with its required parts.
   *
   * @param date the registration date
   * @param customers the customers
   * @return the command
   * @throws IllegalArgumentException if a part is invalid
   */
  public static RegisterCustomers of(LocalDate date, Customer... customers) {
    return builder().date(date).addAllCustomers(List.of(customers)).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RegisterCustomers} commands; each attribute may be set once. */
  public static final class Builder extends ImmutableRegisterCustomers.Builder {
    Builder() {}
  }
}
