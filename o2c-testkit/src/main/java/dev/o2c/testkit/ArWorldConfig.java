package dev.o2c.testkit;

import java.time.LocalDate;
import java.util.List;
import javax.money.CurrencyUnit;
import org.immutables.value.Value;

/**
 * The shape of a generated {@link ArWorld}: how many customers, items and payments, which currencies,
 * which payment scenarios and the as-of date. Every attribute has a default, so
 * {@code ArWorldConfig.builder().customers(500).payments(2_000).build()} is a complete configuration.
 *
 * <pre>{@code
 * ArWorldConfig config = ArWorldConfig.builder()
 *     .customers(50).minItemsPerCustomer(2).maxItemsPerCustomer(12).payments(80)
 *     .currencyMix(List.of(Weighted.of(3, Monetary.getCurrency("EUR")), Weighted.of(1, Monetary.getCurrency("JPY"))))
 *     .asOf(LocalDate.of(2026, 6, 30))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class ArWorldConfig {

  /** The default as-of date, 2026-06-30. */
  public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 6, 30);

  /** The default scenario mix: mostly exact payments, then several items at once, short, discount, unknown. */
  public static final List<Weighted<PaymentScenario>> DEFAULT_SCENARIO_MIX = List.of(
      Weighted.of(40, PaymentScenario.EXACT),
      Weighted.of(12, PaymentScenario.SHORT),
      Weighted.of(18, PaymentScenario.MULTIPLE),
      Weighted.of(12, PaymentScenario.DISCOUNT),
      Weighted.of(8, PaymentScenario.ON_ACCOUNT),
      Weighted.of(10, PaymentScenario.UNIDENTIFIABLE));

  /** {@return the number of customers, at least 1; default 20} */
  @Value.Default
  public int customers() {
    return 20;
  }

  /** {@return the fewest items per customer, zero or more; default 1} */
  @Value.Default
  public int minItemsPerCustomer() {
    return 1;
  }

  /** {@return the most items per customer, at least {@link #minItemsPerCustomer()}; default 8} */
  @Value.Default
  public int maxItemsPerCustomer() {
    return 8;
  }

  /** {@return the number of incoming payments, zero or more; default 30} */
  @Value.Default
  public int payments() {
    return 30;
  }

  /** {@return customers' account currencies with their weights; default {@link ArGenerators#DEFAULT_CURRENCY_MIX}} */
  // A default for a list is what we want here; the builder sets the whole list at once.
  @SuppressWarnings("immutables:untype")
  @Value.Default
  public List<Weighted<CurrencyUnit>> currencyMix() {
    return ArGenerators.DEFAULT_CURRENCY_MIX;
  }

  /**
   * The payment scenarios with their weights; default {@link #DEFAULT_SCENARIO_MIX}. A scenario the
   * remaining items cannot serve falls back to a simpler one ({@code DISCOUNT}/{@code SHORT}/{@code
   * MULTIPLE} to {@code EXACT}, {@code EXACT} to {@code ON_ACCOUNT}), so the truth records what a
   * payment really is.
   *
   * @return the weighted scenarios, in a fixed order
   */
  // A default for a list is what we want here; the builder sets the whole list at once.
  @SuppressWarnings("immutables:untype")
  @Value.Default
  public List<Weighted<PaymentScenario>> scenarioMix() {
    return DEFAULT_SCENARIO_MIX;
  }

  /** {@return the day the world is seen: the latest document and value date; default {@link #DEFAULT_AS_OF}} */
  @Value.Default
  public LocalDate asOf() {
    return DEFAULT_AS_OF;
  }

  /** {@return how many days before {@link #asOf()} the oldest document may be dated, at least 1; default 180} */
  @Value.Default
  public int historyDays() {
    return 180;
  }

  /** {@return the share of customers that belong to a parent (a paying group), in [0, 1]; default 0.2} */
  @Value.Default
  public double parentShare() {
    return 0.2;
  }

  /** {@return the share of a child customer's payments that its parent makes, in [0, 1]; default 0.3} */
  @Value.Default
  public double parentPaysShare() {
    return 0.3;
  }

  /**
   * Whether identifiable payments carry the payer's customer id (as after payer identification);
   * default true. When false only the payer's name and account tell who paid.
   *
   * @return whether payments name their customer
   */
  @Value.Default
  public boolean identifyPayers() {
    return true;
  }

  /** {@return the configuration with every default} */
  public static ArWorldConfig defaults() {
    return builder().build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ArWorldConfig} values; each attribute may be set once. */
  public static final class Builder extends ImmutableArWorldConfig.Builder {
    Builder() {}
  }

  @Value.Check
  final void validate() {
    StringBuilder problems = new StringBuilder();
    if (customers() < 1) {
      problems.append("; customers ").append(customers()).append(" is less than 1");
    }
    if (minItemsPerCustomer() < 0 || maxItemsPerCustomer() < minItemsPerCustomer()) {
      problems.append("; items per customer [").append(minItemsPerCustomer()).append(", ")
          .append(maxItemsPerCustomer()).append("] is not a range of counts");
    }
    if (payments() < 0) {
      problems.append("; payments ").append(payments()).append(" is negative");
    }
    if (currencyMix().stream().mapToLong(Weighted::weight).sum() <= 0) {
      problems.append("; currencyMix has no positive weight");
    }
    currencyMix().stream().filter(w -> w.value().getDefaultFractionDigits() < 0).forEach(w ->
        problems.append("; currency ").append(w.value().getCurrencyCode()).append(" has no decimal scale"));
    if (scenarioMix().stream().mapToLong(Weighted::weight).sum() <= 0) {
      problems.append("; scenarioMix has no positive weight");
    }
    if (historyDays() < 1) {
      problems.append("; historyDays ").append(historyDays()).append(" is less than 1");
    }
    if (!(parentShare() >= 0 && parentShare() <= 1)) {
      problems.append("; parentShare ").append(parentShare()).append(" is outside [0, 1]");
    }
    if (!(parentPaysShare() >= 0 && parentPaysShare() <= 1)) {
      problems.append("; parentPaysShare ").append(parentPaysShare()).append(" is outside [0, 1]");
    }
    if (problems.length() > 0) {
      throw new IllegalArgumentException("Invalid AR world config: " + problems.substring(2));
    }
  }
}
