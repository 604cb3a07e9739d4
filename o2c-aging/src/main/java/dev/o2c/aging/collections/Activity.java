package dev.o2c.aging.collections;

import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.id.PromiseId;
import dev.o2c.core.value.ValueStyle;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One collection activity on a customer account: a call, e-mail, letter, meeting or portal message,
 * who did it, with whom, what came of it and when to follow up. Activities are recorded in an
 * {@link ActivityLog}.
 *
 * <pre>{@code
 * Activity call = Activity.builder()
 *     .customerId(CustomerId.of("C-42")).collector(CollectorId.of("anna"))
 *     .date(LocalDate.of(2026, 11, 3)).time(LocalTime.of(10, 15))
 *     .type(ActivityType.CALL).direction(ActivityDirection.OUTBOUND).contactPerson("J. Smith, AP")
 *     .outcome(ActivityOutcome.PROMISE_OBTAINED).promise(PromiseId.of("P-7"))
 *     .nextFollowUp(LocalDate.of(2026, 11, 21)).build();
 * }</pre>
 *
 * <p>Recorded consistently, so that service levels can be computed from the log: the outcome must be
 * possible on the channel and in the direction ({@link ActivityOutcome#isAllowedFor}); a promise is
 * named exactly when the outcome is {@link ActivityOutcome#PROMISE_OBTAINED}; the next follow-up is
 * not before the activity's day. This instance is immutable.
 */
@Value.Immutable
@ValueStyle
public abstract class Activity {

  Activity() {}

  /** {@return the customer account the activity was about} */
  public abstract CustomerId customerId();

  /** {@return the collector who made or received the activity} */
  public abstract CollectorId collector();

  /** {@return the day of the activity} */
  public abstract LocalDate date();

  /** {@return the time of day, where it matters (calls, e-mails); a letter usually has none} */
  public abstract Optional<LocalTime> time();

  /** {@return the channel} */
  public abstract ActivityType type();

  /** {@return whether the collector or the customer started it} */
  public abstract ActivityDirection direction();

  /** {@return the person at the customer who was spoken to or written to, if known} */
  public abstract Optional<String> contactPerson();

  /** {@return what the activity achieved} */
  public abstract ActivityOutcome outcome();

  /** {@return the promise to pay the activity produced; present exactly when the outcome is PROMISE_OBTAINED} */
  public abstract Optional<PromiseId> promise();

  /** {@return the day the account should be worked next, if the collector set one} */
  public abstract Optional<LocalDate> nextFollowUp();

  /** {@return the items the activity was about; empty for the account as a whole} */
  public abstract List<DocumentNumber> documentNumbers();

  /** {@return free text: what was said, the letter's name} */
  public abstract Optional<String> note();

  /** {@return true when the outcome is a contact (see {@link ActivityOutcome#isContact()})} */
  public final boolean isContact() {
    return outcome().isContact();
  }

  /** {@return true for an outbound activity whose outcome awaits the customer's reply} */
  public final boolean awaitsReply() {
    return direction() == ActivityDirection.OUTBOUND && outcome().awaitsReply();
  }

  /**
   * Whether the activity was about an item: it names the item, or it names none (the whole account).
   *
   * @param item the item's document number
   * @return true if the activity concerns the item
   */
  public final boolean concerns(DocumentNumber item) {
    return documentNumbers().isEmpty() || documentNumbers().contains(item);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Activity} values; each attribute may be set once. */
  public static final class Builder extends ImmutableActivity.Builder {
    Builder() {}
  }

  @Value.Check
  final void validate() {
    List<String> problems = new ArrayList<>();
    if (!outcome().isAllowedFor(type(), direction())) {
      problems.add("outcome " + outcome() + " is not possible for a " + direction() + " " + type());
    }
    boolean promised = outcome() == ActivityOutcome.PROMISE_OBTAINED;
    if (promised && promise().isEmpty()) {
      problems.add("outcome PROMISE_OBTAINED names no promise");
    }
    if (!promised && promise().isPresent()) {
      problems.add("promise " + promise().get() + " named with outcome " + outcome());
    }
    nextFollowUp().filter(f -> f.isBefore(date()))
        .ifPresent(f -> problems.add("nextFollowUp " + f + " is before the activity's date " + date()));
    contactPerson().filter(String::isBlank).ifPresent(c -> problems.add("contactPerson is blank"));
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Invalid activity of " + customerId() + " on " + date() + " by "
          + collector() + ": " + String.join("; ", problems));
    }
  }
}
