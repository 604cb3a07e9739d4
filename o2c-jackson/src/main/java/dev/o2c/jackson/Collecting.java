package dev.o2c.jackson;

import dev.o2c.aging.collections.Activity;
import dev.o2c.aging.collections.ActivityDirection;
import dev.o2c.aging.collections.ActivityLog;
import dev.o2c.aging.collections.ActivityOutcome;
import dev.o2c.aging.collections.ActivityType;
import dev.o2c.aging.collections.AuthorityCheck;
import dev.o2c.aging.collections.AuthorityHolder;
import dev.o2c.aging.collections.CollectorId;
import dev.o2c.aging.collections.DisputeCase;
import dev.o2c.aging.collections.DisputeEvent;
import dev.o2c.aging.collections.DisputeId;
import dev.o2c.aging.collections.DisputeLine;
import dev.o2c.aging.collections.DisputeStatus;
import dev.o2c.aging.collections.PromiseEvaluation;
import dev.o2c.aging.collections.PromiseInstalmentGrade;
import dev.o2c.aging.collections.Task;
import dev.o2c.aging.collections.TaskKind;
import dev.o2c.aging.collections.TaskPriority;
import dev.o2c.aging.collections.WorklistDispute;
import dev.o2c.core.domain.DeductionReason;
import dev.o2c.core.domain.PromiseStatus;
import dev.o2c.core.domain.PromiseToPay;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DeductionId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.money.Money;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** The JSON form of collections (o2c-aging): dispute cases, promise evaluations, activities, tasks. */
final class Collecting {

  private Collecting() {}

  static void textId(Out out, Object id) {
    out.gen.writeString(id.toString());
  }

  static DisputeId disputeId(In in) {
    return Values.textId(in, DisputeId::of);
  }

  static CollectorId collectorId(In in) {
    return Values.textId(in, CollectorId::of);
  }

  // ----------------------------------------------------------------------------------- disputes

  static void disputeLine(Out out, DisputeLine l) {
    out.gen.writeStartObject();
    out.string("item", l.item());
    out.value("amount", l.amount(), Values::money);
    out.gen.writeEndObject();
  }

  static DisputeLine disputeLine(In in) {
    In.Obj o = in.object();
    DocumentNumber item = Values.documentNumber(o.required("item"));
    Money amount = Values.money(o.required("amount"));
    o.end();
    return in.build(() -> new DisputeLine(item, amount));
  }

  static void disputeEvent(Out out, DisputeEvent e) {
    out.gen.writeStartObject();
    out.string("date", e.date());
    out.string("from", e.from());
    out.string("to", e.to());
    out.string("by", e.by());
    out.optionalString("note", e.note());
    out.gen.writeEndObject();
  }

  static DisputeEvent disputeEvent(In in) {
    In.Obj o = in.object();
    LocalDate date = Values.date(o.required("date"));
    DisputeStatus from = Values.enumValue(o.required("from"), DisputeStatus.class);
    DisputeStatus to = Values.enumValue(o.required("to"), DisputeStatus.class);
    String by = o.required("by").string();
    Optional<String> note = o.optional("note").map(In::string);
    o.end();
    return in.build(() -> new DisputeEvent(date, from, to, by, note));
  }

  static void authorityHolder(Out out, AuthorityHolder h) {
    out.gen.writeStartObject();
    out.string("person", h.person());
    out.string("role", h.role());
    out.gen.writeEndObject();
  }

  static AuthorityHolder authorityHolder(In in) {
    In.Obj o = in.object();
    String person = o.required("person").string();
    String role = o.required("role").string();
    o.end();
    return in.build(() -> new AuthorityHolder(person, role));
  }

  static void authorityCheck(Out out, AuthorityCheck c) {
    out.gen.writeStartObject();
    out.value("holder", c.holder(), Collecting::authorityHolder);
    out.value("amount", c.amount(), Values::money);
    out.optional("limit", c.limit(), Values::money);
    out.bool("withinLimit", c.withinLimit());
    out.string("reason", c.reason());
    out.gen.writeEndObject();
  }

  static AuthorityCheck authorityCheck(In in) {
    In.Obj o = in.object();
    AuthorityHolder holder = authorityHolder(o.required("holder"));
    Money amount = Values.money(o.required("amount"));
    Optional<Money> limit = o.optional("limit").map(Values::money);
    boolean within = o.required("withinLimit").bool();
    String reason = o.required("reason").string();
    o.end();
    return in.build(() -> new AuthorityCheck(holder, amount, limit, within, reason));
  }

  static void disputeCase(Out out, DisputeCase c) {
    out.gen.writeStartObject();
    out.string("id", c.id());
    out.string("customerId", c.customerId());
    out.string("reason", c.reason());
    out.list("lines", c.lines(), Collecting::disputeLine);
    out.string("raisedBy", c.raisedBy());
    out.string("raisedOn", c.raisedOn());
    out.string("targetDate", c.targetDate());
    out.optionalString("deduction", c.deduction());
    out.optionalString("note", c.note());
    out.list("history", c.history(), Collecting::disputeEvent);
    // Derived from the history, written for hosts that query stored cases by status; checked on input.
    out.string("status", c.status());
    out.optionalString("creditMemo", c.creditMemo());
    out.optional("pendingApproval", c.pendingApproval(), Collecting::authorityCheck);
    out.gen.writeEndObject();
  }

  static DisputeCase disputeCase(In in) {
    In.Obj o = in.object();
    DisputeId id = disputeId(o.required("id"));
    CustomerId customerId = Values.customerId(o.required("customerId"));
    DeductionReason reason = Values.enumValue(o.required("reason"), DeductionReason.class);
    List<DisputeLine> lines = Values.map(o.list("lines"), Collecting::disputeLine);
    String raisedBy = o.required("raisedBy").string();
    LocalDate raisedOn = Values.date(o.required("raisedOn"));
    LocalDate targetDate = Values.date(o.required("targetDate"));
    Optional<DeductionId> deduction = o.optional("deduction").map(Values::deductionId);
    Optional<String> note = o.optional("note").map(In::string);
    List<DisputeEvent> history = Values.map(o.list("history"), Collecting::disputeEvent);
    Optional<In> statusIn = o.optional("status");
    Optional<DisputeStatus> status = statusIn.map(s -> Values.enumValue(s, DisputeStatus.class));
    Optional<DocumentNumber> creditMemo = o.optional("creditMemo").map(Values::documentNumber);
    Optional<AuthorityCheck> pending = o.optional("pendingApproval").map(Collecting::authorityCheck);
    o.end();
    DisputeCase c = in.build(() -> DisputeCase.restore(id, customerId, reason, lines, raisedBy, raisedOn, targetDate,
        deduction, note, history, creditMemo, pending));
    if (status.isPresent() && status.get() != c.status()) {
      throw statusIn.get().fail("status " + status.get() + " does not match the history, which ends " + c.status());
    }
    return c;
  }

  static void worklistDispute(Out out, WorklistDispute d) {
    out.gen.writeStartObject();
    out.string("customer", d.customer());
    out.string("caseId", d.caseId());
    out.string("targetDate", d.targetDate());
    out.value("amount", d.amount(), Values::money);
    out.gen.writeEndObject();
  }

  static WorklistDispute worklistDispute(In in) {
    In.Obj o = in.object();
    CustomerId customer = Values.customerId(o.required("customer"));
    String caseId = o.required("caseId").string();
    LocalDate targetDate = Values.date(o.required("targetDate"));
    Money amount = Values.money(o.required("amount"));
    o.end();
    return in.build(() -> new WorklistDispute(customer, caseId, targetDate, amount));
  }

  // ----------------------------------------------------------------------------------- promises

  static void instalmentGrade(Out out, PromiseInstalmentGrade g) {
    out.gen.writeStartObject();
    out.number("number", g.number());
    out.string("date", g.date());
    out.string("deadline", g.deadline());
    out.value("promised", g.promised(), Values::money);
    out.value("receivedInTime", g.receivedInTime(), Values::money);
    out.value("receivedLate", g.receivedLate(), Values::money);
    out.value("missing", g.missing(), Values::money);
    out.string("status", g.status());
    out.string("reason", g.reason());
    out.gen.writeEndObject();
  }

  static PromiseInstalmentGrade instalmentGrade(In in) {
    In.Obj o = in.object();
    int number = Dunning.intValue(o.required("number"));
    LocalDate date = Values.date(o.required("date"));
    LocalDate deadline = Values.date(o.required("deadline"));
    Money promised = Values.money(o.required("promised"));
    Money inTime = Values.money(o.required("receivedInTime"));
    Money late = Values.money(o.required("receivedLate"));
    Money missing = Values.money(o.required("missing"));
    PromiseStatus status = Values.enumValue(o.required("status"), PromiseStatus.class);
    String reason = o.required("reason").string();
    o.end();
    return in.build(() -> new PromiseInstalmentGrade(number, date, deadline, promised, inTime, late, missing, status,
        reason));
  }

  static void promiseEvaluation(Out out, PromiseEvaluation e) {
    out.gen.writeStartObject();
    out.value("promise", e.promise(), Values::promiseToPay);
    out.string("asOf", e.asOf());
    out.string("status", e.status());
    out.value("promised", e.promised(), Values::money);
    out.value("receivedInTime", e.receivedInTime(), Values::money);
    out.value("received", e.received(), Values::money);
    out.value("missing", e.missing(), Values::money);
    out.list("instalments", e.instalments(), Collecting::instalmentGrade);
    out.string("reason", e.reason());
    out.gen.writeEndObject();
  }

  static PromiseEvaluation promiseEvaluation(In in) {
    In.Obj o = in.object();
    PromiseToPay promise = Values.promiseToPay(o.required("promise"));
    LocalDate asOf = Values.date(o.required("asOf"));
    PromiseStatus status = Values.enumValue(o.required("status"), PromiseStatus.class);
    Money promised = Values.money(o.required("promised"));
    Money inTime = Values.money(o.required("receivedInTime"));
    Money received = Values.money(o.required("received"));
    Money missing = Values.money(o.required("missing"));
    List<PromiseInstalmentGrade> instalments = Values.map(o.list("instalments"), Collecting::instalmentGrade);
    String reason = o.required("reason").string();
    o.end();
    return in.build(() -> new PromiseEvaluation(promise, asOf, status, promised, inTime, received, missing,
        instalments, reason));
  }

  // ------------------------------------------------------------------------- activities and tasks

  static void activity(Out out, Activity a) {
    out.gen.writeStartObject();
    out.string("customerId", a.customerId());
    out.string("collector", a.collector());
    out.string("date", a.date());
    out.optionalString("time", a.time());
    out.string("type", a.type());
    out.string("direction", a.direction());
    out.optionalString("contactPerson", a.contactPerson());
    out.string("outcome", a.outcome());
    out.optionalString("promise", a.promise());
    out.optionalString("nextFollowUp", a.nextFollowUp());
    out.list("documentNumbers", a.documentNumbers(), (o, d) -> o.gen.writeString(d.toString()));
    out.optionalString("note", a.note());
    out.gen.writeEndObject();
  }

  static Activity activity(In in) {
    In.Obj o = in.object();
    Activity.Builder b = Activity.builder()
        .customerId(Values.customerId(o.required("customerId")))
        .collector(collectorId(o.required("collector")))
        .date(Values.date(o.required("date")));
    o.optional("time").ifPresent(t -> b.time(time(t)));
    b.type(Values.enumValue(o.required("type"), ActivityType.class));
    b.direction(Values.enumValue(o.required("direction"), ActivityDirection.class));
    o.optional("contactPerson").ifPresent(p -> b.contactPerson(p.string()));
    b.outcome(Values.enumValue(o.required("outcome"), ActivityOutcome.class));
    o.optional("promise").ifPresent(p -> b.promise(Values.promiseId(p)));
    o.optional("nextFollowUp").ifPresent(d -> b.nextFollowUp(Values.date(d)));
    o.list("documentNumbers").forEach(d -> b.addDocumentNumbers(Values.documentNumber(d)));
    o.optional("note").ifPresent(n -> b.note(n.string()));
    o.end();
    return in.build(b::build);
  }

  static LocalTime time(In in) {
    String text = in.string();
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      throw in.fail("expected an ISO-8601 time such as \"14:30\", got \"" + text + "\"");
    }
  }

  static void activityLog(Out out, ActivityLog log) {
    out.gen.writeStartObject();
    out.list("entries", log.entries(), Collecting::activity);
    out.gen.writeEndObject();
  }

  static ActivityLog activityLog(In in) {
    In.Obj o = in.object();
    List<Activity> entries = Values.map(o.list("entries"), Collecting::activity);
    o.end();
    return in.build(() -> ActivityLog.of(entries));
  }

  static void task(Out out, Task t) {
    out.gen.writeStartObject();
    out.string("kind", t.kind());
    out.string("customer", t.customer());
    out.string("reference", t.reference());
    out.value("amount", t.amount(), Values::money);
    out.string("dueDate", t.dueDate());
    out.string("priority", t.priority());
    out.string("description", t.description());
    out.gen.writeEndObject();
  }

  static Task task(In in) {
    In.Obj o = in.object();
    TaskKind kind = Values.enumValue(o.required("kind"), TaskKind.class);
    CustomerId customer = Values.customerId(o.required("customer"));
    String reference = o.required("reference").string();
    Money amount = Values.money(o.required("amount"));
    LocalDate dueDate = Values.date(o.required("dueDate"));
    TaskPriority priority = Values.enumValue(o.required("priority"), TaskPriority.class);
    String description = o.required("description").string();
    o.end();
    return in.build(() -> new Task(kind, customer, reference, amount, dueDate, priority, description));
  }
}
