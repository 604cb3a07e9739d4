package dev.o2c.jackson;

import dev.o2c.aging.collections.Activity;
import dev.o2c.aging.collections.ActivityLog;
import dev.o2c.aging.collections.AuthorityCheck;
import dev.o2c.aging.collections.AuthorityHolder;
import dev.o2c.aging.collections.CollectorId;
import dev.o2c.aging.collections.DisputeCase;
import dev.o2c.aging.collections.DisputeEvent;
import dev.o2c.aging.collections.DisputeId;
import dev.o2c.aging.collections.DisputeLine;
import dev.o2c.aging.collections.PromiseEvaluation;
import dev.o2c.aging.collections.PromiseInstalmentGrade;
import dev.o2c.aging.collections.Task;
import dev.o2c.aging.collections.WorklistDispute;
import dev.o2c.aging.dunning.DunningFee;
import dev.o2c.aging.dunning.DunningLevel;
import dev.o2c.aging.dunning.DunningLine;
import dev.o2c.aging.dunning.DunningNotice;
import dev.o2c.aging.dunning.DunningProposal;
import dev.o2c.aging.dunning.DunningResult;
import dev.o2c.aging.dunning.LetterParty;
import dev.o2c.aging.dunning.ReminderLetter;
import dev.o2c.aging.dunning.SkippedItem;
import dev.o2c.core.domain.Adjustment;
import dev.o2c.core.domain.Application;
import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.Deduction;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.domain.PromiseToPay;
import dev.o2c.core.domain.PromisedPayment;
import dev.o2c.core.domain.Remittance;
import dev.o2c.core.domain.ReferredDocument;
import dev.o2c.core.domain.RemittanceAdjustment;
import dev.o2c.core.domain.RemittanceAdvice;
import dev.o2c.core.domain.StructuredReference;
import dev.o2c.core.id.AdjustmentId;
import dev.o2c.core.id.ApplicationId;
import dev.o2c.core.id.NumberId;
import dev.o2c.core.id.TextId;
import dev.o2c.core.ledger.CustomerBalance;
import dev.o2c.core.ledger.ItemState;
import dev.o2c.core.ledger.JournalLine;
import dev.o2c.core.ledger.LedgerCommand;
import dev.o2c.core.ledger.LogEntry;
import dev.o2c.core.ledger.Operation;
import dev.o2c.core.ledger.PaymentState;
import dev.o2c.core.ledger.Posting;
import dev.o2c.core.money.Money;
import dev.o2c.core.money.MoneyTotals;
import dev.o2c.core.terms.PaymentTerms;
import dev.o2c.matching.cashapp.AdviceJoin;
import dev.o2c.matching.cashapp.Allocation;
import dev.o2c.matching.cashapp.Decision;
import dev.o2c.matching.cashapp.Proposal;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleKeyDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The Jackson 3 module for o2c: the JSON form of money, ids, payment terms, the domain values, the
 * ledger's states, postings and log entries, every ledger command, cash application's decisions,
 * dunning's notices, proposals, results and letters, and collections' dispute cases, promise
 * evaluations, activities and tasks, written and read by hand
 * (nothing is mapped by reflection). The format is described in the {@linkplain dev.o2c.jackson
 * package documentation}.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new O2cModule()).build();
 * String json = mapper.writeValueAsString(Money.of("EUR", "12.30"));   // {"amount":"12.30","currency":"EUR"}
 * LedgerCommand command = mapper.readValue(text, LedgerCommand.class);  // dispatches on "type"
 * }</pre>
 *
 * <p>Input that does not fit the format fails with a {@link tools.jackson.databind.DatabindException}
 * whose message names the path of the offending field inside the value, e.g. {@code o2c JSON at
 * 'item.originalAmount.amount': EUR allows at most 2 decimals, got "12.345"}. This instance is
 * immutable and may be shared.
 */
public final class O2cModule extends JacksonModule {

  /** A module; all instances are the same. */
  public O2cModule() {}

  @Override
  public String getModuleName() {
    return "o2c";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    SimpleSerializers keySerializers = new SimpleSerializers();
    SimpleKeyDeserializers keyDeserializers = new SimpleKeyDeserializers();

    add(serializers, deserializers, Money.class, Values::money, Values::money);
    add(serializers, deserializers, MoneyTotals.class, Values::totals, Values::totals);
    add(serializers, deserializers, CurrencyUnit.class, Values::currency, Values::currency);
    add(serializers, deserializers, PaymentTerms.class, Values::terms, Values::terms);
    for (TextIdType kind : TextIdType.values()) {
      addTextId(serializers, deserializers, keySerializers, keyDeserializers, kind.idClass(), kind);
    }
    add(serializers, deserializers, ApplicationId.class, O2cModule::numberId, Values::applicationId);
    add(serializers, deserializers, AdjustmentId.class, O2cModule::numberId, Values::adjustmentId);

    add(serializers, deserializers, Customer.class, Values::customer, Values::customer);
    add(serializers, deserializers, OpenItem.class, Values::openItem, Values::openItem);
    add(serializers, deserializers, Payment.class, Values::payment, Values::payment);
    add(serializers, deserializers, Remittance.class, Values::remittance, Values::remittance);
    add(serializers, deserializers, RemittanceAdvice.class, Values::remittanceAdvice, Values::remittanceAdvice);
    add(serializers, deserializers, StructuredReference.class, Values::structuredReference,
        Values::structuredReference);
    add(serializers, deserializers, ReferredDocument.class, Values::referredDocument, Values::referredDocument);
    add(serializers, deserializers, RemittanceAdjustment.class, Values::remittanceAdjustment,
        Values::remittanceAdjustment);
    add(serializers, deserializers, Application.class, Values::application, Values::application);
    add(serializers, deserializers, Adjustment.class, Values::adjustment, Values::adjustment);
    add(serializers, deserializers, Deduction.class, Values::deduction, Values::deduction);
    add(serializers, deserializers, PromiseToPay.class, Values::promiseToPay, Values::promiseToPay);
    add(serializers, deserializers, PromisedPayment.class, Values::promisedPayment, Values::promisedPayment);

    add(serializers, deserializers, ItemState.class, Values::itemState, Values::itemState);
    add(serializers, deserializers, PaymentState.class, Values::paymentState, Values::paymentState);
    add(serializers, deserializers, JournalLine.class, Values::journalLine, Values::journalLine);
    add(serializers, deserializers, Posting.class, Values::posting, Values::posting);
    add(serializers, deserializers, LogEntry.class, Values::logEntry, Values::logEntry);
    add(serializers, deserializers, CustomerBalance.class, Values::customerBalance, Values::customerBalance);

    add(serializers, deserializers, Decision.class, Matching::decision, Matching::decision);
    add(serializers, deserializers, Proposal.class, Matching::proposal, Matching::proposal);
    add(serializers, deserializers, Allocation.class, Matching::allocation, Matching::allocation);
    add(serializers, deserializers, AdviceJoin.Unjoined.class, Matching::unjoined, Matching::unjoined);

    add(serializers, deserializers, DunningNotice.class, Dunning::notice, Dunning::notice);
    add(serializers, deserializers, DunningFee.class, Dunning::fee, Dunning::fee);
    add(serializers, deserializers, DunningLevel.class, Dunning::level, Dunning::level);
    add(serializers, deserializers, DunningLine.class, Dunning::line, Dunning::line);
    add(serializers, deserializers, DunningProposal.class, Dunning::proposal, Dunning::proposal);
    add(serializers, deserializers, SkippedItem.class, Dunning::skipped, Dunning::skipped);
    add(serializers, deserializers, DunningResult.class, Dunning::result, Dunning::result);
    add(serializers, deserializers, LetterParty.class, Dunning::party, Dunning::party);
    add(serializers, deserializers, ReminderLetter.class, Dunning::letter, Dunning::letter);

    add(serializers, deserializers, DisputeId.class, Collecting::textId, Collecting::disputeId);
    add(serializers, deserializers, CollectorId.class, Collecting::textId, Collecting::collectorId);
    add(serializers, deserializers, DisputeLine.class, Collecting::disputeLine, Collecting::disputeLine);
    add(serializers, deserializers, DisputeEvent.class, Collecting::disputeEvent, Collecting::disputeEvent);
    add(serializers, deserializers, AuthorityHolder.class, Collecting::authorityHolder, Collecting::authorityHolder);
    add(serializers, deserializers, AuthorityCheck.class, Collecting::authorityCheck, Collecting::authorityCheck);
    add(serializers, deserializers, DisputeCase.class, Collecting::disputeCase, Collecting::disputeCase);
    add(serializers, deserializers, WorklistDispute.class, Collecting::worklistDispute, Collecting::worklistDispute);
    add(serializers, deserializers, PromiseInstalmentGrade.class, Collecting::instalmentGrade,
        Collecting::instalmentGrade);
    add(serializers, deserializers, PromiseEvaluation.class, Collecting::promiseEvaluation,
        Collecting::promiseEvaluation);
    add(serializers, deserializers, Activity.class, Collecting::activity, Collecting::activity);
    add(serializers, deserializers, ActivityLog.class, Collecting::activityLog, Collecting::activityLog);
    add(serializers, deserializers, Task.class, Collecting::task, Collecting::task);

    // Found through the interface for every command class; each class also reads on its own.
    serializers.addSerializer(LedgerCommand.class, new Ser<>(LedgerCommand.class, Commands::write));
    deserializers.addDeserializer(LedgerCommand.class,
        new Deser<>(LedgerCommand.class, in -> Commands.read(in, LedgerCommand.class)));
    for (Operation operation : Operation.values()) {
      addCommand(deserializers, Commands.commandClass(operation));
    }

    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
    context.addKeySerializers(keySerializers);
    context.addKeyDeserializers(keyDeserializers);
  }

  private static void numberId(Out out, NumberId id) {
    out.gen.writeNumber(id.value());
  }

  private static <C extends LedgerCommand> void addCommand(SimpleDeserializers deserializers, Class<C> type) {
    deserializers.addDeserializer(type, new Deser<>(type, in -> Commands.read(in, type)));
  }

  private static <T> void add(SimpleSerializers serializers, SimpleDeserializers deserializers, Class<T> type,
      BiConsumer<Out, ? super T> writer, Function<In, T> reader) {
    serializers.addSerializer(type, new Ser<>(type, writer));
    deserializers.addDeserializer(type, new Deser<>(type, reader));
  }

  private static <T extends TextId> void addTextId(SimpleSerializers serializers, SimpleDeserializers deserializers,
      SimpleSerializers keySerializers, SimpleKeyDeserializers keyDeserializers, Class<T> type, TextIdType kind) {
    add(serializers, deserializers, type, Values::textId, in -> type.cast(Values.textId(in, kind::id)));
    keySerializers.addSerializer(type, new ValueSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
        gen.writeName(value.toString());
      }
    });
    keyDeserializers.addDeserializer(type, new KeyDeserializer() {
      @Override
      public Object deserializeKey(String key, DeserializationContext ctxt) {
        try {
          return kind.id(key);
        } catch (IllegalArgumentException e) {
          throw ctxt.weirdKeyException(type, key, e.getMessage());
        }
      }
    });
  }

  /** Writes a value with its hand-written writer. */
  private static final class Ser<T> extends ValueSerializer<T> {
    private final Class<T> type;
    private final BiConsumer<Out, ? super T> writer;

    Ser(Class<T> type, BiConsumer<Out, ? super T> writer) {
      this.type = type;
      this.writer = writer;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
      writer.accept(new Out(gen), value);
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }

  /** Reads a value's JSON tree with its hand-written reader, which names the path of every problem. */
  private static final class Deser<T> extends ValueDeserializer<T> {
    private final Class<T> type;
    private final Function<In, T> reader;

    Deser(Class<T> type, Function<In, T> reader) {
      this.type = type;
      this.reader = reader;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext ctxt) {
      return reader.apply(In.root(parser, type, ctxt.readTree(parser)));
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }
}
