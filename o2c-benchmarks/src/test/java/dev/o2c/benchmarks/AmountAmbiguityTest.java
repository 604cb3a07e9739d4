package dev.o2c.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.domain.Remittance;
import dev.o2c.core.id.BankReference;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.money.Currencies;
import dev.o2c.core.money.Money;
import dev.o2c.testkit.cashapp.AllocationTruth;
import dev.o2c.testkit.cashapp.BankLine;
import dev.o2c.testkit.cashapp.BenchItem;
import dev.o2c.testkit.cashapp.CashAppConfig;
import dev.o2c.testkit.cashapp.CashAppScenario;
import dev.o2c.testkit.cashapp.CashAppWorld;
import dev.o2c.testkit.cashapp.Decision;
import dev.o2c.testkit.cashapp.LineOutcome;
import dev.o2c.testkit.cashapp.LineTruth;
import dev.o2c.testkit.cashapp.ReferenceKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.junit.jupiter.api.Test;

class AmountAmbiguityTest {

  private static final LocalDate DAY = LocalDate.of(2026, 6, 1);
  private static final CustomerId PAYER = CustomerId.of("C-1");
  private static final CurrencyUnit EUR = Currencies.of("EUR");

  private final List<BenchItem> items = new ArrayList<>();
  private final List<BankLine> lines = new ArrayList<>();
  private final List<LineTruth> truths = new ArrayList<>();
  private final List<Payment> payments = new ArrayList<>();
  private final List<LineOutcome> outcomes = new ArrayList<>();

  @Test
  void counts_the_sets_as_likely_as_the_truth_that_swaps_of_unnamed_invoices_make() {
    // named: 1 and 2; unnamed truth: 3 (300.00) and 7 (410.00); newer open invoices of the same totals:
    // 300.00 twice (4, 11) and 410.00 once (10) for one swap, and for two swaps 390 + 320, 300 + 410 (twice)
    invoice(1, "100.00");
    invoice(2, "200.00");
    invoice(3, "300.00");
    invoice(4, "300.00");
    invoice(7, "410.00");
    invoice(8, "390.00");
    invoice(9, "320.00");
    invoice(10, "410.00");
    invoice(11, "300.00");
    line("B1", "k=4", "Invoices INV-2026-000001 INV-2026-000002", Decision.SUGGESTED, 1, 2, 3, 7);

    AmountAmbiguity.Result result = AmountAmbiguity.of(world(), payments, outcomes);

    assertThat(result.leftForPerson()).isEqualTo(1);
    assertThat(result.ambiguous()).isEqualTo(1);
    // 6 other sets: the truth is one of 7, which a top 3 holds with a chance of 3 in 7
    assertThat(result.expectedMisses()).isCloseTo(1 - 3.0 / 7, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(result.ceiling()).isCloseTo(3.0 / 7, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void counts_a_swap_of_four_invoices_when_no_smaller_one_makes_the_total() {
    invoice(1, "100.00");
    // unnamed truth: 101.37 + 203.91 + 407.13 + 809.29; four open invoices of the same total, no fewer
    invoice(2, "101.37");
    invoice(3, "203.91");
    invoice(4, "407.13");
    invoice(5, "809.29");
    invoice(6, "205.95");
    invoice(7, "438.39");
    invoice(8, "406.66");
    invoice(9, "470.70");
    line("B1", "k=5", "Invoice INV-2026-000001", Decision.SUGGESTED, 1, 2, 3, 4, 5);

    AmountAmbiguity.Result result = AmountAmbiguity.of(world(), payments, outcomes);

    assertThat(result.ambiguous()).isEqualTo(1);
    // one other set: the truth is one of two, which a top 3 always holds
    assertThat(result.expectedMisses()).isZero();
  }

  @Test
  void leaves_out_automatic_lines_named_invoices_older_ones_and_oldest_first_payments() {
    invoice(1, "100.00");
    invoice(2, "200.00");
    invoice(3, "300.00");
    invoice(4, "300.00");
    invoice(5, "500.00");
    invoice(6, "500.00");
    // applied automatically: not left for a person
    line("B1", "k=2", "INV-2026-000001", Decision.AUTO, 1, 3);
    // 5 is named through one typing error: nothing unnamed is left to swap
    line("B2", "k=2", "Rechnung 2026-000002 INV-2026-000015", Decision.SUGGESTED, 2, 5);
    // the oldest items in a row follow a rule, not a draw
    line("B3", "k=2 oldest-first", "", Decision.SUGGESTED, 4, 6);

    AmountAmbiguity.Result result = AmountAmbiguity.of(world(), payments, outcomes);

    assertThat(result.leftForPerson()).isEqualTo(2);
    assertThat(result.ambiguous()).isZero();
    assertThat(result.ceiling()).isEqualTo(1.0);
  }

  private void invoice(int serial, String amount) {
    items.add(new BenchItem(number(serial), PAYER, ItemKind.INVOICE, DAY.minusDays(60 - serial),
        DAY.minusDays(30 - serial), Money.of("EUR", amount), Optional.empty(), "NET 30"));
  }

  private static DocumentNumber number(int serial) {
    return DocumentNumber.of(String.format("INV-2026-%06d", serial));
  }

  private void line(String ref, String detail, String text, Decision decision, int... serials) {
    Money total = Money.zero(EUR);
    List<AllocationTruth> allocations = new ArrayList<>();
    for (int serial : serials) {
      BenchItem item = items.stream().filter(i -> i.documentNumber().equals(number(serial))).findFirst().orElseThrow();
      allocations.add(AllocationTruth.applied(item.documentNumber(), PAYER, item.amount()));
      total = total.plus(item.amount());
    }
    lines.add(new BankLine(ref, true, total, DAY, DAY, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.of(text), Optional.empty(), List.of(), Optional.empty(), false, Optional.empty(), 0));
    CashAppScenario scenario = text.isEmpty() ? CashAppScenario.MULTI_WITHOUT_REMITTANCE
        : CashAppScenario.MULTI_WITH_REMITTANCE;
    truths.add(new LineTruth(ref, scenario, true, total, Optional.of(PAYER), allocations, Money.zero(EUR), true,
        text.isEmpty() ? ReferenceKind.NONE : ReferenceKind.INVOICE_NUMBER, detail, Optional.empty()));
    payments.add(Payment.builder().bankReference(BankReference.of(ref)).amount(total).valueDate(DAY)
        .remittance(text.isEmpty() ? Remittance.empty() : Remittance.ofText(text)).build());
    outcomes.add(new LineOutcome(ref, decision, Optional.of(PAYER), List.of(), Money.zero(EUR), List.of()));
  }

  private CashAppWorld world() {
    return new CashAppWorld(CashAppConfig.defaults(), 1, List.of(), items, lines, truths);
  }
}
