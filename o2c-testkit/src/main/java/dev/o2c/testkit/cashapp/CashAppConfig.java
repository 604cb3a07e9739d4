package dev.o2c.testkit.cashapp;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The shape of a cash-application benchmark world: how many customers and bank lines, which profile
 * and difficulty tier, and the statement period. Every attribute has a default, so {@code
 * CashAppConfig.defaults()} is the spec's default world (2,000 customers, about 36,000 open items,
 * 4,000 bank lines over 20 business days).
 *
 * <pre>{@code
 * CashAppConfig config = CashAppConfig.builder().customers(50_000).profile(BenchmarkProfile.CPG)
 *     .difficulty(Difficulty.HARD).build();              // lines default to two per customer
 * }</pre>
 */
@Value.Immutable
public abstract class CashAppConfig {

  /** The default last statement day, Tuesday 2026-06-30. */
  public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 6, 30);

  /**
   * The most customers a world may have: about 900,000 open items, within the six-digit running
   * numbers of {@code INV-YYYY-NNNNNN}.
   */
  public static final int MAX_CUSTOMERS = 50_000;

  /**
   * {@return the number of customers, 1 to {@link #MAX_CUSTOMERS}; default 2,000. Open items per
   * customer are heavy-tailed (median 6, p90 about 40, p99 about 220, cap 500), about 18 per customer
   * on average, so 50,000 customers hold about 900,000 open items}
   */
  @Value.Default
  public int customers() {
    return 2_000;
  }

  /** {@return the number of bank lines (credits and the few returns), 0 or more; default two per customer} */
  @Value.Default
  public int lines() {
    return 2 * customers();
  }

  /** {@return the scenario mix; default {@link BenchmarkProfile#DEFAULT}} */
  @Value.Default
  public BenchmarkProfile profile() {
    return BenchmarkProfile.DEFAULT;
  }

  /** {@return the noise tier; default {@link Difficulty#DEFAULT}} */
  @Value.Default
  public Difficulty difficulty() {
    return Difficulty.DEFAULT;
  }

  /**
   * {@return the last day of the statement period: no document or booking date is after it; default
   * {@link #DEFAULT_AS_OF}}
   */
  @Value.Default
  public LocalDate asOf() {
    return DEFAULT_AS_OF;
  }

  /** {@return the business days (Monday to Friday) the statements cover, ending on or before asOf; default 20} */
  @Value.Default
  public int statementDays() {
    return 20;
  }

  /** {@return the configuration with every default} */
  public static CashAppConfig defaults() {
    return builder().build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CashAppConfig} values; each attribute may be set once. */
  public static final class Builder extends ImmutableCashAppConfig.Builder {
    Builder() {}
  }

  @Value.Check
  final void validate() {
    StringBuilder problems = new StringBuilder();
    if (customers() < 1 || customers() > MAX_CUSTOMERS) {
      problems.append("; customers ").append(customers()).append(" is outside [1, ").append(MAX_CUSTOMERS).append(']');
    }
    if (lines() < 0) {
      problems.append("; lines ").append(lines()).append(" is negative");
    }
    if (statementDays() < 1 || statementDays() > 260) {
      problems.append("; statementDays ").append(statementDays()).append(" is outside [1, 260]");
    }
    if (problems.length() > 0) {
      throw new IllegalArgumentException("Invalid cash-application benchmark config: " + problems.substring(2));
    }
  }
}
