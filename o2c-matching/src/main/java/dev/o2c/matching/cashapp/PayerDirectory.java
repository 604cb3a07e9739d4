package dev.o2c.matching.cashapp;

import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.id.CustomerId;
import dev.o2c.matching.cashapp.text.BankAccounts;
import dev.o2c.matching.cashapp.text.PayerNames;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The default {@link PayerIdentification}: the customers a payment may come from, from what it
 * states, its bank account, what people confirmed before ({@link MatchMemory}) and its payer name.
 *
 * <pre>{@code
 * PayerDirectory payers = PayerDirectory.of(customers, memory);
 * payers.identify(payment);  // [C-42 1.0 BANK_ACCOUNT "account DE89...3000 is C-42's (Müller GmbH)", ...]
 * }</pre>
 *
 * <p>Scores, one per kind of evidence; a customer found several ways keeps its best:
 * <table>
 *   <caption>Payer scores</caption>
 *   <tr><th>evidence</th><th>score</th></tr>
 *   <tr><td>{@link PayerEvidence#STATED STATED}: the payment names its customer</td><td>{@value #STATED_SCORE}</td></tr>
 *   <tr><td>{@link PayerEvidence#BANK_ACCOUNT BANK_ACCOUNT}: the payer's account (spaces and case ignored) is
 *     one of the customer's {@link Customer#bankAccounts()}</td><td>{@value #ACCOUNT_SCORE}; {@value
 *     #SHARED_ACCOUNT_SCORE} each when several customers share the account</td></tr>
 *   <tr><td>{@link PayerEvidence#LEARNED_ACCOUNT LEARNED_ACCOUNT}: a person confirmed the account for the
 *     customer</td><td>{@value #LEARNED_ACCOUNT_SCORE}</td></tr>
 *   <tr><td>{@link PayerEvidence#LEARNED_NAME LEARNED_NAME}: a person confirmed the payer name (its
 *     {@linkplain PayerNames#key key}) for the customer</td><td>{@value #LEARNED_NAME_SCORE}</td></tr>
 *   <tr><td>{@link PayerEvidence#NAME NAME}: {@linkplain PayerNames#similarity name similarity} s of at
 *     least {@value #NAME_MIN_SIMILARITY}</td><td>{@value #NAME_SCORE_SCALE} &times; s</td></tr>
 * </table>
 * A name never scores as high as an account: names are shared, cut and misspelt, accounts are not.
 * Ties (a shared account, two equal names) go to the better name similarity, then to the customer
 * whose name the payer wrote as it is (legal form included), then to the one with the legal form the
 * payer wrote, then the stronger evidence, then the customer id. At most {@value #MAX_HYPOTHESES}
 * hypotheses, best first.
 *
 * <p>Names are compared after {@linkplain PayerNames#tokens normalisation} (case, accents and
 * transliterations, legal forms, punctuation, abbreviations), regardless of word order. A payer name
 * of 35 or 70 characters (or up to two less) may have been cut by the bank ({@link #TRUNCATION_LENGTHS}):
 * it is also compared with each candidate's name cut at the same length. A name whose
 * {@linkplain PayerNames#key key} is some customers' exactly gives those customers without a fuzzy
 * search; so does an account of one customer whose name the payer name matches.
 * The directory does not scan all customers per payment: an index from each name token, its first
 * three and its last three letters to the customers having them yields candidates, and only the
 * {@value #CANDIDATES_SCORED} sharing the most (rare keys first) are scored.
 *
 * <p>A paying parent is identified as itself (its own account or name); whether it may settle a
 * subsidiary's items is for the engine to decide from {@link Customer#parentId()}. This instance is
 * immutable and thread-safe.
 */
public final class PayerDirectory implements PayerIdentification {

  /** Score of the customer the payment names. */
  public static final double STATED_SCORE = 1.0;

  /** Score of the one customer whose bank account the payer used. */
  public static final double ACCOUNT_SCORE = 1.0;

  /** Score of each customer when several share the payer's bank account. */
  public static final double SHARED_ACCOUNT_SCORE = 0.95;

  /** Score of a customer a person confirmed the payer's account for. */
  public static final double LEARNED_ACCOUNT_SCORE = 0.97;

  /** Score of a customer a person confirmed the payer name for. */
  public static final double LEARNED_NAME_SCORE = 0.92;

  /** A name hypothesis scores this times the name similarity. */
  public static final double NAME_SCORE_SCALE = 0.9;

  /** The least name similarity that makes a customer a candidate payer. */
  public static final double NAME_MIN_SIMILARITY = 0.8;

  /** The most hypotheses returned. */
  public static final int MAX_HYPOTHESES = 3;

  /** Candidates from the name index that are scored in full per payment. */
  public static final int CANDIDATES_SCORED = 16;

  /** The field lengths at which banks cut payer names (SEPA and MT940 name fields, two lines of them). */
  public static final List<Integer> TRUNCATION_LENGTHS = List.of(35, 70);

  /**
   * Postings longer than this (a common word such as {@code LOGISTICS} or a common prefix) are
   * scanned only while the rarer ones have not yet given {@value #CANDIDATES_SCORED} candidates.
   */
  static final int COMMON_POSTING = 1_000;

  private static final int EXACT_WEIGHT = 3;
  private static final int PART_WEIGHT = 1;

  private final Customer[] customers;
  private final Map<CustomerId, Integer> ids;
  private final List<String>[] tokens;
  /** Each customer's name {@link PayerNames#asWritten as written}, for ties between names equal but for the legal form. */
  private final String[] written;
  /** Each customer's {@link PayerNames#legalForms legal forms}, for the same ties; a few lists shared by all. */
  private final List<String>[] legalForms;
  private final Map<String, int[]> accounts;
  private final Map<String, int[]> postings;
  private final Map<String, int[]> nameKeys;
  private final MatchMemory memory;

  private PayerDirectory(Customer[] customers, Map<CustomerId, Integer> ids, List<String>[] tokens, String[] written,
      List<String>[] legalForms, Map<String, int[]> accounts, Map<String, int[]> postings, Map<String, int[]> nameKeys,
      MatchMemory memory) {
    this.nameKeys = nameKeys;
    this.customers = customers;
    this.ids = ids;
    this.tokens = tokens;
    this.written = written;
    this.legalForms = legalForms;
    this.accounts = accounts;
    this.postings = postings;
    this.memory = memory;
  }

  /**
   * A directory of customers without memory.
   *
   * @param customers the customers, ids unique
   * @return the directory
   * @throws IllegalArgumentException if two customers have the same id
   */
  public static PayerDirectory of(Collection<Customer> customers) {
    return of(customers, MatchMemory.EMPTY);
  }

  /**
   * A directory of customers that also uses what people confirmed before.
   *
   * @param customers the customers, ids unique
   * @param memory confirmed aliases
   * @return the directory
   * @throws IllegalArgumentException if two customers have the same id
   */
  @SuppressWarnings({"unchecked", "rawtypes"}) // an array of token lists
  public static PayerDirectory of(Collection<Customer> customers, MatchMemory memory) {
    Objects.requireNonNull(customers, "customers");
    Objects.requireNonNull(memory, "memory");
    Customer[] all = customers.toArray(new Customer[0]);
    List<String>[] tokens = new List[all.length];
    String[] written = new String[all.length];
    List<String>[] legalForms = new List[all.length];
    Map<List<String>, List<String>> sharedForms = new HashMap<>();
    Map<CustomerId, Integer> ids = new HashMap<>();
    Map<String, List<Integer>> accountLists = new HashMap<>();
    Map<String, IntList> postingLists = new HashMap<>();
    Map<String, IntList> keyLists = new HashMap<>();
    for (int i = 0; i < all.length; i++) {
      Customer customer = Objects.requireNonNull(all[i], "customers[" + i + "] is null");
      Integer before = ids.putIfAbsent(customer.id(), i);
      if (before != null) {
        throw new IllegalArgumentException("Customer " + customer.id() + " is given twice (customers " + before
            + " and " + i + ")");
      }
      for (String account : customer.bankAccounts()) {
        String key = BankAccounts.normalise(account);
        if (!key.isEmpty()) {
          List<Integer> owners = accountLists.computeIfAbsent(key, k -> new ArrayList<>(1));
          if (!owners.contains(i)) {
            owners.add(i);
          }
        }
      }
      tokens[i] = PayerNames.tokens(customer.name());
      written[i] = PayerNames.asWritten(customer.name());
      List<String> forms = PayerNames.legalForms(customer.name());
      legalForms[i] = sharedForms.computeIfAbsent(forms, f -> f);
      for (String key : indexKeys(tokens[i])) {
        postingLists.computeIfAbsent(key, k -> new IntList()).addOnce(i);
      }
      keyLists.computeIfAbsent(sortedKey(tokens[i]), k -> new IntList()).addOnce(i);
    }
    Map<String, int[]> postings = new HashMap<>(postingLists.size() * 2);
    postingLists.forEach((key, list) -> postings.put(key, list.toArray()));
    Map<String, int[]> nameKeys = new HashMap<>(keyLists.size() * 2);
    keyLists.forEach((key, list) -> nameKeys.put(key, list.toArray()));
    return new PayerDirectory(all, Map.copyOf(ids), tokens, written, legalForms, toArrays(accountLists), postings,
        nameKeys, memory);
  }

  /**
   * This directory with another memory; the customer indexes are shared, not rebuilt.
   *
   * @param newMemory the memory
   * @return the directory; this instance is unaffected
   */
  public PayerDirectory withMemory(MatchMemory newMemory) {
    return new PayerDirectory(customers, ids, tokens, written, legalForms, accounts, postings, nameKeys,
        Objects.requireNonNull(newMemory, "newMemory"));
  }

  private static Map<String, int[]> toArrays(Map<String, List<Integer>> lists) {
    Map<String, int[]> arrays = new HashMap<>(lists.size() * 2);
    lists.forEach((k, v) -> arrays.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    return arrays;
  }

  /** {@link PayerNames#key} from tokens. */
  private static String sortedKey(List<String> nameTokens) {
    String[] sorted = nameTokens.toArray(new String[0]);
    Arrays.sort(sorted);
    return String.join(" ", sorted);
  }

  /** Index keys of a name: each token ({@code =}), its first three ({@code <}) and last three ({@code >}) letters. */
  private static List<String> indexKeys(List<String> nameTokens) {
    List<String> keys = new ArrayList<>(nameTokens.size() * 3);
    for (String t : nameTokens) {
      keys.add("=" + t);
      if (t.length() >= 3) {
        keys.add("<" + t.substring(0, 3));
      }
      if (t.length() >= 4) {
        keys.add(">" + t.substring(t.length() - 3));
      }
    }
    return keys;
  }

  @Override
  public List<PayerHypothesis> identify(Payment payment) {
    Objects.requireNonNull(payment, "payment");
    Map<CustomerId, Candidate> found = new LinkedHashMap<>();
    Optional<String> payerName = payment.payerName().filter(n -> !n.isBlank());
    List<String> nameTokens = payerName.map(PayerNames::tokens).orElse(List.of());
    payment.customerId().ifPresent(id ->
        offer(found, id, STATED_SCORE, PayerEvidence.STATED, "customer " + id + " stated on the payment"));
    Optional<String> account = payment.payerAccount().map(BankAccounts::normalise).filter(a -> !a.isEmpty());
    if (account.isPresent()) {
      int[] owners = accounts.get(account.get());
      if (owners != null) {
        for (int owner : owners) {
          Customer c = customers[owner];
          if (owners.length == 1) {
            offer(found, owner, ACCOUNT_SCORE, PayerEvidence.BANK_ACCOUNT,
                "account " + account.get() + " is " + c.id() + "'s (" + c.name() + ")");
          } else {
            offer(found, owner, SHARED_ACCOUNT_SCORE, PayerEvidence.BANK_ACCOUNT,
                "account " + account.get() + " is shared by " + owners.length + " customers, " + c.id() + " ("
                    + c.name() + ") among them");
          }
        }
      }
      memory.customerForAccount(account.get()).ifPresent(id -> offer(found, id, LEARNED_ACCOUNT_SCORE,
          PayerEvidence.LEARNED_ACCOUNT, "account " + account.get() + " confirmed for " + id + " before"));
    }
    if (payerName.isPresent()) {
      String name = payerName.get();
      memory.customerForName(name).ifPresent(id -> offer(found, id, LEARNED_NAME_SCORE, PayerEvidence.LEARNED_NAME,
          "payer name '" + name + "' confirmed for " + id + " before"));
      if (!nameTokens.isEmpty()) {
        int[] exact = nameKeys.get(sortedKey(nameTokens));
        int[] candidates = exact != null ? exact : accountConfirmedByName(found, nameTokens, name) ? new int[0]
            : nameCandidates(nameTokens);
        for (int candidate : candidates) {
          double s = exact != null ? 1.0 : nameSimilarity(nameTokens, name, candidate);
          if (s >= NAME_MIN_SIMILARITY) {
            Customer c = customers[candidate];
            // The reason is written only for the few hypotheses returned.
            offer(found, new Candidate(c.id(), candidate, NAME_SCORE_SCALE * s, PayerEvidence.NAME, null, name, c.name(),
                s))
                .nameSimilarity = s;
          }
        }
      }
    }
    if (found.isEmpty()) {
      return List.of();
    }
    List<Candidate> ranked = new ArrayList<>(found.values());
    for (Candidate c : ranked) {
      if (c.evidence != PayerEvidence.NAME && !nameTokens.isEmpty() && ranked.size() > 1) {
        int i = indexOf(c);
        if (i >= 0) {
          c.nameSimilarity = nameSimilarity(nameTokens, payerName.get(), i);
        }
      }
    }
    if (ranked.size() > 1 && payerName.isPresent()) {
      // Names equal once legal forms are dropped ("Fuji Plastics Inc." and "Fuji Plastics Oy") tie on
      // similarity: the one the payer wrote, legal form and all, goes first. Only tied candidates need it.
      // Failing that, the one with the legal form the payer wrote ("Pioneer Hldg Oy" for "Pioneer Holding Oy").
      String payerWrote = null;
      List<String> payerForms = null;
      for (Candidate c : ranked) {
        int i = indexOf(c);
        if (i >= 0 && tied(ranked, c)) {
          payerWrote = payerWrote != null ? payerWrote : PayerNames.asWritten(payerName.get());
          payerForms = payerForms != null ? payerForms : PayerNames.legalForms(payerName.get());
          c.asWritten = payerWrote.equals(written[i]);
          c.sameLegalForm = !payerForms.isEmpty() && payerForms.equals(legalForms[i]);
        }
      }
    }
    ranked.sort(Comparator.comparingDouble((Candidate c) -> -c.score)
        .thenComparingDouble(c -> -c.nameSimilarity)
        .thenComparing(c -> !c.asWritten)
        .thenComparing(c -> !c.sameLegalForm)
        .thenComparing(c -> c.evidence)
        .thenComparing(c -> c.customer.toString()));
    List<PayerHypothesis> result = new ArrayList<>(MAX_HYPOTHESES);
    for (Candidate c : ranked.subList(0, Math.min(MAX_HYPOTHESES, ranked.size()))) {
      result.add(new PayerHypothesis(c.customer, c.score, c.evidence, c.reason()));
    }
    return List.copyOf(result);
  }

  /** Whether another candidate has the same score and name similarity (a loop: this runs for every payment). */
  private static boolean tied(List<Candidate> ranked, Candidate c) {
    for (Candidate o : ranked) {
      if (o != c && o.score == c.score && o.nameSimilarity == c.nameSimilarity) {
        return true;
      }
    }
    return false;
  }

  /** Whether one customer was found by its own account and the payer name matches its name: no name search needed. */
  private boolean accountConfirmedByName(Map<CustomerId, Candidate> found, List<String> nameTokens, String name) {
    if (found.size() != 1) {
      return false;
    }
    Candidate only = found.values().iterator().next();
    if (only.evidence != PayerEvidence.BANK_ACCOUNT || only.score < ACCOUNT_SCORE) {
      return false;
    }
    int index = indexOf(only);
    if (index < 0) {
      return false;
    }
    only.nameSimilarity = nameSimilarity(nameTokens, name, index);
    return only.nameSimilarity >= NAME_MIN_SIMILARITY;
  }

  /** The candidate's position among the customers, -1 if the directory does not know it. */
  private int indexOf(Candidate c) {
    if (c.index >= 0) {
      return c.index;
    }
    Integer i = ids.get(c.customer);
    return i == null ? -1 : i;
  }

  /** Keeps a customer's best evidence; returns the candidate now kept for it. */
  private static Candidate offer(Map<CustomerId, Candidate> found, CustomerId customer, double score,
      PayerEvidence evidence, String reason) {
    return offer(found, new Candidate(customer, -1, score, evidence, reason, null, null, 0));
  }

  /** {@link #offer} of a customer of this directory. */
  private Candidate offer(Map<CustomerId, Candidate> found, int index, double score, PayerEvidence evidence,
      String reason) {
    return offer(found, new Candidate(customers[index].id(), index, score, evidence, reason, null, null, 0));
  }

  /** Keeps a customer's best evidence; returns the candidate now kept for it (or the offer, not kept). */
  private static Candidate offer(Map<CustomerId, Candidate> found, Candidate offer) {
    Candidate before = found.get(offer.customer);
    if (before == null || offer.score > before.score
        || (offer.score == before.score && offer.evidence.compareTo(before.evidence) < 0)) {
      Candidate kept = offer.score > 1.0 ? offer.withScore(1.0) : offer;
      if (before != null) {
        kept.nameSimilarity = before.nameSimilarity;
      }
      found.put(offer.customer, kept);
      return kept;
    }
    return offer; // not kept; the caller may set fields on it freely
  }

  private double nameSimilarity(List<String> queryTokens, String rawName, int candidate) {
    double s = PayerNames.similarity(queryTokens, tokens[candidate]);
    String full = customers[candidate].name();
    int length = rawName.strip().length();
    if (s < 1.0 && full.length() > length && mayBeCut(rawName)) {
      s = Math.max(s, PayerNames.similarity(queryTokens, PayerNames.tokens(full.substring(0, length))));
    }
    return s;
  }

  /** A name of a field's length (or up to two less: trailing blanks are often trimmed) may have been cut. */
  private static boolean mayBeCut(String rawName) {
    int length = rawName.length();
    for (int limit : TRUNCATION_LENGTHS) {
      if (length <= limit && length >= limit - 2) {
        return true;
      }
    }
    return false;
  }

  /** The customers sharing the most index keys with the name, at most {@value #CANDIDATES_SCORED}. */
  private int[] nameCandidates(List<String> queryTokens) {
    List<String> keys = indexKeys(queryTokens);
    List<int[]> lists = new ArrayList<>(keys.size());
    List<Integer> weights = new ArrayList<>(keys.size());
    int total = 0;
    for (String key : keys) {
      int[] posting = postings.get(key);
      if (posting != null) {
        lists.add(posting);
        weights.add(key.charAt(0) == '=' ? EXACT_WEIGHT : PART_WEIGHT);
      }
    }
    if (lists.isEmpty()) {
      return new int[0];
    }
    Integer[] order = new Integer[lists.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt(i -> lists.get(i).length));
    int scanned = 0;
    for (int k = 0; k < order.length; k++) {
      int length = lists.get(order[k]).length;
      if (length > COMMON_POSTING && total >= CANDIDATES_SCORED) {
        break;
      }
      total += length;
      scanned++;
    }
    IntCounter counts = IntCounter.cleared(total);
    for (int k = 0; k < scanned; k++) {
      int w = weights.get(order[k]);
      for (int customer : lists.get(order[k])) {
        counts.add(customer, w);
      }
    }
    // Common keys only add to the candidates the rare ones found (postings are sorted: binary search).
    for (int k = scanned; k < order.length; k++) {
      counts.addWhereIn(lists.get(order[k]), weights.get(order[k]));
    }
    return counts.top(CANDIDATES_SCORED);
  }

  /** A growing list of customer indexes, each added once (they come in ascending order). */
  private static final class IntList {
    private int[] values = new int[2];
    private int size;

    void addOnce(int value) {
      if (size > 0 && values[size - 1] == value) {
        return;
      }
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }

  /**
   * Counts per customer index, open addressing; sized for the postings scanned. Each thread reuses
   * one, grown as needed, using only the first {@code capacity} slots: a common name token makes it
   * tens of kilobytes, and allocating that per payment was a third of what identifying payers allocated.
   */
  private static final class IntCounter {
    private static final ThreadLocal<IntCounter> PER_THREAD = ThreadLocal.withInitial(IntCounter::new);
    /** Tables above this many slots are not kept for the next payment. */
    private static final int KEPT_UP_TO = 1 << 16;

    private int[] keys = new int[0];
    private int[] values = new int[0];
    private int capacity;
    private int mask;
    private int size;

    /** The thread's counter, emptied and sized for {@code expected} keys. */
    static IntCounter cleared(int expected) {
      int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
      IntCounter counter = capacity <= KEPT_UP_TO ? PER_THREAD.get() : new IntCounter();
      if (counter.keys.length < capacity) {
        counter.keys = new int[capacity];
        counter.values = new int[capacity];
      }
      Arrays.fill(counter.keys, 0, capacity, -1);
      Arrays.fill(counter.values, 0, capacity, 0);
      counter.capacity = capacity;
      counter.mask = capacity - 1;
      counter.size = 0;
      return counter;
    }

    void add(int key, int weight) {
      int slot = (key * 0x9E3779B9) >>> 1 & mask;
      while (keys[slot] != -1 && keys[slot] != key) {
        slot = (slot + 1) & mask;
      }
      if (keys[slot] == -1) {
        keys[slot] = key;
        size++;
      }
      values[slot] += weight;
    }

    /** Adds {@code weight} to every key counted so far that is in the sorted {@code posting}. */
    void addWhereIn(int[] posting, int weight) {
      // Whichever side is cheaper to walk: the counted keys (a binary search each) or the posting (a probe each).
      if ((long) posting.length * 2 < (long) capacity * (32 - Integer.numberOfLeadingZeros(posting.length))) {
        for (int key : posting) {
          int slot = find(key);
          if (slot >= 0) {
            values[slot] += weight;
          }
        }
        return;
      }
      for (int slot = 0; slot < capacity; slot++) {
        if (keys[slot] != -1 && Arrays.binarySearch(posting, keys[slot]) >= 0) {
          values[slot] += weight;
        }
      }
    }

    private int find(int key) {
      int slot = (key * 0x9E3779B9) >>> 1 & mask;
      while (keys[slot] != -1) {
        if (keys[slot] == key) {
          return slot;
        }
        slot = (slot + 1) & mask;
      }
      return -1;
    }

    /** The keys with the highest counts, ties to the lower key (the customer given first). */
    int[] top(int limit) {
      // Keeps the best few in order while walking the table instead of sorting every key counted.
      long[] best = new long[Math.min(limit, size)];
      int n = 0;
      for (int slot = 0; slot < capacity; slot++) {
        if (keys[slot] == -1) {
          continue;
        }
        long packed = ((long) (Integer.MAX_VALUE - values[slot]) << 32) | keys[slot];
        if (n == best.length && (n == 0 || packed >= best[n - 1])) {
          continue;
        }
        int at = n == best.length ? n - 1 : n++;
        while (at > 0 && best[at - 1] > packed) {
          best[at] = best[at - 1];
          at--;
        }
        best[at] = packed;
      }
      int[] top = new int[n];
      for (int i = 0; i < n; i++) {
        top[i] = (int) best[i];
      }
      return top;
    }
  }

  private static final class Candidate {
    final CustomerId customer;
    /** The customer's position in the directory, -1 when not known yet. */
    final int index;
    final double score;
    final PayerEvidence evidence;
    /** The reason, or null for a name hypothesis until it is asked for. */
    private String reason;
    private final String payerName;
    private final String customerName;
    private final double similarity;
    double nameSimilarity;
    /** Whether the payer name is the customer's as written, legal form included (accents and punctuation aside). */
    boolean asWritten;
    /** Whether the payer name carries the customer's legal form (and the customer's name has one). */
    boolean sameLegalForm;

    Candidate(CustomerId customer, int index, double score, PayerEvidence evidence, String reason, String payerName,
        String customerName, double similarity) {
      this.customer = customer;
      this.index = index;
      this.score = score;
      this.evidence = evidence;
      this.reason = reason;
      this.payerName = payerName;
      this.customerName = customerName;
      this.similarity = similarity;
    }

    Candidate withScore(double newScore) {
      return new Candidate(customer, index, newScore, evidence, reason, payerName, customerName, similarity);
    }

    String reason() {
      if (reason == null) {
        // As String.format(Locale.ROOT, "%.2f") writes it: half up on the shortest decimal form.
        reason = "name '" + payerName + "' ~ '" + customerName + "' ("
            + BigDecimal.valueOf(similarity).setScale(2, RoundingMode.HALF_UP).toPlainString() + ")";
      }
      return reason;
    }
  }
}
