package dev.o2c.aging.collections;

/** The channel of a collection activity. */
public enum ActivityType {
  /** A telephone call. */
  CALL,
  /** An e-mail. */
  EMAIL,
  /** A letter (a reminder letter, a statement of account, a personal letter). */
  LETTER,
  /** A meeting in person or by video. */
  MEETING,
  /** A message through the customer's or the company's portal. */
  PORTAL_MESSAGE;

  /** {@return true for the written channels: e-mail, letter and portal message} */
  public boolean isWritten() {
    return this == EMAIL || this == LETTER || this == PORTAL_MESSAGE;
  }
}
