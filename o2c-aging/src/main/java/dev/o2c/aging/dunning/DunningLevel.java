package dev.o2c.aging.dunning;

import java.util.Objects;

/**
 * One step of a dunning ladder: from how many days overdue an item reaches it, the fee it charges, the
 * tone of its letter and how long the customer is given to pay.
 *
 * <p>A threshold of zero or less makes a pre-due reminder ({@code -5}: five days before the due date);
 * such a level is only proposed while the item is not yet overdue. Levels are numbered from 1 in the
 * order of their thresholds.
 *
 * @param number the level's number, 1 for the first step
 * @param daysOverdue the days past the due date from which an item reaches the level ({@code asOf −
 *     dueDate}); negative for a reminder before the due date
 * @param fee the fee charged on each item dunned at this level
 * @param textKey the key of the letter's wording for this level's tone, for the host's templates
 *     (e.g. {@code reminder}, {@code final-demand}); not blank
 * @param payWithinDays the days the letter gives to pay, counted from the run's day; zero or more
 */
public record DunningLevel(int number, int daysOverdue, DunningFee fee, String textKey, int payWithinDays) {

  /**
   * Checks the level.
   *
   * @param number the level's number, at least 1
   * @param daysOverdue the threshold in days past due
   * @param fee the fee
   * @param textKey the letter's text key, not blank
   * @param payWithinDays the days given to pay, zero or more
   * @throws IllegalArgumentException if the number is below 1, the text key blank or the days to pay negative
   */
  public DunningLevel {
    Objects.requireNonNull(fee, "fee");
    Objects.requireNonNull(textKey, "textKey");
    if (number < 1) {
      throw new IllegalArgumentException("dunning level number " + number + " is below 1");
    }
    if (textKey.isBlank()) {
      throw new IllegalArgumentException("dunning level " + number + ": text key is blank");
    }
    if (payWithinDays < 0) {
      throw new IllegalArgumentException("dunning level " + number + ": payWithinDays " + payWithinDays
          + " is negative");
    }
  }

  /** {@return true for a reminder before the due date (a threshold of zero days or less)} */
  public boolean isPreDue() {
    return daysOverdue <= 0;
  }
}
