package dev.o2c.matching.cashapp;

import dev.o2c.core.domain.Payment;
import dev.o2c.core.domain.Remittance;
import dev.o2c.core.domain.RemittanceAdvice;
import dev.o2c.core.id.PaymentId;
import dev.o2c.core.money.Money;
import dev.o2c.matching.cashapp.text.BankAccounts;
import dev.o2c.matching.cashapp.text.PayerNames;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Joins remittance advices to the payments they describe, so that cash application reads the full
 * list of documents where the bank statement kept only what fitted into its remittance field.
 *
 * <p>An advice joins the one payment that its strongest key names, tried in this order:
 * <ol>
 *   <li>the bank's reference of the credit ({@link RemittanceAdvice#bankReference()} equals
 *       {@link Payment#bankReference()});
 *   <li>the end-to-end id the payer gave the transfer (spaces and case ignored; a filler such as
 *       {@code NOTPROVIDED} is no id, {@link RemittanceAdvice#isFiller});
 *   <li>the payer's account (spaces and case ignored) with the amount, equal to the amount credited
 *       or to the amount the payer instructed, and, when the advice states it, a payment date from
 *       {@value #DAYS_BEFORE_VALUE_DATE} days before the value date up to the value date;
 *   <li>where no payment from that account fits (the bank showed none), the payer's name with the
 *       same amount and date: the same words in any order, case, accents, punctuation and legal form
 *       aside ({@link PayerNames#key}).
 * </ol>
 * A key that fits several payments, or a payment that several advices name by their strongest keys,
 * joins nothing: guessing would put one payer's list on another's money. Such advices, and those
 * no payment fits, come back {@linkplain AdviceJoin#unjoined() unjoined} with the reason, for a
 * person to look at.
 *
 * <p>A joined payment keeps its own remittance and gains the advice's: the advice's structured
 * blocks after its own, the advice's free text after its own lines. Joining is pure: it returns
 * copies and changes neither the payments nor the advices.
 *
 * <pre>{@code
 * AdviceJoin join = RemittanceAdvices.of(advices).joinTo(payments);
 * CashApplicationRun run = engine.decideAll(join.payments());
 * join.unjoined().forEach(u -> log.warn("advice {}: {}", u.advice().id(), u.reason()));
 * }</pre>
 */
public final class RemittanceAdvices {

  /** How many days before the value date a payer's stated payment date may lie (weekends, foreign transfers). */
  public static final int DAYS_BEFORE_VALUE_DATE = 5;

  private final List<RemittanceAdvice> advices;

  private RemittanceAdvices(List<RemittanceAdvice> advices) {
    this.advices = advices;
  }

  /**
   * The advices to join, in the order given.
   *
   * @param advices the advices; each id at most once
   * @return the advices
   * @throws IllegalArgumentException if two advices share an id
   */
  public static RemittanceAdvices of(Collection<RemittanceAdvice> advices) {
    Objects.requireNonNull(advices, "advices");
    Set<String> ids = new HashSet<>();
    for (RemittanceAdvice advice : advices) {
      if (!ids.add(advice.id())) {
        throw new IllegalArgumentException("remittance advice " + advice.id() + " is given twice");
      }
    }
    return new RemittanceAdvices(List.copyOf(advices));
  }

  /** {@return the advices, in the order given} */
  public List<RemittanceAdvice> advices() {
    return advices;
  }

  /**
   * Joins each advice to the payment it describes.
   *
   * @param payments the payments, e.g. of one statement, in statement order
   * @return the payments in the same order, those with an advice carrying its remittance too, and
   *     the advices that joined none
   */
  public AdviceJoin joinTo(List<Payment> payments) {
    Objects.requireNonNull(payments, "payments");
    Map<String, List<Integer>> byBankReference = new HashMap<>();
    Map<String, List<Integer>> byEndToEnd = new HashMap<>();
    Map<String, List<Integer>> byAccount = new HashMap<>();
    Map<String, List<Integer>> byName = new HashMap<>();
    for (int i = 0; i < payments.size(); i++) {
      Payment p = payments.get(i);
      int index = i;
      byBankReference.computeIfAbsent(p.bankReference().toString(), k -> new ArrayList<>(1)).add(index);
      endToEndKey(p.endToEndId()).ifPresent(k -> byEndToEnd.computeIfAbsent(k, x -> new ArrayList<>(1)).add(index));
      p.payerAccount().map(BankAccounts::normalise).filter(a -> !a.isEmpty())
          .ifPresent(k -> byAccount.computeIfAbsent(k, x -> new ArrayList<>(1)).add(index));
      p.payerName().map(PayerNames::key).filter(n -> !n.isEmpty())
          .ifPresent(k -> byName.computeIfAbsent(k, x -> new ArrayList<>(1)).add(index));
    }
    // Each advice's one candidate payment by its strongest key, or why it has none.
    Map<Integer, List<RemittanceAdvice>> claims = new LinkedHashMap<>();
    List<AdviceJoin.Unjoined> unjoined = new ArrayList<>();
    for (RemittanceAdvice advice : advices) {
      List<Integer> fits = candidates(advice, payments, byBankReference, byEndToEnd, byAccount, byName);
      if (fits.isEmpty()) {
        unjoined.add(new AdviceJoin.Unjoined(advice, "no payment " + keysInWords(advice)));
      } else if (fits.size() > 1) {
        unjoined.add(new AdviceJoin.Unjoined(advice, fits.size() + " payments fit it: "
            + String.join(", ", fits.stream().map(i -> payments.get(i).id().toString()).toList())));
      } else {
        claims.computeIfAbsent(fits.get(0), k -> new ArrayList<>(1)).add(advice);
      }
    }
    List<Payment> joined = new ArrayList<>(payments);
    Map<PaymentId, RemittanceAdvice> adviceOf = new LinkedHashMap<>();
    int joinedCount = 0;
    for (Map.Entry<Integer, List<RemittanceAdvice>> claim : claims.entrySet()) {
      Payment payment = payments.get(claim.getKey());
      List<RemittanceAdvice> claimants = claim.getValue();
      if (claimants.size() > 1) {
        List<String> ids = claimants.stream().map(RemittanceAdvice::id).toList();
        for (RemittanceAdvice advice : claimants) {
          unjoined.add(new AdviceJoin.Unjoined(advice, "payment " + payment.id() + " is named by " + ids.size()
              + " advices: " + String.join(", ", ids)));
        }
      } else {
        RemittanceAdvice advice = claimants.get(0);
        joined.set(claim.getKey(), payment.withRemittance(merged(payment.remittance(), advice.remittance())));
        // Two payments of one id (a corrupt statement) each keep their advice; the id names the first.
        adviceOf.putIfAbsent(payment.id(), advice);
        joinedCount++;
      }
    }
    // Advices named with others by one payment were found last: back into the order given.
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < advices.size(); i++) {
      position.put(advices.get(i).id(), i);
    }
    unjoined.sort(Comparator.comparingInt(u -> position.get(u.advice().id())));
    return new AdviceJoin(joined, adviceOf, joinedCount, unjoined);
  }

  private static List<Integer> candidates(RemittanceAdvice advice, List<Payment> payments,
      Map<String, List<Integer>> byBankReference, Map<String, List<Integer>> byEndToEnd,
      Map<String, List<Integer>> byAccount, Map<String, List<Integer>> byName) {
    if (advice.bankReference().isPresent()) {
      List<Integer> fits = byBankReference.getOrDefault(advice.bankReference().get().toString(), List.of());
      if (!fits.isEmpty()) {
        return fits;
      }
    }
    Optional<String> endToEnd = endToEndKey(advice.endToEndId());
    if (endToEnd.isPresent()) {
      List<Integer> fits = byEndToEnd.getOrDefault(endToEnd.get(), List.of());
      if (!fits.isEmpty()) {
        return fits;
      }
    }
    if (advice.amount().isEmpty()) {
      return List.of();
    }
    List<Integer> fits = advice.payerAccount()
        .map(a -> paidAsStated(advice, payments, byAccount.getOrDefault(BankAccounts.normalise(a), List.of())))
        .orElse(List.of());
    if (fits.isEmpty()) {
      // The bank did not show the account (a cheque, a card, a name-only transfer): the payer's name as
      // its key, spelling, accents, word order and legal form aside.
      fits = advice.payerName().map(PayerNames::key).filter(n -> !n.isEmpty())
          .map(n -> paidAsStated(advice, payments, byName.getOrDefault(n, List.of()))).orElse(List.of());
    }
    return fits;
  }

  /** Those of the payments that credit the advice's amount (or were instructed for it) within its date window. */
  private static List<Integer> paidAsStated(RemittanceAdvice advice, List<Payment> payments, List<Integer> among) {
    List<Integer> fits = new ArrayList<>(1);
    Money amount = advice.amount().get();
    for (int i : among) {
      Payment p = payments.get(i);
      boolean amountFits = p.amount().equals(amount) || p.instructedAmount().map(amount::equals).orElse(false);
      if (amountFits && advice.paymentDate().map(d -> dateFits(d, p.valueDate())).orElse(true)) {
        fits.add(i);
      }
    }
    return fits;
  }

  /** The keys an advice was looked up by, for a person: "has end-to-end id E1, nor comes from DE89... with EUR 1,960.00". */
  private static String keysInWords(RemittanceAdvice advice) {
    List<String> keys = new ArrayList<>(3);
    advice.bankReference().ifPresent(r -> keys.add("has bank reference " + r));
    endToEndKey(advice.endToEndId()).ifPresent(e -> keys.add((keys.isEmpty() ? "has" : "nor has") + " end-to-end id "
        + advice.endToEndId().get().strip()));
    if (advice.amount().isPresent()) {
      String paid = " with " + advice.amount().get() + advice.paymentDate().map(d -> " paid " + d).orElse("");
      advice.payerAccount().ifPresent(a -> keys.add((keys.isEmpty() ? "comes" : "nor comes") + " from " + a + paid));
      advice.payerName().ifPresent(n -> keys.add((keys.isEmpty() ? "comes" : "nor comes") + " from '" + n + "'" + paid));
    }
    return String.join(", ", keys);
  }

  private static boolean dateFits(LocalDate paid, LocalDate valueDate) {
    long days = ChronoUnit.DAYS.between(paid, valueDate);
    return days >= 0 && days <= DAYS_BEFORE_VALUE_DATE;
  }

  private static Optional<String> endToEndKey(Optional<String> endToEndId) {
    return endToEndId.filter(e -> !RemittanceAdvice.isFiller(e)).map(e -> e.replace(" ", "").toUpperCase(Locale.ROOT));
  }

  private static Remittance merged(Remittance own, Remittance advice) {
    return Remittance.builder().addAllUnstructured(own.unstructured()).addAllUnstructured(advice.unstructured())
        .addAllStructured(own.structured()).addAllStructured(advice.structured()).build();
  }

  @Override
  public String toString() {
    return "RemittanceAdvices[" + advices.size() + "]";
  }
}
