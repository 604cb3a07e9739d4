package dev.o2c.jdbc;

import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.ItemKind;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.id.BankReference;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.ledger.ApplyPayment;
import dev.o2c.core.ledger.LedgerCommand;
import dev.o2c.core.ledger.PostItem;
import dev.o2c.core.ledger.ReceivablesLedger;
import dev.o2c.core.ledger.ReceivePayment;
import dev.o2c.core.ledger.RegisterCustomers;
import dev.o2c.core.money.Money;
import dev.o2c.core.terms.PaymentTerms;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.sql.DataSource;

/**
 * Commands per second through the PostgreSQL (and H2) log against in-memory posting of the same
 * commands in the same run, and the time to replay the log. Not a test: run it by hand against a
 * server, e.g.
 *
 * <pre>
 * O2C_PG_URL=jdbc:postgresql://127.0.0.1:5432/o2c java -cp ... dev.o2c.jdbc.LedgerLogBenchmark 100000 5000 1000
 * </pre>
 *
 * <p>Arguments: invoices (each paid and applied: three commands), customers, commands per {@code
 * postAll} batch, rounds. Each line gives the wall time and the CPU time of the benchmark's own thread
 * (the database server's and the garbage collector's work are not in the latter), which says more
 * than wall time on a machine shared with other work. The workload: customers registered in batches of 1,000, then day by day 1,000
 * invoices posted and the invoices of 30 days before paid in full and applied.
 */
public final class LedgerLogBenchmark {

  private LedgerLogBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args invoices, customers, batch size
   * @throws Exception if a database fails
   */
  public static void main(String[] args) throws Exception {
    int invoices = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int customers = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
    int batch = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 2;
    List<LedgerCommand> commands = workload(invoices, customers);
    System.out.printf("workload: %,d commands (%,d customers, %,d invoices each paid and applied), batches of %,d%n",
        commands.size(), customers, invoices, batch);

    // Warm up the JIT on the in-memory path and on JSON, so the first measured run is not the slow one.
    postAll(ReceivablesLedger.create(), commands, batch);
    postAll(ReceivablesLedger.replay(new JdbcLedgerLog(h2Fresh())), commands.subList(0, Math.min(commands.size(), 50_000)), batch);

    for (int round = 1; round <= rounds; round++) {
      double memory = time(() -> postAll(ReceivablesLedger.create(), commands, batch));
      report(round, "in memory", commands.size(), memory, memory);

      DataSource h2 = h2Fresh();
      double h2Append = time(() -> postAll(ReceivablesLedger.replay(new JdbcLedgerLog(h2)), commands, batch));
      report(round, "H2 (in-memory database) append", commands.size(), h2Append, memory);
      double h2Replay = time(() -> ReceivablesLedger.replay(new JdbcLedgerLog(h2)));
      report(round, "H2 replay", commands.size(), h2Replay, memory);

      if (Databases.postgresReachable()) {
        Databases.dropTables(Databases.postgres());
        try (SingleConnectionDataSource pg = new SingleConnectionDataSource(Databases.postgres())) {
          JdbcLedgerLog.migrate(pg);
          double pgAppend = time(() -> postAll(ReceivablesLedger.replay(new JdbcLedgerLog(pg)), commands, batch));
          report(round, "PostgreSQL append", commands.size(), pgAppend, memory);
          double pgReplay = time(() -> ReceivablesLedger.replay(new JdbcLedgerLog(pg)));
          report(round, "PostgreSQL replay", commands.size(), pgReplay, memory);
        }
      } else {
        System.out.println("PostgreSQL skipped: " + Databases.NO_POSTGRES);
      }
    }
  }

  private static DataSource h2Fresh() throws Exception {
    SingleConnectionDataSource ds = new SingleConnectionDataSource(Databases.h2());
    JdbcLedgerLog.migrate(ds);
    return ds;
  }

  private static Void postAll(ReceivablesLedger ledger, List<LedgerCommand> commands, int batch) {
    for (int i = 0; i < commands.size(); i += batch) {
      ledger.postAll(commands.subList(i, Math.min(commands.size(), i + batch)));
    }
    return null;
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static double lastCpu;

  private static double time(Supplier<?> work) {
    System.gc();
    long cpu = THREADS.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    work.get();
    lastCpu = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
    return (System.nanoTime() - start) / 1e9;
  }

  private static double memoryCpu;

  private static void report(int round, String what, int commands, double seconds, double memorySeconds) {
    if (seconds == memorySeconds) {
      memoryCpu = lastCpu;
    }
    System.out.printf("round %d  %-32s wall %7.2f s %,9.0f commands/s %5.1f x in-memory | cpu %7.2f s %,9.0f commands/s %5.1f x in-memory%n",
        round, what, seconds, commands / seconds, seconds / memorySeconds, lastCpu, commands / lastCpu,
        lastCpu / memoryCpu);
  }

  /** Customers, then day by day: 1,000 invoices, and payment plus application of the invoices 30 days older. */
  static List<LedgerCommand> workload(int invoices, int customers) {
    SplittableRandom random = new SplittableRandom(42);
    CurrencyUnit eur = Monetary.getCurrency("EUR");
    LocalDate start = LocalDate.of(2026, 1, 1);
    List<LedgerCommand> commands = new ArrayList<>();
    for (int from = 0; from < customers; from += 1_000) {
      RegisterCustomers.Builder b = RegisterCustomers.builder().date(start);
      for (int c = from; c < Math.min(customers, from + 1_000); c++) {
        b.addCustomers(Customer.builder().id(CustomerId.of("C-" + c)).name("Customer " + c).currency(eur)
            .addBankAccounts("DE" + (10_000_000_000L + c)).defaultTerms(PaymentTerms.NET_30).build());
      }
      commands.add(b.build());
    }
    int perDay = 1_000;
    long[] amounts = new long[invoices];
    for (int day = 0; day * perDay < invoices + 30 * perDay; day++) {
      LocalDate date = start.plusDays(day);
      for (int i = day * perDay; i < Math.min(invoices, (day + 1) * perDay); i++) {
        amounts[i] = random.nextLong(1_00, 50_000_00);
        commands.add(PostItem.of(OpenItem.builder().documentNumber(DocumentNumber.of("INV-" + i))
            .customerId(CustomerId.of("C-" + (i % customers))).kind(ItemKind.INVOICE)
            .documentDate(date).dueDate(date.plusDays(30)).originalAmount(Money.ofMinor(eur, amounts[i]))
            .terms(PaymentTerms.NET_30).build()));
      }
      for (int i = (day - 30) * perDay; i >= 0 && i < Math.min(invoices, (day - 29) * perDay); i++) {
        Payment payment = Payment.builder().bankReference(BankReference.of("B-" + i)).receivingAccount("DE99")
            .amount(Money.ofMinor(eur, amounts[i])).valueDate(date).customerId(CustomerId.of("C-" + (i % customers)))
            .build();
        commands.add(ReceivePayment.of(payment));
        commands.add(ApplyPayment.of(payment.id(), DocumentNumber.of("INV-" + i), payment.amount(), date));
      }
    }
    return commands;
  }
}
