package dev.o2c.matching.statement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.o2c.core.money.Money;
import dev.o2c.matching.statement.Balance;
import dev.o2c.matching.statement.BalanceType;
import dev.o2c.core.domain.Direction;
import dev.o2c.matching.statement.Entry;
import dev.o2c.matching.statement.EntryStatus;
import dev.o2c.matching.statement.Finding;
import dev.o2c.matching.statement.Transaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

class BalanceReconciliationTest {

  private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

  private static Entry entry(String ccy, String amount, Direction direction, EntryStatus status) {
    Money m = Money.of(ccy, amount);
    return Entry.builder().amount(m).direction(direction).status(status)
        .addTransactions(Transaction.builder().amount(m).direction(direction).status(status)
            .duplicateKey("k").build())
        .build();
  }

  private static Optional<Balance> balance(BalanceType type, String ccy, String amount) {
    return Optional.of(Balance.of(type, Money.of(ccy, amount), DAY));
  }

  @Test
  void test_balancesThatReconcile_giveNoFinding_andPendingEntriesDoNotCount() {
    BalanceReconciliation r = new BalanceReconciliation();
    r.add(entry("EUR", "10.00", Direction.CREDIT, EntryStatus.BOOKED));
    r.add(entry("EUR", "3.50", Direction.DEBIT, EntryStatus.BOOKED));
    r.add(entry("EUR", "99.00", Direction.CREDIT, EntryStatus.PENDING));
    r.add(entry("EUR", "99.00", Direction.DEBIT, EntryStatus.INFO));
    assertThat(r.check(balance(BalanceType.OPENING_BOOKED, "EUR", "100.00"),
        balance(BalanceType.CLOSING_BOOKED, "EUR", "106.50"), "line 1")).isEmpty();
    assertThat(r.credits(Monetary.getCurrency("EUR"))).isEqualByComparingTo("10.00");
    assertThat(r.debits(Monetary.getCurrency("EUR"))).isEqualByComparingTo("3.50");
    assertThat(r.creditCount(Monetary.getCurrency("EUR"))).isEqualTo(1);
    assertThat(r.debitCount(Monetary.getCurrency("EUR"))).isEqualTo(1);
  }

  @Test
  void test_mismatch_namesEveryNumber() {
    BalanceReconciliation r = new BalanceReconciliation();
    r.add(entry("EUR", "10.00", Direction.CREDIT, EntryStatus.BOOKED));
    Optional<Finding> f = r.check(balance(BalanceType.OPENING_BOOKED, "EUR", "100.00"),
        balance(BalanceType.CLOSING_BOOKED, "EUR", "111.00"), "line 1");
    assertThat(f).hasValueSatisfying(x -> {
      assertThat(x.code()).isEqualTo(Finding.BALANCE_MISMATCH);
      assertThat(x.location()).isEqualTo("line 1");
      assertThat(x.message()).isEqualTo("opening booked EUR 100.00 + credits EUR 10.00 - debits EUR 0.00"
          + " = EUR 110.00, but closing booked is EUR 111.00 (difference EUR 1.00)");
    });
  }

  @Test
  void test_currencies_thatCannotMeet_areAFinding() {
    BalanceReconciliation r = new BalanceReconciliation();
    assertThat(r.check(balance(BalanceType.OPENING_BOOKED, "EUR", "1.00"),
        balance(BalanceType.CLOSING_BOOKED, "USD", "1.00"), "p")).hasValueSatisfying(x ->
        assertThat(x.message()).contains("opening booked balance is in EUR, closing booked balance in USD"));
    r.add(entry("CHF", "1.00", Direction.CREDIT, EntryStatus.BOOKED));
    assertThat(r.check(balance(BalanceType.OPENING_BOOKED, "EUR", "1.00"),
        balance(BalanceType.CLOSING_BOOKED, "EUR", "1.00"), "p")).hasValueSatisfying(x ->
        assertThat(x.message()).contains("booked entries in CHF on a statement with balances in EUR"));
  }

  @Test
  void test_withoutOpeningOrClosing_nothingIsChecked() {
    BalanceReconciliation r = new BalanceReconciliation();
    r.add(entry("EUR", "10.00", Direction.CREDIT, EntryStatus.BOOKED));
    assertThat(r.check(Optional.empty(), balance(BalanceType.CLOSING_BOOKED, "EUR", "1.00"), "p")).isEmpty();
    assertThat(r.check(balance(BalanceType.OPENING_BOOKED, "EUR", "1.00"), Optional.empty(), "p")).isEmpty();
  }

  @Test
  void test_sumsBeyondALong_stayExact() {
    BalanceReconciliation r = new BalanceReconciliation();
    Money big = Money.ofMinor(Monetary.getCurrency("EUR"), Long.MAX_VALUE / 2 + 1);
    for (int i = 0; i < 5; i++) {
      r.add(Entry.builder().amount(big).direction(Direction.CREDIT).status(EntryStatus.BOOKED)
          .addTransactions(Transaction.builder().amount(big).direction(Direction.CREDIT)
              .status(EntryStatus.BOOKED).duplicateKey("k").build())
          .build());
    }
    BigDecimal expected = big.amount().multiply(BigDecimal.valueOf(5));
    assertThat(r.credits(Monetary.getCurrency("EUR"))).isEqualByComparingTo(expected);
    assertThat(r.check(balance(BalanceType.OPENING_BOOKED, "EUR", "0.00"),
        balance(BalanceType.CLOSING_BOOKED, "EUR", "0.00"), "p")).hasValueSatisfying(x ->
        assertThat(x.message()).contains("credits EUR " + expected.toPlainString()));
  }
}
