package dev.o2c.benchmarks;

import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.domain.ReferredDocument;
import dev.o2c.core.domain.StructuredReference;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.matching.cashapp.text.ReferenceKeys;
import dev.o2c.testkit.cashapp.AllocationTruth;
import dev.o2c.testkit.cashapp.BankLine;
import dev.o2c.testkit.cashapp.BenchItem;
import dev.o2c.testkit.cashapp.CashAppScenario;
import dev.o2c.testkit.cashapp.CashAppWorld;
import dev.o2c.testkit.cashapp.LineOutcome;
import dev.o2c.testkit.cashapp.LineTruth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How far a correct suggestion@3 can go on a world: the lines left for a person whose truth the
 * evidence cannot single out, because the documents the remittance does not name (a list cut at the
 * bank's field limit, or no remittance at all) are one of several equally likely sets of the payer's
 * open items.
 *
 * <p>The benchmark draws the invoices of a multi-invoice payment (scenarios 3 and 4, except those
 * paying the oldest items in a row) uniformly among the payer's open invoices. So a set of the same
 * size and total, differing only in unnamed invoices issued by the value date (and, for a cut list,
 * newer than the newest one named), was as likely to be drawn as the truth, and the payment, its
 * text and its payer read the same. With the truth among {@code n} such sets, any ranking holds it in
 * its top three with probability at most {@code 3 / n}. The sets counted are those that swap one, two
 * or three unnamed invoices of the truth for as many other open invoices of the same total: a lower
 * bound on {@code n} (larger swaps are not tried, nor three among more than 150 invoices), so the
 * ceiling reported is an upper bound. An invoice counts as named when its number
 * appears in the remittance, whole or as its serial, or one typing error away; credit memos are never
 * swapped (the benchmark picks them by rule, not by chance).
 */
final class AmountAmbiguity {

  /** Where the count of other sets stops: beyond it a set's chance is negligible anyway. */
  private static final int MAX_OTHERS = 1_000;

  private static final Pattern DIGIT_RUN = Pattern.compile("\\d{3,}");

  /**
   * The result for one statement variant.
   *
   * @param leftForPerson the credit lines with a true match that were not applied automatically
   * @param ambiguous those among them whose truth is one of at least two equally likely sets
   * @param expectedMisses the least number of them a top 3 must miss on average (the sum over the
   *     ambiguous lines of 1 - 3 / n, n the sets found)
   */
  record Result(int leftForPerson, int ambiguous, double expectedMisses) {

    /** {@return the best correct suggestion@3 any engine can expect, as a share of the lines left for a person} */
    double ceiling() {
      return leftForPerson == 0 ? 1 : 1 - expectedMisses / leftForPerson;
    }

    String report() {
      return String.format(Locale.ROOT,
          "top 3 ceiling %.1f %%: %d of %d lines left for a person are one of several sets of the payer's invoices "
              + "as likely (swaps of up to 3 unnamed invoices for others of the same total); expected misses %.1f%n",
          100 * ceiling(), ambiguous, leftForPerson, expectedMisses);
    }
  }

  private AmountAmbiguity() {}

  /**
   * Measures a run of one statement variant.
   *
   * @param world the world
   * @param payments the payments as the engine read them (advices joined), in statement order
   * @param outcomes the scored outcomes, one per payment
   * @return the lines left for a person and the ambiguous ones among them
   */
  static Result of(CashAppWorld world, List<Payment> payments, List<LineOutcome> outcomes) {
    Map<String, Integer> lineOf = new HashMap<>();
    for (int i = 0; i < outcomes.size(); i++) {
      lineOf.put(outcomes.get(i).entryRef(), i);
    }
    Map<String, List<BenchItem>> byCustomer = new HashMap<>();
    Map<DocumentNumber, BenchItem> items = new HashMap<>();
    for (BenchItem item : world.items()) {
      byCustomer.computeIfAbsent(item.customerId().toString(), c -> new ArrayList<>()).add(item);
      items.put(item.documentNumber(), item);
    }
    byCustomer.values().forEach(list -> list.sort(Comparator.comparing(i -> i.documentNumber().toString())));
    Set<DocumentNumber> taken = new HashSet<>();
    Map<String, LineTruth> truths = world.truthsByRef();
    int left = 0;
    int ambiguous = 0;
    double misses = 0;
    for (BankLine line : world.lines()) {
      LineTruth truth = truths.get(line.entryRef());
      Integer at = lineOf.get(line.entryRef());
      if (truth == null) {
        continue;
      }
      if (at != null && truth.credit() && truth.hasMatch()
          && outcomes.get(at).decision() != dev.o2c.testkit.cashapp.Decision.AUTO) {
        left++;
        long others = others(truth, line, payments.get(at), byCustomer, items, taken);
        if (others > 0) {
          ambiguous++;
          misses += Math.max(0, 1 - 3.0 / (others + 1));
        }
      }
      truth.allocations().forEach(a -> taken.add(a.documentNumber()));
    }
    return new Result(left, ambiguous, misses);
  }

  /** How many other sets as likely as the truth swaps of up to three invoices find, up to {@link #MAX_OTHERS}. */
  private static long others(LineTruth truth, BankLine line, Payment payment, Map<String, List<BenchItem>> byCustomer,
      Map<DocumentNumber, BenchItem> items, Set<DocumentNumber> taken) {
    boolean listed = truth.scenario() == CashAppScenario.MULTI_WITH_REMITTANCE;
    if (!(listed || truth.scenario() == CashAppScenario.MULTI_WITHOUT_REMITTANCE) || truth.detail().contains("oldest")) {
      return 0;
    }
    for (AllocationTruth a : truth.allocations()) {
      BenchItem item = items.get(a.documentNumber());
      if (item == null || !a.applied().equals(item.amount()) || !a.discount().isZero() || !a.deduction().isZero()
          || !a.smallDifference().isZero()) {
        return 0; // only whole items, as the multi-invoice scenarios pay them
      }
    }
    List<String> runs = digitRuns(payment);
    // A number that names one of the truth's documents as written is no typing error for another one,
    // and a year standing alone is part of a number, not one.
    List<String> misnamed = new ArrayList<>(runs);
    misnamed.removeIf(run -> run.matches("(19|20)\\d\\d"));
    for (AllocationTruth a : truth.allocations()) {
      List<String> forms = forms(a.documentNumber().toString());
      misnamed.removeIf(run -> forms.stream().anyMatch(run::contains));
    }
    List<BenchItem> unnamed = new ArrayList<>();
    String newestNamed = "";
    for (AllocationTruth a : truth.allocations()) {
      BenchItem item = items.get(a.documentNumber());
      if (item.kind() == ItemKind.CREDIT_MEMO) {
        continue;
      }
      if (named(item.documentNumber().toString(), runs, misnamed)) {
        newestNamed = max(newestNamed, item.documentNumber().toString());
      } else {
        unnamed.add(item);
      }
    }
    // A cut list names its oldest invoices: only the unnamed ones newer than the newest named are swapped.
    String after = newestNamed;
    unnamed.removeIf(i -> i.documentNumber().toString().compareTo(after) < 0);
    if (unnamed.isEmpty()) {
      return 0;
    }
    Set<DocumentNumber> inTruth = new HashSet<>();
    truth.allocations().forEach(a -> inTruth.add(a.documentNumber()));
    List<Long> open = new ArrayList<>();
    for (BenchItem i : byCustomer.getOrDefault(truth.allocations().get(0).customerId().toString(), List.of())) {
      if (i.kind() == ItemKind.INVOICE && !taken.contains(i.documentNumber()) && !inTruth.contains(i.documentNumber())
          && i.amount().currency().equals(line.amount().currency()) && !i.documentDate().isAfter(line.valueDate())
          && i.documentNumber().toString().compareTo(after) > 0) {
        open.add(i.amount().minorUnits());
      }
    }
    long[] amounts = open.stream().mapToLong(Long::longValue).toArray();
    long[] tail = unnamed.stream().mapToLong(i -> i.amount().minorUnits()).toArray();
    long others = 0;
    for (int size = 1; size <= 3 && others < MAX_OTHERS && size <= tail.length; size++) {
      Map<Long, Integer> sums = sumsOf(amounts, size);
      Map<Long, Integer> swapped = sumsOf(tail, size);
      if (sums == null || swapped == null) {
        break;
      }
      for (Map.Entry<Long, Integer> e : swapped.entrySet()) {
        others += (long) sums.getOrDefault(e.getKey(), 0) * e.getValue();
      }
    }
    return Math.min(others, MAX_OTHERS);
  }

  /** The most sets a sum table is built of: three of 150 open invoices. */
  private static final int MAX_TABLE = 600_000;

  /** How many sets of {@code size} amounts make each sum, or null when there are too many sets. */
  private static Map<Long, Integer> sumsOf(long[] amounts, int size) {
    int n = amounts.length;
    long sets = size == 1 ? n : size == 2 ? (long) n * (n - 1) / 2 : (long) n * (n - 1) * (n - 2) / 6;
    if (sets > MAX_TABLE) {
      return null;
    }
    Map<Long, Integer> sums = new HashMap<>();
    for (int x = 0; x < n; x++) {
      if (size == 1) {
        sums.merge(amounts[x], 1, Integer::sum);
        continue;
      }
      for (int y = x + 1; y < n; y++) {
        if (size == 2) {
          sums.merge(amounts[x] + amounts[y], 1, Integer::sum);
          continue;
        }
        for (int z = y + 1; z < n; z++) {
          sums.merge(amounts[x] + amounts[y] + amounts[z], 1, Integer::sum);
        }
      }
    }
    return sums;
  }

  /** The runs of three or more digits in the payment's remittance, text and structured documents alike. */
  private static List<String> digitRuns(Payment payment) {
    StringBuilder text = new StringBuilder(payment.remittance().text());
    for (StructuredReference s : payment.remittance().structured()) {
      for (ReferredDocument d : s.referredDocuments()) {
        d.number().ifPresent(n -> text.append(' ').append(n));
      }
    }
    List<String> runs = new ArrayList<>();
    Matcher m = DIGIT_RUN.matcher(text);
    while (m.find()) {
      runs.add(m.group());
    }
    return runs;
  }

  /**
   * Whether a document number appears among the runs as written or as its serial, or one typing error
   * away from a run that names none of the truth's documents.
   */
  private static boolean named(String number, List<String> runs, List<String> misnamed) {
    List<String> forms = forms(number);
    return runs.stream().anyMatch(run -> forms.stream().anyMatch(run::contains))
        || misnamed.stream().anyMatch(run -> forms.stream().anyMatch(form -> ReferenceKeys.oneEditApart(run, form)));
  }

  /** A document number's digits as a payer may write them: whole, the serial, either without its leading zeros. */
  private static List<String> forms(String number) {
    String digits = number.replaceAll("\\D", "");
    String serial = digits.substring(Math.max(0, digits.length() - 6));
    String bare = serial.replaceFirst("^0+", "");
    String year = digits.substring(0, Math.max(0, digits.length() - 6));
    return List.of(digits, serial, year + bare, bare).stream().filter(f -> f.length() >= 3).distinct().toList();
  }

  private static String max(String a, String b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
