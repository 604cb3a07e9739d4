package dev.o2c.aging.collections;

/**
 * What a collection activity achieved.
 *
 * <p>Two properties drive the service levels ({@link ServiceLevels}): whether the outcome is a
 * <em>contact</em> (the customer was reached or a message was delivered) and whether it
 * <em>awaits a reply</em> (the customer was not answered live and is expected to respond).
 *
 * <table>
 * <caption>Outcomes, their channels and their properties</caption>
 * <tr><th>outcome</th><th>allowed for</th><th>contact</th><th>awaits reply</th></tr>
 * <tr><td>{@link #REACHED}</td><td>any</td><td>yes</td><td>no</td></tr>
 * <tr><td>{@link #LEFT_MESSAGE}</td><td>outbound call</td><td>yes</td><td>yes</td></tr>
 * <tr><td>{@link #SENT}</td><td>outbound e-mail, letter, portal message</td><td>yes</td><td>yes</td></tr>
 * <tr><td>{@link #NO_ANSWER}</td><td>outbound call or meeting</td><td>no</td><td>no</td></tr>
 * <tr><td>{@link #UNDELIVERABLE}</td><td>outbound e-mail, letter, portal message</td><td>no</td><td>no</td></tr>
 * <tr><td>{@link #PROMISE_OBTAINED}</td><td>any</td><td>yes</td><td>no</td></tr>
 * <tr><td>{@link #DISPUTE_RAISED}</td><td>any</td><td>yes</td><td>no</td></tr>
 * <tr><td>{@link #REFUSED}</td><td>any</td><td>yes</td><td>no</td></tr>
 * </table>
 */
public enum ActivityOutcome {
  /** Spoke to or exchanged messages with the customer, nothing more specific came of it. */
  REACHED,
  /** Left a voice message or a message with someone else; a call-back is expected. */
  LEFT_MESSAGE,
  /** A written message was delivered; no answer yet within this activity. */
  SENT,
  /** Nobody answered the call, or the customer did not come to the meeting. */
  NO_ANSWER,
  /** The e-mail bounced, the letter came back, the portal refused the message. */
  UNDELIVERABLE,
  /** The customer promised to pay; the activity names the promise. */
  PROMISE_OBTAINED,
  /** The customer disputed an item or the balance. */
  DISPUTE_RAISED,
  /** The customer refused to pay. */
  REFUSED;

  /** {@return true when the customer was reached or a message was delivered: all but NO_ANSWER and UNDELIVERABLE} */
  public boolean isContact() {
    return this != NO_ANSWER && this != UNDELIVERABLE;
  }

  /** {@return true for LEFT_MESSAGE and SENT: the customer is expected to reply} */
  public boolean awaitsReply() {
    return this == LEFT_MESSAGE || this == SENT;
  }

  /**
   * Whether this outcome can result from an activity on a channel in a direction (see the table in
   * the class description).
   *
   * @param type the channel
   * @param direction who started the activity
   * @return true if allowed
   */
  public boolean isAllowedFor(ActivityType type, ActivityDirection direction) {
    switch (this) {
      case LEFT_MESSAGE:
        return direction == ActivityDirection.OUTBOUND && type == ActivityType.CALL;
      case NO_ANSWER:
        return direction == ActivityDirection.OUTBOUND && (type == ActivityType.CALL || type == ActivityType.MEETING);
      case SENT:
      case UNDELIVERABLE:
        return direction == ActivityDirection.OUTBOUND && type.isWritten();
      default:
        return true;
    }
  }
}
