package dev.o2c.jackson;

import dev.o2c.aging.dunning.DunningFee;
import dev.o2c.aging.dunning.DunningLevel;
import dev.o2c.aging.dunning.DunningLine;
import dev.o2c.aging.dunning.DunningNotice;
import dev.o2c.aging.dunning.DunningProposal;
import dev.o2c.aging.dunning.DunningResult;
import dev.o2c.aging.dunning.LetterParty;
import dev.o2c.aging.dunning.ReminderLetter;
import dev.o2c.aging.dunning.SkipReason;
import dev.o2c.aging.dunning.SkippedItem;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.money.Money;
import dev.o2c.core.money.MoneyTotals;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The JSON form of dunning (o2c-aging): notices, levels, proposals, skipped items, runs' results, letters. */
final class Dunning {

  private Dunning() {}

  static void notice(Out out, DunningNotice n) {
    out.gen.writeStartObject();
    out.string("customer", n.customer());
    out.string("item", n.item());
    out.number("level", n.level());
    out.string("date", n.date());
    out.value("amount", n.amount(), Values::money);
    out.gen.writeEndObject();
  }

  static DunningNotice notice(In in) {
    In.Obj o = in.object();
    CustomerId customer = Values.customerId(o.required("customer"));
    DocumentNumber item = Values.documentNumber(o.required("item"));
    int level = intValue(o.required("level"));
    LocalDate date = Values.date(o.required("date"));
    Money amount = Values.money(o.required("amount"));
    o.end();
    return in.build(() -> new DunningNotice(customer, item, level, date, amount));
  }

  static void fee(Out out, DunningFee fee) {
    out.gen.writeString(fee.toString());
  }

  static DunningFee fee(In in) {
    String text = in.string();
    return in.build(() -> DunningFee.parse(text));
  }

  static void level(Out out, DunningLevel l) {
    out.gen.writeStartObject();
    out.number("number", l.number());
    out.number("daysOverdue", l.daysOverdue());
    out.value("fee", l.fee(), Dunning::fee);
    out.string("textKey", l.textKey());
    out.number("payWithinDays", l.payWithinDays());
    out.gen.writeEndObject();
  }

  static DunningLevel level(In in) {
    In.Obj o = in.object();
    int number = intValue(o.required("number"));
    int daysOverdue = intValue(o.required("daysOverdue"));
    DunningFee fee = fee(o.required("fee"));
    String textKey = o.required("textKey").string();
    int payWithinDays = intValue(o.required("payWithinDays"));
    o.end();
    return in.build(() -> new DunningLevel(number, daysOverdue, fee, textKey, payWithinDays));
  }

  static void line(Out out, DunningLine l) {
    out.gen.writeStartObject();
    out.value("item", l.item(), Values::openItem);
    out.value("level", l.level(), Dunning::level);
    out.number("previousLevel", l.previousLevel());
    out.number("daysOverdue", l.daysOverdue());
    out.value("disputedAmount", l.disputedAmount(), Values::money);
    out.value("dunnedAmount", l.dunnedAmount(), Values::money);
    out.value("fee", l.fee(), Values::money);
    out.value("interest", l.interest(), Values::money);
    out.gen.writeEndObject();
  }

  static DunningLine line(In in) {
    In.Obj o = in.object();
    OpenItem item = Values.openItem(o.required("item"));
    DunningLevel level = level(o.required("level"));
    int previousLevel = intValue(o.required("previousLevel"));
    long daysOverdue = o.required("daysOverdue").integer();
    Money disputed = Values.money(o.required("disputedAmount"));
    Money dunned = Values.money(o.required("dunnedAmount"));
    Money fee = Values.money(o.required("fee"));
    Money interest = Values.money(o.required("interest"));
    o.end();
    return in.build(() -> new DunningLine(item, level, previousLevel, daysOverdue, disputed, dunned, fee, interest));
  }

  static void proposal(Out out, DunningProposal p) {
    out.gen.writeStartObject();
    out.string("customer", p.customer());
    out.string("date", p.date());
    out.list("lines", p.lines(), Dunning::line);
    out.value("level", p.level(), Dunning::level);
    out.string("payBy", p.payBy());
    out.optional("nextEvaluation", p.nextEvaluation(), Values::date);
    out.value("unusedCredit", p.unusedCredit(), Values::totals);
    out.gen.writeEndObject();
  }

  static DunningProposal proposal(In in) {
    In.Obj o = in.object();
    CustomerId customer = Values.customerId(o.required("customer"));
    LocalDate date = Values.date(o.required("date"));
    List<DunningLine> lines = Values.map(o.list("lines"), Dunning::line);
    DunningLevel level = level(o.required("level"));
    LocalDate payBy = Values.date(o.required("payBy"));
    Optional<LocalDate> nextEvaluation = o.optional("nextEvaluation").map(Values::date);
    MoneyTotals unusedCredit = Values.totals(o.required("unusedCredit"));
    o.end();
    return in.build(() -> new DunningProposal(customer, date, lines, level, payBy, nextEvaluation, unusedCredit));
  }

  static void skipped(Out out, SkippedItem s) {
    out.gen.writeStartObject();
    out.value("item", s.item(), Values::openItem);
    out.string("reason", s.reason());
    out.string("detail", s.detail());
    out.gen.writeEndObject();
  }

  static SkippedItem skipped(In in) {
    In.Obj o = in.object();
    OpenItem item = Values.openItem(o.required("item"));
    SkipReason reason = Values.enumValue(o.required("reason"), SkipReason.class);
    String detail = o.required("detail").string();
    o.end();
    return in.build(() -> new SkippedItem(item, reason, detail));
  }

  static void result(Out out, DunningResult r) {
    out.gen.writeStartObject();
    out.string("asOf", r.asOf());
    out.list("proposals", r.proposals(), Dunning::proposal);
    out.list("skipped", r.skipped(), Dunning::skipped);
    if (!r.nextEvaluations().isEmpty()) {
      // In customer order, so the same result always gives the same text.
      out.gen.writeName("nextEvaluations");
      out.gen.writeStartObject();
      new TreeMap<>(r.nextEvaluations()).forEach((customer, date) -> out.string(customer.toString(), date));
      out.gen.writeEndObject();
    }
    out.gen.writeEndObject();
  }

  static DunningResult result(In in) {
    In.Obj o = in.object();
    LocalDate asOf = Values.date(o.required("asOf"));
    List<DunningProposal> proposals = Values.map(o.list("proposals"), Dunning::proposal);
    List<SkippedItem> skipped = Values.map(o.list("skipped"), Dunning::skipped);
    Map<CustomerId, LocalDate> next = new TreeMap<>();
    Optional<In> nextIn = o.optional("nextEvaluations");
    o.end();
    if (nextIn.isPresent()) {
      for (Map.Entry<String, In> entry : nextIn.get().entries()) {
        CustomerId customer = entry.getValue().build(() -> CustomerId.of(entry.getKey()));
        next.put(customer, Values.date(entry.getValue()));
      }
    }
    return in.build(() -> new DunningResult(asOf, proposals, skipped, next));
  }

  static void party(Out out, LetterParty p) {
    out.gen.writeStartObject();
    out.string("name", p.name());
    out.list("addressLines", p.addressLines(), (o, line) -> o.gen.writeString(line));
    out.gen.writeEndObject();
  }

  static LetterParty party(In in) {
    In.Obj o = in.object();
    String name = o.required("name").string();
    List<String> lines = Values.map(o.list("addressLines"), In::string);
    o.end();
    return in.build(() -> new LetterParty(name, lines));
  }

  static void letter(Out out, ReminderLetter l) {
    out.gen.writeStartObject();
    out.value("creditor", l.creditor(), Dunning::party);
    out.value("debtor", l.debtor(), Dunning::party);
    out.string("customer", l.customer());
    out.string("date", l.date());
    out.number("level", l.level());
    out.string("textKey", l.textKey());
    out.list("lines", l.lines(), Dunning::line);
    out.string("payBy", l.payBy());
    out.value("unusedCredit", l.unusedCredit(), Values::totals);
    out.gen.writeEndObject();
  }

  static ReminderLetter letter(In in) {
    In.Obj o = in.object();
    LetterParty creditor = party(o.required("creditor"));
    LetterParty debtor = party(o.required("debtor"));
    CustomerId customer = Values.customerId(o.required("customer"));
    LocalDate date = Values.date(o.required("date"));
    int level = intValue(o.required("level"));
    String textKey = o.required("textKey").string();
    List<DunningLine> lines = Values.map(o.list("lines"), Dunning::line);
    LocalDate payBy = Values.date(o.required("payBy"));
    MoneyTotals unusedCredit = Values.totals(o.required("unusedCredit"));
    o.end();
    return in.build(() -> new ReminderLetter(creditor, debtor, customer, date, level, textKey, lines, payBy,
        unusedCredit));
  }

  /** A JSON integer that fits an {@code int} (levels, day counts). */
  static int intValue(In in) {
    long value = in.integer();
    if (value != (int) value) {
      throw in.fail("expected an integer between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE + ", got "
          + value);
    }
    return (int) value;
  }
}
