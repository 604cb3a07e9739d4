package dev.o2c.aging.dunning;

import java.math.BigDecimal;

/** Ready-made dunning policies for the common case. */
public final class DunningPolicies {

  /**
   * Three levels, one notice per customer, climbed step by step with at least 14 days between notices,
   * no grace, no minimums, no interest:
   * <ol>
   *   <li>{@code reminder} from 7 days overdue, no fee, 10 days to pay;
   *   <li>{@code second-reminder} from 21 days, a fee of 5.00 per item in its currency, 10 days to pay;
   *   <li>{@code final-demand} from 35 days, a fee of 10.00 per item, 7 days to pay.
   * </ol>
   * Start from it with {@code STANDARD.toBuilder()} to change what differs.
   */
  public static final LevelDunningPolicy STANDARD = LevelDunningPolicy.builder()
      .level(7, DunningFee.NONE, "reminder", 10)
      .level(21, DunningFee.fixed(new BigDecimal("5.00")), "second-reminder", 10)
      .level(35, DunningFee.fixed(new BigDecimal("10.00")), "final-demand", 7)
      .build();

  private DunningPolicies() {}
}
