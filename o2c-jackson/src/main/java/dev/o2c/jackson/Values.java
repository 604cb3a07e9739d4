package dev.o2c.jackson;

import dev.o2c.core.domain.Adjustment;
import dev.o2c.core.domain.AdjustmentType;
import dev.o2c.core.domain.Application;
import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.Direction;
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
import dev.o2c.core.domain.ReferredDocument;
import dev.o2c.core.domain.RemittanceAdjustment;
import dev.o2c.core.domain.RemittanceAdvice;
import dev.o2c.core.domain.StructuredReference;
import dev.o2c.core.id.AdjustmentId;
import dev.o2c.core.id.ApplicationId;
import dev.o2c.core.id.BankReference;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DeductionId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.id.PaymentId;
import dev.o2c.core.id.PromiseId;
import dev.o2c.core.id.TextId;
import dev.o2c.core.ledger.AccountRole;
import dev.o2c.core.ledger.CustomerBalance;
import dev.o2c.core.ledger.ItemState;
import dev.o2c.core.ledger.JournalLine;
import dev.o2c.core.ledger.LedgerCommand;
import dev.o2c.core.ledger.LogEntry;
import dev.o2c.core.ledger.Operation;
import dev.o2c.core.ledger.PaymentState;
import dev.o2c.core.ledger.Posting;
import dev.o2c.core.ledger.Side;
import dev.o2c.core.money.Currencies;
import dev.o2c.core.money.Money;
import dev.o2c.core.money.MoneyTotals;
import dev.o2c.core.terms.PaymentTerms;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import javax.money.MonetaryException;

/** The JSON form of every o2c value except the ledger commands (see {@link Commands}); the format is described in the package documentation. */
final class Values {

  // PaymentTerms.parse costs microseconds (regular expressions); a log holds the same few terms on
  // every line. Currencies are looked up once by Currencies.
  private static final Map<String, PaymentTerms> TERMS = new ConcurrentHashMap<>();
  private static final int CACHE_LIMIT = 10_000;

  private Values() {}

  // ------------------------------------------------------------------------------------ scalars

  static void money(Out out, Money money) {
    out.gen.writeStartObject();
    out.gen.writeStringProperty("amount", plain(money.minorUnits(), money.scale()));
    out.gen.writeStringProperty("currency", money.currency().getCurrencyCode());
    out.gen.writeEndObject();
  }

  /** The plain decimal of minor units at a scale, as {@code BigDecimal.toPlainString} gives it, without the BigDecimal. */
  static String plain(long minor, int scale) {
    String digits = Long.toString(minor);
    if (scale == 0) {
      return digits;
    }
    boolean negative = minor < 0;
    String magnitude = negative ? digits.substring(1) : digits;
    if (magnitude.length() <= scale) {
      magnitude = "0".repeat(scale - magnitude.length() + 1) + magnitude;
    }
    int dot = magnitude.length() - scale;
    return (negative ? "-" : "") + magnitude.substring(0, dot) + "." + magnitude.substring(dot);
  }

  static Money money(In in) {
    In.Obj o = in.object();
    In amountIn = o.required("amount");
    CurrencyUnit currency = currency(o.required("currency"));
    o.end();
    if (!amountIn.isString()) {
      throw amountIn.fail("expected the amount as a decimal string such as \"12.30\", got " + amountIn.describe()
          + " (JSON numbers are refused: many readers turn them into binary floating point)");
    }
    String text = amountIn.string();
    if (!isPlainDecimal(text)) {
      throw amountIn.fail("expected a plain decimal such as \"12.30\" or \"-5\", got \"" + text + "\"");
    }
    int scale = in.build(() -> Money.zero(currency)).scale();
    int dot = text.indexOf('.');
    int decimals = dot < 0 ? 0 : text.length() - dot - 1;
    if (decimals > scale) {
      throw amountIn.fail(currency.getCurrencyCode() + " allows at most " + scale + " decimals, got \"" + text + "\"");
    }
    return Money.ofMinor(currency, minorUnits(amountIn, text, scale));
  }

  /** The minor units of a plain decimal with at most {@code scale} decimals; accumulated negatively so Long.MIN_VALUE fits. */
  private static long minorUnits(In in, String text, int scale) {
    boolean negative = text.charAt(0) == '-';
    long acc = 0;
    int decimals = -1;
    try {
      for (int i = negative ? 1 : 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '.') {
          decimals = 0;
          continue;
        }
        acc = Math.subtractExact(Math.multiplyExact(acc, 10), c - '0');
        if (decimals >= 0) {
          decimals++;
        }
      }
      for (int d = Math.max(decimals, 0); d < scale; d++) {
        acc = Math.multiplyExact(acc, 10);
      }
      return negative ? acc : Math.negateExact(acc);
    } catch (ArithmeticException e) {
      throw in.fail("\"" + text + "\" does not fit a long count of minor units");
    }
  }

  private static boolean isPlainDecimal(String text) {
    int i = text.startsWith("-") ? 1 : 0;
    int digitsBefore = 0;
    while (i < text.length() && isDigit(text.charAt(i))) {
      i++;
      digitsBefore++;
    }
    if (digitsBefore == 0) {
      return false;
    }
    if (i == text.length()) {
      return true;
    }
    if (text.charAt(i) != '.' || i == text.length() - 1) {
      return false;
    }
    for (i++; i < text.length(); i++) {
      if (!isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static void currency(Out out, CurrencyUnit currency) {
    out.gen.writeString(currency.getCurrencyCode());
  }

  static CurrencyUnit currency(In in) {
    String code = in.string();
    try {
      return Currencies.of(code);
    } catch (MonetaryException e) {
      throw in.fail("unknown currency code \"" + code + "\"");
    }
  }

  static void date(Out out, LocalDate date) {
    out.gen.writeString(date.toString());
  }

  static LocalDate date(In in) {
    String text = in.string();
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw in.fail("expected an ISO-8601 date such as \"2026-03-31\", got \"" + text + "\"");
    }
  }

  static void terms(Out out, PaymentTerms terms) {
    out.gen.writeString(terms.toString());
  }

  static PaymentTerms terms(In in) {
    String text = in.string();
    PaymentTerms known = TERMS.get(text);
    if (known != null) {
      return known;
    }
    PaymentTerms terms = in.build(() -> PaymentTerms.parse(text));
    if (TERMS.size() < CACHE_LIMIT) {
      TERMS.put(text, terms);
    }
    return terms;
  }

  static <E extends Enum<E>> E enumValue(In in, Class<E> type) {
    String name = in.string();
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    throw in.fail("expected one of " + Arrays.toString(type.getEnumConstants()) + ", got \"" + name + "\"");
  }

  static void textId(Out out, TextId id) {
    out.gen.writeString(id.toString());
  }

  static <T> T textId(In in, Function<String, T> factory) {
    String text = in.string();
    return in.build(() -> factory.apply(text));
  }

  static CustomerId customerId(In in) {
    return textId(in, CustomerId::of);
  }

  static DocumentNumber documentNumber(In in) {
    return textId(in, DocumentNumber::of);
  }

  static PaymentId paymentId(In in) {
    return textId(in, PaymentId::of);
  }

  static DeductionId deductionId(In in) {
    return textId(in, DeductionId::of);
  }

  static BankReference bankReference(In in) {
    return textId(in, BankReference::of);
  }

  static PromiseId promiseId(In in) {
    return textId(in, PromiseId::of);
  }

  static ApplicationId applicationId(In in) {
    long value = in.integer();
    return in.build(() -> ApplicationId.of(value));
  }

  static AdjustmentId adjustmentId(In in) {
    long value = in.integer();
    return in.build(() -> AdjustmentId.of(value));
  }

  static MoneyTotals totals(In in) {
    Set<String> seen = new HashSet<>();
    List<Money> amounts = new ArrayList<>();
    for (In element : in.elements()) {
      Money m = money(element);
      if (!seen.add(m.currency().getCurrencyCode())) {
        throw element.fail("currency " + m.currency() + " listed twice");
      }
      amounts.add(m);
    }
    return in.build(() -> MoneyTotals.of(amounts));
  }

  static void totals(Out out, MoneyTotals totals) {
    out.gen.writeStartArray();
    totals.amounts().forEach(m -> money(out, m));
    out.gen.writeEndArray();
  }

  // ------------------------------------------------------------------------------- domain values

  static void customer(Out out, Customer c) {
    out.gen.writeStartObject();
    out.string("id", c.id());
    out.string("name", c.name());
    out.list("bankAccounts", c.bankAccounts(), (o, a) -> o.gen.writeString(a));
    out.optionalString("parentId", c.parentId());
    out.string("currency", c.currency().getCurrencyCode());
    out.optional("creditLimit", c.creditLimit(), Values::money);
    out.optional("defaultTerms", c.defaultTerms(), Values::terms);
    out.gen.writeEndObject();
  }

  static Customer customer(In in) {
    In.Obj o = in.object();
    Customer.Builder b = Customer.builder()
        .id(customerId(o.required("id")))
        .name(o.required("name").string());
    o.list("bankAccounts").forEach(a -> b.addBankAccounts(a.string()));
    o.optional("parentId").ifPresent(p -> b.parentId(customerId(p)));
    b.currency(currency(o.required("currency")));
    o.optional("creditLimit").ifPresent(m -> b.creditLimit(money(m)));
    o.optional("defaultTerms").ifPresent(t -> b.defaultTerms(terms(t)));
    o.end();
    return in.build(b::build);
  }

  static void openItem(Out out, OpenItem i) {
    out.gen.writeStartObject();
    out.string("documentNumber", i.documentNumber());
    out.string("customerId", i.customerId());
    out.string("kind", i.kind());
    out.string("documentDate", i.documentDate());
    out.string("dueDate", i.dueDate());
    out.value("originalAmount", i.originalAmount(), Values::money);
    out.value("openAmount", i.openAmount(), Values::money);
    out.optionalString("customerReference", i.customerReference());
    out.optional("terms", i.terms(), Values::terms);
    out.gen.writeEndObject();
  }

  static OpenItem openItem(In in) {
    In.Obj o = in.object();
    OpenItem.Builder b = OpenItem.builder()
        .documentNumber(documentNumber(o.required("documentNumber")))
        .customerId(customerId(o.required("customerId")))
        .kind(enumValue(o.required("kind"), ItemKind.class))
        .documentDate(date(o.required("documentDate")))
        .dueDate(date(o.required("dueDate")))
        .originalAmount(money(o.required("originalAmount")));
    o.optional("openAmount").ifPresent(m -> b.openAmount(money(m)));
    o.optional("customerReference").ifPresent(r -> b.customerReference(r.string()));
    o.optional("terms").ifPresent(t -> b.terms(terms(t)));
    o.end();
    return in.build(b::build);
  }

  static void payment(Out out, Payment p) {
    out.gen.writeStartObject();
    out.string("id", p.id());
    out.string("bankReference", p.bankReference());
    out.optionalString("receivingAccount", p.receivingAccount());
    out.value("amount", p.amount(), Values::money);
    out.string("valueDate", p.valueDate());
    out.optionalString("customerId", p.customerId());
    out.optionalString("payerName", p.payerName());
    out.optionalString("payerAccount", p.payerAccount());
    out.optionalString("endToEndId", p.endToEndId());
    out.optional("instructedAmount", p.instructedAmount(), Values::money);
    if (!p.charges().isEmpty()) {
      out.list("charges", p.charges(), Values::money);
    }
    if (!p.remittance().equals(Remittance.NONE)) {
      out.value("remittance", p.remittance(), Values::remittance);
    }
    out.gen.writeEndObject();
  }

  static Payment payment(In in) {
    In.Obj o = in.object();
    Payment.Builder b = Payment.builder();
    o.optional("id").ifPresent(id -> b.id(paymentId(id)));
    b.bankReference(bankReference(o.required("bankReference")));
    o.optional("receivingAccount").ifPresent(a -> b.receivingAccount(a.string()));
    b.amount(money(o.required("amount")));
    b.valueDate(date(o.required("valueDate")));
    o.optional("customerId").ifPresent(c -> b.customerId(customerId(c)));
    o.optional("payerName").ifPresent(n -> b.payerName(n.string()));
    o.optional("payerAccount").ifPresent(a -> b.payerAccount(a.string()));
    o.optional("endToEndId").ifPresent(e -> b.endToEndId(e.string()));
    o.optional("instructedAmount").ifPresent(m -> b.instructedAmount(money(m)));
    o.list("charges").forEach(m -> b.addCharges(money(m)));
    o.optional("remittance").ifPresent(r -> b.remittance(remittance(r)));
    o.end();
    return in.build(b::build);
  }

  static void remittanceAdvice(Out out, RemittanceAdvice a) {
    out.gen.writeStartObject();
    out.string("id", a.id());
    out.optionalString("bankReference", a.bankReference());
    out.optionalString("endToEndId", a.endToEndId());
    out.optionalString("payerName", a.payerName());
    out.optionalString("payerAccount", a.payerAccount());
    out.optional("amount", a.amount(), Values::money);
    out.optional("paymentDate", a.paymentDate(), Values::date);
    out.value("remittance", a.remittance(), Values::remittance);
    out.gen.writeEndObject();
  }

  static RemittanceAdvice remittanceAdvice(In in) {
    In.Obj o = in.object();
    RemittanceAdvice.Builder b = RemittanceAdvice.builder();
    b.id(o.required("id").string());
    o.optional("bankReference").ifPresent(r -> b.bankReference(bankReference(r)));
    o.optional("endToEndId").ifPresent(e -> b.endToEndId(e.string()));
    o.optional("payerName").ifPresent(n -> b.payerName(n.string()));
    o.optional("payerAccount").ifPresent(x -> b.payerAccount(x.string()));
    o.optional("amount").ifPresent(m -> b.amount(money(m)));
    o.optional("paymentDate").ifPresent(d -> b.paymentDate(date(d)));
    b.remittance(remittance(o.required("remittance")));
    o.end();
    return in.build(b::build);
  }

  static void remittance(Out out, Remittance r) {
    out.gen.writeStartObject();
    out.list("unstructured", r.unstructured(), (o, line) -> o.gen.writeString(line));
    out.list("structured", r.structured(), Values::structuredReference);
    out.gen.writeEndObject();
  }

  static Remittance remittance(In in) {
    In.Obj o = in.object();
    Remittance.Builder b = Remittance.builder();
    o.list("unstructured").forEach(line -> b.addUnstructured(line.string()));
    o.list("structured").forEach(r -> b.addStructured(structuredReference(r)));
    o.end();
    return in.build(b::build);
  }

  static void structuredReference(Out out, StructuredReference r) {
    out.gen.writeStartObject();
    out.optionalString("creditorReference", r.creditorReference());
    out.optionalString("creditorReferenceType", r.creditorReferenceType());
    out.optionalString("creditorReferenceIssuer", r.creditorReferenceIssuer());
    out.list("referredDocuments", r.referredDocuments(), Values::referredDocument);
    out.optional("duePayableAmount", r.duePayableAmount(), Values::money);
    out.optional("remittedAmount", r.remittedAmount(), Values::money);
    out.optional("creditNoteAmount", r.creditNoteAmount(), Values::money);
    out.optional("taxAmount", r.taxAmount(), Values::money);
    out.list("discounts", r.discounts(), Values::remittanceAdjustment);
    out.list("adjustments", r.adjustments(), Values::remittanceAdjustment);
    out.list("additionalInfo", r.additionalInfo(), (o, line) -> o.gen.writeString(line));
    out.gen.writeEndObject();
  }

  static StructuredReference structuredReference(In in) {
    In.Obj o = in.object();
    StructuredReference.Builder b = StructuredReference.builder();
    o.optional("creditorReference").ifPresent(x -> b.creditorReference(x.string()));
    o.optional("creditorReferenceType").ifPresent(x -> b.creditorReferenceType(x.string()));
    o.optional("creditorReferenceIssuer").ifPresent(x -> b.creditorReferenceIssuer(x.string()));
    o.list("referredDocuments").forEach(d -> b.addReferredDocuments(referredDocument(d)));
    o.optional("duePayableAmount").ifPresent(m -> b.duePayableAmount(money(m)));
    o.optional("remittedAmount").ifPresent(m -> b.remittedAmount(money(m)));
    o.optional("creditNoteAmount").ifPresent(m -> b.creditNoteAmount(money(m)));
    o.optional("taxAmount").ifPresent(m -> b.taxAmount(money(m)));
    o.list("discounts").forEach(d -> b.addDiscounts(remittanceAdjustment(d)));
    o.list("adjustments").forEach(d -> b.addAdjustments(remittanceAdjustment(d)));
    o.list("additionalInfo").forEach(x -> b.addAdditionalInfo(x.string()));
    o.end();
    return in.build(b::build);
  }

  static void referredDocument(Out out, ReferredDocument d) {
    out.gen.writeStartObject();
    out.optionalString("number", d.number());
    out.optionalString("type", d.type());
    out.optional("relatedDate", d.relatedDate(), Values::date);
    out.optional("amount", d.amount(), Values::money);
    out.gen.writeEndObject();
  }

  static ReferredDocument referredDocument(In in) {
    In.Obj o = in.object();
    ReferredDocument.Builder b = ReferredDocument.builder();
    o.optional("number").ifPresent(x -> b.number(x.string()));
    o.optional("type").ifPresent(x -> b.type(x.string()));
    o.optional("relatedDate").ifPresent(x -> b.relatedDate(date(x)));
    o.optional("amount").ifPresent(m -> b.amount(money(m)));
    o.end();
    return in.build(b::build);
  }

  static void remittanceAdjustment(Out out, RemittanceAdjustment a) {
    out.gen.writeStartObject();
    out.value("amount", a.amount(), Values::money);
    out.optionalString("direction", a.direction());
    out.optionalString("reason", a.reason());
    out.optionalString("additionalInfo", a.additionalInfo());
    out.gen.writeEndObject();
  }

  static RemittanceAdjustment remittanceAdjustment(In in) {
    In.Obj o = in.object();
    RemittanceAdjustment.Builder b = RemittanceAdjustment.builder();
    b.amount(money(o.required("amount")));
    o.optional("direction").ifPresent(x -> b.direction(enumValue(x, Direction.class)));
    o.optional("reason").ifPresent(x -> b.reason(x.string()));
    o.optional("additionalInfo").ifPresent(x -> b.additionalInfo(x.string()));
    o.end();
    return in.build(b::build);
  }

  static void application(Out out, Application a) {
    out.gen.writeStartObject();
    out.number("id", a.id().value());
    out.string("payment", a.payment());
    out.string("documentNumber", a.documentNumber());
    out.value("applied", a.applied(), Values::money);
    out.value("discount", a.discount(), Values::money);
    out.value("smallDifference", a.smallDifference(), Values::money);
    out.string("date", a.date());
    out.optionalString("reason", a.reason());
    out.gen.writeEndObject();
  }

  static Application application(In in) {
    In.Obj o = in.object();
    Application.Builder b = Application.builder()
        .id(applicationId(o.required("id")))
        .payment(paymentId(o.required("payment")))
        .documentNumber(documentNumber(o.required("documentNumber")))
        .applied(money(o.required("applied")))
        .discount(money(o.required("discount")))
        .smallDifference(money(o.required("smallDifference")))
        .date(date(o.required("date")));
    o.optional("reason").ifPresent(r -> b.reason(r.string()));
    o.end();
    return in.build(b::build);
  }

  static void adjustment(Out out, Adjustment a) {
    out.gen.writeStartObject();
    out.number("id", a.id().value());
    out.string("documentNumber", a.documentNumber());
    out.string("type", a.type());
    out.value("amount", a.amount(), Values::money);
    out.string("date", a.date());
    out.optionalString("counterDocument", a.counterDocument());
    out.optionalString("deduction", a.deduction());
    out.optionalString("reason", a.reason());
    out.gen.writeEndObject();
  }

  static Adjustment adjustment(In in) {
    In.Obj o = in.object();
    Adjustment.Builder b = Adjustment.builder()
        .id(adjustmentId(o.required("id")))
        .documentNumber(documentNumber(o.required("documentNumber")))
        .type(enumValue(o.required("type"), AdjustmentType.class))
        .amount(money(o.required("amount")))
        .date(date(o.required("date")));
    o.optional("counterDocument").ifPresent(d -> b.counterDocument(documentNumber(d)));
    o.optional("deduction").ifPresent(d -> b.deduction(deductionId(d)));
    o.optional("reason").ifPresent(r -> b.reason(r.string()));
    o.end();
    return in.build(b::build);
  }

  static void deduction(Out out, Deduction d) {
    out.gen.writeStartObject();
    out.string("id", d.id());
    out.string("customerId", d.customerId());
    out.string("documentNumber", d.documentNumber());
    out.optionalString("payment", d.payment());
    out.value("amount", d.amount(), Values::money);
    out.string("reason", d.reason());
    out.optionalString("note", d.note());
    out.string("createdOn", d.createdOn());
    out.string("status", d.status());
    out.gen.writeEndObject();
  }

  static Deduction deduction(In in) {
    In.Obj o = in.object();
    Deduction.Builder b = Deduction.builder()
        .id(deductionId(o.required("id")))
        .customerId(customerId(o.required("customerId")))
        .documentNumber(documentNumber(o.required("documentNumber")));
    o.optional("payment").ifPresent(p -> b.payment(paymentId(p)));
    b.amount(money(o.required("amount")));
    b.reason(enumValue(o.required("reason"), DeductionReason.class));
    o.optional("note").ifPresent(n -> b.note(n.string()));
    b.createdOn(date(o.required("createdOn")));
    o.optional("status").ifPresent(s -> b.status(enumValue(s, DeductionStatus.class)));
    o.end();
    return in.build(b::build);
  }

  static void promisedPayment(Out out, PromisedPayment p) {
    out.gen.writeStartObject();
    out.string("date", p.date());
    out.value("amount", p.amount(), Values::money);
    out.gen.writeEndObject();
  }

  static PromisedPayment promisedPayment(In in) {
    In.Obj o = in.object();
    LocalDate date = date(o.required("date"));
    Money amount = money(o.required("amount"));
    o.end();
    return in.build(() -> PromisedPayment.of(date, amount));
  }

  static void promiseToPay(Out out, PromiseToPay p) {
    out.gen.writeStartObject();
    out.string("id", p.id());
    out.string("customerId", p.customerId());
    out.list("documentNumbers", p.documentNumbers(), (o, d) -> o.gen.writeString(d.toString()));
    out.list("payments", p.payments(), Values::promisedPayment);
    out.string("madeOn", p.madeOn());
    out.string("status", p.status());
    out.optionalString("note", p.note());
    out.gen.writeEndObject();
  }

  static PromiseToPay promiseToPay(In in) {
    In.Obj o = in.object();
    PromiseToPay.Builder b = PromiseToPay.builder()
        .id(promiseId(o.required("id")))
        .customerId(customerId(o.required("customerId")));
    o.list("documentNumbers").forEach(d -> b.addDocumentNumbers(documentNumber(d)));
    o.list("payments").forEach(p -> b.addPayments(promisedPayment(p)));
    b.madeOn(date(o.required("madeOn")));
    o.optional("status").ifPresent(s -> b.status(enumValue(s, PromiseStatus.class)));
    o.optional("note").ifPresent(n -> b.note(n.string()));
    o.end();
    return in.build(b::build);
  }

  // ------------------------------------------------------------------------------- ledger values

  static void itemState(Out out, ItemState s) {
    out.gen.writeStartObject();
    out.value("item", s.item(), Values::openItem);
    out.value("applied", s.applied(), Values::money);
    out.value("discount", s.discount(), Values::money);
    out.value("smallDifferences", s.smallDifferences(), Values::money);
    out.value("badDebt", s.badDebt(), Values::money);
    out.value("credited", s.credited(), Values::money);
    out.value("deducted", s.deducted(), Values::money);
    out.value("settledBeforeCutOver", s.settledBeforeCutOver(), Values::money);
    out.gen.writeEndObject();
  }

  static ItemState itemState(In in) {
    In.Obj o = in.object();
    OpenItem item = openItem(o.required("item"));
    Money applied = money(o.required("applied"));
    Money discount = money(o.required("discount"));
    Money smallDifferences = money(o.required("smallDifferences"));
    Money badDebt = money(o.required("badDebt"));
    Money credited = money(o.required("credited"));
    Money deducted = money(o.required("deducted"));
    Money settled = money(o.required("settledBeforeCutOver"));
    o.end();
    return in.build(() -> new ItemState(item, applied, discount, smallDifferences, badDebt, credited, deducted, settled));
  }

  static void paymentState(Out out, PaymentState s) {
    out.gen.writeStartObject();
    out.value("payment", s.payment(), Values::payment);
    out.value("applied", s.applied(), Values::money);
    out.value("unapplied", s.unapplied(), Values::money);
    out.value("onAccount", s.onAccount(), Values::money);
    out.value("suspense", s.suspense(), Values::money);
    out.value("refunded", s.refunded(), Values::money);
    out.value("returned", s.returned(), Values::money);
    out.gen.writeEndObject();
  }

  static PaymentState paymentState(In in) {
    In.Obj o = in.object();
    Payment payment = payment(o.required("payment"));
    Money applied = money(o.required("applied"));
    Money unapplied = money(o.required("unapplied"));
    Money onAccount = money(o.required("onAccount"));
    Money suspense = money(o.required("suspense"));
    Money refunded = money(o.required("refunded"));
    Money returned = money(o.required("returned"));
    o.end();
    return in.build(() -> new PaymentState(payment, applied, unapplied, onAccount, suspense, refunded, returned));
  }

  static void journalLine(Out out, JournalLine l) {
    out.gen.writeStartObject();
    out.number("posting", l.posting());
    out.string("date", l.date());
    out.string("account", l.account());
    out.string("side", l.side());
    out.value("amount", l.amount(), Values::money);
    out.string("reference", l.reference());
    out.string("referenceType", TextIdType.of(l.reference()));
    out.optionalString("customer", l.customer());
    out.gen.writeEndObject();
  }

  static JournalLine journalLine(In in) {
    In.Obj o = in.object();
    long posting = o.required("posting").integer();
    LocalDate date = date(o.required("date"));
    AccountRole account = enumValue(o.required("account"), AccountRole.class);
    Side side = enumValue(o.required("side"), Side.class);
    Money amount = money(o.required("amount"));
    In referenceIn = o.required("reference");
    TextIdType type = enumValue(o.required("referenceType"), TextIdType.class);
    TextId reference = textId(referenceIn, type::id);
    Optional<CustomerId> customer = o.optional("customer").map(Values::customerId);
    o.end();
    return in.build(() -> new JournalLine(posting, date, account, side, amount, reference, customer));
  }

  static void posting(Out out, Posting p) {
    out.gen.writeStartObject();
    out.number("number", p.number());
    out.string("operation", p.operation());
    out.string("date", p.date());
    out.list("lines", p.lines(), Values::journalLine);
    out.list("items", p.items(), Values::itemState);
    out.list("payments", p.payments(), Values::paymentState);
    out.list("applications", p.applications(), Values::application);
    out.list("adjustments", p.adjustments(), Values::adjustment);
    out.optional("deduction", p.deduction(), Values::deduction);
    out.gen.writeEndObject();
  }

  static Posting posting(In in) {
    In.Obj o = in.object();
    long number = o.required("number").integer();
    Operation operation = enumValue(o.required("operation"), Operation.class);
    LocalDate date = date(o.required("date"));
    List<JournalLine> lines = map(o.list("lines"), Values::journalLine);
    List<ItemState> items = map(o.list("items"), Values::itemState);
    List<PaymentState> payments = map(o.list("payments"), Values::paymentState);
    List<Application> applications = map(o.list("applications"), Values::application);
    List<Adjustment> adjustments = map(o.list("adjustments"), Values::adjustment);
    Optional<Deduction> deduction = o.optional("deduction").map(Values::deduction);
    o.end();
    return in.build(() -> new Posting(number, operation, date, lines, items, payments, applications, adjustments,
        deduction));
  }

  static void logEntry(Out out, LogEntry e) {
    out.gen.writeStartObject();
    out.number("sequence", e.sequence());
    out.value("command", e.command(), Commands::write);
    out.value("posting", e.posting(), Values::posting);
    out.gen.writeEndObject();
  }

  static LogEntry logEntry(In in) {
    In.Obj o = in.object();
    long sequence = o.required("sequence").integer();
    LedgerCommand command = Commands.read(o.required("command"), LedgerCommand.class);
    Posting posting = posting(o.required("posting"));
    o.end();
    return in.build(() -> new LogEntry(sequence, command, posting));
  }

  static void customerBalance(Out out, CustomerBalance b) {
    out.gen.writeStartObject();
    out.string("customer", b.customer());
    out.value("openItems", b.openItems(), Values::totals);
    out.value("openDeductions", b.openDeductions(), Values::totals);
    out.value("unappliedCash", b.unappliedCash(), Values::totals);
    out.value("onAccount", b.onAccount(), Values::totals);
    out.gen.writeEndObject();
  }

  static CustomerBalance customerBalance(In in) {
    In.Obj o = in.object();
    CustomerId customer = customerId(o.required("customer"));
    MoneyTotals openItems = totals(o.required("openItems"));
    MoneyTotals openDeductions = totals(o.required("openDeductions"));
    MoneyTotals unapplied = totals(o.required("unappliedCash"));
    MoneyTotals onAccount = totals(o.required("onAccount"));
    o.end();
    return in.build(() -> new CustomerBalance(customer, openItems, openDeductions, unapplied, onAccount));
  }

  static <T> List<T> map(List<In> elements, Function<In, T> reader) {
    List<T> result = new ArrayList<>(elements.size());
    elements.forEach(e -> result.add(reader.apply(e)));
    return result;
  }
}
