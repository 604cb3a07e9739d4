package dev.o2c.aging.dunning;


/** Ready-made dunning policies for the common case. */
public final class DunningPolicies {

  /**
   * Three levels, one notice per customer, climbed step by step with at least 14 days between notices,
   * no grace, no minimums, no interest, and no fees (a fee is an amount in the host's currencies; see
   * {@link #withFees}):
   * <ol>
   *   <li>{@code reminder} from 7 days overdue, 10 days to pay;
   *   <li>{@code second-reminder} from 21 days, 10 days to pay;
   *   <li>{@code final-demand} from 35 days, 7 days to pay.
   * </ol>
   * Start from it with {@code STANDARD.toBuilder()} to change what differs.
   */
  public static final LevelDunningPolicy STANDARD = withFees(DunningFee.NONE, DunningFee.NONE);

  /**
   * {@link #STANDARD} with fees on its second and third levels.
   *
   * <pre>{@code
   * DunningPolicies.withFees(DunningFee.parse("EUR 5.00 / USD 5.00"), DunningFee.parse("EUR 10.00 / USD 10.00"));
   * }</pre>
   *
   * @param secondReminder the fee per item of {@code second-reminder}
   * @param finalDemand the fee per item of {@code final-demand}
   * @return the policy; items in a currency a fee does not cover are not dunned at its level
   *     ({@link SkipReason#FEE_NOT_IN_CURRENCY})
   */
  public static LevelDunningPolicy withFees(DunningFee secondReminder, DunningFee finalDemand) {
    return LevelDunningPolicy.builder()
        .level(7, DunningFee.NONE, "reminder", 10)
        .level(21, secondReminder, "second-reminder", 10)
        .level(35, finalDemand, "final-demand", 7)
        .build();
  }

  private DunningPolicies() {}
}
