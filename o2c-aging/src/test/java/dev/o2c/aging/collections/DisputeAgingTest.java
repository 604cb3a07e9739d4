package dev.o2c.aging.collections;

import static dev.o2c.aging.collections.CollectionsBooks.ACME;
import static dev.o2c.aging.collections.CollectionsBooks.EUR;
import static dev.o2c.aging.collections.CollectionsBooks.doc;
import static dev.o2c.aging.collections.CollectionsBooks.eur;
import static org.assertj.core.api.Assertions.assertThat;

import dev.o2c.aging.AgingBuckets;
import dev.o2c.core.domain.DeductionReason;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DisputeAgingTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  static DisputeCase dispute(String id, DeductionReason reason, String amount, LocalDate raised, LocalDate target) {
    return DisputeCase.raise(DisputeId.of(id), ACME, reason, List.of(DisputeLine.of(doc("INV-" + id), eur(amount))),
        "anna", raised, target);
  }

  static List<DisputeCase> cases() {
    return List.of(
        // raised 90 days ago, target 60 days ago: 60 days past target
        dispute("1", DeductionReason.PRICING, "100.00", AS_OF.minusDays(90), AS_OF.minusDays(60)),
        // raised 10 days ago, target in 20 days: current
        dispute("2", DeductionReason.DAMAGE, "40.00", AS_OF.minusDays(10), AS_OF.plusDays(20)),
        // raised 45 days ago, target 5 days ago
        dispute("3", DeductionReason.PRICING, "7.50", AS_OF.minusDays(45), AS_OF.minusDays(5)),
        // resolved yesterday: not aged
        dispute("4", DeductionReason.DAMAGE, "999.00", AS_OF.minusDays(30), AS_OF.minusDays(1))
            .moveTo(DisputeStatus.REJECTED, AS_OF.minusDays(1), "anna", Optional.empty()),
        // raised tomorrow: not aged
        dispute("5", DeductionReason.DAMAGE, "999.00", AS_OF.plusDays(1), AS_OF.plusDays(30)));
  }

  @Test
  void test_byTargetDate_bucketsByDaysPastTarget() {
    DisputeAgingReport report = DisputeAging.BY_TARGET_DATE.age(cases(), AS_OF);

    assertThat(report.rows()).extracting(DisputeAgingRow::id)
        .containsExactly(DisputeId.of("1"), DisputeId.of("2"), DisputeId.of("3"));
    assertThat(report.rows()).extracting(DisputeAgingRow::daysOpen).containsExactly(90L, 10L, 45L);
    assertThat(report.rows()).extracting(DisputeAgingRow::daysPastTarget).containsExactly(60L, -20L, 5L);
    assertThat(report.rows()).extracting(DisputeAgingRow::bucketLabel).containsExactly("31-60", "current", "1-30");
    assertThat(report.totals(EUR)).containsExactly(eur("40.00"), eur("7.50"), eur("100.00"), eur("0.00"),
        eur("0.00"), eur("0.00"));
    assertThat(report.total(EUR)).isEqualTo(eur("147.50"));
    assertThat(report.byReason(EUR)).containsExactly(
        Map.entry(DeductionReason.PRICING, List.of(eur("0.00"), eur("7.50"), eur("100.00"), eur("0.00"), eur("0.00"),
            eur("0.00"))),
        Map.entry(DeductionReason.DAMAGE, List.of(eur("40.00"), eur("0.00"), eur("0.00"), eur("0.00"), eur("0.00"),
            eur("0.00"))));
    assertThat(report.pastTarget()).extracting(DisputeAgingRow::id).containsExactly(DisputeId.of("1"),
        DisputeId.of("3"));
    assertThat(report.currencies()).containsExactly(EUR);
  }

  @Test
  void test_byRaisedDate_bucketsByDaysOpen() {
    DisputeAgingReport report = DisputeAging.BY_RAISED_DATE.age(cases(), AS_OF);

    assertThat(report.rows()).extracting(DisputeAgingRow::bucketLabel).containsExactly("61-90", "0-30", "31-60");
    assertThat(DisputeAging.of(AgingBuckets.sinceDocument(7, 14)).age(cases(), AS_OF).rows())
        .extracting(DisputeAgingRow::bucketLabel).containsExactly("15+", "8-14", "15+");
  }

  @Test
  void test_aPastDay_agesTheCasesAsTheyStoodThen() {
    DisputeAgingReport report = DisputeAging.BY_TARGET_DATE.age(cases(), AS_OF.minusDays(2));

    assertThat(report.rows()).extracting(DisputeAgingRow::id)
        .containsExactly(DisputeId.of("1"), DisputeId.of("2"), DisputeId.of("3"), DisputeId.of("4"));
    assertThat(report.rows().get(3).status()).isEqualTo(DisputeStatus.OPEN);
  }
}
