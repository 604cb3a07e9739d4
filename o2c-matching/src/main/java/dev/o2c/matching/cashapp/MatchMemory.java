package dev.o2c.matching.cashapp;

import dev.o2c.core.domain.Payment;
import dev.o2c.core.domain.ReferredDocument;
import dev.o2c.core.domain.StructuredReference;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.matching.cashapp.text.BankAccounts;
import dev.o2c.matching.cashapp.text.PayerNames;
import dev.o2c.matching.cashapp.text.ReferenceKeys;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What people confirmed in earlier cash application, kept so the next run recognises it: bank
 * accounts and payer names that belong to a customer (aliases) and the way a customer writes the
 * company's document numbers ({@link ReferencePattern}).
 *
 * <pre>{@code
 * MatchMemory memory = MatchMemory.EMPTY
 *     .learn(payment, CustomerId.of("C-42"), List.of(DocumentNumber.of("INV-2026-004711")));
 * // payment came from account DE44 5001 0517 5407 3249 31 as "MUELLER GMBH" with the text "RG 4711":
 * memory.customerForAccount("DE44500105175407324931");   // Optional[C-42]
 * memory.customerForName("Müller GmbH");                 // Optional[C-42]
 * memory.patternsOf(CustomerId.of("C-42"));              // [marker RG, stem 2026]
 * }</pre>
 *
 * <p>Accounts are kept {@linkplain BankAccounts#normalise normalised}, names under their
 * {@linkplain PayerNames#key(CharSequence) key}; an account or name maps to one customer, the one
 * confirmed last. A customer keeps its {@value #MAX_PATTERNS_PER_CUSTOMER} newest patterns. A host
 * persists a memory through {@link #accountAliases()}, {@link #nameAliases()} and {@link #patterns()}
 * and rebuilds it with {@link #of(Map, Map, Collection)}. This instance is immutable; every
 * {@code with} and {@code learn} returns a new memory and copies it, so learn a batch of
 * confirmations by folding over them, not one call per row of a million.
 */
public final class MatchMemory {

  /** A memory that knows nothing. */
  public static final MatchMemory EMPTY = new MatchMemory(Map.of(), Map.of(), List.of());

  /** The patterns kept per customer; learning one more drops its oldest. */
  public static final int MAX_PATTERNS_PER_CUSTOMER = 8;

  /** The shortest written number a pattern is learned from: shorter ones are too often something else. */
  public static final int MIN_PATTERN_TAIL = 3;

  private final Map<String, CustomerId> accounts;
  private final Map<String, CustomerId> names;
  private final List<ReferencePattern> patterns;
  private final Map<CustomerId, List<ReferencePattern>> patternsByCustomer;

  private MatchMemory(Map<String, CustomerId> accounts, Map<String, CustomerId> names,
      List<ReferencePattern> patterns) {
    this.accounts = Collections.unmodifiableMap(accounts);
    this.names = Collections.unmodifiableMap(names);
    this.patterns = List.copyOf(patterns);
    Map<CustomerId, List<ReferencePattern>> byCustomer = new HashMap<>();
    for (ReferencePattern p : this.patterns) {
      byCustomer.computeIfAbsent(p.customer(), c -> new ArrayList<>()).add(p);
    }
    byCustomer.replaceAll((c, list) -> List.copyOf(list));
    this.patternsByCustomer = byCustomer;
  }

  /**
   * A memory of the given aliases and patterns, for example as a host stored them.
   *
   * @param accountAliases bank account (as written or normalised) to customer
   * @param nameAliases payer name (as written or as key) to customer
   * @param patterns reference patterns, oldest first
   * @return the memory
   * @throws IllegalArgumentException if an account or name has no letter or digit, or two that
   *     normalise alike map to different customers
   */
  public static MatchMemory of(Map<String, CustomerId> accountAliases, Map<String, CustomerId> nameAliases,
      Collection<ReferencePattern> patterns) {
    Objects.requireNonNull(accountAliases, "accountAliases");
    Objects.requireNonNull(nameAliases, "nameAliases");
    Objects.requireNonNull(patterns, "patterns");
    Map<String, CustomerId> accounts = new HashMap<>();
    accountAliases.forEach((account, customer) -> put(accounts, accountKey(account), customer, "account", account));
    Map<String, CustomerId> names = new HashMap<>();
    nameAliases.forEach((name, customer) -> put(names, nameKey(name), customer, "payer name", name));
    return new MatchMemory(accounts, names, new ArrayList<>(new LinkedHashSet<>(patterns)));
  }

  private static void put(Map<String, CustomerId> map, String key, CustomerId customer, String what, String raw) {
    Objects.requireNonNull(customer, () -> what + " '" + raw + "' has no customer");
    CustomerId before = map.putIfAbsent(key, customer);
    if (before != null && !before.equals(customer)) {
      throw new IllegalArgumentException("The " + what + " '" + raw + "' (" + key + ") is given for both " + before
          + " and " + customer);
    }
  }

  /** {@return bank accounts (normalised) and the customer each was confirmed for; unmodifiable} */
  public Map<String, CustomerId> accountAliases() {
    return accounts;
  }

  /** {@return payer names (as {@link PayerNames#key} keys) and the customer each was confirmed for; unmodifiable} */
  public Map<String, CustomerId> nameAliases() {
    return names;
  }

  /** {@return every reference pattern, oldest first} */
  public List<ReferencePattern> patterns() {
    return patterns;
  }

  /**
   * The customer a bank account was confirmed for.
   *
   * @param account the account as written
   * @return the customer, or empty when the account was never confirmed
   */
  public Optional<CustomerId> customerForAccount(String account) {
    Objects.requireNonNull(account, "account");
    // Most runs have learned nothing: then there is nothing to normalise the account for.
    return accounts.isEmpty() ? Optional.empty() : Optional.ofNullable(accounts.get(BankAccounts.normalise(account)));
  }

  /**
   * The customer a payer name was confirmed for, whatever its case, accents, legal form and word order.
   *
   * @param payerName the name as written
   * @return the customer, or empty when the name was never confirmed
   */
  public Optional<CustomerId> customerForName(String payerName) {
    Objects.requireNonNull(payerName, "payerName");
    return names.isEmpty() ? Optional.empty() : Optional.ofNullable(names.get(PayerNames.key(payerName)));
  }

  /**
   * The patterns learned for a customer.
   *
   * @param customer the customer
   * @return its patterns, oldest first; empty if none
   */
  public List<ReferencePattern> patternsOf(CustomerId customer) {
    return patternsByCustomer.getOrDefault(customer, List.of());
  }

  /**
   * This memory with a bank account confirmed for a customer.
   *
   * @param account the account as written
   * @param customer the customer
   * @return the new memory; this instance is unaffected
   * @throws IllegalArgumentException if the account has no letter or digit
   */
  public MatchMemory withAccount(String account, CustomerId customer) {
    Objects.requireNonNull(customer, "customer");
    String key = accountKey(account);
    if (customer.equals(accounts.get(key))) {
      return this;
    }
    Map<String, CustomerId> copy = new HashMap<>(accounts);
    copy.put(key, customer);
    return new MatchMemory(copy, names, patterns);
  }

  /**
   * This memory with a payer name confirmed for a customer.
   *
   * @param payerName the name as written
   * @param customer the customer
   * @return the new memory; this instance is unaffected
   * @throws IllegalArgumentException if the name has no letter or digit
   */
  public MatchMemory withName(String payerName, CustomerId customer) {
    Objects.requireNonNull(customer, "customer");
    String key = nameKey(payerName);
    if (customer.equals(names.get(key))) {
      return this;
    }
    Map<String, CustomerId> copy = new HashMap<>(names);
    copy.put(key, customer);
    return new MatchMemory(accounts, copy, patterns);
  }

  /**
   * This memory with a reference pattern; when its customer then has more than
   * {@value #MAX_PATTERNS_PER_CUSTOMER}, the customer's oldest is dropped.
   *
   * @param pattern the pattern
   * @return the new memory; this instance is unaffected
   */
  public MatchMemory withPattern(ReferencePattern pattern) {
    Objects.requireNonNull(pattern, "pattern");
    if (patterns.contains(pattern)) {
      return this;
    }
    List<ReferencePattern> copy = new ArrayList<>(patterns);
    copy.add(pattern);
    List<ReferencePattern> own = new ArrayList<>(patternsOf(pattern.customer()));
    own.add(pattern);
    if (own.size() > MAX_PATTERNS_PER_CUSTOMER) {
      copy.remove(own.get(0));
    }
    return new MatchMemory(accounts, names, copy);
  }

  /**
   * Learns from a payment a person confirmed: its bank account and its payer name belong to the
   * customer, and where the payer wrote a confirmed document number shortened (only its end, e.g.
   * {@code "RG 4711"} for {@code INV-2026-004711}), the customer writes numbers that way
   * ({@link ReferencePattern}). A number written in full teaches nothing: extraction finds it anyway.
   *
   * @param payment the payment as it came from the bank
   * @param confirmedPayer the customer the person confirmed as payer
   * @param confirmedItems the documents the person confirmed the payment pays; may be empty
   * @return the new memory; this instance is unaffected
   */
  public MatchMemory learn(Payment payment, CustomerId confirmedPayer, List<DocumentNumber> confirmedItems) {
    Objects.requireNonNull(payment, "payment");
    Objects.requireNonNull(confirmedPayer, "confirmedPayer");
    Objects.requireNonNull(confirmedItems, "confirmedItems");
    MatchMemory learned = this;
    Optional<String> account = payment.payerAccount().filter(a -> !BankAccounts.normalise(a).isEmpty());
    if (account.isPresent()) {
      learned = learned.withAccount(account.get(), confirmedPayer);
    }
    Optional<String> name = payment.payerName().filter(n -> !PayerNames.key(n).isEmpty());
    if (name.isPresent()) {
      learned = learned.withName(name.get(), confirmedPayer);
    }
    for (ReferencePattern pattern : patternsTaught(payment, confirmedPayer, confirmedItems)) {
      learned = learned.withPattern(pattern);
    }
    return learned;
  }

  private static Set<ReferencePattern> patternsTaught(Payment payment, CustomerId payer, List<DocumentNumber> items) {
    List<ReferenceScanner.Found> written = new ArrayList<>();
    for (StructuredReference block : payment.remittance().structured()) {
      for (ReferredDocument document : block.referredDocuments()) {
        document.number().ifPresent(number -> written.addAll(ReferenceScanner.scanDocumentNumber(number)));
      }
      block.additionalInfo().forEach(line -> written.addAll(ReferenceScanner.scanText(line)));
    }
    written.addAll(ReferenceScanner.scanText(payment.remittance().text()));
    written.removeIf(found -> found.creditorReference() || found.key().length() < MIN_PATTERN_TAIL);
    Set<ReferencePattern> taught = new LinkedHashSet<>();
    for (int i = 0; i < items.size(); i++) {
      DocumentNumber item = Objects.requireNonNull(items.get(i), "confirmedItems[" + i + "]");
      List<String> keys = List.of(ReferenceKeys.key(item.toString()), ReferenceKeys.compactKey(item.toString()));
      if (written.stream().anyMatch(found -> keys.contains(found.key()))) {
        continue;
      }
      search:
      for (ReferenceScanner.Found found : written) {
        for (String key : keys) {
          int stemLength = key.length() - found.key().length();
          if (stemLength > 0 && stemLength <= ReferenceScanner.MAX_KEY_LENGTH && key.endsWith(found.key())) {
            taught.add(new ReferencePattern(payer, found.marker(), key.substring(0, stemLength)));
            break search;
          }
        }
      }
    }
    return taught;
  }

  private static String accountKey(String account) {
    Objects.requireNonNull(account, "account");
    String key = BankAccounts.normalise(account);
    if (key.isEmpty()) {
      throw new IllegalArgumentException("Bank account '" + account + "' has no letter or digit");
    }
    return key;
  }

  private static String nameKey(String name) {
    Objects.requireNonNull(name, "payerName");
    String key = PayerNames.key(name);
    if (key.isEmpty()) {
      throw new IllegalArgumentException("Payer name '" + name + "' has no letter or digit");
    }
    return key;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MatchMemory other && accounts.equals(other.accounts) && names.equals(other.names)
        && patterns.equals(other.patterns);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accounts, names, patterns);
  }

  @Override
  public String toString() {
    return "MatchMemory[" + accounts.size() + " accounts, " + names.size() + " names, " + patterns.size()
        + " patterns]";
  }
}
