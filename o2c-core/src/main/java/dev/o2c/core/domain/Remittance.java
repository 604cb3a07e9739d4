package dev.o2c.core.domain;

import dev.o2c.core.value.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * What the payer said the payment is for: unstructured lines exactly as sent and structured blocks
 * (creditor references, referred documents, amounts). One type from the bank statement to the
 * ledger: the statement readers fill it, a {@link Payment} carries it, cash application reads it.
 * This instance is immutable.
 */
@ValueStyle
@Value.Immutable
public abstract class Remittance {

  /** No remittance information at all. */
  public static final Remittance NONE = builder().build();

  Remittance() {}

  /**
   * Unstructured remittance lines, each exactly as sent, in file order (camt {@code Ustrd},
   * MT940 {@code ?20}-{@code ?29} / {@code SVWZ+} / {@code /REMI/}).
   *
   * @return the lines, possibly empty
   */
  public abstract List<String> unstructured();

  /**
   * Structured remittance blocks in file order (camt {@code Strd}).
   *
   * @return the blocks, possibly empty
   */
  public abstract List<StructuredReference> structured();

  /**
   * Tells whether the payer sent no remittance information at all.
   *
   * @return true when there are neither unstructured lines nor structured blocks
   */
  public boolean isEmpty() {
    return unstructured().isEmpty() && structured().isEmpty();
  }

  /**
   * Remittance information holding nothing.
   *
   * @return {@link #NONE}
   */
  public static Remittance empty() {
    return NONE;
  }

  /**
   * Remittance of unstructured lines only.
   *
   * @param lines the lines, as sent
   * @return the remittance
   */
  public static Remittance ofText(String... lines) {
    return builder().addUnstructured(lines).build();
  }

  /** {@return the unstructured lines joined with one space} */
  public final String text() {
    return String.join(" ", unstructured());
  }

  /**
   * Starts building a {@code Remittance}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Remittance}; each attribute may be set once, list attributes added to. */
  public static final class Builder extends ImmutableRemittance.Builder {
    Builder() {}
  }
}
