package dev.o2c.core.terms;

/** Placeholder until the payment-terms branch lands. */
public final class PaymentTerms {
  private final String text;

  private PaymentTerms(String text) {
    this.text = text;
  }

  /** Placeholder. */
  public static PaymentTerms parse(CharSequence text) {
    return new PaymentTerms(text.toString().trim().toUpperCase(java.util.Locale.ROOT));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PaymentTerms && ((PaymentTerms) o).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
