package dev.o2c.core.id;

/** The id of an application of payment money to an item. The ledger numbers applications itself (the number of the posting that made it), so replaying a log gives every application the same id. */
public final class ApplicationId extends NumberId {

  private ApplicationId(long value) {
    super(value, "application id");
  }

  /**
   * The id with this number.
   *
   * @param value the number, positive
   * @return the id
   * @throws IllegalArgumentException if the number is not positive
   */
  public static ApplicationId of(long value) {
    return new ApplicationId(value);
  }

  /**
   * Parses {@link #toString()}.
   *
   * @param text a positive decimal number
   * @return the id
   * @throws IllegalArgumentException if the text is not a positive decimal number
   */
  public static ApplicationId parse(String text) {
    try {
      return new ApplicationId(Long.parseLong(text));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("application id is not a number: " + text, e);
    }
  }
}
