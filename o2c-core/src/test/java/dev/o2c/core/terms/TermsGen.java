package dev.o2c.core.terms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators of valid payment terms and their parts, for this package's tests. */
final class TermsGen {

  private TermsGen() {}

  /** Dates from 1990 to about 2050, so leap days and every month end occur. */
  static Gen<LocalDate> dates() {
    return Generate.range(0, 365 * 60).map(i -> LocalDate.of(1990, 1, 1).plusDays(i));
  }

  /**
   * Shares in percent with 0 to 3 decimals, 2 to 6 of them, summing to exactly 100: the gaps
   * between distinct random cut points of [0, 100].
   */
  static Gen<List<BigDecimal>> shares() {
    return in -> {
      int scale = Generate.range(0, 3).generate(in);
      int units = 100 * (int) Math.pow(10, scale);
      int cuts = Generate.range(1, 5).generate(in);
      TreeSet<Integer> points = new TreeSet<>();
      for (int i = 0; i < cuts; i++) {
        points.add(Generate.range(1, units - 1).generate(in));
      }
      points.add(units);
      List<BigDecimal> result = new ArrayList<>();
      int previous = 0;
      for (int point : points) {
        result.add(BigDecimal.valueOf(point - previous, scale));
        previous = point;
      }
      return result;
    };
  }

  /** Instalment parts from {@link #shares()} with strictly increasing days up to 400. */
  static Gen<List<Instalment>> instalmentPlans() {
    return in -> {
      List<BigDecimal> shares = shares().generate(in);
      TreeSet<Integer> days = new TreeSet<>();
      while (days.size() < shares.size()) {
        days.add(Generate.range(0, 400).generate(in));
      }
      List<Instalment> parts = new ArrayList<>();
      int i = 0;
      for (int day : days) {
        parts.add(Instalment.of(shares.get(i++), day));
      }
      return parts;
    };
  }

  /** Up to three discount tiers fitting the net days: days increasing, percents decreasing. */
  static Gen<List<DiscountTier>> tiers(int netDays) {
    return in -> {
      int count = Math.min(Generate.range(0, 3).generate(in), netDays + 1);
      TreeSet<Integer> days = new TreeSet<>();
      while (days.size() < count) {
        days.add(Generate.range(0, netDays).generate(in));
      }
      TreeSet<BigDecimal> percents = new TreeSet<>();
      while (percents.size() < count) {
        int scale = Generate.range(0, 2).generate(in);
        int max = 100 * (int) Math.pow(10, scale) - 1;
        percents.add(Percent.normalize(
            BigDecimal.valueOf(Generate.range(1, max).generate(in), scale)));
      }
      List<DiscountTier> result = new ArrayList<>();
      List<BigDecimal> descending = new ArrayList<>(percents.descendingSet());
      int i = 0;
      for (int day : days) {
        result.add(DiscountTier.of(descending.get(i++), day));
      }
      return result;
    };
  }

  /** Every kind of valid terms: net or EOM with tiers, fixed day of next month, instalments. */
  static Gen<PaymentTerms> terms() {
    return in -> {
      int kind = Generate.range(0, 4).generate(in);
      switch (kind) {
        case 0:
        case 1: {
          int netDays = Generate.pick(List.of(0, 1, 7, 10, 14, 30, 45, 60, 90, 120, 365,
              PaymentTerms.MAX_DAYS)).generate(in);
          PaymentTerms base =
              kind == 0 ? PaymentTerms.net(netDays) : PaymentTerms.netEndOfMonth(netDays);
          return base.withDiscountTiers(tiers(netDays).generate(in));
        }
        case 2:
          return PaymentTerms.dayOfNextMonth(Generate.range(1, 31).generate(in));
        default:
          DueBasis basis = Generate.booleans().generate(in)
              ? DueBasis.END_OF_MONTH : DueBasis.DOCUMENT_DATE;
          return PaymentTerms.ofInstalments(basis, instalmentPlans().generate(in));
      }
    };
  }
}
