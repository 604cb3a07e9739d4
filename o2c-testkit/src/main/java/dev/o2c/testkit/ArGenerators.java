package dev.o2c.testkit;

import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.Deduction;
import dev.o2c.core.domain.DeductionReason;
import dev.o2c.core.domain.DeductionStatus;
import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.domain.PromiseStatus;
import dev.o2c.core.domain.PromiseToPay;
import dev.o2c.core.domain.PromisedPayment;
import dev.o2c.core.domain.Remittance;
import dev.o2c.core.domain.StructuredReference;
import dev.o2c.core.id.BankReference;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DeductionId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.id.PaymentId;
import dev.o2c.core.id.PromiseId;
import dev.o2c.core.money.Money;
import dev.o2c.core.terms.PaymentTerms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import javax.money.CurrencyUnit;
import javax.money.Monetary;

/**
 * Seeded generators for every core AR value type. Every value they return is valid (passes the type's
 * own checks) and looks like real data: weighted currencies, amounts at the currency's scale spread
 * over several orders of magnitude, IBANs with correct check digits, common payment terms, invoice
 * numbers mentioned in free-text remittance the way payers write them.
 *
 * <pre>{@code
 * List<OpenItem> items = ArGenerators.openItems().sample(42L, 1_000);     // reproducible
 * Money yen = ArGenerators.positiveAmounts(Monetary.getCurrency("JPY")).next(7L);   // scale 0
 * Customer customer = ArGenerators.customers().next(new SplittableRandom(1));
 * }</pre>
 *
 * <p>Identifiers drawn by these standalone generators are random, so two values may share an id; for
 * a consistent set with unique ids use {@link ArWorldGenerator}.
 */
public final class ArGenerators {

  /** The default currency mix: mostly EUR and USD, some GBP and CHF, a little JPY (scale 0) and KWD (scale 3). */
  public static final List<Weighted<CurrencyUnit>> DEFAULT_CURRENCY_MIX = List.of(
      Weighted.of(40, Monetary.getCurrency("EUR")),
      Weighted.of(25, Monetary.getCurrency("USD")),
      Weighted.of(10, Monetary.getCurrency("GBP")),
      Weighted.of(8, Monetary.getCurrency("CHF")),
      Weighted.of(7, Monetary.getCurrency("JPY")),
      Weighted.of(4, Monetary.getCurrency("SEK")),
      Weighted.of(3, Monetary.getCurrency("CAD")),
      Weighted.of(3, Monetary.getCurrency("KWD")));

  /** The first document date of the standalone generators. */
  static final LocalDate FIRST_DATE = LocalDate.of(2024, 1, 1);
  /** The last document date of the standalone generators. */
  static final LocalDate LAST_DATE = LocalDate.of(2027, 12, 31);

  private static final List<String> NAME_STEMS = List.of(
      "Acme", "Nordwind", "Blue Harbor", "Müller", "Sakura", "Alpenblick", "Atlas", "Kestrel", "Orion",
      "Lumen", "Baltic", "Cedar Grove", "Dunmore", "Elbtal", "Fjordline", "Granite", "Helvetia", "Iberia",
      "Jadestone", "Kaizen", "Lindqvist", "Meridian", "Northgate", "O'Brien", "Pacifica", "Quinta", "Rhein",
      "Silverline", "Tamarind", "Umbra", "Vasquez", "Westwood", "Yamato", "Zephyr", "Al Noor", "Duval");
  private static final List<String> NAME_SECTORS = List.of(
      "Logistics", "Trading", "Foods", "Retail", "Systems", "Pharma", "Textiles", "Motors", "Energy", "Bau",
      "Distribution", "Electronics", "Hospitality", "Paper", "Chemicals", "Tools");
  private static final List<String> LEGAL_FORMS = List.of(
      "GmbH", "AG", "Ltd", "Inc.", "S.A.", "B.V.", "K.K.", "SARL", "W.L.L.", "AB", "LLC", "plc", "& Co. KG");

  /** IBAN countries with their BBAN layout: n digit, a upper-case letter, c letter or digit. */
  private static final List<String[]> IBAN_LAYOUTS = List.of(
      new String[] {"DE", "nnnnnnnnnnnnnnnnnn"},
      new String[] {"FR", "nnnnnnnnnnccccccccccnnn"},
      new String[] {"NL", "aaaannnnnnnnnn"},
      new String[] {"AT", "nnnnnnnnnnnnnnnn"},
      new String[] {"BE", "nnnnnnnnnnnn"},
      new String[] {"ES", "nnnnnnnnnnnnnnnnnnnn"},
      new String[] {"IT", "annnnnnnnnncccccccccccc"},
      new String[] {"GB", "aaaannnnnnnnnnnnnn"},
      new String[] {"CH", "nnnnnccccccccccccc"},
      new String[] {"SE", "nnnnnnnnnnnnnnnnnnnn"},
      new String[] {"KW", "aaaacccccccccccccccccccccc"});

  private static final String DIGITS = "0123456789";
  private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String ALPHANUMERIC = LETTERS + DIGITS;

  private ArGenerators() {}

  // ------------------------------------------------------------------ currencies and money

  /** {@return currencies from {@link #DEFAULT_CURRENCY_MIX}} */
  public static Generator<CurrencyUnit> currencies() {
    return Generator.weighted(DEFAULT_CURRENCY_MIX);
  }

  /**
   * Strictly positive amounts in a currency, at the currency's scale. Magnitudes spread over the
   * decades from one major unit to about 250,000 EUR-equivalent (JPY and SEK ranges are scaled up),
   * most often in the middle decades, with some round amounts and some single minor units mixed in.
   *
   * @param currency the currency
   * @return the generator
   * @throws IllegalArgumentException if the currency has no decimal scale (such as gold, {@code XAU})
   */
  public static Generator<Money> positiveAmounts(CurrencyUnit currency) {
    Objects.requireNonNull(currency, "currency");
    if (currency.getDefaultFractionDigits() < 0) {
      throw new IllegalArgumentException("currency " + currency.getCurrencyCode() + " has no decimal scale");
    }
    long unit = pow10(currency.getDefaultFractionDigits());
    long[] majorRange = majorRange(currency);
    long lo = majorRange[0] * unit;
    long hi = majorRange[1] * unit;
    return random -> {
      int kind = random.nextInt(100);
      long minor;
      if (kind < 3) {
        minor = 1;
      } else if (kind < 15) {
        long[] steps = {10, 50, 100, 500, 1000};
        long step = steps[random.nextInt(steps.length)] * majorRange[0] * unit;
        minor = step * random.nextLong(1, Math.max(2, Math.min(hi / step, 200)));
      } else {
        minor = spreadOverDecades(random, lo, hi);
      }
      return Money.ofMinor(currency, minor);
    };
  }

  /** {@return strictly positive amounts in currencies from {@link #DEFAULT_CURRENCY_MIX}} */
  public static Generator<Money> positiveAmounts() {
    return currencies().flatMap(ArGenerators::positiveAmounts);
  }

  /**
   * Amounts of any sign in a currency: mostly positive or negative magnitudes as in
   * {@link #positiveAmounts(CurrencyUnit)}, sometimes zero.
   *
   * @param currency the currency
   * @return the generator
   * @throws IllegalArgumentException if the currency has no decimal scale (such as gold, {@code XAU})
   */
  public static Generator<Money> amounts(CurrencyUnit currency) {
    Generator<Money> positive = positiveAmounts(currency);
    return random -> {
      int kind = random.nextInt(20);
      if (kind == 0) {
        return Money.zero(currency);
      }
      Money magnitude = positive.next(random);
      return kind % 2 == 0 ? magnitude.negated() : magnitude;
    };
  }

  /** {@return amounts of any sign in currencies from {@link #DEFAULT_CURRENCY_MIX}} */
  public static Generator<Money> amounts() {
    return currencies().flatMap(ArGenerators::amounts);
  }

  // ------------------------------------------------------------------ identifiers and accounts

  /** {@return customer ids like {@code C-204518}} */
  public static Generator<CustomerId> customerIds() {
    return Generator.intBetween(1, 999_999).map(n -> CustomerId.of("C-" + n));
  }

  /** {@return valid-looking IBANs (electronic form) of a dozen countries, with correct check digits} */
  public static Generator<String> ibans() {
    return random -> iban(random, IBAN_LAYOUTS.get(random.nextInt(IBAN_LAYOUTS.size())));
  }

  /**
   * Valid-looking IBANs of a country that is usual for a currency (e.g. GB for GBP, one of the euro
   * countries for EUR), or of any country when there is no usual one.
   *
   * @param currency the account currency
   * @return the generator
   */
  public static Generator<String> ibans(CurrencyUnit currency) {
    List<String> countries;
    switch (currency.getCurrencyCode()) {
      case "EUR":
        countries = List.of("DE", "FR", "NL", "AT", "BE", "ES", "IT");
        break;
      case "GBP":
        countries = List.of("GB");
        break;
      case "CHF":
        countries = List.of("CH");
        break;
      case "SEK":
        countries = List.of("SE");
        break;
      case "KWD":
        countries = List.of("KW");
        break;
      default:
        return ibans();
    }
    List<String[]> layouts = IBAN_LAYOUTS.stream().filter(l -> countries.contains(l[0])).toList();
    return random -> iban(random, layouts.get(random.nextInt(layouts.size())));
  }

  /**
   * ISO 11649 creditor references ({@code RF} + two check digits + up to 21 letters or digits) with
   * correct check digits, as payers put them in structured remittance.
   *
   * @return the generator
   */
  public static Generator<String> creditorReferences() {
    return random -> {
      String body = randomChars(random, DIGITS, random.nextInt(6, 19));
      String iban = Iban.of("RF", body);
      return iban;
    };
  }

  // ------------------------------------------------------------------ terms

  /** {@return common terms notations, weighted as seen on invoices (NET 30 most often)} */
  public static Generator<TermsNotation> termsNotations() {
    return Generator.weighted(List.of(
        Weighted.of(30, TermsNotation.NET_30), Weighted.of(10, TermsNotation.NET_14),
        Weighted.of(8, TermsNotation.NET_60), Weighted.of(6, TermsNotation.NET_45),
        Weighted.of(4, TermsNotation.NET_7), Weighted.of(4, TermsNotation.NET_10),
        Weighted.of(3, TermsNotation.NET_90), Weighted.of(12, TermsNotation.TWO_10_NET_30),
        Weighted.of(5, TermsNotation.ONE_10_NET_30), Weighted.of(5, TermsNotation.TWO_14_NET_30),
        Weighted.of(3, TermsNotation.THREE_10_NET_60)));
  }

  /** {@return payment terms parsed from {@link #termsNotations()}} */
  public static Generator<PaymentTerms> paymentTerms() {
    return termsNotations().map(TermsNotation::terms);
  }

  // ------------------------------------------------------------------ customers

  /** {@return company names like {@code "Nordwind Logistics GmbH"}; not unique} */
  public static Generator<String> companyNames() {
    return random -> NAME_STEMS.get(random.nextInt(NAME_STEMS.size())) + " "
        + NAME_SECTORS.get(random.nextInt(NAME_SECTORS.size())) + " "
        + LEGAL_FORMS.get(random.nextInt(LEGAL_FORMS.size()));
  }

  /**
   * Customers with random ids and currencies: zero to three bank accounts (valid IBANs, usually one),
   * a parent id in about one case in five, a credit limit (round, sometimes zero) in most cases and
   * default terms in most cases.
   *
   * @return the generator
   */
  public static Generator<Customer> customers() {
    Generator<CustomerId> ids = customerIds();
    Generator<CurrencyUnit> currencies = currencies();
    return random -> {
      CustomerId id = ids.next(random);
      Optional<CustomerId> parent = Optional.empty();
      if (random.nextInt(5) == 0) {
        parent = Optional.of(ids.filter(p -> !p.equals(id)).next(random));
      }
      return customer(random, id, companyNames().next(random), currencies.next(random), parent,
          termsNotations().optional(0.8).next(random));
    };
  }

  /** One customer with given identity and default terms; bank accounts and credit limit drawn. */
  static Customer customer(RandomGenerator random, CustomerId id, String name, CurrencyUnit currency,
      Optional<CustomerId> parentId, Optional<TermsNotation> terms) {
    int accounts = random.nextInt(10) < 7 ? 1 : random.nextInt(4);
    Set<String> bankAccounts = new LinkedHashSet<>();
    Generator<String> ibans = ibans(currency);
    for (int i = 0; i < accounts; i++) {
      bankAccounts.add(ibans.next(random));
    }
    Optional<Money> creditLimit = Optional.empty();
    int limitKind = random.nextInt(10);
    if (limitKind == 0) {
      creditLimit = Optional.of(Money.zero(currency));
    } else if (limitKind < 8) {
      long unit = pow10(Math.max(0, currency.getDefaultFractionDigits()));
      long step = 1_000 * majorRange(currency)[0] * unit;
      creditLimit = Optional.of(Money.ofMinor(currency, step * random.nextLong(1, 500)));
    }
    return Customer.builder()
        .id(id)
        .name(name)
        .addAllBankAccounts(bankAccounts)
        .parentId(parentId)
        .currency(currency)
        .creditLimit(creditLimit)
        .defaultTerms(terms.map(TermsNotation::terms))
        .build();
  }

  // ------------------------------------------------------------------ items

  /** {@return item kinds as they occur: mostly invoices, some credit and debit memos} */
  public static Generator<ItemKind> itemKinds() {
    return Generator.weighted(List.of(
        Weighted.of(80, ItemKind.INVOICE), Weighted.of(10, ItemKind.CREDIT_MEMO), Weighted.of(10, ItemKind.DEBIT_MEMO)));
  }

  /**
   * Open items of random customers, currencies and dates (2024 to 2027): invoices, credit memos and
   * debit memos with amounts signed by kind, due dates from their terms (credit memos are due on
   * their document date), and an open amount that is the full original (most often), part of it or
   * zero (cleared).
   *
   * @return the generator
   */
  public static Generator<OpenItem> openItems() {
    Generator<CustomerId> customers = customerIds();
    Generator<CurrencyUnit> currencies = currencies();
    Generator<LocalDate> dates = Generator.dateBetween(FIRST_DATE, LAST_DATE);
    Generator<ItemKind> kinds = itemKinds();
    return random -> {
      ItemKind kind = kinds.next(random);
      DocumentNumber number = DocumentNumber.of(documentPrefix(kind) + random.nextInt(100_000, 10_000_000));
      OpenItem item = item(random, number, kind, customers.next(random), currencies.next(random),
          dates.next(random), termsNotations().next(random));
      return item.withOpenAmount(openAmount(random, item.originalAmount()));
    };
  }

  /**
   * New items of one customer, dated within 180 days up to {@code asOf}, with the open amount equal to
   * the original (as the ledger accepts them). Document numbers are random, so they may repeat.
   *
   * @param customerId the customer
   * @param currency the items' currency
   * @param asOf the latest document date
   * @return the generator
   */
  public static Generator<OpenItem> newItems(CustomerId customerId, CurrencyUnit currency, LocalDate asOf) {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(currency, "currency");
    Generator<LocalDate> dates = Generator.dateBetween(asOf.minusDays(180), asOf);
    Generator<ItemKind> kinds = itemKinds();
    return random -> {
      ItemKind kind = kinds.next(random);
      return item(random, DocumentNumber.of(documentPrefix(kind) + random.nextInt(100_000, 10_000_000)), kind,
          customerId, currency,
          dates.next(random), termsNotations().next(random));
    };
  }

  static String documentPrefix(ItemKind kind) {
    switch (kind) {
      case CREDIT_MEMO:
        return "CM-";
      case DEBIT_MEMO:
        return "DM-";
      default:
        return "INV-";
    }
  }

  /** One item at its original amount. */
  static OpenItem item(RandomGenerator random, DocumentNumber documentNumber, ItemKind kind, CustomerId customerId,
      CurrencyUnit currency, LocalDate documentDate, TermsNotation terms) {
    Money magnitude = positiveAmounts(currency).next(random);
    boolean creditMemo = kind == ItemKind.CREDIT_MEMO;
    Optional<String> customerReference = Optional.empty();
    if (!creditMemo && random.nextBoolean()) {
      customerReference = Optional.of(random.nextBoolean()
          ? "PO-" + random.nextInt(100_000, 1_000_000) : "4500" + random.nextInt(100_000, 1_000_000));
    }
    return OpenItem.builder()
        .documentNumber(documentNumber)
        .customerId(customerId)
        .kind(kind)
        .documentDate(documentDate)
        .dueDate(creditMemo ? documentDate : terms.dueDate(documentDate))
        .originalAmount(creditMemo ? magnitude.negated() : magnitude)
        .customerReference(customerReference)
        .terms(creditMemo ? Optional.empty() : Optional.of(terms.terms()))
        .build();
  }

  /** An open amount for an item: full, partial or zero, on the original's side of zero. */
  private static Money openAmount(RandomGenerator random, Money original) {
    int kind = random.nextInt(20);
    long magnitude = Math.abs(original.minorUnits());
    long open;
    if (kind < 13 || magnitude < 2) {
      open = magnitude;
    } else if (kind < 17) {
      open = random.nextLong(1, magnitude);
    } else {
      open = 0;
    }
    return Money.ofMinor(original.currency(), original.signum() * open);
  }

  // ------------------------------------------------------------------ payments and remittance

  /**
   * Remittance as payers send it for payments in a currency: nothing, free-text lines mentioning
   * invoice numbers in the many ways people write them, structured references (document numbers or
   * RF creditor references, sometimes with amounts in {@code currency}), or both.
   *
   * @param currency the payment currency; structured amounts are in it
   * @return the generator
   */
  public static Generator<Remittance> remittances(CurrencyUnit currency) {
    Generator<Money> amounts = amounts(currency).filter(m -> !m.isZero());
    return random -> {
      int kind = random.nextInt(20);
      if (kind < 2) {
        return Remittance.NONE;
      }
      Remittance.Builder builder = Remittance.builder();
      int count = random.nextInt(1, 4);
      List<DocumentNumber> numbers = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        ItemKind itemKind = itemKinds().next(random);
        numbers.add(DocumentNumber.of(documentPrefix(itemKind) + random.nextInt(100_000, 10_000_000)));
      }
      if (kind < 14) {
        builder.addAllUnstructured(wrap(freeText(random, numbers), 35 + 35 * random.nextInt(3)));
      }
      if (kind >= 10) {
        for (DocumentNumber number : numbers) {
          String reference = random.nextInt(5) == 0 ? creditorReferences().next(random) : number.toString();
          builder.addStructured(reference.startsWith("RF") ? StructuredReference.ofCreditorReference(reference)
              : random.nextBoolean() ? StructuredReference.ofDocument(reference, amounts.next(random))
              : StructuredReference.ofDocument(reference));
        }
      }
      return builder.build();
    };
  }

  /**
   * Incoming payments with random amounts, value dates (2024 to 2027), payers and remittance: most
   * carry a customer id, a payer name and an IBAN; some an end-to-end id.
   *
   * @return the generator
   */
  public static Generator<Payment> payments() {
    Generator<CurrencyUnit> currencies = currencies();
    Generator<LocalDate> dates = Generator.dateBetween(FIRST_DATE, LAST_DATE);
    return random -> {
      CurrencyUnit currency = currencies.next(random);
      return Payment.builder()
          .bankReference(bankReferences().next(random))
          .amount(positiveAmounts(currency).next(random))
          .valueDate(dates.next(random))
          .customerId(customerIds().optional(0.7).next(random))
          .payerName(companyNames().optional(0.9).next(random))
          .payerAccount(ibans(currency).optional(0.85).next(random))
          .endToEndId(endToEndIds().optional(0.4).next(random))
          .remittance(remittances(currency).next(random))
          .build();
    };
  }

  /** {@return bank references: 16 upper-case letters and digits, as account servicers assign them} */
  public static Generator<BankReference> bankReferences() {
    return random -> BankReference.of(randomChars(random, ALPHANUMERIC, 16));
  }

  /** {@return end-to-end ids, including the SEPA filler {@code NOTPROVIDED}} */
  public static Generator<String> endToEndIds() {
    return random -> random.nextInt(5) == 0 ? "NOTPROVIDED" : "E2E-" + randomChars(random, ALPHANUMERIC, 12);
  }

  // ------------------------------------------------------------------ deductions and promises

  /**
   * Deductions of random customers and items, in any status, with a positive amount, a reason and
   * usually a note.
   *
   * @return the generator
   */
  public static Generator<Deduction> deductions() {
    Generator<LocalDate> dates = Generator.dateBetween(FIRST_DATE, LAST_DATE);
    return random -> {
      CurrencyUnit currency = currencies().next(random);
      DeductionReason reason = Generator.enumValues(DeductionReason.class).next(random);
      return Deduction.builder()
          .id(DeductionId.of("DED-" + random.nextInt(1, 10_000_000)))
          .customerId(customerIds().next(random))
          .documentNumber(DocumentNumber.of("INV-" + random.nextInt(100_000, 10_000_000)))
          .payment(bankReferences().optional(0.7).next(random).map(r -> PaymentId.of(null, r)))
          .amount(positiveAmounts(currency).next(random))
          .reason(reason)
          .note(random.nextInt(4) == 0 ? Optional.empty() : Optional.of(deductionNote(reason)))
          .createdOn(dates.next(random))
          .status(Generator.enumValues(DeductionStatus.class).next(random))
          .build();
    };
  }

  /**
   * Promises to pay: one to four promised amounts in one currency on strictly increasing dates, the
   * first not before the day the promise was made, covering zero to three items, in any status.
   *
   * @return the generator
   */
  public static Generator<PromiseToPay> promisesToPay() {
    Generator<LocalDate> dates = Generator.dateBetween(FIRST_DATE, LAST_DATE);
    return random -> {
      CurrencyUnit currency = currencies().next(random);
      LocalDate madeOn = dates.next(random);
      LocalDate date = madeOn.plusDays(random.nextInt(0, 15));
      int count = random.nextInt(1, 5);
      List<PromisedPayment> payments = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        payments.add(PromisedPayment.of(date, positiveAmounts(currency).next(random)));
        date = date.plusDays(random.nextInt(1, 31));
      }
      Set<DocumentNumber> documents = new LinkedHashSet<>();
      int documentCount = random.nextInt(0, 4);
      for (int i = 0; i < documentCount; i++) {
        documents.add(DocumentNumber.of("INV-" + random.nextInt(100_000, 10_000_000)));
      }
      return PromiseToPay.builder()
          .id(PromiseId.of("PTP-" + random.nextInt(1, 10_000_000)))
          .customerId(customerIds().next(random))
          .addAllDocumentNumbers(documents)
          .addAllPayments(payments)
          .madeOn(madeOn)
          .status(Generator.enumValues(PromiseStatus.class).next(random))
          .note(random.nextBoolean() ? Optional.of("promised by phone to collector") : Optional.empty())
          .build();
    };
  }

  // ------------------------------------------------------------------ helpers shared with the world

  /** A note a customer or collector might write for a deduction reason. */
  static String deductionNote(DeductionReason reason) {
    switch (reason) {
      case PRICING:
        return "price differs from agreed price list";
      case SHORTAGE:
        return "short delivery";
      case DAMAGE:
        return "damaged goods";
      case PROMOTION:
        return "promotion allowance";
      case DUPLICATE_BILLING:
        return "billed twice";
      case CHARGEBACK:
        return "late delivery penalty";
      default:
        return "see our letter";
    }
  }

  /** How a payer might write a document number in free text. */
  static String mention(RandomGenerator random, DocumentNumber document) {
    String documentNumber = document.toString();
    int dash = documentNumber.indexOf('-');
    String prefix = dash < 0 ? "" : documentNumber.substring(0, dash);
    String digits = dash < 0 ? documentNumber : documentNumber.substring(dash + 1);
    switch (random.nextInt(8)) {
      case 0:
        return prefix + digits;
      case 1:
        return digits;
      case 2:
        return (prefix.equals("CM") ? "Credit note " : "Inv. ") + digits;
      case 3:
        return (prefix.equals("CM") ? "Gutschrift " : "Rechnung Nr. ") + digits;
      case 4:
        return documentNumber.toLowerCase(Locale.ROOT);
      case 5:
        return (prefix.equals("CM") ? "Avoir " : "Facture ") + digits;
      default:
        return documentNumber;
    }
  }

  /** A free-text remittance sentence listing document numbers. */
  static String freeText(RandomGenerator random, List<DocumentNumber> documentNumbers) {
    StringBuilder text = new StringBuilder();
    String[] openers = {"", "Payment ", "Invoice ", "Zahlung ", "Re: ", "Our payment for "};
    text.append(openers[random.nextInt(openers.length)]);
    for (int i = 0; i < documentNumbers.size(); i++) {
      if (i > 0) {
        text.append(random.nextBoolean() ? ", " : " ");
      }
      text.append(mention(random, documentNumbers.get(i)));
    }
    return text.toString().strip();
  }

  /** Splits text at spaces into lines of at most {@code width} characters (longer words stay whole). */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  static String randomChars(RandomGenerator random, String alphabet, int length) {
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      chars[i] = alphabet.charAt(random.nextInt(alphabet.length()));
    }
    return new String(chars);
  }

  private static String iban(RandomGenerator random, String[] layout) {
    StringBuilder bban = new StringBuilder();
    for (char c : layout[1].toCharArray()) {
      String alphabet = c == 'n' ? DIGITS : c == 'a' ? LETTERS : ALPHANUMERIC;
      bban.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return Iban.of(layout[0], bban.toString());
  }

  /** Typical invoice sizes in major units: about 1 to 250,000 EUR-equivalent. */
  static long[] majorRange(CurrencyUnit currency) {
    switch (currency.getCurrencyCode()) {
      case "JPY":
        return new long[] {100, 30_000_000};
      case "SEK":
      case "NOK":
      case "DKK":
        return new long[] {10, 2_500_000};
      default:
        return new long[] {1, 250_000};
    }
  }

  /**
   * A value in [lo, hi], uniform within its decade, whose number of decimal digits follows a triangular
   * distribution peaked in the middle decade: mid-sized invoices are common, tiny and huge ones rare
   * but present. No floating point is involved.
   */
  static long spreadOverDecades(RandomGenerator random, long lo, long hi) {
    int loDigits = Long.toString(lo).length();
    int span = Long.toString(hi).length() - loDigits;
    int digits = loDigits + (random.nextInt(span + 1) + random.nextInt(span + 1) + random.nextInt(2)) / 2;
    long from = Math.max(lo, pow10(digits - 1));
    long to = Math.min(hi, pow10(digits) - 1);
    return random.nextLong(from, to + 1);
  }

  static long pow10(int exponent) {
    long result = 1;
    for (int i = 0; i < exponent; i++) {
      result = Math.multiplyExact(result, 10);
    }
    return result;
  }
}
