package dev.o2c.jackson;

import static dev.o2c.jackson.Values.applicationId;
import static dev.o2c.jackson.Values.customerId;
import static dev.o2c.jackson.Values.date;
import static dev.o2c.jackson.Values.deductionId;
import static dev.o2c.jackson.Values.documentNumber;
import static dev.o2c.jackson.Values.enumValue;
import static dev.o2c.jackson.Values.money;
import static dev.o2c.jackson.Values.paymentId;

import dev.o2c.core.domain.DeductionReason;
import dev.o2c.core.domain.DeductionStatus;
import dev.o2c.core.ledger.ApplyPayment;
import dev.o2c.core.ledger.CashBucket;
import dev.o2c.core.ledger.ClosePeriod;
import dev.o2c.core.ledger.IdentifyPayer;
import dev.o2c.core.ledger.LedgerCommand;
import dev.o2c.core.ledger.MoveCash;
import dev.o2c.core.ledger.OffsetCreditMemo;
import dev.o2c.core.ledger.OpenDeduction;
import dev.o2c.core.ledger.Operation;
import dev.o2c.core.ledger.PostItem;
import dev.o2c.core.ledger.PostOpeningCash;
import dev.o2c.core.ledger.PostOpeningDeduction;
import dev.o2c.core.ledger.PostOpeningItem;
import dev.o2c.core.ledger.ReceivePayment;
import dev.o2c.core.ledger.Refund;
import dev.o2c.core.ledger.RegisterCustomers;
import dev.o2c.core.ledger.ReinstateBadDebt;
import dev.o2c.core.ledger.ResolveDeduction;
import dev.o2c.core.ledger.ReturnPayment;
import dev.o2c.core.ledger.ReverseCreditMemoOffset;
import dev.o2c.core.ledger.ReviewDeduction;
import dev.o2c.core.ledger.Unapply;
import dev.o2c.core.ledger.WriteOffBadDebt;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The JSON form of the ledger commands: an object whose {@code "type"} is the {@link Operation}
 * name, followed by the command's own fields under their accessor names.
 */
final class Commands {

  /** How one command type is written and read; the reader fills a builder and returns its build. */
  private record Codec<C extends LedgerCommand>(
      Class<C> type, BiConsumer<Out, C> writer, Function<In.Obj, Supplier<C>> reader) {}

  private static final Map<Operation, Codec<?>> CODECS = new EnumMap<>(Operation.class);

  private Commands() {}

  private static <C extends LedgerCommand> void add(
      Operation operation, Class<C> type, BiConsumer<Out, C> writer, Function<In.Obj, Supplier<C>> reader) {
    CODECS.put(operation, new Codec<>(type, writer, reader));
  }

  static {
    add(Operation.REGISTER_CUSTOMERS, RegisterCustomers.class, (out, c) -> {
      out.string("date", c.date());
      out.list("customers", c.customers(), Values::customer);
    }, o -> {
      RegisterCustomers.Builder b = RegisterCustomers.builder().date(date(o.required("date")));
      o.list("customers").forEach(c -> b.addCustomers(Values.customer(c)));
      return b::build;
    });
    add(Operation.POST_ITEM, PostItem.class,
        (out, c) -> out.value("item", c.item(), Values::openItem),
        o -> PostItem.builder().item(Values.openItem(o.required("item")))::build);
    add(Operation.POST_OPENING_ITEM, PostOpeningItem.class, (out, c) -> {
      out.value("item", c.item(), Values::openItem);
      out.string("date", c.date());
    }, o -> PostOpeningItem.builder()
        .item(Values.openItem(o.required("item")))
        .date(date(o.required("date")))::build);
    add(Operation.RECEIVE_PAYMENT, ReceivePayment.class,
        (out, c) -> out.value("payment", c.payment(), Values::payment),
        o -> ReceivePayment.builder().payment(Values.payment(o.required("payment")))::build);
    add(Operation.POST_OPENING_CASH, PostOpeningCash.class, (out, c) -> {
      out.value("payment", c.payment(), Values::payment);
      out.string("bucket", c.bucket());
      out.string("date", c.date());
    }, o -> PostOpeningCash.builder()
        .payment(Values.payment(o.required("payment")))
        .bucket(enumValue(o.required("bucket"), CashBucket.class))
        .date(date(o.required("date")))::build);
    add(Operation.IDENTIFY_PAYER, IdentifyPayer.class, (out, c) -> {
      out.string("payment", c.payment());
      out.string("customer", c.customer());
      out.string("date", c.date());
    }, o -> IdentifyPayer.builder()
        .payment(paymentId(o.required("payment")))
        .customer(customerId(o.required("customer")))
        .date(date(o.required("date")))::build);
    add(Operation.MOVE_CASH, MoveCash.class, (out, c) -> {
      out.string("payment", c.payment());
      out.string("from", c.from());
      out.string("to", c.to());
      out.value("amount", c.amount(), Values::money);
      out.string("date", c.date());
    }, o -> MoveCash.builder()
        .payment(paymentId(o.required("payment")))
        .from(enumValue(o.required("from"), CashBucket.class))
        .to(enumValue(o.required("to"), CashBucket.class))
        .amount(money(o.required("amount")))
        .date(date(o.required("date")))::build);
    add(Operation.REFUND, Refund.class, (out, c) -> {
      out.string("payment", c.payment());
      out.string("from", c.from());
      out.value("amount", c.amount(), Values::money);
      out.string("date", c.date());
    }, o -> Refund.builder()
        .payment(paymentId(o.required("payment")))
        .from(enumValue(o.required("from"), CashBucket.class))
        .amount(money(o.required("amount")))
        .date(date(o.required("date")))::build);
    add(Operation.RETURN_PAYMENT, ReturnPayment.class, (out, c) -> {
      out.string("payment", c.payment());
      out.string("date", c.date());
      out.optional("amount", c.amount(), Values::money);
      out.optionalString("chargeBackDocument", c.chargeBackDocument());
      out.optionalString("reason", c.reason());
    }, o -> {
      ReturnPayment.Builder b = ReturnPayment.builder()
          .payment(paymentId(o.required("payment")))
          .date(date(o.required("date")));
      o.optional("amount").ifPresent(a -> b.amount(money(a)));
      o.optional("chargeBackDocument").ifPresent(d -> b.chargeBackDocument(documentNumber(d)));
      o.optional("reason").ifPresent(r -> b.reason(r.string()));
      return b::build;
    });
    add(Operation.APPLY_PAYMENT, ApplyPayment.class, (out, c) -> {
      out.string("payment", c.payment());
      out.string("item", c.item());
      out.value("applied", c.applied(), Values::money);
      out.string("date", c.date());
      out.optional("discount", c.discount(), Values::money);
      out.value("smallDifference", c.smallDifference(), Values::money);
      out.optionalString("discountOverride", c.discountOverride());
      out.optionalString("payerOverride", c.payerOverride());
      out.optionalString("reason", c.reason());
    }, o -> {
      ApplyPayment.Builder b = ApplyPayment.builder()
          .payment(paymentId(o.required("payment")))
          .item(documentNumber(o.required("item")))
          .applied(money(o.required("applied")))
          .date(date(o.required("date")));
      o.optional("discount").ifPresent(d -> b.discount(money(d)));
      o.optional("smallDifference").ifPresent(d -> b.smallDifference(money(d)));
      o.optional("discountOverride").ifPresent(r -> b.discountOverride(r.string()));
      o.optional("payerOverride").ifPresent(r -> b.payerOverride(r.string()));
      o.optional("reason").ifPresent(r -> b.reason(r.string()));
      return b::build;
    });
    add(Operation.UNAPPLY, Unapply.class, (out, c) -> {
      out.number("application", c.application().value());
      out.string("date", c.date());
    }, o -> Unapply.builder()
        .application(applicationId(o.required("application")))
        .date(date(o.required("date")))::build);
    add(Operation.OFFSET_CREDIT_MEMO, OffsetCreditMemo.class, (out, c) -> {
      out.string("creditMemo", c.creditMemo());
      out.string("item", c.item());
      out.value("amount", c.amount(), Values::money);
      out.string("date", c.date());
    }, o -> OffsetCreditMemo.builder()
        .creditMemo(documentNumber(o.required("creditMemo")))
        .item(documentNumber(o.required("item")))
        .amount(money(o.required("amount")))
        .date(date(o.required("date")))::build);
    add(Operation.REVERSE_CREDIT_MEMO_OFFSET, ReverseCreditMemoOffset.class, (out, c) -> {
      out.string("creditMemo", c.creditMemo());
      out.string("item", c.item());
      out.value("amount", c.amount(), Values::money);
      out.string("date", c.date());
    }, o -> ReverseCreditMemoOffset.builder()
        .creditMemo(documentNumber(o.required("creditMemo")))
        .item(documentNumber(o.required("item")))
        .amount(money(o.required("amount")))
        .date(date(o.required("date")))::build);
    add(Operation.WRITE_OFF_BAD_DEBT, WriteOffBadDebt.class, (out, c) -> {
      out.string("item", c.item());
      out.value("amount", c.amount(), Values::money);
      out.string("date", c.date());
      out.optionalString("reason", c.reason());
    }, o -> {
      WriteOffBadDebt.Builder b = WriteOffBadDebt.builder()
          .item(documentNumber(o.required("item")))
          .amount(money(o.required("amount")))
          .date(date(o.required("date")));
      o.optional("reason").ifPresent(r -> b.reason(r.string()));
      return b::build;
    });
    add(Operation.REINSTATE_BAD_DEBT, ReinstateBadDebt.class, (out, c) -> {
      out.string("item", c.item());
      out.value("amount", c.amount(), Values::money);
      out.string("date", c.date());
      out.optionalString("reason", c.reason());
    }, o -> {
      ReinstateBadDebt.Builder b = ReinstateBadDebt.builder()
          .item(documentNumber(o.required("item")))
          .amount(money(o.required("amount")))
          .date(date(o.required("date")));
      o.optional("reason").ifPresent(r -> b.reason(r.string()));
      return b::build;
    });
    add(Operation.OPEN_DEDUCTION, OpenDeduction.class, (out, c) -> {
      out.string("deduction", c.deduction());
      out.string("item", c.item());
      out.value("amount", c.amount(), Values::money);
      out.string("reason", c.reason());
      out.string("date", c.date());
      out.optionalString("payment", c.payment());
      out.optionalString("note", c.note());
    }, o -> {
      OpenDeduction.Builder b = OpenDeduction.builder()
          .deduction(deductionId(o.required("deduction")))
          .item(documentNumber(o.required("item")))
          .amount(money(o.required("amount")))
          .reason(enumValue(o.required("reason"), DeductionReason.class))
          .date(date(o.required("date")));
      o.optional("payment").ifPresent(p -> b.payment(paymentId(p)));
      o.optional("note").ifPresent(n -> b.note(n.string()));
      return b::build;
    });
    add(Operation.POST_OPENING_DEDUCTION, PostOpeningDeduction.class, (out, c) -> {
      out.value("deduction", c.deduction(), Values::deduction);
      out.string("date", c.date());
    }, o -> PostOpeningDeduction.builder()
        .deduction(Values.deduction(o.required("deduction")))
        .date(date(o.required("date")))::build);
    add(Operation.REVIEW_DEDUCTION, ReviewDeduction.class, (out, c) -> {
      out.string("deduction", c.deduction());
      out.string("date", c.date());
    }, o -> ReviewDeduction.builder()
        .deduction(deductionId(o.required("deduction")))
        .date(date(o.required("date")))::build);
    add(Operation.RESOLVE_DEDUCTION, ResolveDeduction.class, (out, c) -> {
      out.string("deduction", c.deduction());
      out.string("resolution", c.resolution());
      out.string("date", c.date());
    }, o -> ResolveDeduction.builder()
        .deduction(deductionId(o.required("deduction")))
        .resolution(enumValue(o.required("resolution"), DeductionStatus.class))
        .date(date(o.required("date")))::build);
    add(Operation.CLOSE_PERIOD, ClosePeriod.class,
        (out, c) -> out.string("through", c.through()),
        o -> ClosePeriod.builder().through(date(o.required("through")))::build);

    for (Operation operation : Operation.values()) {
      if (!CODECS.containsKey(operation)) {
        throw new ExceptionInInitializerError("o2c-jackson has no JSON form for " + operation);
      }
    }
  }

  /** {@return the command class of an operation} */
  static Class<? extends LedgerCommand> commandClass(Operation operation) {
    return CODECS.get(operation).type();
  }

  @SuppressWarnings("unchecked")
  static void write(Out out, LedgerCommand command) {
    Codec<LedgerCommand> codec = (Codec<LedgerCommand>) CODECS.get(command.operation());
    out.gen.writeStartObject();
    out.string("type", command.operation());
    codec.writer().accept(out, command);
    out.gen.writeEndObject();
  }

  static <C extends LedgerCommand> C read(In in, Class<C> expected) {
    In.Obj o = in.object();
    In typeIn = o.required("type");
    Operation operation = enumValue(typeIn, Operation.class);
    Codec<?> codec = CODECS.get(operation);
    if (!expected.isAssignableFrom(codec.type())) {
      throw typeIn.fail("expected a " + expected.getSimpleName() + " command, got type " + operation);
    }
    Supplier<? extends LedgerCommand> build = codec.reader().apply(o);
    o.end();
    return expected.cast(in.build(build));
  }
}
