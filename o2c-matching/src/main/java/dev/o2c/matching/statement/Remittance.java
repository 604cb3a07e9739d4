package dev.o2c.matching.statement;

import java.util.List;
import dev.o2c.core.value.ValueStyle;
import org.immutables.value.Value;

/**
 * What the payer said the payment is for: unstructured lines exactly as sent and structured blocks
 * (creditor references, referred documents, amounts). This instance is immutable.
 */
@ValueStyle
@Value.Immutable
public abstract class Remittance {

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
   * @return an empty instance
   */
  public static Remittance empty() {
    return builder().build();
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
