package dev.o2c.matching.cashapp;

import dev.o2c.core.domain.Payment;
import dev.o2c.core.id.PaymentId;
import dev.o2c.core.ledger.CashBucket;
import dev.o2c.core.ledger.LedgerCommand;
import dev.o2c.core.ledger.Posting;
import dev.o2c.core.ledger.ReceivablesLedger;
import dev.o2c.core.ledger.ReceivePayment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
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
 * order (payer identification, reference extraction and lookup) run in parallel; the result is the
 * same whatever the number of threads. This instance is immutable and thread-safe.
 */
public final class CashApplication {

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
    List<PaymentMatcher.Evidence> evidence = evidenceOf(payments);
    long[] open = book.openAmounts();
    List<Decision> decisions = new ArrayList<>(payments.size());
    Set<PaymentId> seen = new HashSet<>();
    for (int k = 0; k < payments.size(); k++) {
      Payment payment = payments.get(k);
      if (!seen.add(payment.id())) {
        decisions.add(duplicate(payment));
        continue;
      }
      Decision decision = matcher.decide(payment, evidence.get(k), open);
      if (decision.kind() == DecisionKind.AUTO) {
        for (Allocation allocation : decision.proposal().allocations()) {
          open[book.indexOf(allocation.item())] -= allocation.cleared().minorUnits();
        }
      }
      decisions.add(decision);
    }
    return new CashApplicationRun(decisions);
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
    for (ExtractedReference reference : references.extract(payment)) {
      hits.addAll(lookup.resolve(reference));
    }
    return new PaymentMatcher.Evidence(payers.identify(payment), hits);
  }

  private List<PaymentMatcher.Evidence> evidenceOf(List<Payment> payments) {
    PaymentMatcher.Evidence[] evidence = new PaymentMatcher.Evidence[payments.size()];
    if (parallelism <= 1 || payments.size() < 64) {
      for (int k = 0; k < evidence.length; k++) {
        evidence[k] = evidence(payments.get(k));
      }
    } else {
      ForkJoinPool pool = new ForkJoinPool(parallelism);
      try {
        pool.submit(() -> IntStream.range(0, evidence.length).parallel()
            .forEach(k -> evidence[k] = evidence(payments.get(k)))).join();
      } finally {
        pool.shutdown();
      }
    }
    return List.of(evidence);
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
     * Sets how many threads a batch may use for the stages that run in parallel; the decisions are the
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
