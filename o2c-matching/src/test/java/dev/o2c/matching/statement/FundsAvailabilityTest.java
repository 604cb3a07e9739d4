package dev.o2c.matching.statement;

import dev.o2c.core.domain.Direction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.o2c.core.money.Money;
import dev.o2c.matching.statement.FundsAvailability.Distribution;
import dev.o2c.matching.statement.FundsAvailability.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The funds availability value and where the model carries it. */
class FundsAvailabilityTest {

  private static Money usd(String amount) {
    return Money.of("USD", amount);
  }

  @ParameterizedTest
  @EnumSource(value = Type.class, names = {"IMMEDIATE", "ONE_DAY", "TWO_OR_MORE_DAYS", "UNKNOWN"})
  void test_of_simpleTypesCarryTheirBai2Code(Type type) {
    FundsAvailability a = FundsAvailability.of(type);
    assertThat(a.type()).isEqualTo(type);
    assertThat(a.code()).isEqualTo(type.defaultCode());
    assertThat(a.valueDate()).isEmpty();
    assertThat(a.distributions()).isEmpty();
    assertThat(a.distributedTotal()).isEmpty();
  }

  @Test
  void test_of_typesThatNeedMore_areRefused() {
    assertThatThrownBy(() -> FundsAvailability.of(Type.VALUE_DATED)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a value date");
    assertThatThrownBy(() -> FundsAvailability.of(Type.DISTRIBUTED)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs at least one distribution");
  }

  @Test
  void test_immediateOneDayTwoOrMore_isCodeSOverDays012() {
    FundsAvailability s = FundsAvailability.immediateOneDayTwoOrMore(usd("100.00"), usd("50.00"), usd("-5.00"));
    assertThat(s.type()).isEqualTo(Type.DISTRIBUTED);
    assertThat(s.code()).isEqualTo("S");
    assertThat(s.distributions()).containsExactly(Distribution.of(0, usd("100.00")), Distribution.of(1, usd("50.00")),
        Distribution.of(2, usd("-5.00")));
    assertThat(s.distributedTotal()).contains(usd("145.00"));
  }

  @Test
  void test_valueDated_keepsDateAndTime() {
    FundsAvailability v = FundsAvailability.valueDated(LocalDate.of(2020, 1, 14), Optional.of(LocalTime.of(10, 30)));
    assertThat(v.code()).isEqualTo("V");
    assertThat(v.valueDate()).contains(LocalDate.of(2020, 1, 14));
    assertThat(v.valueTime()).contains(LocalTime.of(10, 30));
    assertThat(v).isEqualTo(FundsAvailability.valueDated(LocalDate.of(2020, 1, 14), Optional.of(LocalTime.of(10, 30))))
        .isNotEqualTo(FundsAvailability.valueDated(LocalDate.of(2020, 1, 14), Optional.empty()));
  }

  @Test
  void test_invalidCombinations_listEveryProblem() {
    assertThatThrownBy(() -> FundsAvailability.builder().type(Type.IMMEDIATE).code("S")
        .valueDate(LocalDate.of(2020, 1, 1)).addDistributions(Distribution.of(0, usd("1.00"))).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("code S does not belong to type IMMEDIATE")
        .hasMessageContaining("only a value-dated availability has a value date")
        .hasMessageContaining("only a distributed availability has distributions");
    assertThatThrownBy(() -> FundsAvailability.distributed(List.of(Distribution.of(2, usd("1.00")),
        Distribution.of(1, Money.of("EUR", "1.00")))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ascend strictly")
        .hasMessageContaining("share one currency");
    assertThatThrownBy(() -> FundsAvailability.builder().type(Type.DISTRIBUTED).code("S")
        .addDistributions(Distribution.of(0, usd("1.00")), Distribution.of(3, usd("1.00"))).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly 0, 1 and 2 days");
    assertThatThrownBy(() -> FundsAvailability.builder().type(Type.DISTRIBUTED).code("X")
        .addDistributions(Distribution.of(0, usd("1.00"))).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("code X");
    assertThatThrownBy(() -> Distribution.of(-1, usd("1.00"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void test_distributedTotal_equalsTheBigDecimalSum() {
    qt().withExamples(Integer.getInteger("o2c.qt.examples", 2000))
        .forAll(lists().of(longs().between(-1_000_000_000_000L, 1_000_000_000_000L)).ofSizeBetween(1, 20),
            integers().between(0, 3))
        .checkAssert((minors, gap) -> {
          List<Distribution> ds = new ArrayList<>();
          BigDecimal expected = BigDecimal.ZERO;
          int days = 0;
          for (long minor : minors) {
            ds.add(Distribution.of(days, Money.ofMinor(javax.money.Monetary.getCurrency("JPY"), minor)));
            expected = expected.add(BigDecimal.valueOf(minor));
            days += 1 + gap;
          }
          FundsAvailability d = FundsAvailability.distributed(ds);
          assertThat(d.distributedTotal().orElseThrow().amount()).isEqualByComparingTo(expected);
          assertThat(d.distributions()).extracting(Distribution::days).isSorted().doesNotHaveDuplicates();
        });
  }

  @Test
  void test_entryBalanceAndSummary_refuseAvailabilityInAnotherCurrency() {
    FundsAvailability eur = FundsAvailability.distributed(List.of(Distribution.of(0, Money.of("EUR", "1.00"))));
    Transaction tx = Transaction.builder().amount(usd("1.00")).direction(Direction.CREDIT)
        .status(EntryStatus.BOOKED).duplicateKey("k").build();
    assertThatThrownBy(() -> Entry.builder().amount(usd("1.00")).direction(Direction.CREDIT)
        .status(EntryStatus.BOOKED).addTransactions(tx).availability(eur).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not in USD");
    assertThatThrownBy(() -> Balance.builder().type(BalanceType.OPENING_AVAILABLE).amount(usd("1.00"))
        .date(LocalDate.of(2020, 1, 1)).availability(eur).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not in USD");
    assertThatThrownBy(() -> AccountSummary.builder().typeCode("100").amount(usd("1.00")).availability(eur).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not in USD");
    assertThat(AccountSummary.builder().typeCode("100").availability(eur).build().amount()).isEmpty();
  }

  @Test
  void test_accountSummary_checksItsTypeCodeAndCount() {
    assertThatThrownBy(() -> AccountSummary.builder().typeCode("10").itemCount(-1L).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("three digits")
        .hasMessageContaining("itemCount must not be negative");
  }

  @Test
  void test_onDate_isADistributionByDateWithoutDays() {
    Distribution d = Distribution.onDate(LocalDate.of(2024, 3, 5), usd("-20.00"));
    assertThat(d.date()).contains(LocalDate.of(2024, 3, 5));
    assertThat(d.amount()).isEqualTo(usd("-20.00"));
    assertThatThrownBy(d::days).isInstanceOf(IllegalStateException.class).hasMessageContaining("by date");
    assertThat(Distribution.of(0, usd("1.00")).date()).isEmpty();
    assertThat(d).isEqualTo(Distribution.onDate(LocalDate.of(2024, 3, 5), usd("-20.00")))
        .hasSameHashCodeAs(Distribution.onDate(LocalDate.of(2024, 3, 5), usd("-20.00")))
        .isNotEqualTo(Distribution.onDate(LocalDate.of(2024, 3, 6), usd("-20.00")))
        .isNotEqualTo(Distribution.of(0, usd("-20.00")))
        .hasToString("2024-03-05:USD -20.00");
    assertThatThrownBy(() -> Distribution.onDate(null, usd("1.00"))).isInstanceOf(NullPointerException.class);
  }

  @Test
  void test_distributed_daysThenDates_eachStrictlyAscending() {
    LocalDate mar5 = LocalDate.of(2024, 3, 5);
    FundsAvailability mixed = FundsAvailability.distributed(List.of(Distribution.of(0, usd("1.00")),
        Distribution.of(2, usd("2.00")), Distribution.onDate(mar5, usd("3.00")),
        Distribution.onDate(mar5.plusDays(1), usd("-4.00"))));
    assertThat(mixed.code()).isEqualTo("D");
    assertThat(mixed.distributedTotal()).contains(usd("2.00"));
    List<List<Distribution>> refused = List.of(
        List.of(Distribution.onDate(mar5, usd("1.00")), Distribution.of(0, usd("1.00"))),
        List.of(Distribution.onDate(mar5, usd("1.00")), Distribution.onDate(mar5, usd("1.00"))),
        List.of(Distribution.onDate(mar5, usd("1.00")), Distribution.onDate(mar5.minusDays(1), usd("1.00"))));
    for (List<Distribution> ds : refused) {
      assertThatThrownBy(() -> FundsAvailability.distributed(ds)).as("%s", ds)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ascend strictly");
    }
    // Code S is about days 0, 1 and 2 only; a date in third place is not "two or more days".
    assertThatThrownBy(() -> FundsAvailability.builder().type(Type.DISTRIBUTED).code("S")
        .addDistributions(Distribution.of(0, usd("1.00")), Distribution.of(1, usd("1.00")),
            Distribution.onDate(mar5, usd("1.00"))).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly 0, 1 and 2 days");
  }

  @Test
  void test_transaction_carriesItsOwnAvailabilityInAnyCurrency() {
    FundsAvailability eur = FundsAvailability.distributed(List.of(Distribution.of(1, Money.of("EUR", "1.00"))));
    Transaction tx = Transaction.builder().amount(usd("1.00")).direction(Direction.CREDIT)
        .status(EntryStatus.BOOKED).duplicateKey("k").availability(eur).build();
    assertThat(tx.availability()).contains(eur);
    assertThat(Transaction.builder().amount(usd("1.00")).direction(Direction.CREDIT)
        .status(EntryStatus.BOOKED).duplicateKey("k").build().availability()).isEmpty();
  }

  @Test
  void test_distribution_equalsByValue() {
    assertThat(Distribution.of(1, usd("2.00"))).isEqualTo(Distribution.of(1, usd("2.00")))
        .hasSameHashCodeAs(Distribution.of(1, usd("2.00")))
        .isNotEqualTo(Distribution.of(2, usd("2.00")))
        .isNotEqualTo(Distribution.of(1, usd("2.01")))
        .hasToString("1:USD 2.00");
  }
}
