package dev.o2c.matching.statement;

import java.util.Optional;
import dev.o2c.core.value.ValueStyle;
import org.immutables.value.Value;

/**
 * A counterparty or ultimate party of a transaction: name, account and bank, as far as the bank
 * reports them. Every attribute may be absent. This instance is immutable.
 */
@ValueStyle
@Value.Immutable
public abstract class Party {

  Party() {}

  /**
   * The party name exactly as sent (camt {@code Nm}, MT940 {@code ?32}/{@code ?33} joined).
   *
   * @return the name, empty when not given
   */
  public abstract Optional<String> name();

  /**
   * The party account as IBAN.
   *
   * @return the IBAN, empty when not given or not an IBAN
   */
  public abstract Optional<String> iban();

  /**
   * The party account when it is not an IBAN (camt {@code Othr/Id}, a national account number).
   *
   * @return the account number, empty when not given
   */
  public abstract Optional<String> otherAccountId();

  /**
   * The BIC of the party bank (camt {@code RltdAgts}, MT940 {@code ?30}).
   *
   * @return the BIC, empty when not given
   */
  public abstract Optional<String> bic();

  /**
   * A non-BIC identifier of the party bank, e.g. a German BLZ or a clearing member id.
   *
   * @return the bank identifier, empty when not given
   */
  public abstract Optional<String> bankId();

  /**
   * Tells whether nothing at all is known about the party.
   *
   * @return true when every attribute is empty
   */
  public boolean isEmpty() {
    return name().isEmpty()
        && iban().isEmpty()
        && otherAccountId().isEmpty()
        && bic().isEmpty()
        && bankId().isEmpty();
  }

  /**
   * Starts building a {@code Party}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Party}; each attribute may be set once, list attributes added to. */
  public static final class Builder extends ImmutableParty.Builder {
    Builder() {}
  }
}
