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
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
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
 * decisions themselves: each is made against the book as it stood at the start and made again, in
 * order, only where an earlier decision took an item it looked at. The result is the same whatever
 * the number of threads. This instance is immutable and thread-safe.
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

  /**
   * The default combination search, as the matcher uses it. Among more than 20 open items only sets
   * of up to 3 are looked for: larger amount-only answers are neither identifiable there nor worth
   * suggesting (cash-application benchmark specification, section 1), and proving there is none costs
   * the most.
   */
  private static AmountSearch combinations(CombinationLimits limits) {
    CombinationSearch search = CombinationSearch.of(limits);
    CombinationSearch wide = CombinationSearch.of(limits.toBuilder().maxItems(Math.min(3, limits.maxItems()))
        .nodeBudget(Math.min(100_000, limits.nodeBudget())).build());
    return (amounts, low, high) -> {
      CombinationResult result = (amounts.length > 20 ? wide : search).find(amounts, low, high);
      // Without a proof that nothing else fits as well (the budget ran out), a lone solution is not unique.
      boolean ambiguous = !result.solutions().isEmpty() && !result.unique();
      return new AmountSearch.Found(result.solutions(), ambiguous, result.oldestFirst());
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
        : optimistic(payments, repeated);
  }

  /** Payments read are handed to the pool in blocks of this many: fewer, larger tasks than one per payment. */
  private static final int READ_BLOCK = 256;

  /**
   * Decides payments while they are read, with the same decisions as {@link #decideAll(List)} of
   * the same payments: the source runs on the calling thread and hands over each payment, in
   * statement order, and the stages that do not depend on that order (evidence and the first
   * decisions) start on the engine's other threads meanwhile, instead of after the whole file is read.
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
    List<ForkJoinTask<FirstBlock>> blocks = new ArrayList<>();
    long[] start = book.openAmounts();
    ForkJoinPool pool = new ForkJoinPool(parallelism);
    try {
      source.accept(new Consumer<>() {
        private int from;

        @Override
        public void accept(Payment payment) {
          payments.add(Objects.requireNonNull(payment, "payment"));
          repeatedList.add(!seen.add(payment.id()));
          if (payments.size() - from == READ_BLOCK) {
            blocks.add(pool.submit(firstBlock(payments, repeatedList, from, payments.size(), start)));
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
        blocks.add(pool.submit(firstBlock(payments, repeatedList, submitted, n, start)));
      }
      First first = new First(n);
      for (ForkJoinTask<FirstBlock> block : blocks) {
        block.join().copyTo(first);
      }
      return afterFirst(payments, repeated, first, start, pool);
    } finally {
      pool.shutdown();
    }
  }

  /** The first decisions of payments [from, to), against the book at the start, as a task. */
  private Callable<FirstBlock> firstBlock(List<Payment> payments, List<Boolean> repeated,
      int from, int to, long[] start) {
    // The lists grow on the reading thread: the task gets its own copy of its share.
    List<Payment> mine = List.copyOf(payments.subList(from, to));
    boolean[] skip = new boolean[to - from];
    for (int k = from; k < to; k++) {
      skip[k - from] = repeated.get(k);
    }
    return () -> {
      FirstBlock block = new FirstBlock(from, mine.size());
      for (int k = 0; k < mine.size(); k++) {
        if (!skip[k]) {
          block.first.decide(k, mine.get(k), start);
        }
      }
      return block;
    };
  }

  /** What the first pass found for each payment: evidence, decision, what it read and what it takes. */
  private final class First {
    final PaymentMatcher.Evidence[] evidence;
    final Decision[] decisions;
    final BookReads[] reads;
    final Takes[] takes;

    First(int n) {
      evidence = new PaymentMatcher.Evidence[n];
      decisions = new Decision[n];
      reads = new BookReads[n];
      takes = new Takes[n];
    }

    void decide(int k, Payment payment, long[] start) {
      evidence[k] = evidence(payment);
      reads[k] = new BookReads();
      decisions[k] = attempt(payment, evidence[k], start, reads[k]);
      takes[k] = takes(decisions[k]);
    }
  }

  /** The first pass over one block of payments read, placed at {@code from} once joined. */
  private final class FirstBlock {
    final int from;
    final First first;

    FirstBlock(int from, int size) {
      this.from = from;
      this.first = new First(size);
    }

    void copyTo(First all) {
      int size = first.decisions.length;
      System.arraycopy(first.evidence, 0, all.evidence, from, size);
      System.arraycopy(first.decisions, 0, all.decisions, from, size);
      System.arraycopy(first.reads, 0, all.reads, from, size);
      System.arraycopy(first.takes, 0, all.takes, from, size);
    }
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

  /**
   * Decides the payments in parallel and keeps only what deciding them in order would have given.
   *
   * <ol>
   *   <li>Every payment is decided against the book as it stood at the start, recording what the
   *       decision read ({@link BookReads}).
   *   <li>The payments whose reads meet an item that an earlier first decision took are decided
   *       again, in parallel, each against the book as the first decisions before it leave it.
   *   <li>A walk in order keeps a first decision when no decision before it took an item it read, a
   *       second one when no decision before it took other items than its first decision did among
   *       those it read, and decides the rest again against the items left open by then.
   * </ol>
   * Every kept decision saw exactly the open amounts it would have seen in order, so it is the same.
   */
  private CashApplicationRun optimistic(List<Payment> payments, boolean[] repeated) {
    int n = payments.size();
    First first = new First(n);
    long[] start = book.openAmounts();
    ForkJoinPool pool = new ForkJoinPool(parallelism);
    try {
      pool.submit(() -> IntStream.range(0, n).parallel().filter(k -> !repeated[k])
          .forEach(k -> first.decide(k, payments.get(k), start))).join();
      return afterFirst(payments, repeated, first, start, pool);
    } finally {
      pool.shutdown();
    }
  }

  /** Steps 2 and 3 of {@link #optimistic}, once every first decision is made; the caller shuts the pool down. */
  private CashApplicationRun afterFirst(List<Payment> payments, boolean[] repeated, First firstPass, long[] start,
      ForkJoinPool pool) {
    int n = payments.size();
    PaymentMatcher.Evidence[] evidence = firstPass.evidence;
    Decision[] first = firstPass.decisions;
    BookReads[] firstReads = firstPass.reads;
    Takes[] firstTakes = firstPass.takes;
    Decision[] second = new Decision[n];
    BookReads[] secondReads = new BookReads[n];
    BookReads.Taken firstTaken = new BookReads.Taken(book);
    int[] again = new int[n];
    int count = 0;
    for (int k = 0; k < n; k++) {
      if (!repeated[k]) {
        if (first[k] == null || firstTaken.touches(firstReads[k])) {
          again[count++] = k;
        }
        firstTakes[k].markIn(firstTaken);
      }
    }
    int[] positions = Arrays.copyOf(again, count);
    int chunks = Math.min(positions.length, parallelism * 2);
    pool.submit(() -> IntStream.range(0, chunks).parallel().forEach(c -> {
      // Each chunk walks its share of the positions in order on its own copy of the book, taking
      // what the first decisions before each position took.
      long[] open = start.clone();
      int applied = 0;
      for (int t = positions.length * c / chunks; t < positions.length * (c + 1) / chunks; t++) {
        int k = positions[t];
        for (; applied < k; applied++) {
          if (!repeated[applied]) {
            firstTakes[applied].applyTo(open);
          }
        }
        secondReads[k] = new BookReads();
        second[k] = attempt(payments.get(k), evidence[k], open, secondReads[k]);
      }
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
      // A decision whose reads nothing before it changed is the one deciding in order gives.
      Decision decision = null;
      if (first[k] != null && !taken.touches(firstReads[k])) {
        decision = first[k];
      } else if (second[k] != null && !diverged.touches(secondReads[k])) {
        decision = second[k];
      }
      if (decision == null) {
        decision = matcher.decide(payment, evidence[k], open);
      }
      Takes takes = decision == first[k] ? firstTakes[k] : takes(decision);
      takes.applyTo(open);
      takes.markIn(taken);
      if (!takes.equals(firstTakes[k])) {
        takes.markIn(diverged);
        firstTakes[k].markIn(diverged);
      }
      decisions.add(decision);
    }
    return new CashApplicationRun(decisions);
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

    void markIn(BookReads.Taken taken) {
      for (int i : items) {
        taken.take(i);
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
     * reference extraction and lookup, and first decisions); the decisions are the same for any value.
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
