package dev.o2c.matching.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import dev.o2c.core.value.ValueStyle;
import org.immutables.value.Value;

/**
 * The account a statement is about: an IBAN or another account number, the servicing bank and
 * the currency. At least one of {@link #iban()} and {@link #otherId()} is present. This instance
 * is immutable.
 */
@ValueStyle
@Value.Immutable
public abstract class StatementAccount {

  StatementAccount() {}

  /**
   * The IBAN as written by the bank (no spaces are removed or added; the check digits are not
   * verified).
   *
   * @return the IBAN, empty when the account is identified otherwise
   */
  public abstract Optional<String> iban();

  /**
   * A non-IBAN account identifier: camt {@code Othr/Id}, the MT940 :25: account, the BAI2
   * customer account number.
   *
   * @return the other identifier, empty when only an IBAN is given
   */
  public abstract Optional<String> otherId();

  /**
   * The BIC of the bank servicing the account.
   *
   * @return the BIC, empty when not given
   */
  public abstract Optional<String> bic();

  /**
   * A non-BIC identifier of the servicing bank: a national bank code (MT940 :25: prefix), the
   * BAI2 originator id, a camt clearing member id.
   *
   * @return the bank identifier, empty when not given
   */
  public abstract Optional<String> bankId();

  /**
   * The name of the account owner.
   *
   * @return the owner name, empty when not given
   */
  public abstract Optional<String> ownerName();

  /**
   * The account currency. Some formats leave it out (camt.054, MT940 gives it only with the
   * balances); readers fill it from the balances where they can.
   *
   * @return the currency, empty when the file does not say
   */
  public abstract Optional<CurrencyUnit> currency();

  /**
   * The identifier to show and to key on: the IBAN if present, otherwise the other identifier.
   *
   * @return the account identifier, never empty
   */
  @Value.Derived
  public String id() {
    return iban().orElseGet(() -> otherId().orElse(""));
  }

  @Value.Check
  void check() {
    List<String> problems = new ArrayList<>();
    if (iban().isEmpty() && otherId().isEmpty()) {
      problems.add("an account needs an IBAN or another identifier");
    }
    if (iban().map(String::isBlank).orElse(false)) {
      problems.add("iban is blank");
    }
    if (otherId().map(String::isBlank).orElse(false)) {
      problems.add("otherId is blank");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
  }

  /**
   * Starts building a {@code StatementAccount}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StatementAccount}; each attribute may be set once, list attributes added to. */
  public static final class Builder extends ImmutableStatementAccount.Builder {
    Builder() {}
  }
}
