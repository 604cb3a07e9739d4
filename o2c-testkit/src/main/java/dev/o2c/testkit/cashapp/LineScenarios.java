package dev.o2c.testkit.cashapp;

import static dev.o2c.testkit.cashapp.WorldCurrencies.UNIT;
import static dev.o2c.testkit.cashapp.WorldCurrencies.decimal;

import dev.o2c.core.domain.DeductionReason;
import dev.o2c.core.money.Money;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Draws the truth of each bank line by its {@link CashAppScenario}: which open items it pays, how
 * much, who pays, which reference kind the remittance will carry, and the text the payer adds. It
 * keeps the lines drawn so far, which duplicates and returns repeat.
 */
final class LineScenarios {

  static final DeductionReason[] REASONS = {
    DeductionReason.PRICING, DeductionReason.SHORTAGE, DeductionReason.DAMAGE, DeductionReason.PROMOTION,
    DeductionReason.DUPLICATE_BILLING, DeductionReason.CHARGEBACK, DeductionReason.OTHER
  };
  /** The remittance codes of {@link #REASONS}, index for index. */
  static final String[] REASON_CODES = {"PRIC", "SHRT", "DAMG", "PROM", "DUPL", "CHBK", "OTHR"};
  private static final String[] REASON_WORDS = {
    "price difference", "short delivery", "damaged goods", "promotion", "billed twice", "chargeback", "other"
  };
  private static final String[] THIRD_PARTIES = {
    "PayFlow Europe Ltd", "Factoring Partner Bank AG", "Treasury Services Centre", "Global Payables Hub B.V.",
    "Shared Service Center Kraków", "Nordic Payment Solutions AB", "Gulf Settlement Co. W.L.L.",
    "Tokyo Remittance K.K.", "Zahlungsdienst Süd GmbH", "Euro Clearing Agent S.A."
  };
  private static final String[] PRIVATE_FIRST = {"Anna", "Ben", "Carla", "David", "Eva", "Felix", "Greta", "Hugo"};
  private static final String[] PRIVATE_LAST = {"Novak", "Berg", "Peeters", "Visser", "Lambert", "Moreau", "Smit"};

  private final CashAppConfig config;
  private final WorldDraws r;
  private final CustomerBook book;
  private final OpenInvoices open;

  // the statement so far
  private final List<BankLine> lines = new ArrayList<>();
  private final List<LineTruth> truths = new ArrayList<>();
  private final List<Integer> singleRefLines = new ArrayList<>();
  private final List<Integer> returnableLines = new ArrayList<>();

  LineScenarios(CashAppConfig config, WorldDraws r, CustomerBook book, OpenInvoices open) {
    this.config = config;
    this.r = r;
    this.book = book;
    this.open = open;
  }

  /** {@return the reason index of a deduction reason, or -1 for none} */
  static int reasonIndex(DeductionReason reason) {
    return reason == null ? -1 : Arrays.asList(REASONS).indexOf(reason);
  }

  List<BankLine> lines() {
    return lines;
  }

  List<LineTruth> truths() {
    return truths;
  }

  /** Adds a rendered line and its truth to the statement, for later duplicates and returns to draw on. */
  void record(BankLine line, LineTruth truth) {
    int index = lines.size();
    lines.add(line);
    truths.add(truth);
    if (truth.scenario() == CashAppScenario.SINGLE_WITH_REFERENCE) {
      singleRefLines.add(index);
    }
    if (truth.credit() && truth.hasMatch() && truth.scenario() != CashAppScenario.PARTIAL) {
      returnableLines.add(index);
    }
  }

  /** Draws the truth of one line of a scenario; false if the items left cannot serve it or a fallback. */
  boolean draft(LineDraft d, CashAppScenario scenario) {
    d.scenario = scenario;
    switch (scenario) {
      case SINGLE_WITH_REFERENCE:
        return single(d, true);
      case SINGLE_WITHOUT_REFERENCE:
        return single(d, false);
      case MULTI_WITH_REMITTANCE:
        return multi(d, true);
      case MULTI_WITHOUT_REMITTANCE:
        return multi(d, false);
      case PARTIAL:
        return partial(d);
      case SHORT_PAY_DEDUCTION:
        return shortPay(d);
      case CASH_DISCOUNT:
        return cashDiscount(d);
      case BANK_FEE:
        return bankFee(d);
      case OVERPAYMENT:
        return overpayment(d);
      case DUPLICATE:
        return duplicate(d);
      case THIRD_PARTY_PAYER:
        return thirdParty(d);
      case UNIDENTIFIABLE:
        unidentifiable(d);
        return true;
      case RETURN:
        return returned(d);
      default:
        return otherCurrency(d);
    }
  }

  private void payerOf(LineDraft d, int item) {
    int c = book.itemCust[item];
    d.payer = c;
    d.shownPayer = c;
    d.currency = book.custCurrency[c];
  }

  /** 80 % of #5-#9 and #14 lines carry a reference. */
  private void maybeReference(LineDraft d) {
    d.kind = r.chance(0.80) ? referenceKind(d.listed.size() > 1)
        : r.chance(0.5) ? ReferenceKind.NONE : ReferenceKind.UNUSABLE;
  }

  private ReferenceKind referenceKind(boolean several) {
    double structured = config.difficulty() == Difficulty.HARD ? 0 : config.profile().structuredShare();
    if (r.chance(structured)) {
      if (several) {
        return ReferenceKind.STRUCTURED_DOCUMENTS;
      }
      return config.profile() == BenchmarkProfile.EU_SEPA || r.chance(0.5)
          ? ReferenceKind.STRUCTURED_CREDITOR_REFERENCE : ReferenceKind.STRUCTURED_DOCUMENTS;
    }
    int x = r.nextInt(100);
    return x < 60 ? ReferenceKind.INVOICE_NUMBER : x < 70 ? ReferenceKind.PO_NUMBER : ReferenceKind.MIXED_WORDS;
  }

  private boolean single(LineDraft d, boolean withReference) {
    int k = open.pickRegular(d.day);
    if (k < 0) {
      return false;
    }
    d.scenario = withReference ? CashAppScenario.SINGLE_WITH_REFERENCE : CashAppScenario.SINGLE_WITHOUT_REFERENCE;
    d.detail = "";
    d.suffix = "";
    open.take(k);
    payerOf(d, k);
    d.amount = book.itemAmount[k];
    d.allocate(k, book.itemAmount[k], 0, 0, null, 0, 0);
    d.listed.add(k);
    if (withReference) {
      d.kind = referenceKind(false);
    } else {
      d.kind = r.chance(0.6) ? ReferenceKind.NONE : ReferenceKind.UNUSABLE;
    }
    return true;
  }

  private int multiCount(boolean withRemittance) {
    int x = r.nextInt(100);
    if (withRemittance) {
      return x < 40 ? 2 : x < 75 ? r.between(3, 5) : x < 95 ? r.between(6, 20) : r.between(21, 100);
    }
    return x < 50 ? 2 : x < 90 ? r.between(3, 5) : r.between(6, 10);
  }

  private boolean multi(LineDraft d, boolean withRemittance) {
    int want = multiCount(withRemittance);
    List<Integer> openItems = null;
    for (int attempt = 0; attempt < 30; attempt++) {
      int anchor = open.pickRegular(d.day);
      if (anchor < 0) {
        return false;
      }
      List<Integer> candidate = open.openInvoices(book.itemCust[anchor], d.day);
      if (openItems == null || candidate.size() > openItems.size()) {
        openItems = candidate;
      }
      if (openItems.size() >= want) {
        break;
      }
    }
    if (openItems == null || openItems.size() < 2) {
      return single(d, withRemittance);
    }
    int k = Math.min(want, openItems.size());
    List<Integer> chosen;
    if (!withRemittance && r.chance(0.60)) {
      chosen = new ArrayList<>(openItems.subList(0, k));
      d.detail = "k=" + k + " oldest-first";
    } else {
      List<Integer> pool = new ArrayList<>(openItems);
      chosen = new ArrayList<>();
      for (int j = 0; j < k; j++) {
        chosen.add(pool.remove(r.nextInt(pool.size())));
      }
      chosen.sort(null);
      d.detail = "k=" + k + (withRemittance ? "" : " arbitrary");
    }
    payerOf(d, chosen.get(0));
    long total = 0;
    for (int item : chosen) {
      open.take(item);
      d.allocate(item, book.itemAmount[item], 0, 0, null, 0, 0);
      d.listed.add(item);
      total += book.itemAmount[item];
    }
    if (withRemittance && r.chance(0.25)) {
      int c = book.itemCust[chosen.get(0)];
      for (int m = book.custStart[c]; m < book.custEnd[c] && book.itemDay[m] <= d.day; m++) {
        if (book.itemMemo[m] && !open.isTaken(m) && -book.itemAmount[m] * 2 < total) {
          open.take(m);
          d.allocate(m, book.itemAmount[m], 0, 0, null, 0, 0);
          d.listed.add(m);
          total += book.itemAmount[m];
          d.detail += " with credit memo";
          break;
        }
      }
    }
    d.amount = total;
    if (withRemittance) {
      d.kind = referenceKind(true);
      if (r.chance(0.10) && d.listed.size() > 1) {
        int drop = r.between(1, Math.max(1, d.listed.size() / 2));
        for (int j = 0; j < drop; j++) {
          d.listed.remove(r.nextInt(d.listed.size()));
        }
        d.detail += " lists " + d.listed.size() + " of " + d.allocations.size();
      }
    } else {
      d.kind = r.chance(0.7) ? ReferenceKind.NONE : ReferenceKind.UNUSABLE;
    }
    return true;
  }

  private boolean partial(LineDraft d) {
    int k = open.pickRegular(d.day);
    if (k < 0) {
      return false;
    }
    long a = book.itemAmount[k];
    long paid;
    if (r.chance(0.7)) {
      paid = a * r.between(30, 90) / 100;
      d.suffix = r.chance(0.5) ? " partial payment" : "";
      d.detail = "part";
    } else {
      int parts = r.between(2, 4);
      paid = a / parts;
      d.suffix = " instalment 1/" + parts;
      d.detail = "instalment 1/" + parts;
    }
    if (paid <= 0 || paid >= a) {
      return single(d, true);
    }
    open.take(k);
    payerOf(d, k);
    d.amount = paid;
    d.allocate(k, paid, 0, 0, null, 0, 0);
    d.listed.add(k);
    maybeReference(d);
    return true;
  }

  private boolean shortPay(LineDraft d) {
    int k = open.pickRegular(d.day);
    if (k < 0) {
      return false;
    }
    long a = book.itemAmount[k];
    long unit = UNIT[book.custCurrency[book.itemCust[k]]];
    long deduction = r.chance(0.30) ? r.between(5, 100) * unit : a * r.between(5, 150) / 1000;
    if (deduction <= 0 || deduction >= a) {
      return single(d, true);
    }
    open.take(k);
    payerOf(d, k);
    int reason = r.nextInt(REASONS.length);
    d.amount = a - deduction;
    d.allocate(k, a - deduction, 0, deduction, REASONS[reason], 0, 0);
    d.listed.add(k);
    d.reasonGiven = r.chance(0.5);
    if (d.reasonGiven) {
      d.suffix = " less " + decimal(deduction, book.custCurrency[book.itemCust[k]]) + " " + REASON_CODES[reason] + " "
          + REASON_WORDS[reason];
    }
    d.detail = d.reasonGiven ? "reason given" : "no reason";
    maybeReference(d);
    return true;
  }

  private boolean cashDiscount(LineDraft d) {
    boolean earned = r.nextInt(65) < 50;
    int k = earned ? open.pickDiscount(d.day, 0, 10, r.between(0, 10))
        : open.pickDiscount(d.day, 11, 45, r.between(11, 45));
    if (k < 0) {
      return single(d, true);
    }
    long a = book.itemAmount[k];
    long disc = (a * 2 + 50) / 100;
    if (disc <= 0 || disc >= a) {
      return single(d, true);
    }
    open.take(k);
    payerOf(d, k);
    d.amount = a - disc;
    if (earned) {
      d.allocate(k, a - disc, disc, 0, null, 0, 0);
      d.detail = "earned";
    } else {
      d.allocate(k, a - disc, 0, disc, DeductionReason.OTHER, 0, 0);
      d.detail = "unearned discount";
      d.unearnedDiscount = true;
    }
    d.listed.add(k);
    if (r.chance(0.5)) {
      d.suffix = r.chance(0.5) ? " less 2% discount"
          : " abzgl. 2% Skonto " + decimal(disc, book.custCurrency[book.itemCust[k]]);
    }
    maybeReference(d);
    return true;
  }

  private boolean bankFee(LineDraft d) {
    int k = open.pickRegular(d.day);
    if (k < 0) {
      return false;
    }
    long a = book.itemAmount[k];
    long unit = UNIT[book.custCurrency[book.itemCust[k]]];
    int hops = r.between(1, 3);
    long fee = 0;
    for (int h = 0; h < hops; h++) {
      fee += r.between(5, 30) * unit;
    }
    fee = Math.min(fee, a / 4);
    if (fee <= 0) {
      return single(d, true);
    }
    open.take(k);
    payerOf(d, k);
    d.amount = a - fee;
    d.allocate(k, a - fee, 0, 0, null, fee, 0);
    d.listed.add(k);
    d.detail = hops + " hop" + (hops > 1 ? "s" : "");
    maybeReference(d);
    return true;
  }

  private boolean overpayment(LineDraft d) {
    int k = open.pickRegular(d.day);
    if (k < 0) {
      return false;
    }
    open.take(k);
    payerOf(d, k);
    int cur = book.custCurrency[book.itemCust[k]];
    long unit = UNIT[cur];
    long a = book.itemAmount[k];
    long excess;
    int x = r.nextInt(100);
    d.allocate(k, a, 0, 0, null, 0, 0);
    d.listed.add(k);
    if (x < 40) {
      long step = 10 * unit;
      excess = r.chance(0.5) ? step - a % step : r.between(1, 99);
      d.detail = "rounded up";
    } else if (x < 70) {
      List<Integer> more = open.openInvoices(book.itemCust[k], d.day);
      if (!more.isEmpty() && r.chance(0.7)) {
        int other = more.get(r.nextInt(more.size()));
        open.take(other);
        d.allocate(other, book.itemAmount[other], 0, 0, null, 0, 0);
        d.listed.add(other);
        a += book.itemAmount[other];
      }
      int twice = d.listed.get(r.nextInt(d.listed.size()));
      excess = book.itemAmount[twice];
      d.listed.add(twice);
      d.detail = "item counted twice";
    } else {
      excess = r.between(1, 50) * 100 * unit;
      d.suffix = " incl. deposit " + decimal(excess, cur);
      d.detail = "deposit";
    }
    d.amount = a + excess;
    d.unapplied = excess;
    maybeReference(d);
    return true;
  }

  private boolean duplicate(LineDraft d) {
    if (singleRefLines.isEmpty()) {
      return single(d, true);
    }
    int original = singleRefLines.get(r.nextInt(singleRefLines.size()));
    LineTruth t = truths.get(original);
    d.copyOf = lines.get(original);
    d.currency = WorldCurrencies.indexOf(t.amount().currency());
    d.amount = t.amount().minorUnits();
    d.unapplied = d.amount;
    d.payer = book.indexOf(t.payer().orElseThrow());
    d.kind = t.referenceKind();
    d.detail = "duplicate of " + t.entryRef();
    return true;
  }

  private boolean thirdParty(LineDraft d) {
    boolean parent = open.hasChildInvoices() && r.chance(0.5);
    int k = parent ? open.pickChild(d.day) : -1;
    if (k < 0) {
      parent = false;
      k = open.pickRegular(d.day);
    }
    if (k < 0) {
      return false;
    }
    open.take(k);
    payerOf(d, k);
    d.amount = book.itemAmount[k];
    d.allocate(k, book.itemAmount[k], 0, 0, null, 0, 0);
    d.listed.add(k);
    if (parent) {
      d.payer = book.custParent[book.itemCust[k]];
      d.shownPayer = d.payer;
      d.detail = "parent pays";
    } else {
      d.payer = -1;
      d.shownPayer = -1;
      d.foreignName = THIRD_PARTIES[r.nextInt(THIRD_PARTIES.length)];
      d.foreignIban = true;
      d.detail = "third party";
    }
    d.kind = r.chance(0.80) ? referenceKind(false) : ReferenceKind.NONE;
    return true;
  }

  /** Money nobody can place: a payment on account by a customer, or a payer who is not ours. */
  void unidentifiable(LineDraft d) {
    d.scenario = CashAppScenario.UNIDENTIFIABLE;
    int x = r.nextInt(100);
    if (x < 30) {
      int c = r.nextInt(book.customers);
      d.payer = c;
      d.shownPayer = c;
      d.currency = book.custCurrency[c];
      d.amount = r.between(1, 50) * 100 * UNIT[d.currency];
      d.kind = ReferenceKind.UNUSABLE;
      String[] texts = {"Payment on account", "Advance payment", "Anzahlung", "Acompte", "Prepayment"};
      d.suffix = texts[r.nextInt(texts.length)];
      d.detail = "on account";
    } else {
      d.currency = r.weighted(WorldCurrencies.WEIGHTS);
      d.amount = WorldCurrencies.amount(r, UNIT[d.currency]);
      d.foreignName = x < 80 ? PRIVATE_FIRST[r.nextInt(PRIVATE_FIRST.length)] + " "
          + PRIVATE_LAST[r.nextInt(PRIVATE_LAST.length)] : null;
      d.foreignIban = x < 80;
      d.kind = r.chance(0.5) ? ReferenceKind.UNUSABLE : ReferenceKind.NONE;
      d.detail = x < 80 ? "not ours" : "unknown payer";
    }
    d.unapplied = d.amount;
  }

  private boolean returned(LineDraft d) {
    if (returnableLines.isEmpty()) {
      return false;
    }
    int original = returnableLines.remove(r.nextInt(returnableLines.size()));
    LineTruth t = truths.get(original);
    BankLine o = lines.get(original);
    d.credit = false;
    d.copyOf = o;
    d.currency = WorldCurrencies.indexOf(t.amount().currency());
    d.amount = t.amount().minorUnits();
    d.unapplied = d.amount;
    d.payer = t.payer().map(book::indexOf).orElse(-1);
    d.reversalOf = t.entryRef();
    d.kind = ReferenceKind.UNUSABLE;
    d.detail = "returns " + t.entryRef();
    return true;
  }

  private boolean otherCurrency(LineDraft d) {
    int k = open.pickRegular(d.day);
    if (k < 0) {
      return false;
    }
    long a = book.itemAmount[k];
    long diff = Math.max(1, (a * r.between(20, 200) + 5_000) / 10_000);
    boolean less = r.chance(0.5);
    long paid = less ? a - diff : a + diff;
    if (paid <= 0) {
      return single(d, true);
    }
    open.take(k);
    payerOf(d, k);
    d.amount = paid;
    d.allocate(k, paid, 0, 0, null, 0, a - paid);
    d.listed.add(k);
    String[] foreign = {"USD", "GBP", "CHF", "CNY"};
    String foreignCurrency = foreign[r.nextInt(foreign.length)];
    String foreignAmount = decimal(a * r.between(90, 130) / 100, 0);
    d.suffix = " " + foreignCurrency + " " + foreignAmount;
    d.foreignInstructed = Money.of(javax.money.Monetary.getCurrency(foreignCurrency),
        new java.math.BigDecimal(foreignAmount));
    d.detail = less ? "FX loss" : "FX gain";
    maybeReference(d);
    return true;
  }
}
