package dev.o2c.aging.collections;

import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.id.PromiseId;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
 * not before the activity's day. Equal by value. This instance is immutable.
 */
public final class Activity {

  private final CustomerId customerId;
  private final CollectorId collector;
  private final LocalDate date;
  private final Optional<LocalTime> time;
  private final ActivityType type;
  private final ActivityDirection direction;
  private final Optional<String> contactPerson;
  private final ActivityOutcome outcome;
  private final Optional<PromiseId> promise;
  private final Optional<LocalDate> nextFollowUp;
  private final List<DocumentNumber> documentNumbers;
  private final Optional<String> note;

  private Activity(Builder b) {
    this.customerId = b.customerId;
    this.collector = b.collector;
    this.date = b.date;
    this.time = Optional.ofNullable(b.time);
    this.type = b.type;
    this.direction = b.direction;
    this.contactPerson = Optional.ofNullable(b.contactPerson);
    this.outcome = b.outcome;
    this.promise = Optional.ofNullable(b.promise);
    this.nextFollowUp = Optional.ofNullable(b.nextFollowUp);
    this.documentNumbers = List.copyOf(b.documentNumbers);
    this.note = Optional.ofNullable(b.note);
  }

  /** {@return the customer account the activity was about} */
  public CustomerId customerId() {
    return customerId;
  }

  /** {@return the collector who made or received the activity} */
  public CollectorId collector() {
    return collector;
  }

  /** {@return the day of the activity} */
  public LocalDate date() {
    return date;
  }

  /** {@return the time of day, where it matters (calls, e-mails); a letter usually has none} */
  public Optional<LocalTime> time() {
    return time;
  }

  /** {@return the channel} */
  public ActivityType type() {
    return type;
  }

  /** {@return whether the collector or the customer started it} */
  public ActivityDirection direction() {
    return direction;
  }

  /** {@return the person at the customer who was spoken to or written to, if known} */
  public Optional<String> contactPerson() {
    return contactPerson;
  }

  /** {@return what the activity achieved} */
  public ActivityOutcome outcome() {
    return outcome;
  }

  /** {@return the promise to pay the activity produced; present exactly when the outcome is PROMISE_OBTAINED} */
  public Optional<PromiseId> promise() {
    return promise;
  }

  /** {@return the day the account should be worked next, if the collector set one} */
  public Optional<LocalDate> nextFollowUp() {
    return nextFollowUp;
  }

  /** {@return the items the activity was about; empty for the account as a whole} */
  public List<DocumentNumber> documentNumbers() {
    return documentNumbers;
  }

  /** {@return free text: what was said, the letter's name} */
  public Optional<String> note() {
    return note;
  }

  /** {@return true when the outcome is a contact (see {@link ActivityOutcome#isContact()})} */
  public boolean isContact() {
    return outcome.isContact();
  }

  /** {@return true for an outbound activity whose outcome awaits the customer's reply} */
  public boolean awaitsReply() {
    return direction == ActivityDirection.OUTBOUND && outcome.awaitsReply();
  }

  /**
   * Whether the activity was about an item: it names the item, or it names none (the whole account).
   *
   * @param item the item's document number
   * @return true if the activity concerns the item
   */
  public boolean concerns(DocumentNumber item) {
    return documentNumbers.isEmpty() || documentNumbers.contains(item);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Activity)) {
      return false;
    }
    Activity a = (Activity) o;
    return customerId.equals(a.customerId) && collector.equals(a.collector) && date.equals(a.date)
        && time.equals(a.time) && type == a.type && direction == a.direction && contactPerson.equals(a.contactPerson)
        && outcome == a.outcome && promise.equals(a.promise) && nextFollowUp.equals(a.nextFollowUp)
        && documentNumbers.equals(a.documentNumbers) && note.equals(a.note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(customerId, collector, date, time, type, direction, contactPerson, outcome, promise,
        nextFollowUp, documentNumbers, note);
  }

  @Override
  public String toString() {
    return "Activity[" + customerId + " " + date + time.map(t -> " " + t).orElse("") + " " + direction + " " + type
        + " by " + collector + ": " + outcome + promise.map(p -> " " + p).orElse("")
        + (documentNumbers.isEmpty() ? "" : " about " + documentNumbers)
        + nextFollowUp.map(f -> ", follow up " + f).orElse("") + "]";
  }

  /**
   * Builds {@link Activity} values. Customer, collector, date, type, direction and outcome are
   * required; everything else is optional.
   */
  public static final class Builder {
    private CustomerId customerId;
    private CollectorId collector;
    private LocalDate date;
    private LocalTime time;
    private ActivityType type;
    private ActivityDirection direction;
    private String contactPerson;
    private ActivityOutcome outcome;
    private PromiseId promise;
    private LocalDate nextFollowUp;
    private final List<DocumentNumber> documentNumbers = new ArrayList<>();
    private String note;

    private Builder() {}

    /**
     * Sets the customer.
     *
     * @param value the customer account
     * @return this builder
     */
    public Builder customerId(CustomerId value) {
      customerId = Objects.requireNonNull(value, "customerId");
      return this;
    }

    /**
     * Sets the collector.
     *
     * @param value the collector
     * @return this builder
     */
    public Builder collector(CollectorId value) {
      collector = Objects.requireNonNull(value, "collector");
      return this;
    }

    /**
     * Sets the day.
     *
     * @param value the day of the activity
     * @return this builder
     */
    public Builder date(LocalDate value) {
      date = Objects.requireNonNull(value, "date");
      return this;
    }

    /**
     * Sets the time of day.
     *
     * @param value the time
     * @return this builder
     */
    public Builder time(LocalTime value) {
      time = Objects.requireNonNull(value, "time");
      return this;
    }

    /**
     * Sets the channel.
     *
     * @param value the channel
     * @return this builder
     */
    public Builder type(ActivityType value) {
      type = Objects.requireNonNull(value, "type");
      return this;
    }

    /**
     * Sets who started the activity.
     *
     * @param value the direction
     * @return this builder
     */
    public Builder direction(ActivityDirection value) {
      direction = Objects.requireNonNull(value, "direction");
      return this;
    }

    /**
     * Sets the person at the customer.
     *
     * @param value the name, as the collector wrote it
     * @return this builder
     */
    public Builder contactPerson(String value) {
      contactPerson = Objects.requireNonNull(value, "contactPerson");
      return this;
    }

    /**
     * Sets the outcome.
     *
     * @param value the outcome
     * @return this builder
     */
    public Builder outcome(ActivityOutcome value) {
      outcome = Objects.requireNonNull(value, "outcome");
      return this;
    }

    /**
     * Sets the promise to pay obtained.
     *
     * @param value the promise's id
     * @return this builder
     */
    public Builder promise(PromiseId value) {
      promise = Objects.requireNonNull(value, "promise");
      return this;
    }

    /**
     * Sets the next follow-up day.
     *
     * @param value the day
     * @return this builder
     */
    public Builder nextFollowUp(LocalDate value) {
      nextFollowUp = Objects.requireNonNull(value, "nextFollowUp");
      return this;
    }

    /**
     * Adds items the activity was about.
     *
     * @param values document numbers
     * @return this builder
     */
    public Builder addDocumentNumbers(DocumentNumber... values) {
      for (DocumentNumber value : Arrays.asList(values)) {
        documentNumbers.add(Objects.requireNonNull(value, "documentNumber"));
      }
      return this;
    }

    /**
     * Sets the note.
     *
     * @param value free text
     * @return this builder
     */
    public Builder note(String value) {
      note = Objects.requireNonNull(value, "note");
      return this;
    }

    /**
     * Builds the activity.
     *
     * @return the activity
     * @throws IllegalStateException if a required part is missing
     * @throws IllegalArgumentException if the parts are inconsistent, with every problem listed
     */
    public Activity build() {
      List<String> missing = new ArrayList<>();
      if (customerId == null) {
        missing.add("customerId");
      }
      if (collector == null) {
        missing.add("collector");
      }
      if (date == null) {
        missing.add("date");
      }
      if (type == null) {
        missing.add("type");
      }
      if (direction == null) {
        missing.add("direction");
      }
      if (outcome == null) {
        missing.add("outcome");
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException("Cannot build Activity, required parts not set: " + missing);
      }
      validate();
      return new Activity(this);
    }

    private void validate() {
      List<String> problems = new ArrayList<>();
      if (!outcome.isAllowedFor(type, direction)) {
        problems.add("outcome " + outcome + " is not possible for a " + direction + " " + type);
      }
      boolean promised = outcome == ActivityOutcome.PROMISE_OBTAINED;
      if (promised && promise == null) {
        problems.add("outcome PROMISE_OBTAINED names no promise");
      }
      if (!promised && promise != null) {
        problems.add("promise " + promise + " named with outcome " + outcome);
      }
      if (nextFollowUp != null && nextFollowUp.isBefore(date)) {
        problems.add("nextFollowUp " + nextFollowUp + " is before the activity's date " + date);
      }
      if (contactPerson != null && contactPerson.isBlank()) {
        problems.add("contactPerson is blank");
      }
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException("Invalid activity of " + customerId + " on " + date + " by " + collector
            + ": " + String.join("; ", problems));
      }
    }
  }
}
