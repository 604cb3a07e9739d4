package dev.o2c.testkit.cashapp;

import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.ReferredDocument;
import dev.o2c.core.domain.Remittance;
import dev.o2c.core.domain.RemittanceAdjustment;
import dev.o2c.core.domain.RemittanceAdvice;
import dev.o2c.core.domain.StructuredReference;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.money.Money;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The remittance advices of a {@link CashAppWorld}: what payers send beside their payments, outside
 * the bank statement (EDI 820 style), with the full list of documents that the statement line cut at
 * its field limit.
 *
 * <p>Who sends one: {@value #MULTI_INVOICE_SHARE} of the payments of several invoices with
 * remittance (scenario 3) and {@value #DEDUCTION_SHARE} of the short payments with a deduction
 * (scenario 6), as payers' accounts-payable systems do for batch payments and for deductions they
 * must explain. An advice lists every document the payment settles, one structured block each: the
 * number (mistyped like structured references, at 3 % per number times the difficulty's noise
 * factor), the type ({@code CINV} or {@code CREN}), the amount remitted (what the payer sent for it,
 * bank charges included), the discount taken and the deduction with its reason code when the payer
 * gave one. Its keys are those a payer knows: the end-to-end id it set, the account it paid from
 * (when the bank shows one), the total it sent and the day it paid (0-2 days before the value date);
 * never the bank's own reference. Advices whose payment shows neither key join nothing, as in life.
 *
 * <p>The draws come from a random stream of their own, seeded from the world's seed, so the world's
 * other files are the same with or without advices; the same world gives the same advices.
 */
public final class CashAppAdvices {

  /** Share of multi-invoice payments with remittance (scenario 3) that come with an advice. */
  public static final double MULTI_INVOICE_SHARE = 0.6;

  /** Share of short payments with a deduction (scenario 6) that come with an advice. */
  public static final double DEDUCTION_SHARE = 0.3;

  private CashAppAdvices() {}

  /**
   * The advices of a world, in statement order of their payments.
   *
   * @param world the world
   * @return the advices, ids {@code RA-000001} upwards
   */
  public static List<RemittanceAdvice> of(CashAppWorld world) {
    Objects.requireNonNull(world, "world");
    double noise = 0.03 * world.config().difficulty().noiseFactor();
    Map<CustomerId, BenchCustomer> customers = new HashMap<>();
    world.customers().forEach(c -> customers.put(c.id(), c));
    Map<DocumentNumber, ItemKind> kinds = new HashMap<>();
    world.items().forEach(i -> kinds.put(i.documentNumber(), i.kind()));
    Map<String, LineTruth> truths = world.truthsByRef();
    List<RemittanceAdvice> advices = new ArrayList<>();
    for (int index = 0; index < world.lines().size(); index++) {
      BankLine line = world.lines().get(index);
      LineTruth truth = truths.get(line.entryRef());
      double share = truth == null || !line.credit() || truth.allocations().isEmpty() ? 0
          : truth.scenario() == CashAppScenario.MULTI_WITH_REMITTANCE ? MULTI_INVOICE_SHARE
          : truth.scenario() == CashAppScenario.SHORT_PAY_DEDUCTION ? DEDUCTION_SHARE : 0;
      // A stream per line: whether and how one line has an advice changes no other line's advice.
      SplittableRandom r = new SplittableRandom(world.seed() * 0x9E3779B97F4A7C15L + 820 + index * 0xBF58476D1CE4E5B9L);
      if (r.nextDouble() >= share) {
        continue;
      }
      Remittance.Builder remittance = Remittance.builder();
      Money total = Money.zero(line.amount().currency());
      for (AllocationTruth a : truth.allocations()) {
        String number = Noise.corrupt(r, a.documentNumber().toString(), noise);
        boolean memo = kinds.get(a.documentNumber()) == ItemKind.CREDIT_MEMO || a.applied().isNegative();
        StructuredReference.Builder block = StructuredReference.builder()
            .addReferredDocuments(ReferredDocument.builder().number(number).type(memo ? "CREN" : "CINV").build());
        Money sent = a.applied().plus(a.fee());
        if (memo) {
          block.creditNoteAmount(sent.negated());
        } else {
          block.remittedAmount(sent);
        }
        if (a.discount().isPositive()) {
          block.addDiscounts(RemittanceAdjustment.builder().amount(a.discount()).build());
        }
        if (a.deductionReason().isPresent()) {
          int reason = LineScenarios.reasonIndex(a.deductionReason().get());
          block.addAdjustments(RemittanceAdjustment.builder().amount(a.deduction())
              .reason(LineScenarios.REASON_CODES[reason]).build());
        }
        remittance.addStructured(block.build());
        total = total.plus(sent);
      }
      Optional<String> account = line.payerAccount().or(() -> customers.get(truth.allocations().get(0).customerId())
          .bankAccounts().stream().findFirst());
      if (!total.isPositive() || (line.endToEndId().isEmpty() && account.isEmpty())) {
        continue; // an advice needs a total and a key to its payment
      }
      // The customer the items belong to sends the advice, from the account the bank shows or else its own.
      BenchCustomer payer = customers.get(truth.allocations().get(0).customerId());
      RemittanceAdvice.Builder advice = RemittanceAdvice.builder()
          .id(String.format(Locale.ROOT, "RA-%06d", advices.size() + 1))
          .payerName(payer.name())
          .amount(total)
          .paymentDate(line.valueDate().minusDays(r.nextInt(3)))
          .remittance(remittance.build());
      line.endToEndId().ifPresent(advice::endToEndId);
      account.ifPresent(advice::payerAccount);
      advices.add(advice.build());
    }
    return List.copyOf(advices);
  }
}
