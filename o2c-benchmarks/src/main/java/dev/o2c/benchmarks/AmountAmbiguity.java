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
import java.util.Arrays;
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
 * its top three with probability at most {@code 3 / n}. The sets counted are those that swap one to
 * four unnamed invoices of the truth for as many other open invoices of the same total: a lower
 * bound on {@code n} (larger swaps are not tried; where the truth leaves out very many invoices only
 * the first ones are swapped, and a line's walk stops at a bounded amount of work), so the ceiling
 * reported is an upper bound. An invoice counts as named when its number
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
   * @param othersByLine for each ambiguous line (by entry reference), how many other sets were found
   */
  record Result(int leftForPerson, int ambiguous, double expectedMisses, Map<String, Long> othersByLine) {

    /** {@return the best correct suggestion@3 any engine can expect, as a share of the lines left for a person} */
    double ceiling() {
      return leftForPerson == 0 ? 1 : 1 - expectedMisses / leftForPerson;
    }

    String report() {
      return String.format(Locale.ROOT,
          "top 3 ceiling %.1f %%: %d of %d lines left for a person are one of several sets of the payer's invoices "
              + "as likely (swaps of up to 4 unnamed invoices for others of the same total); expected misses %.1f%n",
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
    Map<String, Long> othersByLine = new HashMap<>();
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
          othersByLine.put(line.entryRef(), others);
          ambiguous++;
          misses += Math.max(0, 1 - 3.0 / (others + 1));
        }
      }
      truth.allocations().forEach(a -> taken.add(a.documentNumber()));
    }
    return new Result(left, ambiguous, misses, othersByLine);
  }

  /** How many other sets as likely as the truth swaps of up to four invoices find, up to {@link #MAX_OTHERS}. */
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
    long[] sorted = open.stream().mapToLong(Long::longValue).sorted().toArray();
    long others = 0;
    for (int size = 1; size <= MAX_SWAP && others < MAX_OTHERS && size <= tail.length && size <= sorted.length; size++) {
      others += SwapCount.of(sorted, size, sumsOf(tail, size), MAX_OTHERS - others);
    }
    return Math.min(others, MAX_OTHERS);
  }

  /** The most invoices of the truth swapped at once for as many others. */
  private static final int MAX_SWAP = 4;

  /** The most sets of the truth's unnamed invoices tabled per swap size: beyond it only the first ones are swapped. */
  private static final int MAX_TABLE = 600_000;

  /**
   * The totals of sets of {@code size} amounts, of the first amounts only where the sets of all of
   * them would be more than {@link #MAX_TABLE} (fewer swaps counted keep the ceiling an upper bound).
   *
   * @return the distinct totals in ascending order, and beside them how many sets make each
   */
  private static long[][] sumsOf(long[] amounts, int size) {
    int n = amounts.length;
    while (n > size && choose(n, size) > MAX_TABLE) {
      n--;
    }
    Map<Long, Integer> sums = new HashMap<>();
    collect(amounts, n, 0, size, 0, sums);
    long[] totals = sums.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
    long[] counts = new long[totals.length];
    for (int k = 0; k < totals.length; k++) {
      counts[k] = sums.get(totals[k]);
    }
    return new long[][] {totals, counts};
  }

  private static void collect(long[] amounts, int n, int from, int left, long partial, Map<Long, Integer> sums) {
    if (left == 0) {
      sums.merge(partial, 1, Integer::sum);
      return;
    }
    for (int j = from; j <= n - left; j++) {
      collect(amounts, n, j + 1, left - 1, partial + amounts[j], sums);
    }
  }

  private static long choose(int n, int k) {
    long c = 1;
    for (int j = 0; j < k; j++) {
      c = c * (n - j) / (j + 1);
    }
    return c;
  }

  /**
   * How many pairs of a set of the truth's unnamed invoices and a set of as many other open invoices
   * have the same total: each pair is a swap, so another set as likely as the truth. The open
   * invoices' sets are walked over their amounts in ascending order, so a set that can no longer reach
   * any total is cut short; the walk stops at a limit of swaps found or of sets looked up.
   */
  private static final class SwapCount {

    /** The most sets of open invoices looked up per swap size: the work one line may take. */
    private static final long MAX_LOOKUPS = 20_000_000;

    private final long[] amounts;
    private final long[] prefix;
    private final long[] totals;
    private final long[] counts;
    private final long limit;
    private long found;
    private long lookups;

    private SwapCount(long[] amounts, long[][] sums, long limit) {
      this.amounts = amounts;
      this.prefix = new long[amounts.length + 1];
      for (int k = 0; k < amounts.length; k++) {
        prefix[k + 1] = prefix[k] + amounts[k];
      }
      this.totals = sums[0];
      this.counts = sums[1];
      this.limit = limit;
    }

    /** Swaps of {@code size} invoices: sets of the ascending {@code amounts} whose total is one of {@code sums}. */
    static long of(long[] amounts, int size, long[][] sums, long limit) {
      SwapCount count = new SwapCount(amounts, sums, limit);
      if (count.totals.length > 0) {
        count.walk(0, size, 0);
      }
      return count.found;
    }

    private void walk(int from, int left, long partial) {
      if (left == 0) {
        lookups++;
        int at = Arrays.binarySearch(totals, partial);
        if (at >= 0) {
          found += counts[at];
        }
        return;
      }
      int n = amounts.length;
      for (int j = from; j <= n - left && found < limit && lookups < MAX_LOOKUPS; j++) {
        long sum = partial + amounts[j];
        // The least this set can still come to (with the next amounts) and the most (with the largest).
        if (sum + prefix[j + left] - prefix[j + 1] > totals[totals.length - 1]) {
          return;
        }
        if (sum + prefix[n] - prefix[n - left + 1] < totals[0]) {
          continue;
        }
        walk(j + 1, left - 1, sum);
      }
    }
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
