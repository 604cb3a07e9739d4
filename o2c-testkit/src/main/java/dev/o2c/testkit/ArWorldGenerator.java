package dev.o2c.testkit;

import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.DeductionReason;
import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.domain.Remittance;
import dev.o2c.core.domain.StructuredReference;
import dev.o2c.core.id.BankReference;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.id.PaymentId;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import javax.money.CurrencyUnit;

/**
 * Generates whole consistent {@link ArWorld}s: customers (some belonging to a parent), items per
 * customer, and incoming payments that pay items exactly, short, several at once, with discount, on
 * account or unidentifiably, each with its recorded {@link PaymentTruth}.
 *
 * <pre>{@code
 * ArWorldGenerator worlds = ArWorldGenerator.of(ArWorldConfig.builder().customers(200).payments(500).build());
 * ArWorld world = worlds.next(42L);          // equal to every other world built from seed 42 and this config
 * }</pre>
 *
 * <p>Every item is settled by at most one payment, so the truth is unambiguous. Customer ids are
 * {@code C-10001}, {@code C-10002}, ...; document numbers {@code INV-100001...}, {@code CM-500001...},
 * {@code DM-700001...}; bank references {@code BR-<year of asOf>-000001...}. This instance is immutable
 * and thread-safe; each call draws only from the random generator it is given.
 */
public final class ArWorldGenerator implements Generator<ArWorld> {

  private final ArWorldConfig config;

  private ArWorldGenerator(ArWorldConfig config) {
    this.config = config;
  }

  /**
   * A generator of worlds shaped by a configuration.
   *
   * @param config the sizes, currencies, scenarios and as-of date
   * @return the generator
   */
  public static ArWorldGenerator of(ArWorldConfig config) {
    return new ArWorldGenerator(Objects.requireNonNull(config, "config"));
  }

  /** {@return the configuration worlds are generated from} */
  public ArWorldConfig config() {
    return config;
  }

  /**
   * Generates one world.
   *
   * @param random the source of randomness; only this is used
   * @return the world
   */
  @Override
  public ArWorld next(RandomGenerator random) {
    return new Build(config, Objects.requireNonNull(random, "random")).run();
  }

  /** The state of one generation run. */
  private static final class Build {
    private static final List<Weighted<DeductionReason>> DEDUCTION_REASONS = List.of(
        Weighted.of(20, DeductionReason.PRICING), Weighted.of(20, DeductionReason.SHORTAGE),
        Weighted.of(20, DeductionReason.DAMAGE), Weighted.of(15, DeductionReason.PROMOTION),
        Weighted.of(5, DeductionReason.DUPLICATE_BILLING), Weighted.of(15, DeductionReason.CHARGEBACK),
        Weighted.of(5, DeductionReason.OTHER));

    private final ArWorldConfig config;
    private final RandomGenerator random;
    private final LocalDate asOf;
    private final List<Customer> customers = new ArrayList<>();
    private final Map<CustomerId, Customer> customersById = new HashMap<>();
    private final Set<String> names = new HashSet<>();
    private final Set<String> accounts = new HashSet<>();
    private final List<OpenItem> items = new ArrayList<>();
    private final Map<CustomerId, TermsNotation> customerTerms = new HashMap<>();
    private final Map<DocumentNumber, TermsNotation> itemTerms = new HashMap<>();
    private final Map<CustomerId, List<OpenItem>> unusedReceivables = new LinkedHashMap<>();
    private final Map<CustomerId, List<OpenItem>> unusedMemos = new LinkedHashMap<>();
    private final List<CustomerId> receivablePool = new ArrayList<>();
    private final List<OpenItem> discountPool = new ArrayList<>();
    private final Set<DocumentNumber> used = new HashSet<>();
    private final List<Payment> payments = new ArrayList<>();
    private final List<PaymentTruth> truths = new ArrayList<>();

    Build(ArWorldConfig config, RandomGenerator random) {
      this.config = config;
      this.random = random;
      this.asOf = config.asOf();
    }

    ArWorld run() {
      makeCustomers();
      makeItems();
      Generator<PaymentScenario> scenarios = Generator.weighted(config.scenarioMix());
      for (int i = 0; i < config.payments(); i++) {
        String reference = String.format(Locale.ROOT, "BR-%d-%06d", asOf.getYear(), i + 1);
        makePayment(reference, scenarios.next(random));
      }
      return ArWorld.builder()
          .config(config)
          .addAllCustomers(customers)
          .addAllItems(items)
          .addAllPayments(payments)
          .addAllTruths(truths)
          .build();
    }

    // -------------------------------------------------------------- customers and items

    private void makeCustomers() {
      Generator<CurrencyUnit> currencies = Generator.weighted(config.currencyMix());
      List<CustomerId> topLevel = new ArrayList<>();
      for (int i = 0; i < config.customers(); i++) {
        CustomerId id = CustomerId.of("C-" + (10_001 + i));
        Optional<CustomerId> parent = Optional.empty();
        if (!topLevel.isEmpty() && random.nextDouble() < config.parentShare()) {
          parent = Optional.of(topLevel.get(random.nextInt(topLevel.size())));
        }
        Optional<TermsNotation> terms = ArGenerators.termsNotations().optional(0.8).next(random);
        Customer customer = ArGenerators.customer(random, id, uniqueName(id), currencies.next(random), parent, terms);
        terms.ifPresent(t -> customerTerms.put(id, t));
        if (parent.isEmpty()) {
          topLevel.add(id);
        }
        customers.add(customer);
        customersById.put(id, customer);
        accounts.addAll(customer.bankAccounts());
      }
    }

    private String uniqueName(CustomerId id) {
      Generator<String> names = ArGenerators.companyNames();
      for (int i = 0; i < 20; i++) {
        String name = names.next(random);
        if (this.names.add(name)) {
          return name;
        }
      }
      String name = names.next(random) + " " + id;
      this.names.add(name);
      return name;
    }

    private void makeItems() {
      Generator<Integer> counts = Generator.intBetween(config.minItemsPerCustomer(), config.maxItemsPerCustomer());
      Generator<LocalDate> dates = Generator.dateBetween(asOf.minusDays(config.historyDays()), asOf);
      Generator<ItemKind> kinds = ArGenerators.itemKinds();
      Map<ItemKind, Integer> counters = new HashMap<>(Map.of(
          ItemKind.INVOICE, 100_000, ItemKind.CREDIT_MEMO, 500_000, ItemKind.DEBIT_MEMO, 700_000));
      for (Customer customer : customers) {
        List<OpenItem> receivables = new ArrayList<>();
        List<OpenItem> memos = new ArrayList<>();
        int count = counts.next(random);
        for (int i = 0; i < count; i++) {
          ItemKind kind = kinds.next(random);
          int number = counters.merge(kind, 1, Integer::sum);
          TermsNotation terms = customerTerms.containsKey(customer.id()) && random.nextInt(10) < 9
              ? customerTerms.get(customer.id()) : ArGenerators.termsNotations().next(random);
          OpenItem item = ArGenerators.item(random, DocumentNumber.of(ArGenerators.documentPrefix(kind) + number), kind, customer.id(),
              customer.currency(), dates.next(random), terms);
          items.add(item);
          itemTerms.put(item.documentNumber(), terms);
          if (kind == ItemKind.CREDIT_MEMO) {
            memos.add(item);
          } else {
            receivables.add(item);
            Money discount = terms.discount(item.originalAmount());
            if (kind == ItemKind.INVOICE && discount.isPositive() && discount.compareTo(item.originalAmount()) < 0) {
              discountPool.add(item);
            }
          }
        }
        unusedReceivables.put(customer.id(), receivables);
        unusedMemos.put(customer.id(), memos);
        if (!receivables.isEmpty()) {
          receivablePool.add(customer.id());
        }
      }
    }

    // -------------------------------------------------------------- picking unused items

    /** A customer with at least {@code atLeast} unused invoices or debit memos, or null. */
    private CustomerId pickCustomer(int atLeast) {
      int tries = atLeast == 1 ? Integer.MAX_VALUE : 20;
      while (!receivablePool.isEmpty() && tries-- > 0) {
        int index = random.nextInt(receivablePool.size());
        CustomerId id = receivablePool.get(index);
        List<OpenItem> unused = unusedReceivables.get(id);
        unused.removeIf(item -> used.contains(item.documentNumber()));
        if (unused.isEmpty()) {
          Collections.swap(receivablePool, index, receivablePool.size() - 1);
          receivablePool.remove(receivablePool.size() - 1);
        } else if (unused.size() >= atLeast) {
          return id;
        }
      }
      return null;
    }

    private OpenItem take(CustomerId customerId) {
      List<OpenItem> unused = unusedReceivables.get(customerId);
      OpenItem item = unused.remove(random.nextInt(unused.size()));
      used.add(item.documentNumber());
      return item;
    }

    private OpenItem takeDiscountItem() {
      while (!discountPool.isEmpty()) {
        int index = random.nextInt(discountPool.size());
        Collections.swap(discountPool, index, discountPool.size() - 1);
        OpenItem item = discountPool.remove(discountPool.size() - 1);
        if (used.add(item.documentNumber())) {
          return item;
        }
      }
      return null;
    }

    // -------------------------------------------------------------- payments

    private void makePayment(String reference, PaymentScenario scenario) {
      switch (scenario) {
        case DISCOUNT: {
          OpenItem item = takeDiscountItem();
          if (item == null) {
            makePayment(reference, PaymentScenario.EXACT);
            return;
          }
          TermsNotation terms = itemTerms.get(item.documentNumber());
          Money discount = terms.discount(item.originalAmount());
          TruthAllocation allocation = allocation(item, item.originalAmount().minus(discount), discount,
              Optional.empty(), Money.zero(discount.currency()));
          LocalDate latest = min(asOf, terms.discountDate(item.documentDate()));
          LocalDate valueDate = Generator.dateBetween(item.documentDate(), latest).next(random);
          String suffix = random.nextBoolean()
              ? " minus " + terms.discountPercent() + "% discount"
              : " abzgl. " + terms.discountPercent() + "% Skonto " + discount.amount().toPlainString();
          paid(reference, scenario, List.of(item), List.of(allocation), valueDate, suffix);
          return;
        }
        case SHORT: {
          CustomerId customerId = pickCustomer(1);
          if (customerId == null) {
            makePayment(reference, PaymentScenario.ON_ACCOUNT);
            return;
          }
          OpenItem item = take(customerId);
          long original = item.originalAmount().minorUnits();
          if (original < 2) {
            paid(reference, PaymentScenario.EXACT, List.of(item), List.of(exact(item)), valueDate(List.of(item)), "");
            return;
          }
          Money shortfall = Money.ofMinor(item.originalAmount().currency(), shortfall(item.originalAmount()));
          DeductionReason reason = Generator.weighted(DEDUCTION_REASONS).next(random);
          TruthAllocation allocation = allocation(item, item.originalAmount().minus(shortfall),
              Money.zero(shortfall.currency()), Optional.of(reason), shortfall);
          String suffix = " less " + shortfall.amount().toPlainString() + " " + ArGenerators.deductionNote(reason);
          paid(reference, scenario, List.of(item), List.of(allocation), valueDate(List.of(item)), suffix);
          return;
        }
        case MULTIPLE: {
          CustomerId customerId = pickCustomer(2);
          if (customerId == null) {
            makePayment(reference, PaymentScenario.EXACT);
            return;
          }
          int available = unusedReceivables.get(customerId).size();
          int count = random.nextInt(2, Math.min(5, available) + 1);
          List<OpenItem> paidItems = new ArrayList<>();
          List<TruthAllocation> allocations = new ArrayList<>();
          long total = 0;
          for (int i = 0; i < count; i++) {
            OpenItem item = take(customerId);
            paidItems.add(item);
            allocations.add(exact(item));
            total += item.originalAmount().minorUnits();
          }
          List<OpenItem> memos = unusedMemos.get(customerId);
          memos.removeIf(memo -> used.contains(memo.documentNumber()));
          if (!memos.isEmpty() && random.nextInt(3) == 0) {
            OpenItem memo = memos.get(random.nextInt(memos.size()));
            if (-memo.originalAmount().minorUnits() < total) {
              memos.remove(memo);
              used.add(memo.documentNumber());
              paidItems.add(memo);
              allocations.add(exact(memo));
            }
          }
          paid(reference, scenario, paidItems, allocations, valueDate(paidItems), "");
          return;
        }
        case EXACT: {
          CustomerId customerId = pickCustomer(1);
          if (customerId == null) {
            makePayment(reference, PaymentScenario.ON_ACCOUNT);
            return;
          }
          OpenItem item = take(customerId);
          paid(reference, scenario, List.of(item), List.of(exact(item)), valueDate(List.of(item)), "");
          return;
        }
        case ON_ACCOUNT:
          onAccount(reference);
          return;
        default:
          unidentifiable(reference);
      }
    }

    private long shortfall(Money original) {
      long minor = original.minorUnits();
      long shortfall;
      if (random.nextBoolean()) {
        shortfall = minor * random.nextInt(1, 21) / 100;
      } else {
        long unit = ArGenerators.pow10(Math.max(0, original.scale())) * ArGenerators.majorRange(original.currency())[0];
        long[] steps = {5, 10, 20, 25, 50, 100, 250, 500};
        shortfall = steps[random.nextInt(steps.length)] * unit;
      }
      return Math.min(Math.max(shortfall, 1), minor - 1);
    }

    private static TruthAllocation exact(OpenItem item) {
      Money zero = Money.zero(item.originalAmount().currency());
      return allocation(item, item.originalAmount(), zero, Optional.empty(), zero);
    }

    private static TruthAllocation allocation(OpenItem item, Money amount, Money discount,
        Optional<DeductionReason> reason, Money shortfall) {
      return TruthAllocation.builder()
          .documentNumber(item.documentNumber())
          .amount(amount)
          .discount(discount)
          .shortfall(shortfall)
          .deductionReason(reason)
          .build();
    }

    /** A value date after every item was issued, around their due dates, not after asOf. */
    private LocalDate valueDate(List<OpenItem> paidItems) {
      LocalDate latestDocument = paidItems.get(0).documentDate();
      LocalDate latestDue = paidItems.get(0).dueDate();
      for (OpenItem item : paidItems) {
        latestDocument = max(latestDocument, item.documentDate());
        latestDue = max(latestDue, item.dueDate());
      }
      LocalDate end = max(latestDocument, min(asOf, latestDue.plusDays(30)));
      return Generator.dateBetween(latestDocument, end).next(random);
    }

    private void paid(String reference, PaymentScenario scenario, List<OpenItem> paidItems,
        List<TruthAllocation> allocations, LocalDate valueDate, String suffix) {
      Customer owner = customersById.get(paidItems.get(0).customerId());
      Customer payer = owner;
      if (owner.parentId().isPresent() && random.nextDouble() < config.parentPaysShare()) {
        payer = customersById.get(owner.parentId().get());
      }
      CurrencyUnit currency = paidItems.get(0).originalAmount().currency();
      Money amount = Money.zero(currency);
      for (TruthAllocation allocation : allocations) {
        amount = amount.plus(allocation.amount());
      }
      Remittance remittance = remittance(scenario, paidItems, allocations, suffix);
      payments.add(payment(reference, amount, valueDate, Optional.of(payer), remittance));
      truths.add(PaymentTruth.builder()
          .payment(PaymentId.of(reference))
          .scenario(scenario)
          .paymentAmount(amount)
          .payerId(payer.id())
          .addAllAllocations(allocations)
          .unexplained(Money.zero(currency))
          .build());
    }

    private Remittance remittance(PaymentScenario scenario, List<OpenItem> paidItems,
        List<TruthAllocation> allocations, String suffix) {
      int mode = random.nextInt(20);
      if (scenario == PaymentScenario.EXACT && mode < 3) {
        return Remittance.NONE;
      }
      Remittance.Builder builder = Remittance.builder();
      if (mode < 12 || mode >= 17) {
        String text;
        OpenItem first = paidItems.get(0);
        if (scenario == PaymentScenario.EXACT && first.customerReference().isPresent() && random.nextInt(4) == 0) {
          text = "PO " + first.customerReference().get();
        } else {
          List<DocumentNumber> numbers = paidItems.stream().map(OpenItem::documentNumber).toList();
          text = ArGenerators.freeText(random, numbers);
        }
        builder.addAllUnstructured(ArGenerators.wrap(text + suffix, 35 * (1 + random.nextInt(4))));
      }
      if (mode >= 12) {
        boolean withAmounts = random.nextBoolean();
        for (TruthAllocation allocation : allocations) {
          builder.addStructured(withAmounts
              ? StructuredReference.ofDocument(allocation.documentNumber().toString(), allocation.amount())
              : StructuredReference.ofDocument(allocation.documentNumber().toString()));
        }
      }
      return builder.build();
    }

    private Payment payment(String reference, Money amount, LocalDate valueDate, Optional<Customer> payer,
        Remittance remittance) {
      Optional<String> name = payer.map(this::nameAsBankWritesIt);
      Optional<String> account = payer.flatMap(p -> p.bankAccounts().isEmpty()
          ? Optional.<String>empty() : Optional.of(p.bankAccounts().get(random.nextInt(p.bankAccounts().size()))));
      return Payment.builder()
          .bankReference(BankReference.of(reference))
          .amount(amount)
          .valueDate(valueDate)
          .customerId(config.identifyPayers() ? payer.map(Customer::id) : Optional.empty())
          .payerName(name)
          .payerAccount(account)
          .endToEndId(ArGenerators.endToEndIds().optional(0.4).next(random))
          .remittance(remittance)
          .build();
    }

    private String nameAsBankWritesIt(Customer customer) {
      int kind = random.nextInt(20);
      if (kind < 12) {
        return customer.name();
      } else if (kind < 17) {
        return customer.name().toUpperCase(Locale.ROOT);
      }
      return customer.name().substring(0, Math.min(20, customer.name().length())).strip();
    }

    private void onAccount(String reference) {
      Customer payer = customers.get(random.nextInt(customers.size()));
      CurrencyUnit currency = payer.currency();
      long unit = ArGenerators.pow10(Math.max(0, currency.getDefaultFractionDigits()))
          * ArGenerators.majorRange(currency)[0];
      long[] steps = {100, 500, 1_000, 5_000};
      Money amount = Money.ofMinor(currency, steps[random.nextInt(steps.length)] * unit * random.nextInt(1, 21));
      String[] texts = {"Payment on account", "Advance payment", "Anzahlung", "Acompte", "Prepayment order"};
      int kind = random.nextInt(texts.length + 1);
      Remittance remittance = kind == texts.length ? Remittance.NONE : Remittance.ofText(texts[kind]);
      LocalDate valueDate = Generator.dateBetween(asOf.minusDays(30), asOf).next(random);
      payments.add(payment(reference, amount, valueDate, Optional.of(payer), remittance));
      truths.add(PaymentTruth.builder()
          .payment(PaymentId.of(reference))
          .scenario(PaymentScenario.ON_ACCOUNT)
          .paymentAmount(amount)
          .payerId(payer.id())
          .unexplained(amount)
          .build());
    }

    private void unidentifiable(String reference) {
      CurrencyUnit currency = Generator.weighted(config.currencyMix()).next(random);
      Money amount = ArGenerators.positiveAmounts(currency).next(random);
      Optional<String> name = Optional.empty();
      if (random.nextBoolean()) {
        String candidate = ArGenerators.companyNames().next(random);
        // Beyond a few thousand customers every stem-sector-form name may be taken: fall back to a made-up one.
        name = Optional.of(names.contains(candidate) ? "Payer " + ArGenerators.randomChars(random, "XYZ", 8) : candidate);
      }
      Optional<String> account = Optional.empty();
      if (random.nextInt(10) < 6) {
        account = Optional.of(ArGenerators.ibans().filter(a -> !accounts.contains(a)).next(random));
      }
      Remittance.Builder remittance = Remittance.builder();
      int tokens = random.nextInt(0, 4);
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < tokens; i++) {
        // A letter first, and not the C, D or I of CM, DM and INV, so that no token reads like a document number.
        text.append(i == 0 ? "" : " ")
            .append(ArGenerators.randomChars(random, "ABEFGHJKLMNPQRSTUVWXYZ", 1))
            .append(ArGenerators.randomChars(random, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789/?", random.nextInt(2, 10)));
      }
      if (tokens > 0) {
        remittance.addUnstructured(text.toString());
      }
      Payment payment = Payment.builder()
          .bankReference(BankReference.of(reference))
          .amount(amount)
          .valueDate(Generator.dateBetween(asOf.minusDays(30), asOf).next(random))
          .payerName(name)
          .payerAccount(account)
          .remittance(remittance.build())
          .build();
      payments.add(payment);
      truths.add(PaymentTruth.builder()
          .payment(PaymentId.of(reference))
          .scenario(PaymentScenario.UNIDENTIFIABLE)
          .paymentAmount(amount)
          .unexplained(amount)
          .build());
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
      return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
      return a.isAfter(b) ? a : b;
    }
  }
}
