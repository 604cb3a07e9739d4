package dev.o2c.jackson;

import dev.o2c.core.domain.DeductionReason;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.domain.RemittanceAdvice;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.ledger.CashBucket;
import dev.o2c.core.money.Money;
import dev.o2c.matching.cashapp.AdviceJoin;
import dev.o2c.matching.cashapp.Allocation;
import dev.o2c.matching.cashapp.Decision;
import dev.o2c.matching.cashapp.DecisionKind;
import dev.o2c.matching.cashapp.Proposal;
import java.util.List;
import java.util.Optional;

/**
 * The JSON form of cash application's results (o2c-matching): decisions, proposals, allocations, and
 * the remittance advices that joined no payment.
 */
final class Matching {

  private Matching() {}

  static void decision(Out out, Decision d) {
    out.gen.writeStartObject();
    out.value("payment", d.payment(), Values::payment);
    out.string("kind", d.kind());
    out.value("proposal", d.proposal(), Matching::proposal);
    out.list("alternatives", d.alternatives(), Matching::proposal);
    out.string("remainder", d.remainder());
    out.gen.writeEndObject();
  }

  static Decision decision(In in) {
    In.Obj o = in.object();
    Payment payment = Values.payment(o.required("payment"));
    DecisionKind kind = Values.enumValue(o.required("kind"), DecisionKind.class);
    Proposal proposal = proposal(o.required("proposal"));
    List<Proposal> alternatives = Values.map(o.list("alternatives"), Matching::proposal);
    CashBucket remainder = Values.enumValue(o.required("remainder"), CashBucket.class);
    o.end();
    return in.build(() -> new Decision(payment, kind, proposal, alternatives, remainder));
  }

  static void proposal(Out out, Proposal p) {
    out.gen.writeStartObject();
    out.optionalString("payer", p.payer());
    out.list("allocations", p.allocations(), Matching::allocation);
    out.value("unapplied", p.unapplied(), Values::money);
    out.number("confidence", p.confidence());
    out.string("reason", p.reason());
    out.gen.writeEndObject();
  }

  static Proposal proposal(In in) {
    In.Obj o = in.object();
    Optional<CustomerId> payer = o.optional("payer").map(Values::customerId);
    List<Allocation> allocations = Values.map(o.list("allocations"), Matching::allocation);
    Money unapplied = Values.money(o.required("unapplied"));
    double confidence = o.required("confidence").number();
    String reason = o.required("reason").string();
    o.end();
    return in.build(() -> new Proposal(payer, allocations, unapplied, confidence, reason));
  }

  static void allocation(Out out, Allocation a) {
    out.gen.writeStartObject();
    out.string("item", a.item());
    out.value("applied", a.applied(), Values::money);
    out.value("discount", a.discount(), Values::money);
    out.value("writeOff", a.writeOff(), Values::money);
    out.value("deduction", a.deduction(), Values::money);
    out.optionalString("deductionReason", a.deductionReason());
    out.gen.writeEndObject();
  }

  static Allocation allocation(In in) {
    In.Obj o = in.object();
    DocumentNumber item = Values.documentNumber(o.required("item"));
    Money applied = Values.money(o.required("applied"));
    Money discount = Values.money(o.required("discount"));
    Money writeOff = Values.money(o.required("writeOff"));
    Money deduction = Values.money(o.required("deduction"));
    Optional<DeductionReason> reason = o.optional("deductionReason")
        .map(r -> Values.enumValue(r, DeductionReason.class));
    o.end();
    return in.build(() -> new Allocation(item, applied, discount, writeOff, deduction, reason));
  }

  static void unjoined(Out out, AdviceJoin.Unjoined u) {
    out.gen.writeStartObject();
    out.value("advice", u.advice(), Values::remittanceAdvice);
    out.string("reason", u.reason());
    out.gen.writeEndObject();
  }

  static AdviceJoin.Unjoined unjoined(In in) {
    In.Obj o = in.object();
    RemittanceAdvice advice = Values.remittanceAdvice(o.required("advice"));
    String reason = o.required("reason").string();
    o.end();
    return in.build(() -> new AdviceJoin.Unjoined(advice, reason));
  }
}
