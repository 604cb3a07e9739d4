package dev.o2c.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.Deduction;
import dev.o2c.core.domain.DeductionReason;
import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.id.BankReference;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DeductionId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.money.Money;
import dev.o2c.core.money.MoneyTotals;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

/**
 * Cut-over: books loaded as they stand (part-paid items, cash in every bucket, open deductions,
 * customers in any order) read back exactly through the as-of queries from the cut-over date on,
 * and not before it.
 */
class LedgerCutOverTest {

  private static final int EXAMPLES = Integer.getInteger("o2c.qt.examples", 2000);
  private static final LocalDate CUT_OVER = LocalDate.of(2026, 7, 1);

  @Test
  void test_loadedBooks_readBackExactly_asOfTheCutOverDate() {
    qt().withExamples(EXAMPLES / 4).forAll(integers().between(1, 8), lists().of(integers().between(0, 100_000))
        .ofSizeBetween(1, 40), integers().all()).checkAssert((customers, amounts, seed) -> {
          Random random = new Random(seed);
          List<LedgerCommand> load = new ArrayList<>();
          List<Customer> master = new ArrayList<>();
          for (int c = 0; c < customers; c++) {
            Optional<CustomerId> parent = c > 0 && random.nextBoolean()
                ? Optional.of(CustomerId.of("K" + random.nextInt(c))) : Optional.empty();
            master.add(Customer.builder().id(CustomerId.of("K" + c)).name("K" + c).parentId(parent)
                .currency(Monetary.getCurrency("EUR")).build());
          }
          Collections.shuffle(master, random);
          load.add(RegisterCustomers.builder().date(CUT_OVER).addAllCustomers(master).build());

          Map<CustomerId, MoneyTotals.Accumulator> open = new HashMap<>();
          Map<CustomerId, MoneyTotals.Accumulator> deducted = new HashMap<>();
          Map<CustomerId, MoneyTotals.Accumulator> unapplied = new HashMap<>();
          MoneyTotals.Accumulator suspense = new MoneyTotals.Accumulator();
          for (int i = 0; i < amounts.size(); i++) {
            CustomerId customer = CustomerId.of("K" + random.nextInt(customers));
            long original = 1 + amounts.get(i);
            switch (random.nextInt(3)) {
              case 0: {
                boolean memo = random.nextInt(5) == 0;
                long openMinor = 1 + Math.floorMod(random.nextLong(), original);
                int sign = memo ? -1 : 1;
                DocumentNumber number = DocumentNumber.of("I" + i);
                load.add(PostOpeningItem.of(OpenItem.builder().documentNumber(number).customerId(customer)
                    .kind(memo ? ItemKind.CREDIT_MEMO : ItemKind.INVOICE)
                    .documentDate(CUT_OVER.minusDays(random.nextInt(200))).dueDate(CUT_OVER.plusDays(5))
                    .originalAmount(Money.ofMinor(Monetary.getCurrency("EUR"), sign * original))
                    .openAmount(Money.ofMinor(Monetary.getCurrency("EUR"), sign * openMinor)).build(), CUT_OVER));
                open.computeIfAbsent(customer, k -> new MoneyTotals.Accumulator())
                    .add(Monetary.getCurrency("EUR"), sign * openMinor);
                long settled = original - openMinor;
                if (!memo && settled > 0 && random.nextBoolean()) {
                  Money deduction = Money.ofMinor(Monetary.getCurrency("EUR"), 1 + random.nextInt((int) settled));
                  load.add(PostOpeningDeduction.of(Deduction.builder().id(DeductionId.of("D" + i))
                      .customerId(customer).documentNumber(number).amount(deduction)
                      .reason(DeductionReason.PRICING).createdOn(CUT_OVER.minusDays(3)).build(), CUT_OVER));
                  deducted.computeIfAbsent(customer, k -> new MoneyTotals.Accumulator()).add(deduction);
                }
                break;
              }
              case 1: {
                Money amount = Money.ofMinor(Monetary.getCurrency("EUR"), original);
                load.add(PostOpeningCash.of(Payment.builder().bankReference(BankReference.of("B" + i))
                    .amount(amount).valueDate(CUT_OVER.minusDays(1)).customerId(customer).build(),
                    CashBucket.UNAPPLIED, CUT_OVER));
                unapplied.computeIfAbsent(customer, k -> new MoneyTotals.Accumulator()).add(amount);
                break;
              }
              default: {
                Money amount = Money.ofMinor(Monetary.getCurrency("EUR"), original);
                load.add(PostOpeningCash.of(Payment.builder().bankReference(BankReference.of("S" + i))
                    .amount(amount).valueDate(CUT_OVER.minusDays(2)).build(), CashBucket.SUSPENSE, CUT_OVER));
                suspense.add(amount);
                break;
              }
            }
          }

          ReceivablesLedger ledger = ReceivablesLedger.create();
          ledger.postAll(load);
          LedgerView view = ledger.asOf(CUT_OVER);
          for (Customer customer : master) {
            CustomerBalance balance = view.customerBalance(customer.id());
            assertThat(balance.openItems()).isEqualTo(total(open, customer.id()));
            assertThat(balance.openDeductions()).isEqualTo(total(deducted, customer.id()));
            assertThat(balance.unappliedCash()).isEqualTo(total(unapplied, customer.id()));
            assertThat(ledger.asOf(CUT_OVER.minusDays(1)).customerBalance(customer.id()).net().isZero()).isTrue();
            assertThat(ledger.now().customerBalance(customer.id())).isEqualTo(balance);
          }
          assertThat(view.suspense()).isEqualTo(suspense.total());
          long opening = ledger.journal().stream().filter(l -> l.account() == AccountRole.OPENING_BALANCE)
              .mapToLong(l -> l.signedAmount().minorUnits()).sum();
          long loaded = ledger.journal().stream().filter(l -> l.account() != AccountRole.OPENING_BALANCE)
              .mapToLong(l -> l.signedAmount().minorUnits()).sum();
          assertThat(opening + loaded).as("the journal balances").isZero();
          LedgerInvariantsTest.assertInvariants(ledger);
        });
  }

  private static MoneyTotals total(Map<CustomerId, MoneyTotals.Accumulator> sums, CustomerId customer) {
    MoneyTotals.Accumulator sum = sums.get(customer);
    return sum == null ? MoneyTotals.ZERO : sum.total();
  }
}
