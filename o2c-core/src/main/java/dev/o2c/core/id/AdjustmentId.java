package dev.o2c.core.id;

/** The id of an adjustment of an item (credit-memo offset, bad-debt write-off, deduction). The ledger numbers adjustments itself, in posting order. */
public final class AdjustmentId extends NumberId {

  private AdjustmentId(long value) {
    super(value, "adjustment id");
  }

  /**
   * The id with this number.
   *
   * @param value the number, positive
   * @return the id
   * @throws IllegalArgumentException if the number is not positive
   */
  public static AdjustmentId of(long value) {
    return new AdjustmentId(value);
  }

  /**
   * Parses {@link #toString()}.
   *
   * @param text a positive decimal number
   * @return the id
   * @throws IllegalArgumentException if the text is not a positive decimal number
   */
  public static AdjustmentId parse(String text) {
    try {
      return new AdjustmentId(Long.parseLong(text));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("adjustment id is not a number: " + text, e);
    }
  }
}
