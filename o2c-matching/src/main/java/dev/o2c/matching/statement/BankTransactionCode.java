package dev.o2c.matching.statement;

import java.util.Optional;
import dev.o2c.core.value.ValueStyle;
import org.immutables.value.Value;

/**
 * The bank's classification of a transaction, in whatever scheme the format uses: the ISO 20022
 * domain/family/sub-family, a proprietary code with its issuer, a BAI type code, a German MT940
 * business transaction code (GVC) or the SWIFT :61: transaction type. This instance is immutable.
 */
@ValueStyle
@Value.Immutable
public abstract class BankTransactionCode {

  BankTransactionCode() {}

  /**
   * The ISO 20022 domain code, e.g. {@code PMNT}.
   *
   * @return the domain, empty when not given
   */
  public abstract Optional<String> domain();

  /**
   * The ISO 20022 family code, e.g. {@code RCDT} (received credit transfers).
   *
   * @return the family, empty when not given
   */
  public abstract Optional<String> family();

  /**
   * The ISO 20022 sub-family code, e.g. {@code ESCT} (SEPA credit transfer).
   *
   * @return the sub-family, empty when not given
   */
  public abstract Optional<String> subFamily();

  /**
   * A proprietary code, e.g. camt {@code Prtry/Cd} such as {@code NTRF+166}.
   *
   * @return the proprietary code, empty when not given
   */
  public abstract Optional<String> proprietaryCode();

  /**
   * Who issued the proprietary code, e.g. {@code DK} (Deutsche Kreditwirtschaft).
   *
   * @return the issuer, empty when not given
   */
  public abstract Optional<String> proprietaryIssuer();

  /**
   * The BAI2 type code of a 16 record, e.g. {@code 195} (incoming money transfer).
   *
   * @return the BAI type code, empty for other formats
   */
  public abstract Optional<String> baiTypeCode();

  /**
   * The German business transaction code (Geschaeftsvorfallcode) of an MT940 :86: field, e.g.
   * {@code 166}.
   *
   * @return the GVC, empty when not given
   */
  public abstract Optional<String> gvc();

  /**
   * The SWIFT transaction type of an MT940 :61: line, e.g. {@code NTRF} or {@code NMSC}.
   *
   * @return the SWIFT type, empty for other formats
   */
  public abstract Optional<String> swiftTypeCode();

  /**
   * Tells whether no code of any scheme is present.
   *
   * @return true when every attribute is empty
   */
  public boolean isEmpty() {
    return domain().isEmpty()
        && family().isEmpty()
        && subFamily().isEmpty()
        && proprietaryCode().isEmpty()
        && proprietaryIssuer().isEmpty()
        && baiTypeCode().isEmpty()
        && gvc().isEmpty()
        && swiftTypeCode().isEmpty();
  }

  /**
   * Starts building a {@code BankTransactionCode}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BankTransactionCode}; each attribute may be set once, list attributes added to. */
  public static final class Builder extends ImmutableBankTransactionCode.Builder {
    Builder() {}
  }
}
