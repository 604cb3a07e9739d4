package dev.o2c.matching.cashapp;

import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.ledger.CashBucket;
import dev.o2c.matching.cashapp.text.ReferenceKeys;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import javax.money.CurrencyUnit;

/**
 * Decides one payment against the items still open in a run: candidates from references, then from
 * amount combinations of the payer's items, each reconciled and scored from explicit evidence; the
 * best becomes AUTO only when its kind of evidence allows it and nothing else fits as well.
 */
final class PaymentMatcher {

  /** Payers from this score are strong enough for an amount-only automatic application. */
  static final double STRONG_PAYER = 0.9;
  /**
   * A payer from this score (an account, or a name at least 0.89 similar) confirms that referenced items
   * its payment does not settle are its own: a part payment, a deduction with its reason, a late discount.
   */
  private static final double PAYER_FOR_UNSETTLED = 0.8;
  /** A reference with a typing error counts when the amount fits exactly and a payer from this score owns the item. */
  private static final double FUZZY_PAYER = 0.85;
  private static final int MAX_REFERENCED_SUBSET = 40;

  /**
   * What the parallel stages found for a payment: the payer hypotheses, the references that name
   * documents (hits), and the references that name none (a typing error the lookup could not place).
   */
  record Evidence(List<PayerHypothesis> payers, List<ReferenceHit> hits, List<ExtractedReference> unresolved) {}

  private final OpenItemBook book;
  private final MatchPolicy policy;
  private final Reconciler reconciler;
  private final AmountSearch search;
  private final PayerItems payerItems;
  private final AmountCandidates amountCandidates;

  PaymentMatcher(OpenItemBook book, MatchPolicy policy, AmountSearch search) {
    this.book = book;
    this.policy = policy;
    this.reconciler = new Reconciler(book, policy);
    this.search = search;
    this.payerItems = new PayerItems(book);
    this.amountCandidates = new AmountCandidates(book, policy, reconciler, search, payerItems);
  }

  Decision decide(Payment payment, Evidence evidence, long[] open) {
    return PaymentText.reading(payment, () -> decideReading(payment, evidence, open));
  }

  private Decision decideReading(Payment payment, Evidence evidence, long[] open) {
    CurrencyUnit currency = payment.amount().currency();
    long paid = payment.amount().minorUnits();
    List<PayerHypothesis> payers = evidence.payers();
    Map<Integer, ReferenceHit> strong = new LinkedHashMap<>();
    Map<Integer, ReferenceHit> fuzzy = new LinkedHashMap<>();
    Set<DocumentNumber> settled = new LinkedHashSet<>();
    // A settled item the payment could be paying again: one of this very amount, or one the book does not know.
    boolean settledAlike = false;
    for (ReferenceHit hit : evidence.hits()) {
      int i = book.indexOf(hit.item());
      if (i < 0 || open[i] == 0) {
        settled.add(hit.item());
        settledAlike |= i < 0 || book.at(i).openAmount().minorUnits() == paid;
      } else if (book.inCurrency(i, currency)) {
        (hit.kind().needsConfirmation() ? fuzzy : strong).putIfAbsent(i, hit);
      }
    }
    Map<String, Long> stated = StatedAmounts.of(payment);
    if (!stated.isEmpty()) {
      statedNeighbours(payment, stated, payers, strong, fuzzy, open);
    }
    payersNeighbour(payment, payers, strong, fuzzy, open);
    listNeighbours(payment, evidence, payers, strong, fuzzy, open);
    strong.keySet().forEach(fuzzy::remove);
    // A fuzzy hit counts only when the amount or the payer confirms it.
    if (!fuzzy.isEmpty()) {
      long[] gaps = gapsExplained(payment);
      fuzzy.entrySet().removeIf(e -> !(amountConfirms(e.getKey(), paid, gaps, payment, open) || payerConfirms(e.getKey(), payers)));
    }

    List<Candidate> candidates = new ArrayList<>();
    if (paid > 0) {
      referenceCandidates(payment, strong, fuzzy, payers, open, candidates);
      settlingNeighbour(payment, payers, strong, fuzzy, open, candidates);
      boolean settledByReference = candidates.stream().anyMatch(c -> c.outcome().fit().settles() && c.autoEligible());
      if (!settledByReference) {
        List<Candidate> byAmount = new ArrayList<>();
        amountCandidates.add(payment, payers, open, !strong.isEmpty() || !fuzzy.isEmpty(), byAmount);
        Set<Integer> named = strong.keySet();
        // The remittance names only items already settled, one of them for this amount: this may be the
        // same payment sent twice.
        boolean possibleDuplicate = settledAlike && strong.isEmpty() && fuzzy.isEmpty();
        for (Candidate c : byAmount) {
          // Items the remittance does not name, where it names some of the payer's: the rest search
          // of the references decides those; an amount combination alone is only a suggestion.
          boolean unnamed = !named.isEmpty() && Arrays.stream(c.items()).anyMatch(i -> !named.contains(i))
              && Arrays.stream(c.items()).anyMatch(named::contains);
          // None of the payer's items the remittance names: the amount alone says the payer's words
          // are wrong, which is less likely than any reading that keeps them.
          boolean namedLeftOut = c.payer().isPresent() && Arrays.stream(c.items()).noneMatch(named::contains)
              && named.stream().anyMatch(i -> book.mayPay(c.payer().get(), book.at(i).customerId()));
          candidates.add(namedLeftOut ? Candidate.demote(c, 0.5)
              : unnamed || possibleDuplicate ? Candidate.demote(c, 0.9) : c);
        }
      }
    }
    if (paid > 0 && candidates.stream().noneMatch(c -> c.autoEligible() && c.confidence() >= policy.autoConfidence())) {
      typedNeighbours(payment, evidence, payers, open, candidates);
    }
    if (candidates.isEmpty() && paid > 0) {
      strangersItems(payment, open, candidates);
    }
    candidates.sort(Comparator.comparingDouble(Candidate::confidence).reversed()
        .thenComparingInt(c -> c.items().length)
        .thenComparingInt(c -> c.items().length == 0 ? 0 : c.items()[0]));
    List<Candidate> ranked = new ArrayList<>();
    for (Candidate candidate : candidates) {
      if (ranked.stream().noneMatch(candidate::sameAllocations)) {
        ranked.add(candidate);
      }
    }
    preferWholeExplanation(ranked);
    return choose(payment, payers, ranked, settled, currency);
  }

  /**
   * A lone number that names an open item the amount does not settle, while exactly one other item
   * one typing error away from the number as written is settled by it: in a dense range of numbers a
   * typing error mostly names another existing document, and an amount that settles an item exactly
   * is rarely a coincidence. The other item is sought among the known payer's items, else among those
   * of the named item's customer, else among every item of exactly the amount, and offered beside the
   * item as named: a short payment of the named item is as possible, so a person decides between them.
   */
  private void settlingNeighbour(Payment payment, List<PayerHypothesis> payers, Map<Integer, ReferenceHit> strong,
      Map<Integer, ReferenceHit> fuzzy, long[] open, List<Candidate> out) {
    if (strong.size() != 1 || !fuzzy.isEmpty()) {
      return;
    }
    Map.Entry<Integer, ReferenceHit> named = strong.entrySet().iterator().next();
    long paid = payment.amount().minorUnits();
    long[] gaps = gapsExplained(payment);
    if (amountConfirms(named.getKey(), paid, gaps, payment, open)) {
      return;
    }
    CustomerId owner = book.at(named.getKey()).customerId();
    CustomerId whose = !payers.isEmpty() && payers.get(0).score() >= STRONG_PAYER ? payers.get(0).customer()
        : payerItems.payerOf(owner, payers);
    String written = ReferenceKeys.compactKey(named.getValue().reference().text());
    if (written.length() < DocumentIndex.FUZZY_MIN_KEY_LENGTH) {
      return;
    }
    int found = AmountCandidates.theOnly(
        payerItems.pool(whose, open, payment.amount().currency(), Set.of(named.getKey())),
        i -> amountConfirms(i, paid, gaps, payment, open) && ReferenceKeys.oneEditApart(written, book.compactKey(i))
            && !book.at(i).documentDate().isAfter(payment.valueDate()));
    if (found < 0) {
      found = strangersNeighbour(payment, named.getKey(), written, open);
    }
    if (found < 0) {
      return;
    }
    int[] items = {found};
    Reconciler.Outcome outcome = reconciler.reconcile(payment, items, open);
    if (outcome != null && outcome.fit().settles()) {
      Map<Integer, ReferenceHit> typed = Map.of(found, new ReferenceHit(book.at(found).documentNumber(),
          ReferenceHit.HitKind.FUZZY, 1, named.getValue().reference()));
      Candidate c = scoreReferenced(payment, items, outcome, Map.of(), typed, payers,
          book.at(named.getKey()).documentNumber() + " as written is not settled by the amount", open);
      // Second to the item as named, before its other readings (bank charges, a part payment).
      double asNamed = out.stream().filter(o -> o.items().length == 1 && o.items()[0] == named.getKey())
          .mapToDouble(Candidate::confidence).max().orElse(c.confidence());
      out.add(new Candidate(items, outcome, c.payer(), Candidate.round(asNamed * 0.98), false, c.reason()));
    }
  }

  /** Items of exactly a payment's amount in the whole book, where a mistyped number is sought among them. */
  private static final int NEIGHBOUR_AMOUNT_ITEMS = 64;

  /**
   * Where neither the payer's items nor the named item's customer's hold it: the only item in the whole
   * book whose open amount the payment is exactly and whose number is one typing error from the number
   * as written (a third party's payment naming a neighbouring document of someone else), or -1.
   */
  private int strangersNeighbour(Payment payment, int named, String written, long[] open) {
    long paid = payment.amount().minorUnits();
    int[] same = book.itemsOfAmount(paid, NEIGHBOUR_AMOUNT_ITEMS);
    if (same.length > NEIGHBOUR_AMOUNT_ITEMS) {
      return -1;
    }
    return AmountCandidates.theOnly(same, i -> i != named && open[i] == paid
        && book.inCurrency(i, payment.amount().currency()) && ReferenceKeys.oneEditApart(written, book.compactKey(i))
        && !book.at(i).documentDate().isAfter(payment.valueDate()));
  }

  /**
   * A lone number that names another customer's item, while the payment comes from a known payer: a
   * typing error that happens to hit an existing document is as likely as a payment for a stranger's
   * item. If exactly one of the payer's items whose amount the payment settles is one typing error
   * away from the number as written, the number is read as that item instead.
   */
  private void payersNeighbour(Payment payment, List<PayerHypothesis> payers, Map<Integer, ReferenceHit> strong,
      Map<Integer, ReferenceHit> fuzzy, long[] open) {
    if (strong.size() != 1 || !fuzzy.isEmpty() || payers.isEmpty() || payers.get(0).score() < STRONG_PAYER) {
      return;
    }
    Map.Entry<Integer, ReferenceHit> named = strong.entrySet().iterator().next();
    CustomerId payer = payers.get(0).customer();
    if (book.mayPay(payer, book.at(named.getKey()).customerId())) {
      return;
    }
    long paid = payment.amount().minorUnits();
    String written = ReferenceKeys.compactKey(named.getValue().reference().text());
    // Two of the payer's items that fit leave the number saying neither.
    long[] gaps = gapsExplained(payment);
    int found = AmountCandidates.theOnly(payerItems.pool(payer, open, payment.amount().currency(), Set.of()),
        i -> amountConfirms(i, paid, gaps, payment, open)
            && ReferenceKeys.oneEditApart(written, book.compactKey(i)));
    if (found >= 0) {
      strong.clear();
      fuzzy.put(found, new ReferenceHit(book.at(found).documentNumber(), ReferenceHit.HitKind.FUZZY, 1,
          named.getValue().reference()));
    }
  }

  /**
   * A list of the known payer's documents in which some numbers name none of its open items: another
   * customer's document, one already settled or in another currency, or no document at all. In a
   * dense range of numbers a typing error mostly names another existing document, so each such number
   * is read as the payer's only open item one typing error away, if it has one (compared as typed and
   * with leading zeros dropped: {@code CN-2026-543} for {@code CN-2026-000643}). The readings stand
   * only together and only when the list as read then settles the amount exactly or less an earned
   * discount: the sum confirms every number in it, as the amount confirms a single number.
   */
  private void listNeighbours(Payment payment, Evidence evidence, List<PayerHypothesis> payers,
      Map<Integer, ReferenceHit> strong, Map<Integer, ReferenceHit> fuzzy, long[] open) {
    if (strong.isEmpty() || payers.isEmpty() || payers.get(0).score() < STRONG_PAYER) {
      return;
    }
    CustomerId payer = payers.get(0).customer();
    CurrencyUnit currency = payment.amount().currency();
    List<Integer> own = new ArrayList<>();
    Set<String> ownReferences = new HashSet<>();
    // The shortest of the payer's numbers written in full, to tell a number cut short from a mistyped one.
    int shortestWritten = Integer.MAX_VALUE;
    for (Map<Integer, ReferenceHit> hits : List.of(strong, fuzzy)) {
      for (Map.Entry<Integer, ReferenceHit> e : hits.entrySet()) {
        if (book.mayPay(payer, book.at(e.getKey()).customerId())) {
          own.add(e.getKey());
          ownReferences.add(e.getValue().reference().key());
          if (hits == strong) {
            int length = ReferenceKeys.compactKey(e.getValue().reference().text()).length();
            shortestWritten = Math.min(shortestWritten, length);
          }
        }
      }
    }
    if (own.isEmpty()) {
      return;
    }
    Map<String, ExtractedReference> misnamed = new LinkedHashMap<>();
    for (ReferenceHit hit : evidence.hits()) {
      int i = book.indexOf(hit.item());
      if (isDocumentNumber(hit.reference())
          && (i < 0 || open[i] == 0 || !book.inCurrency(i, currency) || !book.mayPay(payer, book.at(i).customerId()))) {
        misnamed.putIfAbsent(ReferenceKeys.compactKey(hit.reference().text()), hit.reference());
      }
    }
    for (ExtractedReference r : evidence.unresolved()) {
      if (isDocumentNumber(r)) {
        misnamed.putIfAbsent(ReferenceKeys.compactKey(r.text()), r);
      }
    }
    // A number that names one of the payer's items as well (an invoice and a credit memo sharing it) is not misnamed.
    misnamed.values().removeIf(r -> ownReferences.contains(r.key()));
    // A typing error changes a number's length by one at most: other lengths than the payer's own
    // numbers have (words, order numbers, several numbers run together) are not its documents.
    Set<Integer> lengths = new HashSet<>();
    for (int i : own) {
      lengths.add(book.compactKey(i).length());
      lengths.add(book.key(i).length());
    }
    int written = shortestWritten;
    misnamed.entrySet().removeIf(e -> e.getKey().length() < DocumentIndex.FUZZY_MIN_KEY_LENGTH
        || cutShort(payment, e.getValue(), written)
        || !nearLength(lengths, e.getKey().length()) && !nearLength(lengths, ReferenceKeys.key(e.getValue().text()).length()));
    if (misnamed.isEmpty()) {
      return;
    }
    Set<Integer> listed = new HashSet<>(strong.keySet());
    listed.addAll(fuzzy.keySet());
    int[] pool = payerItems.pool(payer, open, currency, listed);
    // One number to read: only an item whose amount completes the list, as it stands or less its
    // earned discount, can stand, so amounts are compared before numbers (the cheaper test first).
    long paid = payment.amount().minorUnits();
    long restGross = paid;
    long restNet = paid;
    for (int i : own) {
      restGross -= open[i];
      restNet -= open[i] - reconciler.earnedDiscount(i, open[i], payment.valueDate());
    }
    long gross = restGross;
    long net = restNet;
    IntPredicate completes = misnamed.size() > 1 ? k -> true
        : k -> open[k] == gross || open[k] - reconciler.earnedDiscount(k, open[k], payment.valueDate()) == net;
    PoolKeys keys = new PoolKeys(pool);
    Map<Integer, ReferenceHit> read = neighboursOf(misnamed, keys, completes, payment);
    int[] ownItems = own.stream().mapToInt(Integer::intValue).toArray();
    Reconciler.Outcome outcome = read.isEmpty() ? null : reconciler.reconcile(payment,
        concat(ownItems, read.keySet().stream().mapToInt(Integer::intValue).toArray()), open);
    if (outcome == null || (outcome.fit() != Fit.EXACT && outcome.fit() != Fit.DISCOUNT)) {
      // A list of several of the payer's documents that pays more than they add up to, with the
      // misnamed numbers read: the rest search reads the rest among the payer's other items, and only
      // a rest that makes the whole exact stands, so the sum still confirms every number read. Where
      // the payer's documents alone add up to the payment, the other numbers are not documents of it.
      read = own.size() < 2 || restGross <= 0 ? Map.of() : neighboursOf(misnamed, keys, k -> true, payment);
      long asRead = LongStream.concat(Arrays.stream(ownItems).mapToLong(i -> open[i]),
          read.keySet().stream().mapToLong(i -> open[i])).sum();
      if (read.isEmpty() || asRead >= paid) {
        return;
      }
    }
    strong.keySet().removeIf(i -> !book.mayPay(payer, book.at(i).customerId()));
    fuzzy.keySet().removeIf(i -> !book.mayPay(payer, book.at(i).customerId()));
    fuzzy.putAll(read);
  }

  /**
   * Each misnamed number read as the only item of the pool that passes {@code fits} and is one typing
   * error away (as typed, or with leading zeros dropped), issued by the value date; numbers without
   * such an item are left out.
   */
  private Map<Integer, ReferenceHit> neighboursOf(Map<String, ExtractedReference> misnamed, PoolKeys keys,
      IntPredicate fits, Payment payment) {
    int[] pool = keys.pool;
    Map<Integer, ReferenceHit> read = new LinkedHashMap<>();
    for (Map.Entry<String, ExtractedReference> e : misnamed.entrySet()) {
      String written = e.getKey();
      String withoutZeros = ReferenceKeys.key(e.getValue().text());
      int at = AmountCandidates.theOnlyAt(pool.length, p -> fits.test(pool[p]) && !read.containsKey(pool[p])
          && (ReferenceKeys.oneEditApart(written, keys.compact(p)) || ReferenceKeys.oneEditApart(withoutZeros, keys.key(p)))
          && !book.at(pool[p]).documentDate().isAfter(payment.valueDate()));
      if (at >= 0) {
        read.put(pool[at], new ReferenceHit(book.at(pool[at]).documentNumber(), ReferenceHit.HitKind.FUZZY, 1,
            e.getValue()));
      }
    }
    return read;
  }

  /** The keys of a pool's items, made on first use: a list's numbers are compared with the same items more than once. */
  private final class PoolKeys {
    private final int[] pool;
    private final String[] compact;
    private final String[] key;

    PoolKeys(int[] pool) {
      this.pool = pool;
      this.compact = new String[pool.length];
      this.key = new String[pool.length];
    }

    String compact(int p) {
      if (compact[p] == null) {
        compact[p] = book.compactKey(pool[p]);
      }
      return compact[p];
    }

    String key(int p) {
      if (key[p] == null) {
        key[p] = book.key(pool[p]);
      }
      return key[p];
    }
  }

  /** A remittance text at least this long may have been cut at a field limit (a SEPA {@code Ustrd} holds 140). */
  private static final int FILLED_TEXT = 135;

  /**
   * Whether a number may be the start of one the bank cut at its field limit: it ends a text long
   * enough to have been cut and is at least two characters shorter than the shortest of the payer's
   * numbers the list writes in full (a typing error changes a number's length by one at most). Such a
   * number is not read as one of the payer's documents through a typing error.
   */
  private static boolean cutShort(Payment payment, ExtractedReference reference, int shortestWritten) {
    String text = payment.remittance().text().stripTrailing();
    return reference.source() == ReferenceSource.FREE_TEXT && text.length() >= FILLED_TEXT
        && ReferenceKeys.compactKey(reference.text()).length() + 2 <= shortestWritten
        && text.endsWith(reference.text());
  }

  private static boolean nearLength(Set<Integer> lengths, int length) {
    return lengths.contains(length) || lengths.contains(length - 1) || lengths.contains(length + 1);
  }

  /** Whether a reference is where a payer writes document numbers (not its end-to-end id or a creditor reference). */
  private static boolean isDocumentNumber(ExtractedReference reference) {
    return reference.source() == ReferenceSource.FREE_TEXT || reference.source() == ReferenceSource.STRUCTURED_DOCUMENT;
  }

  /**
   * Documents the structured remittance names with the amount that settles each, from a known payer:
   * where a number names another customer's item, or none, and exactly one of the payer's items one
   * typing error away has the stated open amount, the number is read as that item. A number that
   * names one of the payer's own items stands, whatever its amount: a short or part payment of it is
   * likelier than a typing error that hits the payer's own document.
   */
  private void statedNeighbours(Payment payment, Map<String, Long> stated, List<PayerHypothesis> payers,
      Map<Integer, ReferenceHit> strong, Map<Integer, ReferenceHit> fuzzy, long[] open) {
    if (payers.isEmpty() || payers.get(0).score() < STRONG_PAYER) {
      return;
    }
    CustomerId payer = payers.get(0).customer();
    Set<Integer> taken = new HashSet<>(strong.keySet());
    taken.addAll(fuzzy.keySet());
    // Per number as written: the hits whose item does not settle as stated, kept unless a neighbour does.
    Map<String, List<Integer>> misread = new LinkedHashMap<>();
    Map<String, ExtractedReference> references = new HashMap<>();
    Set<String> asStated = new HashSet<>();
    for (Map<Integer, ReferenceHit> hits : List.of(strong, fuzzy)) {
      for (Map.Entry<Integer, ReferenceHit> e : hits.entrySet()) {
        String written = ReferenceKeys.compactKey(e.getValue().reference().text());
        Long settles = stated.get(written);
        if (settles == null) {
          continue;
        }
        int i = e.getKey();
        // One of the payer's own items named with another amount is a short or part payment of it, not a
        // typing error: the payer's system wrote the number down.
        if (book.mayPay(payer, book.at(i).customerId())) {
          asStated.add(written);
        } else {
          misread.computeIfAbsent(written, k -> new ArrayList<>(1)).add(i);
          references.putIfAbsent(written, e.getValue().reference());
        }
      }
    }
    int[] pool = null;
    for (Map.Entry<String, Long> e : stated.entrySet()) {
      String written = e.getKey();
      if (asStated.contains(written)) {
        continue;
      }
      long settles = e.getValue();
      pool = pool != null ? pool : payerItems.pool(payer, open, payment.amount().currency(), Set.of());
      int found = AmountCandidates.theOnly(pool, k -> open[k] == settles && !taken.contains(k)
          && ReferenceKeys.oneEditApart(written, book.compactKey(k)));
      if (found >= 0) {
        for (int i : misread.getOrDefault(written, List.of())) {
          strong.remove(i);
          fuzzy.remove(i);
        }
        ExtractedReference reference = references.getOrDefault(written,
            new ExtractedReference(written, written, ReferenceSource.STRUCTURED_DOCUMENT, false));
        fuzzy.put(found, new ReferenceHit(book.at(found).documentNumber(), ReferenceHit.HitKind.FUZZY, 1, reference));
        taken.add(found);
      }
    }
  }

  /**
   * For a person, where nothing is automatic: a number the payer wrote that names no document, or only
   * another customer's, read as the known payer's only open item one typing error away, with whatever
   * the amount says of it (a part payment, a short payment, the item settled). Never automatic: the
   * amount does not confirm the reading where this is needed.
   */
  private void typedNeighbours(Payment payment, Evidence evidence, List<PayerHypothesis> payers, long[] open,
      List<Candidate> out) {
    if (payers.isEmpty() || payers.get(0).score() < STRONG_PAYER) {
      return;
    }
    PayerHypothesis payer = payers.get(0);
    Map<String, ExtractedReference> written = new LinkedHashMap<>();
    for (ExtractedReference r : evidence.unresolved()) {
      written.putIfAbsent(ReferenceKeys.compactKey(r.text()), r);
    }
    for (ReferenceHit hit : evidence.hits()) {
      int i = book.indexOf(hit.item());
      if (i >= 0 && !book.mayPay(payer.customer(), book.at(i).customerId())) {
        written.putIfAbsent(ReferenceKeys.compactKey(hit.reference().text()), hit.reference());
      }
    }
    written.keySet().removeIf(k -> k.length() < DocumentIndex.FUZZY_MIN_KEY_LENGTH || k.chars().noneMatch(Character::isDigit));
    if (written.isEmpty()) {
      return;
    }
    int[] pool = payerItems.pool(payer.customer(), open, payment.amount().currency(), Set.of());
    for (Map.Entry<String, ExtractedReference> e : written.entrySet()) {
      int found = AmountCandidates.theOnly(pool,
          k -> ReferenceKeys.oneEditApart(e.getKey(), book.compactKey(k)));
      if (found < 0 || out.stream().anyMatch(c -> c.items().length == 1 && c.items()[0] == found)) {
        continue;
      }
      int[] items = {found};
      Reconciler.Outcome outcome = reconciler.reconcile(payment, items, open);
      if (outcome == null) {
        continue;
      }
      out.add(new Candidate(items, outcome, Optional.of(payer.customer()), Candidate.round(Math.min(0.4, payer.score() * 0.4)),
          false, book.at(found).documentNumber() + " is the payer's only open item one typing error away from '"
              + e.getValue().text() + "'; " + outcome.fit().text + (outcome.detail().isEmpty() ? "" : " (" + outcome.detail() + ")")
              + "; payer " + payer.reason()));
    }
  }

  /** Items of exactly the amount anywhere in the book are named for a person only when there are at most this many. */
  private static final int STRANGER_ITEMS = 3;

  /**
   * For a payment nothing else explains (no usable reference, no payer whose items fit): the open items
   * of exactly its amount anywhere in the book, if there are at most {@value #STRANGER_ITEMS}, as
   * alternatives for a person (a third party may be paying them). Too weak to be suggested on their own:
   * the payment stays unapplied.
   */
  private void strangersItems(Payment payment, long[] open, List<Candidate> out) {
    long paid = payment.amount().minorUnits();
    int[] same = book.itemsOfAmount(paid, STRANGER_ITEMS);
    List<Integer> found = new ArrayList<>();
    for (int i : same) {
      if (open[i] == paid && book.inCurrency(i, payment.amount().currency())) {
        found.add(i);
      }
    }
    if (same.length > STRANGER_ITEMS || found.isEmpty()) {
      return;
    }
    for (int i : found) {
      int[] items = {i};
      Reconciler.Outcome outcome = reconciler.reconcile(payment, items, open);
      if (outcome != null && outcome.fit() == Fit.EXACT) {
        OpenItem item = book.at(i);
        String reason = "payer not identified and no usable reference; " + item.documentNumber() + " of "
            + item.customerId() + " is " + (found.size() == 1 ? "the only" : "one of " + found.size())
            + " open item(s) in the book of exactly this amount";
        out.add(new Candidate(items, outcome, Optional.of(item.customerId()), Candidate.round(0.25 / found.size()),
            false, reason));
      }
    }
  }

  /**
   * An overpayment of the listed items ranks below a proposal that settles the payment with those
   * items and the payer's further items the amount identifies: it leaves unexplained what the other
   * one explains. A suggestion does so too when the overpayment is itself only a suggestion and the
   * further items are the one choice found ({@link #WHOLE_SUGGESTION} or surer).
   */
  private static void preferWholeExplanation(List<Candidate> ranked) {
    if (ranked.size() < 2 || ranked.get(0).outcome().fit() != Fit.OVERPAID) {
      return;
    }
    boolean topIsSuggestion = !ranked.get(0).autoEligible();
    Set<Integer> listed = Arrays.stream(ranked.get(0).items()).boxed().collect(Collectors.toSet());
    for (int k = 1; k < ranked.size(); k++) {
      Candidate c = ranked.get(k);
      if ((c.autoEligible() || (topIsSuggestion && c.confidence() >= WHOLE_SUGGESTION))
          && c.outcome().fit().settles() && c.items().length > listed.size()
          && Arrays.stream(c.items()).boxed().collect(Collectors.toSet()).containsAll(listed)) {
        ranked.add(0, ranked.remove(k));
        return;
      }
    }
  }

  private Decision choose(Payment payment, List<PayerHypothesis> payers, List<Candidate> ranked,
      Set<DocumentNumber> settled, CurrencyUnit currency) {
    if (ranked.isEmpty() || ranked.get(0).confidence() < policy.suggestConfidence()) {
      Optional<CustomerId> payer = payers.stream().filter(p -> p.score() >= STRONG_PAYER).findFirst()
          .map(PayerHypothesis::customer);
      String why = unappliedReason(payment, payers, settled, ranked);
      Proposal none = new Proposal(payer, List.of(), payment.amount(), 0, why);
      // Nothing is proposed, so a person gets three readings to choose from, as beside a suggestion.
      List<Proposal> alternatives = ranked.stream().limit(3)
          .map(Candidate::toProposal).toList();
      return new Decision(payment, DecisionKind.UNAPPLIED, none, alternatives,
          payer.isPresent() ? CashBucket.UNAPPLIED : CashBucket.SUSPENSE);
    }
    Candidate best = ranked.get(0);
    boolean rivalled = ranked.size() > 1 && ranked.get(1).autoEligible()
        && ranked.get(1).confidence() >= policy.autoConfidence();
    // A reference whose amount does not settle its item is not trusted while another open item of the
    // payer takes the payment exactly: the payer may have mistyped the number.
    // (A combination of several items among many, which amounts alone cannot identify, is no such rival.)
    rivalled |= !best.outcome().fit().settles()
        && ranked.stream().skip(1).anyMatch(c -> c.outcome().fit().settles() && (c.items().length == 1 || c.autoEligible()));
    // An item issued after the money arrived is not paid by it without a person saying so (the ledger
    // refuses to apply a payment before an item's document date).
    boolean issuedLater = Arrays.stream(best.items()).anyMatch(i -> book.at(i).documentDate().isAfter(payment.valueDate()));
    boolean auto = best.autoEligible() && best.confidence() >= policy.autoConfidence() && !rivalled && !issuedLater;
    String reason = best.reason();
    if (best.autoEligible() && rivalled) {
      reason += "; another answer fits as well: " + ranked.get(1).reason();
    }
    Candidate chosen = new Candidate(best.items(), best.outcome(), best.payer(), best.confidence(), best.autoEligible(), reason);
    CashBucket remainder = chosen.payer().isEmpty() ? CashBucket.SUSPENSE
        : chosen.outcome().unapplied().isZero() ? CashBucket.UNAPPLIED : policy.overpayments();
    List<Proposal> alternatives = ranked.stream().skip(1).limit(2).map(Candidate::toProposal).toList();
    return new Decision(payment, auto ? DecisionKind.AUTO : DecisionKind.SUGGESTED, chosen.toProposal(), alternatives,
        remainder);
  }

  private void referenceCandidates(Payment payment, Map<Integer, ReferenceHit> strong, Map<Integer, ReferenceHit> fuzzy,
      List<PayerHypothesis> payers, long[] open, List<Candidate> out) {
    if (strong.isEmpty() && fuzzy.isEmpty()) {
      return;
    }
    int[] all = concat(strong.keySet(), fuzzy.keySet());
    int[] referenced = all;
    String leftAside = "";
    if (all.length >= 3 && payerItems.commonOwner(all).isEmpty()) {
      // A long remittance whose numbers name items of two customers: a typing error that happens to be
      // another customer's document. The customer that owns most of them is the one being paid.
      int[] main = mainOwnersItems(all, payers);
      if (main.length >= 2 && main.length * 2 > all.length) {
        Set<Integer> kept = Arrays.stream(main).boxed().collect(Collectors.toSet());
        leftAside = Arrays.stream(all).filter(i -> !kept.contains(i)).mapToObj(i -> book.at(i).documentNumber().toString())
            .collect(Collectors.joining(", ")) + " named in the remittance but another customer's, left aside";
        referenced = main;
      }
    }
    referenceCandidates(payment, referenced, leftAside, strong, fuzzy, payers, open, out);
  }

  private void referenceCandidates(Payment payment, int[] referenced, String leftAside, Map<Integer, ReferenceHit> strong,
      Map<Integer, ReferenceHit> fuzzy, List<PayerHypothesis> payers, long[] open, List<Candidate> out) {
    Reconciler.Outcome outcome = reconciler.reconcile(payment, referenced, open);
    if (outcome != null) {
      out.add(scoreReferenced(payment, referenced, outcome, strong, fuzzy, payers, leftAside, open));
      if ((outcome.fit() == Fit.SHORT || outcome.fit() == Fit.UNEXPLAINED_SHORT) && referenced.length == 1) {
        // The other readings of a short payment without a reason, for the person who decides.
        Candidate partial = scoreReferenced(payment, referenced, reconciler.asPartial(payment, referenced[0]), strong,
            fuzzy, payers, "", open);
        out.add(Candidate.demote(partial, 0.95));
        Reconciler.Outcome charges = reconciler.asBankCharges(payment, referenced[0], open);
        if (charges != null) {
          out.add(Candidate.demote(scoreReferenced(payment, referenced, charges, strong, fuzzy, payers, "", open), 0.97));
        }
      }
    }
    long paid = payment.amount().minorUnits();
    long tolerance = policy.tolerance(payment.amount().currency()).limitMinor(paid);
    long referencedTotal = Arrays.stream(referenced).mapToLong(i -> open[i]).sum();
    if ((outcome == null || !outcome.fit().settles()) && referenced.length >= 2
        && referenced.length <= MAX_REFERENCED_SUBSET && referencedTotal > paid) {
      // The remittance lists more than the payment pays: which of the listed items does it pay?
      long[] amounts = Arrays.stream(referenced).mapToLong(i -> open[i]).toArray();
      AmountSearch.Found found = search.find(amounts, paid - tolerance, paid);
      for (int[] solution : found.solutions()) {
        int[] items = Arrays.stream(solution).map(k -> referenced[k]).toArray();
        Reconciler.Outcome part = reconciler.reconcile(payment, items, open);
        if (part != null && part.fit().settles()) {
          if (!found.ambiguous() && eachReferenceOnce(items, strong, fuzzy)) {
            // A reference that names several items (an invoice and a credit memo with the same number)
            // is settled by the one item the amount picks: a full explanation, not a guess.
            out.add(scoreReferenced(payment, items, part, strong, fuzzy, payers, "", open));
            continue;
          }
          String note = "pays " + items.length + " of the " + referenced.length + " items referenced"
              + (found.ambiguous() ? " (another choice of items fits too)" : "");
          Candidate c = scoreReferenced(payment, items, part, strong, fuzzy, payers, note, open);
          out.add(found.ambiguous() ? Candidate.demote(c, 0.6) : Candidate.demote(c, 0.9));
        }
      }
    }
    if ((outcome == null || !outcome.fit().settles()) && referenced.length >= 2 && referencedTotal > paid) {
      nettedCreditMemos(payment, referenced, referencedTotal - paid, leftAside, strong, fuzzy, payers, open, out);
    }
    if (referencedTotal < paid && referencedTotal > 0) {
      // The remittance lists only part of what is paid: look for the rest among the payer's other items.
      Optional<CustomerId> owner = payerItems.commonOwner(referenced);
      if (owner.isPresent()) {
        int[] pool = othersOf(owner.get(), referenced, strong, payers, payment, open);
        long rest = paid - referencedTotal;
        int[] payable = payerItems.issuedBy(pool, payment.valueDate());
        if (payable.length > 0 && payable.length <= ExactSubsets.MAX_AMOUNTS) {
          everyRestOf(payment, referenced, payable, rest, leftAside, strong, fuzzy, payers, open, out);
        } else if (pool.length > 0 && pool.length <= PayerItems.MAX_POOL) {
          long[] amounts = Arrays.stream(pool).mapToLong(i -> open[i]).toArray();
          AmountSearch.Found found = search.find(amounts, rest, rest);
          // Each set the search found is offered (it stops at a few): the first is its preferred one.
          for (int n = 0; n < Math.min(REST_CHOICES, found.solutions().size()); n++) {
            int[] extra = Arrays.stream(found.solutions().get(n)).map(k -> pool[k]).toArray();
            int[] items = concat(referenced, extra);
            Reconciler.Outcome whole = reconciler.reconcile(payment, items, open);
            if (whole != null && whole.fit().settles()) {
              String note = extra.length + " further item(s) of the payer make up the rest"
                  + (found.ambiguous() ? " (other combinations fit too)" : ", the only combination that does")
                  + (leftAside.isEmpty() ? "" : "; " + leftAside);
              // The listed items are certain; the rest is an amount search among the payer's other
              // items, held to the same identifiability rule as a payment without any reference.
              // A rest equal to a listed item may be that item paid twice rather than another one.
              boolean listedTwice = Arrays.stream(referenced).anyMatch(i -> open[i] == rest);
              boolean restIdentified = !found.ambiguous() && whole.fit() == Fit.EXACT && !listedTwice
                  && policy.amountOnlyMayBeAuto(pool.length, extra.length);
              double restEvidence = found.ambiguous() ? 0.5 : AmountCandidates.identifiability(pool.length, extra.length);
              Candidate c = scoreReferenced(payment, referenced, extra, restEvidence, whole, strong, fuzzy, payers, note,
                  open);
              out.add(restIdentified ? c : Candidate.demote(c, (found.ambiguous() ? 0.5 : 0.8) * (1 - 0.02 * n)));
            }
          }
        }
        int[] everyItem = payerItems.pool(payerItems.payerOf(owner.get(), payers), open, payment.amount().currency(),
            Set.of());
        newerItemsForTheRest(payment, referenced, everyItem, rest, leftAside, strong, fuzzy, payers, open, out);
      }
    }
  }

  /**
   * A remittance that lists several items and more than the payment pays, short by exactly what some
   * of the payer's open credit memos it does not list add up to: the payer netted them and named only
   * the invoices. The only such set of credit memos (every set of up to {@value
   * ExactSubsets#MAX_AMOUNTS} is tried) is offered first, a few are offered when several fit; never
   * automatic, since the short payment may as well be a deduction.
   */
  private void nettedCreditMemos(Payment payment, int[] referenced, long shortBy, String leftAside,
      Map<Integer, ReferenceHit> strong, Map<Integer, ReferenceHit> fuzzy, List<PayerHypothesis> payers, long[] open,
      List<Candidate> out) {
    Optional<CustomerId> owner = payerItems.commonOwner(referenced);
    if (owner.isEmpty()) {
      return;
    }
    int[] memos = Arrays.stream(payerItems.issuedBy(othersOf(owner.get(), referenced, strong, payers, payment, open),
        payment.valueDate())).filter(i -> open[i] < 0).toArray();
    if (memos.length == 0 || memos.length > ExactSubsets.MAX_AMOUNTS) {
      return;
    }
    ExactSubsets.Found found = ExactSubsets.find(Arrays.stream(memos).mapToLong(i -> -open[i]).toArray(), shortBy,
        REST_CHOICES);
    if (found == null) {
      return;
    }
    for (int[] solution : found.solutions()) {
      int[] netted = Arrays.stream(solution).map(k -> memos[k]).toArray();
      Reconciler.Outcome whole = reconciler.reconcile(payment, concat(referenced, netted), open);
      if (whole == null || whole.fit() != Fit.EXACT) {
        continue;
      }
      String note = Arrays.stream(netted).mapToObj(i -> book.at(i).documentNumber().toString())
          .collect(Collectors.joining(", ")) + " of the payer, not listed, net" + (netted.length == 1 ? "s" : "")
          + " the listed items down to the amount"
          + (found.unique() ? " (the only set of its " + memos.length + " open credit memo(s) that does)"
              : " (one of " + (found.more() ? "more than " : "") + found.solutions().size() + " sets that do)")
          + (leftAside.isEmpty() ? "" : "; " + leftAside);
      double evidence = found.unique() ? AmountCandidates.PROVEN_SET_EVIDENCE : 0.5;
      Candidate c = scoreReferenced(payment, referenced, netted, evidence, whole, strong, fuzzy, payers, note, open);
      // Never automatic (demoted, if by nothing): the evidence weighs the reading.
      out.add(Candidate.demote(c, found.unique() ? 1 : 0.5));
    }
  }

  /**
   * The open items in the payment's currency of the customer paying for {@code owner} (the payer, or
   * a paying parent) other than those the remittance lists or names as written: where the rest of a
   * list, or what nets it, is sought.
   */
  private int[] othersOf(CustomerId owner, int[] referenced, Map<Integer, ReferenceHit> strong,
      List<PayerHypothesis> payers, Payment payment, long[] open) {
    Set<Integer> listed = Arrays.stream(referenced).boxed().collect(Collectors.toSet());
    listed.addAll(strong.keySet());
    return payerItems.pool(payerItems.payerOf(owner, payers), open, payment.amount().currency(), listed);
  }

  /** How many readings of a list's missing rest a person is offered when several sets of items fit it. */
  private static final int REST_CHOICES = 3;

  /**
   * A remittance that lists less than the payment pays, from a payer with few enough other items to
   * try every set of them: the rest is read from the sets that add up to it exactly. One set is the
   * only explanation the open items allow (held to the same rule for automatic application as a
   * payment without any reference); a few are offered to a person, those of items newer than the
   * listed ones first (a list cut at the bank's field limit loses its newest documents).
   */
  private void everyRestOf(Payment payment, int[] referenced, int[] payable, long rest, String leftAside,
      Map<Integer, ReferenceHit> strong, Map<Integer, ReferenceHit> fuzzy, List<PayerHypothesis> payers, long[] open,
      List<Candidate> out) {
    long[] amounts = Arrays.stream(payable).mapToLong(i -> open[i]).toArray();
    ExactSubsets.Found found = ExactSubsets.find(amounts, rest, REST_CHOICES);
    if (found == null || found.solutions().isEmpty()) {
      return;
    }
    int newestListed = Arrays.stream(referenced).max().orElse(-1);
    boolean unique = found.unique();
    boolean fewest = !unique && found.fewestUnique();
    // The set of fewest items first when no other is as small, then sets of items newer than the listed ones.
    List<int[]> readings = new ArrayList<>();
    found.solutions().stream().map(s -> Arrays.stream(s).map(k -> payable[k]).toArray()).forEach(readings::add);
    int[] first = fewest ? readings.remove(0) : null;
    readings.sort(Comparator.comparing((int[] extra) -> Arrays.stream(extra).anyMatch(i -> i < newestListed)));
    if (first != null) {
      readings.add(0, first);
    }
    boolean listedTwice = Arrays.stream(referenced).anyMatch(i -> open[i] == rest);
    for (int[] extra : readings) {
      int[] items = concat(referenced, extra);
      Reconciler.Outcome whole = reconciler.reconcile(payment, items, open);
      if (whole == null || whole.fit() != Fit.EXACT) {
        continue;
      }
      boolean identified = unique || (extra == first);
      String note = extra.length + " further item(s) of the payer make up the rest"
          + (unique ? ", the only set of its " + payable.length + " other open item(s) that does"
              : extra == first ? ", the only set of so few among its " + payable.length + " other open item(s)"
              : " (one of " + (found.more() ? "more than " : "") + found.solutions().size()
                  + " sets of its other open items that do)")
          + (leftAside.isEmpty() ? "" : "; " + leftAside);
      // A rest equal to a listed item may be that item paid twice rather than another one.
      boolean restIdentified = identified && !listedTwice && policy.amountOnlyMayBeAuto(payable.length, extra.length);
      double restEvidence = !identified ? 0.5 : unique
          ? Math.max(AmountCandidates.PROVEN_SET_EVIDENCE, AmountCandidates.identifiability(payable.length, extra.length))
          : AmountCandidates.identifiability(payable.length, extra.length);
      Candidate c = scoreReferenced(payment, referenced, extra, restEvidence, whole, strong, fuzzy, payers, note, open);
      // One of two or three sets is weighed by its evidence alone, one of more is less likely still; a
      // rest equal to a listed item is as likely that item paid twice.
      out.add(restIdentified ? c : Candidate.demote(c, listedTwice || found.more() ? 0.5 : identified ? 0.9 : 1));
    }
  }

  /** How sure a whole explanation that is only a suggestion must be to rank above an overpayment. */
  private static final double WHOLE_SUGGESTION = 0.7;

  /** How many sets of a few newer items are looked at when there are too many to try every set. */
  private static final int FEW_SETS_LISTED = 8;

  /**
   * Whether a set of {@code size} of {@code newer} items, found without trying every set, may fit by
   * chance: neither it nor the items it leaves out are few enough to be always found.
   */
  private static boolean byChance(int size, int newer) {
    return size > ExactSubsets.FEW_ALWAYS_FOUND && newer - size > ExactSubsets.FEW_ALWAYS_FOUND;
  }

  /** The most items a list cut short may have lost that the rest search still reads as a whole. */
  private static final int MAX_NEWER_ITEMS = ExactSubsets.MAX_FEW_AMOUNTS;

  /**
   * A remittance that lists documents oldest first and pays more than it lists: the bank cut the list
   * at its field limit (140 characters of a SEPA {@code Ustrd}, six lines of an MT940 {@code :86:}), so
   * the documents lost are among the payer's items newer than the newest one listed, with any credit
   * memos listed after them. The rest is read from those ({@link #restAmong}). Only ever a suggestion:
   * whether the payer listed its documents in order is a belief, not evidence.
   */
  private void newerItemsForTheRest(Payment payment, int[] referenced, int[] pool, long rest, String leftAside,
      Map<Integer, ReferenceHit> strong, Map<Integer, ReferenceHit> fuzzy, List<PayerHypothesis> payers, long[] open,
      List<Candidate> out) {
    Map<Integer, Integer> position = new HashMap<>();
    for (int p = 0; p < pool.length; p++) {
      position.put(pool[p], p);
    }
    // The payer's order shows in the numbers it typed right; a corrected typing error may sit anywhere.
    Set<Integer> listed = Arrays.stream(referenced).boxed().collect(Collectors.toSet());
    int newest = -1;
    for (int i : strong.keySet()) {
      if (!listed.contains(i)) {
        continue;
      }
      Integer p = position.get(i);
      if (p == null || p < newest) {
        return;
      }
      newest = p;
    }
    for (int i : referenced) {
      newest = Math.max(newest, position.getOrDefault(i, -1));
    }
    int[] newer = Arrays.stream(pool, newest + 1, pool.length).filter(i -> !listed.contains(i)).toArray();
    if (referenced.length < 2 || newer.length == 0 || newer.length > MAX_NEWER_ITEMS) {
      return;
    }
    if (!restAmong(payment, referenced, newer, rest, leftAside, strong, fuzzy, payers, open, out)) {
      // A payer that lists its invoices oldest first puts the credit memos it takes after them, so a
      // cut list loses those too, however old.
      int[] memos = Arrays.stream(pool, 0, newest + 1).filter(i -> open[i] < 0 && !listed.contains(i)).toArray();
      if (memos.length > 0 && newer.length + memos.length <= MAX_NEWER_ITEMS) {
        restAmong(payment, referenced, concat(newer, memos), rest, leftAside, strong, fuzzy, payers, open, out);
      }
    }
  }

  /**
   * The rest of a cut list read from the items it may have lost ({@code newer}): all of them when
   * they add up to it, else the few that do or the few left out.
   *
   * @return whether any set of them adds up to the rest
   */
  private boolean restAmong(Payment payment, int[] referenced, int[] newer, long rest, String leftAside,
      Map<Integer, ReferenceHit> strong, Map<Integer, ReferenceHit> fuzzy, List<PayerHypothesis> payers, long[] open,
      List<Candidate> out) {
    long[] amounts = Arrays.stream(newer).mapToLong(i -> open[i]).toArray();
    long newerTotal = Arrays.stream(amounts).sum();
    List<int[]> solutions = new ArrayList<>();
    boolean ambiguous = false;
    boolean bounded = false;
    ExactSubsets.Found every = newerTotal > rest ? ExactSubsets.find(amounts, rest, 2) : null;
    if (newerTotal == rest) {
      solutions.add(newer);
    } else if (every != null) {
      // Few enough newer items to try every set of them: whether one set alone fits is then known.
      for (int[] solution : every.solutions()) {
        solutions.add(Arrays.stream(solution).map(k -> newer[k]).toArray());
      }
      ambiguous = !every.unique();
    } else if (newerTotal > rest) {
      // Too many newer items to try every set: the sets of a few of them, and those leaving out a few.
      ExactSubsets.Found taken = ExactSubsets.findFew(amounts, rest, FEW_SETS_LISTED);
      AmountSearch.Found left = search.find(amounts, newerTotal - rest, newerTotal - rest);
      for (int[] solution : taken == null ? List.<int[]>of() : taken.solutions()) {
        solutions.add(Arrays.stream(solution).map(k -> newer[k]).toArray());
      }
      for (int[] solution : left.solutions()) {
        Set<Integer> leftOut = Arrays.stream(solution).boxed().collect(Collectors.toSet());
        solutions.add(IntStream.range(0, newer.length).filter(k -> !leftOut.contains(k)).map(k -> newer[k]).toArray());
      }
      // The same items may be found both ways.
      solutions = solutions.stream().map(items -> Arrays.stream(items).sorted().boxed().toList()).distinct()
          .map(items -> items.stream().mapToInt(Integer::intValue).toArray()).collect(Collectors.toList());
      bounded = true;
      // A larger set that fits by chance is no rival to a small one, which is always found.
      ambiguous = left.ambiguous() || solutions.stream().filter(x -> !byChance(x.length, newer.length)).count() > 1;
    }
    for (int[] extra : solutions.subList(0, Math.min(2, solutions.size()))) {
      int[] items = concat(referenced, extra);
      Reconciler.Outcome whole = reconciler.reconcile(payment, items, open);
      if (whole == null || whole.fit() != Fit.EXACT) {
        continue;
      }
      boolean chance = bounded && byChance(extra.length, newer.length);
      boolean rivals = chance ? solutions.size() > 1 : ambiguous;
      long memos = Arrays.stream(extra).filter(i -> open[i] < 0).count();
      String note = (extra.length - memos) + " item(s) of the payer newer than the last one listed"
          + (memos == 0 ? "" : ", less " + memos + " credit memo(s) it lost too,") + " make up the rest"
          + (extra.length == newer.length ? " (all of them: the list looks cut short)"
              : rivals ? " (other choices fit too)" : chance ? " (one choice among them that does)"
              : " (the only choice among them that does)")
          + (leftAside.isEmpty() ? "" : "; " + leftAside);
      double restEvidence = rivals ? 0.5 : extra.length == newer.length ? 0.9 : 0.8;
      if (chance) {
        // As likely as an amount-only set of its size among so many items, less so with rivals.
        restEvidence = AmountCandidates.identifiability(newer.length, extra.length) * (rivals ? 0.5 : 1);
      }
      Candidate c = scoreReferenced(payment, referenced, extra, restEvidence, whole, strong, fuzzy, payers, note, open);
      out.add(Candidate.demote(c, 1));
    }
    return !solutions.isEmpty();
  }

  /**
   * The referenced items of the customer (or paying parent) that may pay most of them; ties go to the
   * likeliest payer, then to the customer named first.
   */
  private int[] mainOwnersItems(int[] referenced, List<PayerHypothesis> payers) {
    Map<CustomerId, Integer> counts = new LinkedHashMap<>();
    for (PayerHypothesis payer : payers) {
      counts.put(payer.customer(), 0);
    }
    for (int i : referenced) {
      counts.putIfAbsent(book.at(i).customerId(), 0);
    }
    CustomerId best = null;
    int bestCount = 0;
    for (CustomerId candidate : counts.keySet()) {
      int n = (int) Arrays.stream(referenced).filter(i -> book.mayPay(candidate, book.at(i).customerId())).count();
      if (n > bestCount) {
        best = candidate;
        bestCount = n;
      }
    }
    if (best == null) {
      return new int[0];
    }
    CustomerId owner = best;
    return Arrays.stream(referenced).filter(i -> book.mayPay(owner, book.at(i).customerId())).toArray();
  }

  /** Whether the items use every extracted reference of the payment exactly once. */
  private static boolean eachReferenceOnce(int[] items, Map<Integer, ReferenceHit> strong, Map<Integer, ReferenceHit> fuzzy) {
    Set<String> all = new java.util.HashSet<>();
    strong.values().forEach(h -> all.add(h.reference().key()));
    fuzzy.values().forEach(h -> all.add(h.reference().key()));
    Set<String> used = new java.util.HashSet<>();
    for (int i : items) {
      ReferenceHit hit = strong.getOrDefault(i, fuzzy.get(i));
      if (hit == null || !used.add(hit.reference().key())) {
        return false;
      }
    }
    return used.equals(all);
  }

  private Candidate scoreReferenced(Payment payment, int[] items, Reconciler.Outcome outcome,
      Map<Integer, ReferenceHit> strong, Map<Integer, ReferenceHit> fuzzy, List<PayerHypothesis> payers, String note,
      long[] open) {
    return scoreReferenced(payment, items, new int[0], 1, outcome, strong, fuzzy, payers, note, open);
  }

  /**
   * Scores referenced items, with {@code extra} items found by amount for the rest of the payment
   * ({@code restEvidence}: how surely that search identified them; 1 when there are none).
   */
  private Candidate scoreReferenced(Payment payment, int[] referenced, int[] extra, double restEvidence,
      Reconciler.Outcome outcome, Map<Integer, ReferenceHit> strong, Map<Integer, ReferenceHit> fuzzy,
      List<PayerHypothesis> payers, String note, long[] open) {
    int[] items = concat(referenced, extra);
    double referenceEvidence = 1;
    int strongCount = 0;
    StringBuilder refs = new StringBuilder();
    for (int i : referenced) {
      ReferenceHit hit = strong.getOrDefault(i, fuzzy.get(i));
      double ev = hit == null ? 0 : referenceWeight(hit);
      referenceEvidence = Math.min(referenceEvidence, ev);
      if (hit != null && !hit.kind().needsConfirmation()) {
        strongCount++;
      }
    }
    List<ReferenceHit> used = Arrays.stream(referenced).mapToObj(i -> strong.getOrDefault(i, fuzzy.get(i)))
        .filter(h -> h != null).toList();
    refs.append(describeReferences(used));
    Optional<CustomerId> owner = payerItems.commonOwner(items);
    PayerFit payerFit = payerFit(items, payers);
    double confidence = combine(referenceEvidence, outcome.fit().evidence, payerFit.evidence) * restEvidence;
    boolean allStrong = strongCount == referenced.length;
    // A typed number with an error counts when the amount settles the item exactly: as it stands, less
    // its earned discount, less the charges the bank reports, or less the deduction the payer states.
    boolean fuzzyConfirmed = !allStrong && (outcome.fit() == Fit.EXACT || outcome.fit() == Fit.DISCOUNT
        || outcome.fit() == Fit.BANK_CHARGES || (outcome.fit() == Fit.SHORT_WITH_REASON && deductionAsStated(payment, outcome)));
    // An amount that does not settle the items is applied without a person only when the payer is
    // known to be the items' customer (or its parent), and never for money sent in another currency.
    boolean payerKnown = payerFit.evidence >= PAYER_FOR_UNSETTLED * Candidate.CAP;
    boolean unsettledOk = (allStrong || fuzzyConfirmed) && payerKnown && !PaymentText.of(payment).foreignMentioned()
        && !deductionContradicted(payment, outcome);
    // The payer is a hypothesis, not a filter: references that all name the items and an amount that
    // settles them exactly outweigh an account that belongs to someone else (a sister company, a
    // factor, a shared account), when the remittance is structured or names several items.
    boolean structured = used.stream().anyMatch(h -> h.reference().source() != ReferenceSource.FREE_TEXT);
    boolean referencesOutweighPayer = allStrong && (outcome.fit() == Fit.EXACT || outcome.fit() == Fit.DISCOUNT)
        && (structured || items.length >= 2);
    if (payerFit.contradicted && !referencesOutweighPayer) {
      confidence *= 0.8;
    }
    boolean eligible = owner.isPresent() && (!payerFit.contradicted || referencesOutweighPayer)
        && (allStrong || (fuzzyConfirmed && payerFit.evidence >= FUZZY_PAYER * Candidate.CAP))
        && (outcome.fit().settles()
            || (outcome.fit() == Fit.OVERPAID && unsettledOk && nothingElseOpen(owner.get(), items, payment, open))
            || ((outcome.fit() == Fit.SHORT_WITH_REASON || outcome.fit() == Fit.LATE_DISCOUNT
                || outcome.fit() == Fit.UNEXPLAINED_SHORT)
                && unsettledOk && policy.autoDeductions())
            || (outcome.fit() == Fit.PARTIAL && unsettledOk));
    Optional<CustomerId> payer = payerFit.payer.or(() -> owner);
    StringBuilder reason = new StringBuilder(refs);
    if (!note.isEmpty()) {
      reason.append("; ").append(note);
    }
    reason.append("; ").append(outcome.fit().text);
    if (!outcome.detail().isEmpty()) {
      reason.append(" (").append(outcome.detail()).append(')');
    }
    reason.append("; ").append(payerFit.text);
    return new Candidate(items, outcome, payer, Candidate.round(confidence), eligible, reason.toString());
  }

  private static double referenceWeight(ReferenceHit hit) {
    boolean structured = hit.reference().source() == ReferenceSource.STRUCTURED_DOCUMENT
        || hit.reference().source() == ReferenceSource.CREDITOR_REFERENCE;
    return switch (hit.kind()) {
      case EXACT -> structured ? 0.97 : 0.93;
      case NORMALIZED -> structured ? 0.95 : 0.9;
      case CUSTOMER_REFERENCE -> 0.8;
      case LOOKALIKE -> 0.6;
      case FUZZY -> 0.55;
    };
  }

  private static String describeReferences(List<ReferenceHit> hits) {
    if (hits.isEmpty()) {
      return "no reference";
    }
    Map<String, List<String>> byHow = new LinkedHashMap<>();
    for (ReferenceHit hit : hits) {
      String how = switch (hit.kind()) {
        case EXACT, NORMALIZED -> hit.reference().source() == ReferenceSource.FREE_TEXT
            ? "referenced in the remittance text" : "referenced in the structured remittance";
        case CUSTOMER_REFERENCE -> "found by the customer's reference";
        case LOOKALIKE -> "read from '" + hit.reference().text() + "' with letters as the digits they look like";
        case FUZZY -> "read from '" + hit.reference().text() + "' with one typing error";
      };
      byHow.computeIfAbsent(how, h -> new ArrayList<>()).add(hit.item().toString());
    }
    return byHow.entrySet().stream().map(e -> String.join(", ", abbreviate(e.getValue())) + " " + e.getKey())
        .collect(Collectors.joining("; "));
  }

  private static List<String> abbreviate(List<String> numbers) {
    if (numbers.size() <= 5) {
      return numbers;
    }
    List<String> shown = new ArrayList<>(numbers.subList(0, 4));
    shown.add("and " + (numbers.size() - 4) + " more");
    return shown;
  }

  private record PayerFit(Optional<CustomerId> payer, double evidence, boolean contradicted, String text) {}

  private PayerFit payerFit(int[] items, List<PayerHypothesis> payers) {
    for (PayerHypothesis payer : payers) {
      if (Arrays.stream(items).allMatch(i -> book.mayPay(payer.customer(), book.at(i).customerId()))) {
        boolean parent = Arrays.stream(items).anyMatch(i -> !book.at(i).customerId().equals(payer.customer()));
        return new PayerFit(Optional.of(payer.customer()), payer.score() * Candidate.CAP, false,
            "payer " + payer.reason() + (parent ? " (paying parent)" : ""));
      }
    }
    boolean contradicted = !payers.isEmpty() && payers.get(0).score() >= STRONG_PAYER;
    return new PayerFit(Optional.empty(), 0, contradicted,
        payers.isEmpty() ? "payer not identified, taken from the items"
            : "the items belong to another customer than the identified payer " + payers.get(0).customer());
  }

  /**
   * Whether an overpaying payer has no other open debit in the currency: only then is the excess
   * plainly money on account rather than a payment of items the remittance did not list.
   */
  private boolean nothingElseOpen(CustomerId owner, int[] items, Payment payment, long[] open) {
    Set<Integer> used = Arrays.stream(items).boxed().collect(Collectors.toSet());
    return Arrays.stream(book.itemsPayableBy(owner)).noneMatch(i -> !used.contains(i) && open[i] > 0
        && book.inCurrency(i, payment.amount().currency()));
  }

  /**
   * Whether the payment settles the item exactly: as it stands, less its earned discount, or less one
   * of the {@code gaps} the statement explains (from {@link #gapsExplained}).
   */
  private boolean amountConfirms(int i, long paid, long[] gaps, Payment payment, long[] open) {
    if (open[i] == paid || open[i] - reconciler.earnedDiscount(i, open[i], payment.valueDate()) == paid) {
      return true;
    }
    for (long gap : gaps) {
      if (gap > 0 && open[i] == paid + gap) {
        return true;
      }
    }
    return false;
  }

  /** What the statement says was taken off the payment on its way: the bank's charges and the payer's stated deduction (0 or -1 where none). */
  private static long[] gapsExplained(Payment payment) {
    return new long[] {ForeignAmounts.chargesMinor(payment), PaymentText.of(payment).statedDeduction()};
  }

  /** Whether the payer's text states a deduction other than the one the outcome makes: then the items may be the wrong ones. */
  private static boolean deductionContradicted(Payment payment, Reconciler.Outcome outcome) {
    long deducted = outcome.allocations().stream().mapToLong(a -> a.deduction().minorUnits()).sum();
    if (deducted == 0) {
      return false; // most outcomes: the payer's text need not be read
    }
    long stated = PaymentText.of(payment).statedDeduction();
    return stated > 0 && stated != deducted;
  }

  /** Whether the payer's text states exactly the deduction the outcome makes ("less 68.62 short delivery"). */
  private static boolean deductionAsStated(Payment payment, Reconciler.Outcome outcome) {
    long deducted = outcome.allocations().stream().mapToLong(a -> a.deduction().minorUnits()).sum();
    return deducted > 0 && deducted == PaymentText.of(payment).statedDeduction();
  }

  private boolean payerConfirms(int i, List<PayerHypothesis> payers) {
    return payers.stream().anyMatch(p -> p.score() >= 0.8 && book.mayPay(p.customer(), book.at(i).customerId()));
  }

  private String unappliedReason(Payment payment, List<PayerHypothesis> payers, Set<DocumentNumber> settled,
      List<Candidate> ranked) {
    StringBuilder why = new StringBuilder();
    if (!settled.isEmpty()) {
      why.append("references ").append(String.join(", ", abbreviate(settled.stream().map(Object::toString).toList())))
          .append(", already settled or not open (possible duplicate payment); ");
    }
    if (payers.isEmpty()) {
      why.append("payer not identified");
    } else {
      why.append("payer ").append(payers.get(0).reason());
    }
    why.append(ranked.isEmpty() ? "; no open item or combination fits " + Reconciler.money(
        payment.amount().currency(), payment.amount().minorUnits()) : "; nothing fits well enough to suggest");
    return why.toString();
  }

  /** Independent pieces of evidence: the proposal is wrong only if each of them misleads. */
  private static double combine(double... evidence) {
    double wrong = 1;
    for (double e : evidence) {
      wrong *= 1 - Math.min(Candidate.CAP, Math.max(0, e));
    }
    return 1 - wrong;
  }

  private static int[] concat(Set<Integer> a, Set<Integer> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).mapToInt(Integer::intValue).toArray();
  }

  private static int[] concat(int[] a, int[] b) {
    int[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
