package dev.o2c.core.domain;

import java.util.List;
import org.immutables.value.Value;

/**
 * What the payer told us about a payment: free text lines exactly as sent, and structured
 * references with optional amounts. This instance is immutable.
 */
@Value.Immutable
public abstract class Remittance {

  /** The empty remittance: no text and no references. */
  public static final Remittance NONE = builder().build();

  /** {@return unstructured remittance lines, exactly as the bank delivered them} */
  public abstract List<String> lines();

  /** {@return structured references, in the order sent} */
  public abstract List<RemittanceReference> references();

  /** {@return the unstructured lines joined with single spaces, or the empty string} */
  public final String text() {
    return String.join(" ", lines());
  }

  /**
   * A remittance of free text only.
   *
   * @param lines the lines as sent
   * @return the remittance
   */
  public static Remittance ofText(String... lines) {
    return builder().addLines(lines).build();
  }

  /** {@return returns a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Remittance} values. */
  public static final class Builder extends ImmutableRemittance.Builder {
    Builder() {}
  }
}
