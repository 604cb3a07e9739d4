package dev.o2c.aging.ecl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2c.core.ledger.Side;
import dev.o2c.core.money.CurrencyMismatchException;
import dev.o2c.core.money.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The provision matrix and the adjusting entry against a worked example computed by hand. */
class ProvisionMatrixTest {

  static final List<String> LABELS = List.of("current", "1-30", "31-60", "61-90", "91-120", "121+");

  static BucketBalances book() {
    return BucketBalances.of(LABELS, List.of(eur("50000.00"), eur("12000.00"), eur("3000.00"), eur("1234.58"),
        eur("-100.00"), eur("333.33")));
  }

  static ProvisionMatrix matrix() {
    return ProvisionMatrix.of(LABELS, List.of(d("0.005"), d("0.02"), d("0.10"), d("0.25"), d("0.50"), d("0.75")));
  }

  @Test
  void test_allowancePerBucket_roundedHalfUp_totalIsSumOfRows() {
    Allowance allowance = matrix().apply(book());
    // current  50,000.00 × 0.005 =   250.00
    // 1-30     12,000.00 × 0.02  =   240.00
    // 31-60     3,000.00 × 0.10  =   300.00
    // 61-90     1,234.58 × 0.25  =   308.645   -> 308.65 (half-up; half-even would give 308.64)
    // 91-120     -100.00 × 0.50  =   -50.00    (a credit memo outweighs the invoices in the bucket)
    // 121+        333.33 × 0.75  =   249.9975  -> 250.00
    // total = 250.00 + 240.00 + 300.00 + 308.65 − 50.00 + 250.00 = 1,298.65
    assertThat(allowance.rows()).extracting(AllowanceRow::allowance).containsExactly(eur("250.00"), eur("240.00"),
        eur("300.00"), eur("308.65"), eur("-50.00"), eur("250.00"));
    assertThat(allowance.total()).isEqualTo(eur("1298.65"));
    // gross 50,000 + 12,000 + 3,000 + 1,234.58 − 100 + 333.33 = 66,467.91
    assertThat(allowance.grossTotal()).isEqualTo(eur("66467.91")).isEqualTo(book().total());
  }

  @Test
  void test_halfUpRoundsNegativeHalvesAwayFromZero() {
    // -0.05 × 0.5 = -0.025 -> -0.03
    Allowance allowance = ProvisionMatrix.single("receivables", d("0.5"))
        .apply(BucketBalances.of(List.of("receivables"), List.of(eur("-0.05"))));
    assertThat(allowance.total()).isEqualTo(eur("-0.03"));
  }

  @Test
  void test_adjustment_creditBalance_debitBalance_andRelease() {
    Allowance allowance = matrix().apply(book());   // required 1,298.65
    // existing credit balance 1,200.00: expense 1,298.65 − 1,200.00 = 98.65, debit expense / credit allowance
    AllowanceAdjustment increase = allowance.adjustment(eur("1200.00"));
    assertThat(increase.expense()).isEqualTo(eur("98.65"));
    assertThat(increase.debitAccount()).isEqualTo(AllowanceAccount.CREDIT_LOSS_EXPENSE);
    assertThat(increase.creditAccount()).isEqualTo(AllowanceAccount.ALLOWANCE);
    assertThat(increase.adjustedBalance()).isEqualTo(eur("1298.65"));
    // existing debit balance 300.00 (write-offs exceeded it): 1,298.65 − (−300.00) = 1,598.65
    assertThat(allowance.adjustment(eur("-300.00")).expense()).isEqualTo(eur("1598.65"));
    // existing credit balance 1,500.00: 1,298.65 − 1,500.00 = −201.35, a release
    AllowanceAdjustment release = allowance.adjustment(eur("1500.00"));
    assertThat(release.expense()).isEqualTo(eur("-201.35"));
    assertThat(release.amount()).isEqualTo(eur("201.35"));
    assertThat(release.expenseSide()).isEqualTo(Side.CREDIT);
    assertThat(release.debitAccount()).isEqualTo(AllowanceAccount.ALLOWANCE);
    assertThat(release.creditAccount()).isEqualTo(AllowanceAccount.CREDIT_LOSS_EXPENSE);
    assertThatThrownBy(() -> allowance.adjustment(Money.of("USD", "1.00"))).isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void test_percentageOfReceivables() {
    // the classic single-rate allowance: 66,467.91 × 0.03 = 1,994.0373 -> 1,994.04
    BucketBalances whole = BucketBalances.of(List.of("receivables"), List.of(book().total()));
    assertThat(ProvisionMatrix.single("receivables", d("0.03")).apply(whole).total()).isEqualTo(eur("1994.04"));
  }

  @Test
  void test_forwardLookingAdjustment_multipliesAndCapsAtOne() {
    ProvisionMatrix adjusted = matrix().adjustedBy(d("1.5"));
    // 0.005 × 1.5 = 0.0075 ... 0.50 × 1.5 = 0.75; 0.75 × 1.5 = 1.125 -> capped at 1
    assertThat(adjusted).isEqualTo(ProvisionMatrix.of(LABELS,
        List.of(d("0.0075"), d("0.03"), d("0.15"), d("0.375"), d("0.75"), d("1"))));
    assertThatThrownBy(() -> matrix().adjustedBy(d("-0.1"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void test_badMatrices_areRefused_withEveryProblemNamed() {
    assertThatThrownBy(() -> ProvisionMatrix.of(List.of("a", "a", "b"), List.of(d("1.2"), d("-0.1"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 buckets but 2 rates")
        .hasMessageContaining("bucket a appears twice")
        .hasMessageContaining("rate 1.2 of bucket a is outside [0, 1]")
        .hasMessageContaining("rate -0.1 of bucket a is outside [0, 1]");
    assertThatThrownBy(() -> matrix().apply(BucketBalances.of(List.of("current"), List.of(eur("1.00")))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not the matrix's");
  }

  static Money eur(String amount) {
    return Money.of("EUR", amount);
  }

  static BigDecimal d(String value) {
    return new BigDecimal(value);
  }
}
