package dev.o2c.matching.cashapp;

import dev.o2c.core.domain.Payment;
import dev.o2c.core.id.PaymentId;
import dev.o2c.core.ledger.CashBucket;
import dev.o2c.core.ledger.LedgerCommand;
import dev.o2c.core.ledger.Posting;
import dev.o2c.core.ledger.ReceivablesLedger;
import dev.o2c.core.ledger.ReceivePayment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import dev.o2c.matching.cashapp.combination.CombinationLimits;
import dev.o2c.matching.cashapp.combination.CombinationResult;
import dev.o2c.matching.cashapp.combination.CombinationSearch;

/**
 * The cash-application engine: decides, for each incoming payment, which open items it pays, how sure
 * it is and why. Decisions are pure values; nothing is posted while deciding.
 *
 * <pre>{@code
 * OpenItemBook book = OpenItemBook.of(ledger);
 * CashApplication engine = CashApplication.builder(book).policy(MatchPolicy.DEFAULT).build();
 * CashApplicationRun run = engine.decideAll(payments);          // statement order, nothing posted
 * for (Decision d : run.decisions()) {
 *   System.out.println(d.kind() + " " + d.payment().id() + ": " + d.reason());
 * }
 * run.postAutomatic(ledger);                                   // AUTO decisions only
 * }</pre>
 *
 * <p>A run takes the payments in order and each payment sees the items left open by the AUTO decisions
 * before it, so two payments never both clear the same item. The stages that do not depend on that
 * order (payer identification, reference extraction and lookup) run in parallel, and so do the
 * decisions themselves: each payer's payments in order, against the book as it stood at the start
 * less what that payer's earlier payments took, made again only where another payer's payment took
 * an item it looked at. The result is the same whatever the number of threads. This instance is
 * immutable and thread-safe.
 */
public final class CashApplication {

  /** Smaller batches are decided in order on the calling thread: a pool would cost more than it saves. */
  private static final int PARALLEL_FROM = 64;

  private final Builder settings;
  private final OpenItemBook book;
  private final MatchPolicy policy;
  private final MatchMemory memory;
  private final PayerIdentification payers;
  private final ReferenceExtraction references;
  private final DocumentLookup lookup;
  private final PaymentMatcher matcher;
  private final int parallelism;

  private CashApplication(Builder b, DocumentLookup lookup) {
    this.settings = b;
    this.book = b.book;
    this.policy = b.policy;
    this.memory = b.memory;
    this.payers = b.payers != null ? b.payers : PayerDirectory.of(book.customers(), memory);
    this.references = b.references != null ? b.references : ReferenceExtractor.withMemory(memory);
    this.lookup = lookup;
    this.matcher = new PaymentMatcher(book, policy, b.search != null ? b.search : combinations(b.limits));
    this.parallelism = b.parallelism;
  }

  /** Among more open items than this, the default combination search looks for small sets only. */
  private static final int WIDE_POOL = 20;

  /** The most items of a set the default combination search looks for among more than {@value #WIDE_POOL}. */
  private static final int WIDE_MAX_ITEMS = 3;

  /**
   * The default combination search, as the matcher uses it. Among more than {@value #WIDE_POOL} open
   * items only sets of up to {@value #WIDE_MAX_ITEMS} are looked for: larger amount-only answers are
   * neither identifiable there nor worth suggesting (cash-application benchmark specification, section
   * 1), and proving there is none costs the most.
   */
  private static AmountSearch combinations(CombinationLimits limits) {
    CombinationLimits wideLimits = limits.toBuilder().maxItems(Math.min(WIDE_MAX_ITEMS, limits.maxItems()))
        .nodeBudget(Math.min(100_000, limits.nodeBudget())).build();
    CombinationSearch search = CombinationSearch.of(limits);
    CombinationSearch wide = CombinationSearch.of(wideLimits);
    return new AmountSearch() {
      @Override
      public Found find(long[] amounts, long low, long high) {
        CombinationResult result = (amounts.length > WIDE_POOL ? wide : search).find(amounts, low, high);
        // Without a proof that nothing else fits as well (the budget ran out), a lone solution is not unique.
        boolean ambiguous = !result.solutions().isEmpty() && !result.unique();
        return new Found(result.solutions(), ambiguous, result.oldestFirst());
      }

      @Override
      public int largestSetTried(int amounts) {
        return (amounts > WIDE_POOL ? wideLimits : limits).maxItems();
      }
    };
  }

  /**
   * Starts an engine over a book of open items.
   *
   * @param book the open items and customers to match against
   * @return a builder with the default stages and {@link MatchPolicy#DEFAULT}
   */
  public static Builder builder(OpenItemBook book) {
    return new Builder(book);
  }

  /** {@return the book this engine matches against} */
  public OpenItemBook book() {
    return book;
  }

  /** {@return the policy this engine follows} */
  public MatchPolicy policy() {
    return policy;
  }

  /** {@return what people confirmed so far: payer aliases and reference patterns the default stages use} */
  public MatchMemory memory() {
    return memory;
  }

  /**
   * This engine with another memory; the default payer identification and reference extraction use
   * it, replaced stages are kept as they are. The document index is shared, not rebuilt.
   *
   * @param newMemory the memory
   * @return the new engine; this instance is unaffected
   */
  public CashApplication withMemory(MatchMemory newMemory) {
    Builder copy = settings.copy();
    copy.memory = Objects.requireNonNull(newMemory, "newMemory");
    return new CashApplication(copy, lookup);
  }

  /**
   * Learns from a person's confirmation or correction of a decision: the payment's bank account and
   * payer name belong to the confirmed payer, and how the payer wrote the confirmed documents becomes
   * a reference pattern ({@link MatchMemory#learn}). The next run with the returned engine finds them.
   *
   * @param decision the decision a person worked
   * @param confirmed what the person confirmed: the decision's proposal, one of its alternatives, or a
   *     proposal of their own; it must name a payer
   * @return the engine with the extended memory; this instance is unaffected
   * @throws IllegalArgumentException if the confirmed proposal names no payer
   */
  public CashApplication learn(Decision decision, Proposal confirmed) {
    var payer = confirmed.payer().orElseThrow(() -> new IllegalArgumentException(
        "A confirmation of payment " + decision.payment().id() + " must name the payer"));
    return withMemory(memory.learn(decision.payment(), payer,
        confirmed.allocations().stream().map(Allocation::item).toList()));
  }

  /**
   * Decides one payment against the book as it is.
   *
   * @param payment the payment
   * @return the decision
   */
  public Decision decide(Payment payment) {
    return matcher.decide(payment, evidence(payment), book.openAmounts());
  }

  /**
   * Decides a batch of payments, in order: each sees the items the AUTO decisions before it left open.
   * A payment whose id already appeared earlier in the batch (a statement imported twice) is left
   * unapplied with that reason.
   *
   * @param payments the payments, in statement order
   * @return the decisions, one per payment, in the same order
   */
  public CashApplicationRun decideAll(List<Payment> payments) {
    boolean[] repeated = new boolean[payments.size()];
    Set<PaymentId> seen = new HashSet<>();
    for (int k = 0; k < repeated.length; k++) {
      repeated[k] = !seen.add(payments.get(k).id());
    }
    return parallelism <= 1 || payments.size() < PARALLEL_FROM ? inOrder(payments, repeated)
        : inParallel(payments, repeated);
  }

  /** Payments read are handed to the pool in blocks of this many: fewer, larger tasks than one per payment. */
  private static final int READ_BLOCK = 256;

  /**
   * Decides payments while they are read, with the same decisions as {@link #decideAll(List)} of
   * the same payments: the source runs on the calling thread and hands over each payment, in
   * statement order, and the stage that does not depend on that order or on the book (the evidence:
   * payer identification, reference extraction and lookup) starts on the engine's other threads
   * meanwhile, instead of after the whole file is read.
   *
   * <pre>{@code
   * CashApplicationRun run = engine.decideAsRead(sink -> StatementPostings.streamPayments(in, "day.xml", sink));
   * }</pre>
   *
   * @param source called once; passes each payment to the consumer it is given, in statement order
   * @return the decisions, one per payment, in the order handed over
   */
  public CashApplicationRun decideAsRead(Consumer<Consumer<Payment>> source) {
    Objects.requireNonNull(source, "source");
    if (parallelism <= 1) {
      List<Payment> payments = new ArrayList<>();
      source.accept(payments::add);
      return decideAll(payments);
    }
    List<Payment> payments = new ArrayList<>();
    List<Boolean> repeatedList = new ArrayList<>();
    Set<PaymentId> seen = new HashSet<>();
    List<ForkJoinTask<PaymentMatcher.Evidence[]>> blocks = new ArrayList<>();
    ForkJoinPool pool = new ForkJoinPool(parallelism);
    try {
      source.accept(new Consumer<>() {
        private int from;

        @Override
        public void accept(Payment payment) {
          payments.add(Objects.requireNonNull(payment, "payment"));
          repeatedList.add(!seen.add(payment.id()));
          if (payments.size() - from == READ_BLOCK) {
            blocks.add(pool.submit(evidenceBlock(payments, repeatedList, from, payments.size())));
            from = payments.size();
          }
        }
      });
      int n = payments.size();
      boolean[] repeated = new boolean[n];
      for (int k = 0; k < n; k++) {
        repeated[k] = repeatedList.get(k);
      }
      if (n < PARALLEL_FROM) {
        blocks.forEach(ForkJoinTask::join);
        return inOrder(payments, repeated);
      }
      int submitted = blocks.size() * READ_BLOCK;
      if (submitted < n) {
        blocks.add(pool.submit(evidenceBlock(payments, repeatedList, submitted, n)));
      }
      PaymentMatcher.Evidence[] evidence = new PaymentMatcher.Evidence[n];
      for (int b = 0; b < blocks.size(); b++) {
        PaymentMatcher.Evidence[] block = blocks.get(b).join();
        System.arraycopy(block, 0, evidence, b * READ_BLOCK, block.length);
      }
      return inLanes(payments, repeated, evidence, pool);
    } finally {
      pool.shutdown();
    }
  }

  /** The evidence of payments [from, to), as a task; none for a repeated payment, which is not decided. */
  private Callable<PaymentMatcher.Evidence[]> evidenceBlock(List<Payment> payments, List<Boolean> repeated, int from,
      int to) {
    // The lists grow on the reading thread: the task gets its own copy of its share.
    List<Payment> mine = List.copyOf(payments.subList(from, to));
    boolean[] skip = new boolean[to - from];
    for (int k = from; k < to; k++) {
      skip[k - from] = repeated.get(k);
    }
    return () -> {
      PaymentMatcher.Evidence[] evidence = new PaymentMatcher.Evidence[mine.size()];
      for (int k = 0; k < evidence.length; k++) {
        if (!skip[k]) {
          evidence[k] = evidence(mine.get(k));
        }
      }
      return evidence;
    };
  }

  private CashApplicationRun inOrder(List<Payment> payments, boolean[] repeated) {
    long[] open = book.openAmounts();
    List<Decision> decisions = new ArrayList<>(payments.size());
    for (int k = 0; k < payments.size(); k++) {
      Payment payment = payments.get(k);
      if (repeated[k]) {
        decisions.add(duplicate(payment));
        continue;
      }
      Decision decision = matcher.decide(payment, evidence(payment), open);
      takes(decision).applyTo(open);
      decisions.add(decision);
    }
    return new CashApplicationRun(decisions);
  }

  private CashApplicationRun inParallel(List<Payment> payments, boolean[] repeated) {
    int n = payments.size();
    PaymentMatcher.Evidence[] evidence = new PaymentMatcher.Evidence[n];
    ForkJoinPool pool = new ForkJoinPool(parallelism);
    try {
      pool.submit(() -> IntStream.range(0, n).parallel().filter(k -> !repeated[k])
          .forEach(k -> evidence[k] = evidence(payments.get(k)))).join();
      return inLanes(payments, repeated, evidence, pool);
    } finally {
      pool.shutdown();
    }
  }

  /**
   * Decides the payments in parallel and keeps only what deciding them in order gives.
   *
   * <ol>
   *   <li>The payments go into lanes by their likeliest payer's top parent (the payer itself where it
   *       has none): a payer's own earlier payments are what most often take items a payment looks at.
   *       Each lane is decided in statement order on one thread, against the book as it stood at the
   *       start less what the lane's earlier AUTO decisions took ({@link BookReads records} what each
   *       decision read); the lanes run in parallel.
   *   <li>The payments whose reads meet an item that another lane's decision before them took are
   *       decided again, in parallel, each against the book as all first decisions before it leave it.
   *   <li>A walk in statement order keeps a lane's decision when no decision before it took an item it
   *       read, other than its lane's earlier decisions as the lane made them; else the second one when
   *       no decision before it took other items than its first decision did among those it read; and
   *       decides the rest again against the items left open by then.
   * </ol>
   * Every kept decision saw exactly the open amounts it would have seen in order, so it is the same;
   * which lane a payment goes into only decides how often the walk decides again.
   */
  private CashApplicationRun inLanes(List<Payment> payments, boolean[] repeated, PaymentMatcher.Evidence[] evidence,
      ForkJoinPool pool) {
    int n = payments.size();
    long[] start = book.openAmounts();
    int[] lane = new int[n];
    List<int[]> lanes = lanes(repeated, evidence, lane, pool);
    Decision[] first = new Decision[n];
    BookReads[] reads = new BookReads[n];
    Takes[] firstTakes = new Takes[n];
    // One copy of the book per thread at a time, put back as it was after each lane.
    ConcurrentLinkedQueue<long[]> views = new ConcurrentLinkedQueue<>();
    pool.submit(() -> lanes.parallelStream().forEach(members -> {
      long[] view = view(views, start);
      for (int k : members) {
        reads[k] = new BookReads();
        first[k] = attempt(payments.get(k), evidence[k], view, reads[k]);
        firstTakes[k] = takes(first[k]);
        firstTakes[k].applyTo(view);
      }
      for (int k : members) {
        firstTakes[k].restore(view, start);
      }
      views.add(view);
    })).join();
    // Decided again, in parallel, against the book as the first decisions before each leave it: those
    // whose reads meet another lane's first takes.
    BookReads.Taken firstTaken = new BookReads.Taken(book);
    int[] again = new int[n];
    int count = 0;
    for (int k = 0; k < n; k++) {
      if (!repeated[k]) {
        if (first[k] == null || firstTaken.touches(reads[k], lane[k])) {
          again[count++] = k;
        }
        firstTakes[k].markIn(firstTaken, lane[k]);
      }
    }
    Decision[] second = new Decision[n];
    BookReads[] secondReads = new BookReads[n];
    int[] positions = Arrays.copyOf(again, count);
    int chunks = Math.min(positions.length, parallelism * 2);
    pool.submit(() -> IntStream.range(0, chunks).parallel().forEach(c -> {
      // Each chunk walks its share of the positions in order on its own copy of the book, taking what
      // the first decisions before each position took.
      long[] view = view(views, start);
      int from = positions.length * c / chunks;
      int to = positions.length * (c + 1) / chunks;
      int applied = 0;
      for (int t = from; t < to; t++) {
        int k = positions[t];
        for (; applied < k; applied++) {
          if (!repeated[applied]) {
            firstTakes[applied].applyTo(view);
          }
        }
        secondReads[k] = new BookReads();
        second[k] = attempt(payments.get(k), evidence[k], view, secondReads[k]);
      }
      for (int k = 0; k < applied; k++) {
        if (!repeated[k]) {
          firstTakes[k].restore(view, start);
        }
      }
      views.add(view);
    })).join();
    long[] open = start; // every parallel decision is done: the walk may change it now
    BookReads.Taken taken = new BookReads.Taken(book);
    BookReads.Taken diverged = new BookReads.Taken(book); // where the walk took other than the first decisions
    List<Decision> decisions = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      Payment payment = payments.get(k);
      if (repeated[k]) {
        decisions.add(duplicate(payment));
        continue;
      }
      // A decision whose reads nothing before it changed, other than as it saw, is the one deciding in order gives.
      Decision decision = null;
      if (first[k] != null && !taken.touches(reads[k], lane[k])) {
        decision = first[k];
      } else if (second[k] != null && !diverged.touches(secondReads[k])) {
        decision = second[k];
      }
      if (decision == null) {
        decision = matcher.decide(payment, evidence[k], open);
      }
      Takes takes = decision == first[k] ? firstTakes[k] : takes(decision);
      takes.applyTo(open);
      if (takes.equals(firstTakes[k])) {
        takes.markIn(taken, lane[k]);
      } else {
        // The lane's later decisions saw the first takes, the book has these: both differ from what
        // they saw, and from what the second decisions saw.
        takes.markIn(taken, BookReads.Taken.EVERY_LANE);
        firstTakes[k].markIn(taken, BookReads.Taken.EVERY_LANE);
        takes.markIn(diverged, BookReads.Taken.EVERY_LANE);
        firstTakes[k].markIn(diverged, BookReads.Taken.EVERY_LANE);
      }
      decisions.add(decision);
    }
    return new CashApplicationRun(decisions);
  }

  /** A copy of the book as it stood at the start: one put back by a task done with it, else a new one. */
  private static long[] view(ConcurrentLinkedQueue<long[]> views, long[] start) {
    long[] view = views.poll();
    return view != null ? view : start.clone();
  }

  /**
   * The lanes, each its payments' positions in statement order, and each payment's lane in {@code
   * lane}. A payment's lane is its likeliest payer's top parent; a second payer whose items the amount
   * search looks at too ({@link AmountCandidates#PAYER_FOR_AMOUNT_SEARCH}) joins its group to that
   * lane, unless the lane would outgrow its share of the batch and hold up the others. A payment
   * without a payer hypothesis has a lane of its own; repeated payments have none.
   */
  private List<int[]> lanes(boolean[] repeated, PaymentMatcher.Evidence[] evidence, int[] lane, ForkJoinPool pool) {
    int n = lane.length;
    // The payers' groups are looked up in parallel: what follows runs on one thread while the others wait.
    int[] group = new int[n];
    int[] secondGroup = new int[n];
    pool.submit(() -> IntStream.range(0, n).parallel().forEach(k -> {
      List<PayerHypothesis> payers = repeated[k] ? List.of() : evidence[k].payers();
      group[k] = payers.isEmpty() ? -1 : book.topGroup(payers.get(0).customer());
      secondGroup[k] = payers.size() < 2 || payers.get(1).score() < AmountCandidates.PAYER_FOR_AMOUNT_SEARCH ? -1
          : book.topGroup(payers.get(1).customer());
    })).join();
    Map<Integer, Integer> joined = new HashMap<>(); // a group and the group its lane goes by, where they differ
    Map<Integer, Integer> payments = new HashMap<>(); // per lane's group: its payments
    for (int k = 0; k < n; k++) {
      if (group[k] >= 0) {
        payments.merge(group[k], 1, Integer::sum);
      }
    }
    int largest = Math.max(READ_BLOCK, n / (4 * parallelism));
    for (int k = 0; k < n; k++) {
      if (group[k] < 0 || secondGroup[k] < 0) {
        continue;
      }
      int a = laneGroup(joined, group[k]);
      int b = laneGroup(joined, secondGroup[k]);
      if (a != b && payments.getOrDefault(a, 0) + payments.getOrDefault(b, 0) <= largest) {
        joined.put(Math.max(a, b), Math.min(a, b));
        payments.merge(Math.min(a, b), payments.getOrDefault(Math.max(a, b), 0), Integer::sum);
      }
    }
    Map<Integer, Integer> byGroup = new HashMap<>();
    int[] size = new int[n];
    int count = 0;
    for (int k = 0; k < n; k++) {
      if (repeated[k]) {
        lane[k] = -1;
        continue;
      }
      if (group[k] < 0) {
        lane[k] = count++;
      } else {
        Integer known = byGroup.putIfAbsent(laneGroup(joined, group[k]), count);
        lane[k] = known != null ? known : count++;
      }
      size[lane[k]]++;
    }
    List<int[]> lanes = new ArrayList<>(count);
    for (int l = 0; l < count; l++) {
      lanes.add(new int[size[l]]);
    }
    int[] filled = new int[count];
    for (int k = 0; k < n; k++) {
      if (lane[k] >= 0) {
        lanes.get(lane[k])[filled[lane[k]]++] = k;
      }
    }
    return lanes;
  }

  /** The group a lane of joined groups goes by (the smallest of them). */
  private static int laneGroup(Map<Integer, Integer> joined, int group) {
    int g = group;
    for (Integer next = joined.get(g); next != null; next = joined.get(g)) {
      g = next;
    }
    return g;
  }

  /** The decision against the open amounts, recording its reads; null if it fails (then it is made again in order). */
  private Decision attempt(Payment payment, PaymentMatcher.Evidence evidence, long[] open, BookReads reads) {
    try {
      return book.recording(reads, () -> matcher.decide(payment, evidence, open));
    } catch (RuntimeException e) {
      return null; // decided again in the walk, where it fails as it would have in order
    }
  }

  /** What a decision takes off the open amounts: nothing unless it is AUTO. */
  private Takes takes(Decision decision) {
    if (decision == null || decision.kind() != DecisionKind.AUTO) {
      return Takes.NONE;
    }
    List<Allocation> allocations = decision.proposal().allocations();
    int[] items = new int[allocations.size()];
    long[] cleared = new long[items.length];
    for (int a = 0; a < items.length; a++) {
      items[a] = book.indexOf(allocations.get(a).item());
      cleared[a] = allocations.get(a).cleared().minorUnits();
    }
    return new Takes(items, cleared);
  }

  /** Book positions and the minor units a decision clears of each. */
  private record Takes(int[] items, long[] cleared) {
    static final Takes NONE = new Takes(new int[0], new long[0]);

    void applyTo(long[] open) {
      for (int a = 0; a < items.length; a++) {
        open[items[a]] -= cleared[a];
      }
    }

    /** Puts the open amounts of the items back as they are in {@code start}. */
    void restore(long[] open, long[] start) {
      for (int i : items) {
        open[i] = start[i];
      }
    }

    void markIn(BookReads.Taken taken, int lane) {
      for (int i : items) {
        taken.take(i, lane);
      }
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Takes t && Arrays.equals(items, t.items) && Arrays.equals(cleared, t.cleared);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(items) + Arrays.hashCode(cleared);
    }
  }

  /**
   * Receives the run's payments into a ledger (those it does not know yet) and posts the commands of
   * the AUTO decisions, in order. A payment the ledger already knows is not received again and its
   * decision is not posted, so importing a statement twice never applies money twice.
   *
   * @param run a run of this engine
   * @param ledger the ledger to post to; its open items should be those of this engine's book
   * @return the postings, in order
   * @throws dev.o2c.core.ledger.LedgerException if the ledger refuses a command; the commands of
   *     earlier decisions stay posted
   */
  public List<Posting> postAutomatic(CashApplicationRun run, ReceivablesLedger ledger) {
    List<Posting> postings = new ArrayList<>();
    for (Decision decision : run.decisions()) {
      Payment payment = decision.payment();
      if (ledger.payment(payment.id()).isPresent()) {
        continue;
      }
      postings.add(ledger.post(ReceivePayment.of(payment)));
      if (decision.kind() == DecisionKind.AUTO) {
        List<LedgerCommand> commands = DecisionCommands.of(decision, payment.valueDate());
        postings.addAll(ledger.postAll(commands));
      }
    }
    return postings;
  }

  private Decision duplicate(Payment payment) {
    Proposal none = new Proposal(payment.customerId(), List.of(), payment.amount(), 0,
        "payment " + payment.id() + " appears a second time (statement imported twice?): not applied again");
    return new Decision(payment, DecisionKind.UNAPPLIED, none, List.of(),
        payment.customerId().isPresent() ? CashBucket.UNAPPLIED : CashBucket.SUSPENSE);
  }

  private PaymentMatcher.Evidence evidence(Payment payment) {
    List<ReferenceHit> hits = new ArrayList<>();
    List<ExtractedReference> unresolved = new ArrayList<>(0);
    for (ExtractedReference reference : references.extract(payment)) {
      List<ReferenceHit> found = lookup.resolve(reference);
      if (found.isEmpty()) {
        unresolved.add(reference);
      }
      hits.addAll(found);
    }
    return new PaymentMatcher.Evidence(payers.identify(payment), hits, unresolved);
  }

  /**
   * Builds a {@link CashApplication}. Without replacements the stages are {@link PayerDirectory},
   * {@link ReferenceExtractor} and {@link DocumentIndex} over the book, with the memory given here,
   * and the {@link CombinationSearch} with its default limits.
   */
  public static final class Builder {
    private final OpenItemBook book;
    private MatchPolicy policy = MatchPolicy.DEFAULT;
    private MatchMemory memory = MatchMemory.EMPTY;
    private PayerIdentification payers;
    private ReferenceExtraction references;
    private DocumentLookup lookup;
    private AmountSearch search;
    private CombinationLimits limits = CombinationLimits.defaults();
    private int parallelism = Runtime.getRuntime().availableProcessors();

    private Builder(OpenItemBook book) {
      this.book = Objects.requireNonNull(book, "book");
    }

    private Builder copy() {
      Builder copy = new Builder(book);
      copy.policy = policy;
      copy.memory = memory;
      copy.payers = payers;
      copy.references = references;
      copy.lookup = lookup;
      copy.search = search;
      copy.limits = limits;
      copy.parallelism = parallelism;
      return copy;
    }

    /**
     * Sets what people confirmed before, for the default payer identification and reference extraction.
     *
     * @param memory the memory
     * @return this builder
     */
    public Builder memory(MatchMemory memory) {
      this.memory = Objects.requireNonNull(memory, "memory");
      return this;
    }

    /**
     * Sets the limits of the default combination search (node budget, most items, solutions kept).
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder combinationLimits(CombinationLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Sets the policy.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder policy(MatchPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Replaces the payer identification stage.
     *
     * @param payers the stage
     * @return this builder
     */
    public Builder payerIdentification(PayerIdentification payers) {
      this.payers = Objects.requireNonNull(payers, "payers");
      return this;
    }

    /**
     * Replaces the reference extraction stage.
     *
     * @param references the stage
     * @return this builder
     */
    public Builder referenceExtraction(ReferenceExtraction references) {
      this.references = Objects.requireNonNull(references, "references");
      return this;
    }

    /**
     * Replaces the document lookup stage.
     *
     * @param lookup the stage
     * @return this builder
     */
    public Builder documentLookup(DocumentLookup lookup) {
      this.lookup = Objects.requireNonNull(lookup, "lookup");
      return this;
    }

    /**
     * Sets how many threads a batch may use for the stages that run in parallel (payer identification,
     * reference extraction and lookup, and the decisions, in lanes by payer); the decisions are the
     * same for any value.
     *
     * @param threads at least 1
     * @return this builder
     */
    public Builder parallelism(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("parallelism " + threads + " must be at least 1");
      }
      this.parallelism = threads;
      return this;
    }

    /** Replaces the combination search (tests use an exhaustive one as an oracle). */
    Builder amountSearch(AmountSearch search) {
      this.search = Objects.requireNonNull(search, "search");
      return this;
    }

    /** {@return the engine} */
    public CashApplication build() {
      return new CashApplication(copy(), lookup != null ? lookup : DocumentIndex.of(book.items()));
    }
  }
}
