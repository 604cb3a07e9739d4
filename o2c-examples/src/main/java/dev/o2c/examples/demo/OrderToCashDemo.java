package dev.o2c.examples.demo;

import dev.o2c.core.domain.Application;
import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.Deduction;
import dev.o2c.core.domain.DeductionReason;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DeductionId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.id.PaymentId;
import dev.o2c.core.ledger.AccountRole;
import dev.o2c.core.ledger.ApplyPayment;
import dev.o2c.core.ledger.CustomerBalance;
import dev.o2c.core.ledger.IdentifyPayer;
import dev.o2c.core.ledger.ItemState;
import dev.o2c.core.ledger.JournalLine;
import dev.o2c.core.ledger.LedgerCommand;
import dev.o2c.core.ledger.LedgerException;
import dev.o2c.core.ledger.LedgerView;
import dev.o2c.core.ledger.OffsetCreditMemo;
import dev.o2c.core.ledger.OpenDeduction;
import dev.o2c.core.ledger.PaymentState;
import dev.o2c.core.ledger.PostItem;
import dev.o2c.core.ledger.Posting;
import dev.o2c.core.ledger.ReceivablesLedger;
import dev.o2c.core.ledger.ReceivePayment;
import dev.o2c.core.ledger.RegisterCustomers;
import dev.o2c.core.ledger.ReturnPayment;
import dev.o2c.core.ledger.Side;
import dev.o2c.core.money.Money;
import dev.o2c.core.money.MoneyTotals;
import dev.o2c.examples.csv.CsvException;
import dev.o2c.examples.text.Amounts;
import dev.o2c.examples.text.TextTable;
import dev.o2c.matching.ledger.StatementPostings;
import dev.o2c.matching.statement.Statement;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import javax.money.CurrencyUnit;

/**
 * Runs the order-to-cash flow of a {@link DemoData} set through a {@link ReceivablesLedger} and
 * prints what happened: customers, items posted, every payment with what was done with it, open
 * items and balances per customer, deductions, cash not applied, the trial balance of the journal
 * and whether the books balance.
 *
 * <p>Events run in date order (items on their document date, payments on their value date, then
 * the decisions of that day in script order). Payers are identified by the account they pay from;
 * a payment from an unknown account goes to suspense. Nothing reads the clock: the report is as of
 * {@link DemoData#asOf()}, so the same data always prints the same text.
 *
 * <pre>{@code
 * OrderToCashDemo demo = OrderToCashDemo.run(DemoData.embedded());
 * demo.print(new PrintWriter(System.out, true));
 * }</pre>
 */
public final class OrderToCashDemo {

  private final DemoData data;
  private final ReceivablesLedger ledger;
  private final Map<CustomerId, Customer> customers = new LinkedHashMap<>();
  private final Map<String, CustomerId> customerByAccount = new HashMap<>();
  /** The ledger's payment id of each bank reference, as the decisions name payments by the bank's reference. */
  private final Map<String, PaymentId> paymentByReference = new HashMap<>();
  /** What happened to each payment, keyed by bank reference in the order received. */
  private final Map<String, List<String[]>> activity = new LinkedHashMap<>();
  private final List<String[]> otherPostings = new ArrayList<>();
  private final List<String> unmatched = new ArrayList<>();
  private int deductionCount;

  private OrderToCashDemo(DemoData data, ReceivablesLedger ledger) {
    this.data = data;
    this.ledger = ledger;
  }

  /**
   * Runs a data set through a new in-memory ledger.
   *
   * @param data the data set
   * @return the finished run, ready to print or inspect
   * @throws CsvException if the ledger refuses an item, payment or decision of the data set (the
   *     message names the file, the line where known, and the ledger's reason)
   */
  public static OrderToCashDemo run(DemoData data) {
    return run(data, ReceivablesLedger.create());
  }

  /**
   * Runs a data set through a ledger. A ledger that already holds the data set's books (a demo run
   * before, reopened from its log) is only reported on: nothing is posted twice.
   *
   * @param data the data set
   * @param ledger an empty ledger, or one holding exactly an earlier run of this data set
   * @return the finished run, ready to print or inspect
   * @throws CsvException if the ledger refuses an item, payment or decision of the data set
   * @throws IllegalStateException if the ledger holds something else
   */
  public static OrderToCashDemo run(DemoData data, ReceivablesLedger ledger) {
    OrderToCashDemo demo = new OrderToCashDemo(Objects.requireNonNull(data, "data"), ledger);
    boolean empty = ledger.lastPostingNumber() == 0;
    if (!empty && !data.items().stream().allMatch(i -> ledger.item(i.documentNumber()).isPresent())) {
      throw new IllegalStateException("the ledger holds other books than this data set's; use an empty one");
    }
    demo.execute(empty);
    return demo;
  }

  /** {@return the ledger after the run} */
  public ReceivablesLedger ledger() {
    return ledger;
  }

  /** {@return the data set that was run} */
  public DemoData data() {
    return data;
  }

  /** {@return statement transactions that looked like returns but matched no payment, with the reason} */
  public List<String> unmatched() {
    return unmatched;
  }

  // ------------------------------------------------------------------ running

  private void execute(boolean post) {
    for (Customer customer : data.customers()) {
      customers.put(customer.id(), customer);
      customer.bankAccounts().forEach(a -> customerByAccount.put(normalise(a), customer.id()));
    }
    List<Event> events = new ArrayList<>();
    int seq = 0;
    LocalDate firstDay = data.items().stream().map(OpenItem::documentDate).min(Comparator.naturalOrder())
        .orElse(data.asOf());
    RegisterCustomers registration = RegisterCustomers.builder().date(firstDay).addAllCustomers(data.customers())
        .build();
    events.add(new Event(firstDay, -1, seq++, () -> attempt(() -> ledger.post(registration), "customers.csv", 0)));
    for (OpenItem item : data.items()) {
      events.add(new Event(item.documentDate(), 0, seq++, () -> attempt(() -> ledger.post(PostItem.of(item)),
          "items.csv", 0)));
    }
    for (Statement statement : data.statement().statements()) {
      StatementPostings postings = StatementPostings.of(statement, ReceivablesLedger.create());
      unmatched.addAll(postings.unmatched());
      for (LedgerCommand command : postings.commands()) {
        if (command instanceof ReceivePayment) {
          Payment payment = ((ReceivePayment) command).payment();
          paymentByReference.put(payment.bankReference().toString(), payment.id());
          events.add(new Event(payment.valueDate(), 1, seq++, () -> receive(payment)));
        } else {
          events.add(new Event(command.date(), 1, seq++, () -> returned((ReturnPayment) command)));
        }
      }
    }
    for (CashStep step : data.steps()) {
      events.add(new Event(step.date(), 2, seq++, () -> decide(step)));
    }
    events.sort(Comparator.comparing(Event::date).thenComparingInt(Event::rank).thenComparingInt(Event::seq));
    if (post) {
      events.forEach(e -> e.action().run());
    } else {
      describeFromLedger();
    }
    for (PaymentState state : ledger.payments()) {
      Money left = state.unapplied().plus(state.onAccount()).plus(state.suspense());
      if (left.isPositive()) {
        boolean suspense = state.suspense().isPositive();
        activity(state.payment().bankReference().toString(), data.asOf(), suspense ? "in suspense" : "unapplied", "",
            customerOf(state.payment()), state.amount().currency(), left, null, null,
            suspense ? "payer still unknown" : "no item to apply to; awaiting instructions");
      }
    }
  }

  /** A reopened ledger: the payments section says what the ledger holds, since the decisions were taken before. */
  private void describeFromLedger() {
    for (PaymentState state : ledger.payments()) {
      Payment p = state.payment();
      activity(p.bankReference().toString(), p.valueDate(), "received", "", customerOf(p), p.amount().currency(),
          p.amount(), null, null, "from the ledger's log");
    }
  }

  private void receive(Payment bankLine) {
    Optional<CustomerId> payer = bankLine.payerAccount().map(a -> customerByAccount.get(normalise(a)));
    Payment payment = payer.map(bankLine::withCustomerId).orElse(bankLine);
    attempt(() -> ledger.post(ReceivePayment.of(payment)), "statement.xml", 0);
    StringJoiner note = new StringJoiner(", ");
    bankLine.payerName().ifPresent(note::add);
    bankLine.payerAccount().ifPresent(note::add);
    if (!bankLine.remittance().text().isEmpty()) {
      note.add("\"" + bankLine.remittance().text() + "\"");
    }
    activity(payment.bankReference().toString(), payment.valueDate(), payer.isPresent() ? "received" : "to suspense",
        "", payer.map(CustomerId::toString).orElse("?"), payment.amount().currency(), payment.amount(), null, null,
        (payer.isPresent() ? "" : "account not on file: ") + note);
  }

  private void returned(ReturnPayment command) {
    Posting p = attempt(() -> ledger.post(command), "statement.xml", 0);
    PaymentState state = p.payments().get(0);
    StringJoiner reversed = new StringJoiner(", ");
    p.applications().forEach(a -> reversed.add(a.documentNumber().toString()));
    String what = command.reason().map(r -> r + " ").orElse("") + "returned by the bank"
        + (p.applications().isEmpty() ? "" : "; reopened " + reversed);
    activity(state.payment().bankReference().toString(), command.date(), "returned", "", customerOf(state.payment()),
        state.amount().currency(), state.returned(), null, null, what);
  }

  private PaymentId payment(CashStep step) {
    String reference = step.paymentRef().orElse("");
    PaymentId id = paymentByReference.get(reference);
    if (id == null) {
      throw new CsvException("cash-application.csv", step.line(), "payment_ref " + reference
          + " is no bank reference of a payment in statement.xml");
    }
    return id;
  }

  private void decide(CashStep step) {
    String reference = step.paymentRef().orElse("");
    Optional<String> note = step.note().filter(n -> !n.isEmpty());
    switch (step.action()) {
      case APPLY: {
        CurrencyUnit currency = currencyOfItem(step);
        ApplyPayment.Builder apply = ApplyPayment.builder().payment(payment(step)).item(item(step))
            .applied(money(step, step.amount(), currency)).smallDifference(money(step, step.writeOff(), currency))
            .date(step.date()).reason(note);
        step.discount().ifPresent(d -> apply.discount(money(step, Optional.of(d), currency)));
        Posting p = attempt(() -> ledger.post(apply.build()), step);
        Application a = p.application();
        activity(reference, step.date(), "applied", a.documentNumber().toString(),
            customerOfItem(a.documentNumber()), currency, a.applied(), a.discount(), a.smallDifference(),
            note.orElse(""));
        break;
      }
      case DEDUCT: {
        CurrencyUnit currency = currencyOfItem(step);
        DeductionId id = DeductionId.of("DED-" + (deductionCount + 1));
        OpenDeduction.Builder deduction = OpenDeduction.builder().deduction(id).item(item(step))
            .amount(money(step, step.amount(), currency)).reason(reason(step)).date(step.date()).note(note);
        if (step.paymentRef().isPresent()) {
          deduction.payment(payment(step));
        }
        Posting p = attempt(() -> ledger.post(deduction.build()), step);
        deductionCount++;
        Deduction d = p.deduction().orElseThrow();
        activity(reference, step.date(), "deduction " + d.id(), d.documentNumber().toString(),
            d.customerId().toString(), currency, d.amount(), null, null,
            d.reason() + note.map(n -> ": " + n).orElse(""));
        break;
      }
      case IDENTIFY: {
        CustomerId customer = CustomerId.of(step.customerId().get());
        Posting p = attempt(() -> ledger.post(IdentifyPayer.of(payment(step), customer, step.date())), step);
        PaymentState state = p.payments().get(0);
        activity(reference, step.date(), "identified", "", customer.toString(), state.amount().currency(),
            state.unapplied(), null, null, "suspense to unapplied cash" + note.map(n -> "; " + n).orElse(""));
        break;
      }
      case RETURN: {
        Posting p = attempt(() -> ledger.post(ReturnPayment.builder().payment(payment(step)).date(step.date())
            .reason(step.reason()).build()), step);
        PaymentState state = p.payments().get(0);
        StringJoiner reversed = new StringJoiner(", ");
        p.applications().forEach(a -> reversed.add(a.documentNumber().toString()));
        String what = step.reason().map(r -> r + " ").orElse("") + note.orElse("")
            + (p.applications().isEmpty() ? "" : "; reopened " + reversed);
        activity(reference, step.date(), "returned", "", customerOf(state.payment()), state.amount().currency(),
            state.amount(), null, null, what.strip());
        break;
      }
      default: {
        CurrencyUnit currency = currencyOfItem(step);
        DocumentNumber memo = DocumentNumber.of(step.creditMemoId().get());
        Posting p = attempt(() -> ledger.post(OffsetCreditMemo.of(memo, item(step),
            money(step, step.amount(), currency), step.date())), step);
        otherPostings.add(new String[] {step.date().toString(), "credit memo offset", memo + " against "
            + item(step), customerOfItem(item(step)), p.adjustments().get(0).amount().toString(), note.orElse("")});
        break;
      }
    }
  }

  private void activity(String payment, LocalDate date, String what, String item, String customer,
      CurrencyUnit currency, Money amount, Money discount, Money writeOff, String note) {
    activity.computeIfAbsent(payment, k -> new ArrayList<>()).add(new String[] {
        payment, date.toString(), what, item, customer, currency.getCurrencyCode(), Amounts.grouped(amount),
        discount == null || discount.isZero() ? "" : Amounts.grouped(discount),
        writeOff == null || writeOff.isZero() ? "" : Amounts.grouped(writeOff), note});
  }

  private static DocumentNumber item(CashStep step) {
    return DocumentNumber.of(step.itemId().get());
  }

  private CurrencyUnit currencyOfItem(CashStep step) {
    return ledger.item(item(step)).map(s -> s.original().currency()).orElseThrow(() ->
        new CsvException("cash-application.csv", step.line(), "item " + item(step) + " is not posted"));
  }

  private String customerOfItem(DocumentNumber documentNumber) {
    return ledger.item(documentNumber).map(s -> s.item().customerId().toString()).orElse("?");
  }

  private static String customerOf(Payment payment) {
    return payment.customerId().map(CustomerId::toString).orElse("?");
  }

  private static Money money(CashStep step, Optional<BigDecimal> value, CurrencyUnit currency) {
    try {
      return Money.of(currency, value.orElse(BigDecimal.ZERO));
    } catch (ArithmeticException e) {
      throw new CsvException("cash-application.csv", step.line(), "amount " + value.orElseThrow().toPlainString()
          + " " + dev.o2c.examples.csv.CsvMoney.whyNotExact(value.orElseThrow(), currency));
    }
  }

  private static DeductionReason reason(CashStep step) {
    try {
      return DeductionReason.valueOf(step.reason().orElse("OTHER").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CsvException("cash-application.csv", step.line(), "reason " + step.reason().orElse("")
          + " is not a deduction reason");
    }
  }

  private static String normalise(String account) {
    return account.replace(" ", "").toUpperCase(Locale.ROOT);
  }

  private static <T> T attempt(Supplier<T> operation, CashStep step) {
    return attempt(operation, "cash-application.csv", step.line());
  }

  private static <T> T attempt(Supplier<T> operation, String source, long line) {
    try {
      return operation.get();
    } catch (LedgerException e) {
      throw new CsvException(source, line, "the ledger refused: " + e.getMessage());
    }
  }

  /** One thing to do on a day; rank orders items before payments before decisions. */
  private record Event(LocalDate date, int rank, int seq, Runnable action) {}

  // ------------------------------------------------------------------ checks

  /**
   * Checks that the books balance as of the report date: in every currency the journal's debits
   * equal its credits, the receivables account equals the sum of all open items, and the cash,
   * unapplied-cash, on-account and suspense accounts equal what the payments hold.
   *
   * @return the problems found, empty when the books balance
   */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    Map<AccountRole, Map<CurrencyUnit, long[]>> trial = trialBalance();
    Map<CurrencyUnit, long[]> totals = totals(trial);
    totals.forEach((currency, dc) -> {
      if (dc[0] != dc[1]) {
        problems.add(currency.getCurrencyCode() + " debits " + Money.ofMinor(currency, dc[0]) + " differ from credits "
            + Money.ofMinor(currency, dc[1]));
      }
    });
    Map<CurrencyUnit, Long> openItems = new HashMap<>();
    for (Customer customer : customers.values()) {
      for (OpenItem item : ledger.asOf(data.asOf()).openItems(customer.id())) {
        openItems.merge(item.openAmount().currency(), item.openAmount().minorUnits(), Math::addExact);
      }
    }
    compare(problems, "receivables", net(trial, AccountRole.RECEIVABLES), openItems);
    Map<CurrencyUnit, Long> cash = new HashMap<>();
    Map<CurrencyUnit, Long> unapplied = new HashMap<>();
    Map<CurrencyUnit, Long> onAccount = new HashMap<>();
    Map<CurrencyUnit, Long> suspense = new HashMap<>();
    for (PaymentState p : ledger.payments()) {
      if (p.payment().valueDate().isAfter(data.asOf())) {
        continue;
      }
      CurrencyUnit c = p.amount().currency();
      cash.merge(c, p.amount().minus(p.returned()).minus(p.refunded()).minorUnits(), Math::addExact);
      unapplied.merge(c, -p.unapplied().minorUnits(), Math::addExact);
      onAccount.merge(c, -p.onAccount().minorUnits(), Math::addExact);
      suspense.merge(c, -p.suspense().minorUnits(), Math::addExact);
    }
    compare(problems, "cash", net(trial, AccountRole.CASH), cash);
    compare(problems, "unapplied cash", net(trial, AccountRole.UNAPPLIED_CASH), unapplied);
    compare(problems, "on account", net(trial, AccountRole.ON_ACCOUNT), onAccount);
    compare(problems, "suspense", net(trial, AccountRole.SUSPENSE), suspense);
    return problems;
  }

  private static void compare(List<String> problems, String what, Map<CurrencyUnit, Long> journal,
      Map<CurrencyUnit, Long> subLedger) {
    TreeSet<String> codes = new TreeSet<>();
    Map<String, CurrencyUnit> byCode = new HashMap<>();
    for (CurrencyUnit c : journal.keySet()) {
      codes.add(c.getCurrencyCode());
      byCode.put(c.getCurrencyCode(), c);
    }
    for (CurrencyUnit c : subLedger.keySet()) {
      codes.add(c.getCurrencyCode());
      byCode.put(c.getCurrencyCode(), c);
    }
    for (String code : codes) {
      CurrencyUnit c = byCode.get(code);
      long j = journal.getOrDefault(c, 0L);
      long s = subLedger.getOrDefault(c, 0L);
      if (j != s) {
        problems.add(what + " account " + Money.ofMinor(c, j) + " differs from the items/payments "
            + Money.ofMinor(c, s));
      }
    }
  }

  /** {@return debit and credit sums in minor units, per account role and currency, up to the report date} */
  private Map<AccountRole, Map<CurrencyUnit, long[]>> trialBalance() {
    Map<AccountRole, Map<CurrencyUnit, long[]>> trial = new EnumMap<>(AccountRole.class);
    for (JournalLine line : ledger.journal()) {
      if (line.date().isAfter(data.asOf())) {
        continue;
      }
      long[] dc = trial.computeIfAbsent(line.account(), k -> new TreeMap<>(BY_CODE))
          .computeIfAbsent(line.amount().currency(), k -> new long[2]);
      dc[line.side() == Side.DEBIT ? 0 : 1] += line.amount().minorUnits();
    }
    return trial;
  }

  private static Map<CurrencyUnit, long[]> totals(Map<AccountRole, Map<CurrencyUnit, long[]>> trial) {
    Map<CurrencyUnit, long[]> totals = new TreeMap<>(BY_CODE);
    trial.values().forEach(perCurrency -> perCurrency.forEach((c, dc) -> {
      long[] t = totals.computeIfAbsent(c, k -> new long[2]);
      t[0] = Math.addExact(t[0], dc[0]);
      t[1] = Math.addExact(t[1], dc[1]);
    }));
    return totals;
  }

  private static Map<CurrencyUnit, Long> net(Map<AccountRole, Map<CurrencyUnit, long[]>> trial, AccountRole role) {
    Map<CurrencyUnit, Long> net = new HashMap<>();
    trial.getOrDefault(role, Map.of()).forEach((c, dc) -> net.put(c, Math.subtractExact(dc[0], dc[1])));
    return net;
  }

  private static final Comparator<CurrencyUnit> BY_CODE = Comparator.comparing(CurrencyUnit::getCurrencyCode);

  // ------------------------------------------------------------------ printing

  /**
   * Prints the readable summary of the run. The text depends only on the data set.
   *
   * @param out where to print; flushed, not closed
   */
  public void print(PrintWriter out) {
    Objects.requireNonNull(out, "out");
    long payments = ledger.payments().size();
    out.println("o2c demo: order to cash as of " + data.asOf() + " (" + data.customers().size() + " customers, "
        + data.items().size() + " items, " + payments + " payments from statement.xml, " + data.steps().size()
        + " cash-application decisions)");
    out.println();
    printCustomers(out);
    printItems(out);
    printPayments(out);
    EngineDecisions.print(out, data);
    printOpenItems(out);
    printBalances(out);
    printDeductions(out);
    printCashNotApplied(out);
    ReceivablesFigures.print(out, ledger, data.asOf());
    CollectionsRun.print(out, ledger, data.customers(), data.asOf());
    printTrialBalance(out);
    List<String> problems = problems();
    if (problems.isEmpty()) {
      out.println("Books balance: debits equal credits in " + totalsLine(totals(trialBalance()))
          + "; receivables equal the open items; cash, unapplied cash and suspense equal what the payments hold.");
    } else {
      out.println("Books DO NOT balance: " + String.join("; ", problems));
    }
    out.flush();
  }

  private void printCustomers(PrintWriter out) {
    TextTable t = new TextTable().left("Customer").left("Name").left("Currency").left("Parent").left("Pays from");
    for (Customer c : customers.values()) {
      t.row(c.id().toString(), c.name(), c.currency().getCurrencyCode(), c.parentId().map(CustomerId::toString).orElse(""),
          String.join(", ", c.bankAccounts()));
    }
    section(out, "Customers (" + t.size() + ")", t);
  }

  private void printItems(PrintWriter out) {
    TextTable t = new TextTable().left("Item").left("Customer").left("Type").left("Document").left("Due")
        .left("Terms").left("Reference").left("Cur").right("Amount");
    for (ItemState s : ledger.items()) {
      OpenItem i = s.item();
      t.row(i.documentNumber().toString(), i.customerId().toString(), i.kind().name(), i.documentDate().toString(), i.dueDate().toString(),
          i.terms().map(Object::toString).orElse(""), i.customerReference().orElse(""),
          i.originalAmount().currency().getCurrencyCode(), Amounts.grouped(i.originalAmount()));
    }
    section(out, "Items posted (" + t.size() + ")", t);
  }

  private void printPayments(PrintWriter out) {
    TextTable t = new TextTable().left("Payment").left("Date").left("What").left("Item").left("Customer").left("Cur")
        .right("Amount").right("Discount").right("Write-off").left("Note");
    activity.values().forEach(rows -> {
      boolean first = true;
      for (String[] row : rows) {
        String[] cells = row.clone();
        if (!first) {
          cells[0] = "";
        }
        first = false;
        t.row(cells);
      }
    });
    section(out, "Payments and what was done with them (" + activity.size() + " payments)", t);
    if (!otherPostings.isEmpty()) {
      TextTable o = new TextTable().left("Date").left("What").left("Items").left("Customer").right("Amount")
          .left("Note");
      otherPostings.forEach(o::row);
      section(out, "Other postings", o);
    }
    TextTable s = new TextTable().left("Payment").left("Customer").left("Cur").right("Received").right("Applied")
        .right("Unapplied").right("On account").right("Suspense").right("Returned");
    for (PaymentState p : ledger.payments()) {
      s.row(p.payment().bankReference().toString(), customerOf(p.payment()), p.amount().currency().getCurrencyCode(),
          Amounts.grouped(p.amount()), Amounts.grouped(p.applied()), Amounts.grouped(p.unapplied()),
          Amounts.grouped(p.onAccount()), Amounts.grouped(p.suspense()), Amounts.grouped(p.returned()));
    }
    section(out, "Where each payment's money is now", s);
  }

  private void printOpenItems(PrintWriter out) {
    TextTable t = new TextTable().left("Customer").left("Item").left("Type").left("Due").right("Days late")
        .left("Cur").right("Original").right("Open");
    for (Customer c : customers.values()) {
      for (OpenItem i : ledger.asOf(data.asOf()).openItems(c.id())) {
        long late = ChronoUnit.DAYS.between(i.dueDate(), data.asOf());
        t.row(c.id().toString(), i.documentNumber().toString(), i.kind().name(), i.dueDate().toString(), late > 0 ? Long.toString(late) : "",
            i.openAmount().currency().getCurrencyCode(), Amounts.grouped(i.originalAmount()),
            Amounts.grouped(i.openAmount()));
      }
    }
    section(out, "Open items as of " + data.asOf() + " (" + t.size() + ")", t);
  }

  private void printBalances(PrintWriter out) {
    TextTable t = new TextTable().left("Customer").left("Name").left("Cur").right("Open items").right("Balance")
        .right("Deductions").right("Unapplied cash").right("On account").right("Net");
    LedgerView view = ledger.asOf(data.asOf());
    for (Customer c : customers.values()) {
      CustomerBalance balance = view.customerBalance(c.id());
      TreeMap<String, CurrencyUnit> currencies = new TreeMap<>();
      currencies.put(c.currency().getCurrencyCode(), c.currency());
      for (MoneyTotals amounts : List.of(balance.openItems(), balance.openDeductions(), balance.unappliedCash(),
          balance.onAccount())) {
        amounts.amounts().forEach(m -> currencies.put(m.currency().getCurrencyCode(), m.currency()));
      }
      List<OpenItem> open = view.openItems(c.id());
      for (CurrencyUnit cur : currencies.values()) {
        long count = open.stream().filter(i -> i.openAmount().currency().equals(cur)).count();
        t.row(c.id().toString(), c.name(), cur.getCurrencyCode(), Long.toString(count),
            Amounts.grouped(balance.openItems().get(cur)), Amounts.grouped(balance.openDeductions().get(cur)),
            Amounts.grouped(balance.unappliedCash().get(cur)), Amounts.grouped(balance.onAccount().get(cur)),
            Amounts.grouped(balance.net().get(cur)));
      }
    }
    section(out, "Balances per customer (net = open items + deductions - unapplied cash - on account)", t);
  }

  private void printDeductions(PrintWriter out) {
    TextTable t = new TextTable().left("Deduction").left("Customer").left("Item").left("Payment").left("Cur")
        .right("Amount").left("Reason").left("Status").left("Note");
    for (Deduction d : ledger.deductions()) {
      t.row(d.id().toString(), d.customerId().toString(), d.documentNumber().toString(),
          d.payment().flatMap(ledger::payment).map(p -> p.payment().bankReference().toString()).orElse(""),
          d.amount().currency().getCurrencyCode(), Amounts.grouped(d.amount()), d.reason().name(), d.status().name(),
          d.note().orElse(""));
    }
    section(out, "Deductions (" + t.size() + ")", t);
  }

  private void printCashNotApplied(PrintWriter out) {
    out.println("Cash not applied");
    LedgerView view = ledger.asOf(data.asOf());
    for (Customer c : customers.values()) {
      MoneyTotals unapplied = view.unappliedCash(c.id());
      MoneyTotals onAccount = view.onAccount(c.id());
      if (!unapplied.isZero()) {
        out.println("  unapplied cash of " + c.id() + " " + c.name() + ": " + Amounts.perCurrency(unapplied));
      }
      if (!onAccount.isZero()) {
        out.println("  on account of " + c.id() + " " + c.name() + ": " + Amounts.perCurrency(onAccount));
      }
    }
    out.println("  suspense (payer unknown): " + Amounts.perCurrency(view.suspense()));
    unmatched.forEach(u -> out.println("  not posted from the statement: " + u));
    out.println();
  }

  private void printTrialBalance(PrintWriter out) {
    Map<AccountRole, Map<CurrencyUnit, long[]>> trial = trialBalance();
    TextTable t = new TextTable().left("Account").left("Cur").right("Debits").right("Credits").right("Balance");
    trial.forEach((role, perCurrency) -> perCurrency.forEach((c, dc) ->
        t.row(role.name(), c.getCurrencyCode(), Amounts.grouped(Money.ofMinor(c, dc[0])),
            Amounts.grouped(Money.ofMinor(c, dc[1])), drCr(Money.ofMinor(c, dc[0] - dc[1])))));
    totals(trial).forEach((c, dc) -> t.footer("Total", c.getCurrencyCode(), Amounts.grouped(Money.ofMinor(c, dc[0])),
        Amounts.grouped(Money.ofMinor(c, dc[1])), drCr(Money.ofMinor(c, dc[0] - dc[1]))));
    section(out, "Trial balance of the journal as of " + data.asOf(), t);
  }

  private static String drCr(Money net) {
    if (net.isZero()) {
      return Amounts.grouped(net) + "   ";
    }
    return Amounts.grouped(net.abs()) + (net.isPositive() ? " Dr" : " Cr");
  }

  private static String totalsLine(Map<CurrencyUnit, long[]> totals) {
    StringJoiner joiner = new StringJoiner(" and ");
    totals.forEach((c, dc) -> joiner.add(c.getCurrencyCode() + " (" + Amounts.grouped(Money.ofMinor(c, dc[0])) + ")"));
    return joiner.toString();
  }

  private static void section(PrintWriter out, String title, TextTable table) {
    out.println(title);
    if (table.size() == 0) {
      out.println("  none");
    } else {
      out.print(table.render("  "));
    }
    out.println();
  }
}
