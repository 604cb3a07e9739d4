package dev.o2c.matching.statement.bai2;

import dev.o2c.matching.statement.FindingCode;
import dev.o2c.matching.statement.bai2.Bai2Records.Account;
import dev.o2c.matching.statement.bai2.Bai2Records.Detail;
import dev.o2c.matching.statement.bai2.Bai2Records.FileHeader;
import dev.o2c.matching.statement.bai2.Bai2Records.GroupHeader;
import dev.o2c.matching.statement.bai2.Bai2Records.Problem;
import dev.o2c.matching.statement.bai2.Bai2Records.Summary;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a BAI2 file record by record, checks the record order and hands the records to a
 * {@link Bai2Handler}, together with the control totals and record counts that do not reconcile.
 *
 * <p>Structure is enforced (a record out of place, a missing trailer, a truncated file is a
 * {@link Bai2FormatException}); arithmetic is reported (a trailer total or count that differs from
 * what the file holds is a {@link Problem}), because real files are often spliced or anonymised.
 *
 * <p>Counting rules: an account's control total (49) is the sum of its 03 summary amounts and its 16
 * amounts; a group's (98) the sum of its 49 totals; the file's (99) the sum of its 98 totals. Record
 * counts include the header and trailer records and every 88 continuation; a record wrapped onto a
 * second physical line without an 88 counts once.
 *
 * <p>A 16 record whose fields do not parse (type code, amount, funds type) is not thrown but given to
 * {@link Bai2Handler#detailFailure}; a 16 the handler refuses to map makes {@link Bai2Handler#detail}
 * return false. Either way, if the reading goes on, the detail's amount is left out of the account's
 * control total (it was not read), while its records still count (they are in the file).
 */
final class Bai2Parser {
  private enum State { START, FILE, GROUP, ACCOUNT, DONE }

  private final Bai2RecordReader reader;
  private final Bai2Handler handler;
  private State state = State.START;

  private FileHeader file;
  private long fileRecords;
  private long fileTotal;
  private long groups;

  private GroupHeader group;
  private long groupRecords;
  private long groupTotal;
  private long accounts;

  private Account account;
  private long accountRecords;
  private long accountTotal;
  private long accountSkipped;

  Bai2Parser(Reader in, Bai2Handler handler) {
    this.reader = new Bai2RecordReader(in);
    this.handler = handler;
  }

  /** The number of the last physical line read. */
  int lineNumber() {
    return reader.lineNumber();
  }

  /** Reads to the end of input. */
  void run() throws IOException {
    Bai2Record r;
    while ((r = reader.next()) != null) {
      accept(r);
    }
    if (state != State.DONE) {
      throw new Bai2FormatException(reader.lineNumber(), state == State.START ? "empty input: no BAI2 01 file header"
          : "file ends without the 99 file trailer (truncated?)");
    }
  }

  private void accept(Bai2Record r) {
    int line = r.line();
    try {
      switch (r.code()) {
        case "01" -> fileHeader(r);
        case "02" -> groupHeader(r);
        case "03" -> account(r);
        case "16" -> detail(r);
        case "49" -> accountTrailer(r);
        case "98" -> groupTrailer(r);
        case "99" -> fileTrailer(r);
        default -> throw new Bai2FormatException(line, "unknown BAI2 record code " + r.code());
      }
    } catch (ArithmeticException e) {
      throw new Bai2FormatException(line, "control total overflows");
    }
  }

  private void expect(Bai2Record r, State... allowed) {
    for (State s : allowed) {
      if (state == s) {
        return;
      }
    }
    String where = switch (state) {
      case START -> "before the 01 file header";
      case FILE -> "after the file header or a group trailer (expected 02 or 99)";
      case GROUP -> "inside a group between accounts (expected 03 or 98)";
      case ACCOUNT -> "inside an account (expected 16 or 49)";
      case DONE -> "after the 99 file trailer";
    };
    throw new Bai2FormatException(r.line(), "record " + r.code() + " is out of place: " + where);
  }

  private void fileHeader(Bai2Record r) {
    expect(r, State.START);
    FieldCursor c = new FieldCursor(r.parts());
    String sender = c.next();
    String receiver = c.next();
    var date = Bai2Values.date(c.next(), r.line(), "file creation date");
    String time = c.next();
    String fileId = c.next();
    c.next(); // physical record length: irrelevant for delimited reading
    c.next(); // block size
    String version = c.next();
    if (!version.isEmpty() && !version.equals("2")) {
      throw new Bai2FormatException(r.line(), "BAI version '" + Bai2Values.abbreviate(version) + "' is not 2");
    }
    file = new FileHeader(sender, receiver, date, time.isEmpty() ? Optional.empty()
        : Optional.of(Bai2Values.time(time, r.line())), fileId, opt(version), r.line());
    fileRecords = r.records();
    fileTotal = 0;
    groups = 0;
    state = State.FILE;
    handler.fileHeader(file);
  }

  private void groupHeader(Bai2Record r) {
    expect(r, State.FILE);
    FieldCursor c = new FieldCursor(r.parts());
    String receiver = c.next();
    String originator = c.next();
    String status = c.next();
    var date = Bai2Values.date(c.next(), r.line(), "as-of date");
    String time = c.next();
    String currency = c.next();
    String modifier = c.next();
    group = new GroupHeader(receiver, originator, status, date,
        time.isEmpty() ? Optional.empty() : Optional.of(Bai2Values.time(time, r.line())), currency(currency, r.line()),
        opt(modifier), r.line());
    groupRecords = r.records();
    groupTotal = 0;
    accounts = 0;
    state = State.GROUP;
    handler.groupHeader(file, group);
  }

  private void account(Bai2Record r) {
    expect(r, State.GROUP);
    FieldCursor c = new FieldCursor(r.parts());
    String number = c.next();
    if (number.isEmpty()) {
      throw new Bai2FormatException(r.line(), "03 account record without an account number");
    }
    Optional<String> currency = currency(c.next(), r.line());
    List<Summary> summaries = new ArrayList<>();
    long total = 0;
    while (c.hasNext()) {
      Optional<String> type = Bai2Values.typeCode(c.next(), r.line());
      Optional<Long> amount = Bai2Values.amount(c.next(), r.line());
      Optional<Long> count = Bai2Values.count(c.next(), r.line(), "item count");
      FundsType funds = FundsType.read(c, r.line());
      if (amount.isPresent()) {
        total = Math.addExact(total, amount.get());
      }
      if (type.isPresent()) {
        summaries.add(new Summary(type.get(), amount, count, funds));
      } else if (amount.isPresent()) {
        throw new Bai2FormatException(r.line(), "03 summary amount without a type code");
      }
    }
    account = new Account(number, currency, summaries, r.line());
    accountRecords = r.records();
    accountTotal = total;
    accountSkipped = 0;
    accounts++;
    state = State.ACCOUNT;
    handler.account(file, group, account);
  }

  private void detail(Bai2Record r) {
    expect(r, State.ACCOUNT);
    // The records are in the file whatever their values: a detail left out still counts as records.
    accountRecords += r.records();
    Detail d;
    try {
      d = parseDetail(r);
    } catch (Bai2FormatException e) {
      // The record ends where the next record code starts, so a wrong value concerns this detail only.
      accountSkipped++;
      handler.detailFailure(account, e);
      return;
    } catch (ArithmeticException e) {
      accountSkipped++;
      handler.detailFailure(account, new Bai2FormatException(r.line(), "funds type distribution overflows"));
      return;
    }
    long total = Math.addExact(accountTotal, d.amount());
    if (handler.detail(group, account, d)) {
      accountTotal = total;
    } else {
      accountSkipped++;
    }
  }

  /** The fields of a 16 record with its continuations. */
  private static Detail parseDetail(Bai2Record r) {
    FieldCursor c = new FieldCursor(r.parts());
    Optional<String> type = Bai2Values.typeCode(c.next(), r.line());
    if (type.isEmpty()) {
      throw new Bai2FormatException(r.line(), "16 detail record without a type code");
    }
    Optional<Long> amount = Bai2Values.amount(c.next(), r.line());
    if (amount.isPresent() && amount.get() < 0) {
      throw new Bai2FormatException(r.line(), "16 detail amount must not carry a minus sign");
    }
    FundsType funds = FundsType.read(c, r.line());
    String bankRef = c.next();
    String customerRef = c.next();
    List<String> text = new ArrayList<>();
    String first = c.rest().stripTrailing();
    if (!first.isEmpty()) {
      text.add(first);
    }
    for (String more : r.parts().subList(Math.min(c.part() + 1, r.parts().size()), r.parts().size())) {
      String t = more.stripTrailing();
      // "88,text,/" ends with the field delimiter before the terminator, not with a comma of the text.
      if (t.endsWith(",")) {
        t = t.substring(0, t.length() - 1).stripTrailing();
      }
      if (!t.isEmpty()) {
        text.add(t);
      }
    }
    return new Detail(type.get(), amount.orElse(0L), funds, bankRef, customerRef, text, r.line());
  }

  private void accountTrailer(Bai2Record r) {
    expect(r, State.ACCOUNT);
    FieldCursor c = new FieldCursor(r.parts());
    long declaredTotal = Bai2Values.amount(c.next(), r.line()).orElse(0L);
    Optional<Long> declaredRecords = Bai2Values.count(c.next(), r.line(), "number of records");
    accountRecords += r.records();
    List<Problem> problems = new ArrayList<>(2);
    String who = "account " + account.accountNumber();
    if (declaredTotal != accountTotal) {
      problems.add(new Problem(FindingCode.CONTROL_TOTAL_MISMATCH, who + ": 49 control total " + declaredTotal
          + " but summaries and details add up to " + accountTotal
          + (accountSkipped == 0 ? "" : " (" + accountSkipped + (accountSkipped == 1 ? " detail" : " details")
          + " left out)"), r.line()));
    }
    if (declaredRecords.isPresent() && declaredRecords.get() != accountRecords) {
      problems.add(new Problem(FindingCode.COUNT_MISMATCH, who + ": 49 says " + declaredRecords.get() + " records but the account has "
          + accountRecords, r.line()));
    }
    groupTotal = Math.addExact(groupTotal, declaredTotal);
    groupRecords += accountRecords;
    state = State.GROUP;
    handler.accountEnd(group, account, declaredTotal, problems, r.line());
    account = null;
  }

  private void groupTrailer(Bai2Record r) {
    expect(r, State.GROUP);
    FieldCursor c = new FieldCursor(r.parts());
    long declaredTotal = Bai2Values.amount(c.next(), r.line()).orElse(0L);
    Optional<Long> declaredAccounts = Bai2Values.count(c.next(), r.line(), "number of accounts");
    Optional<Long> declaredRecords = Bai2Values.count(c.next(), r.line(), "number of records");
    groupRecords += r.records();
    String who = "group of " + group.originator() + " as of " + group.asOfDate();
    if (declaredTotal != groupTotal) {
      handler.fileProblem(new Problem(FindingCode.CONTROL_TOTAL_MISMATCH, who + ": 98 control total " + declaredTotal
          + " but the account totals add up to " + groupTotal, r.line()));
    }
    if (declaredAccounts.isPresent() && declaredAccounts.get() != accounts) {
      handler.fileProblem(new Problem(FindingCode.COUNT_MISMATCH, who + ": 98 says " + declaredAccounts.get()
          + " accounts but the group has " + accounts, r.line()));
    }
    if (declaredRecords.isPresent() && declaredRecords.get() != groupRecords) {
      handler.fileProblem(new Problem(FindingCode.COUNT_MISMATCH, who + ": 98 says " + declaredRecords.get()
          + " records but the group has " + groupRecords, r.line()));
    }
    fileTotal = Math.addExact(fileTotal, declaredTotal);
    fileRecords += groupRecords;
    groups++;
    state = State.FILE;
    group = null;
  }

  private void fileTrailer(Bai2Record r) {
    expect(r, State.FILE);
    FieldCursor c = new FieldCursor(r.parts());
    long declaredTotal = Bai2Values.amount(c.next(), r.line()).orElse(0L);
    Optional<Long> declaredGroups = Bai2Values.count(c.next(), r.line(), "number of groups");
    Optional<Long> declaredRecords = Bai2Values.count(c.next(), r.line(), "number of records");
    fileRecords += r.records();
    if (declaredTotal != fileTotal) {
      handler.fileProblem(new Problem(FindingCode.CONTROL_TOTAL_MISMATCH, "file: 99 control total " + declaredTotal
          + " but the group totals add up to " + fileTotal, r.line()));
    }
    if (declaredGroups.isPresent() && declaredGroups.get() != groups) {
      handler.fileProblem(new Problem(FindingCode.COUNT_MISMATCH, "file: 99 says " + declaredGroups.get() + " groups but the file has "
          + groups, r.line()));
    }
    if (declaredRecords.isPresent() && declaredRecords.get() != fileRecords) {
      handler.fileProblem(new Problem(FindingCode.COUNT_MISMATCH, "file: 99 says " + declaredRecords.get()
          + " records but the file has " + fileRecords, r.line()));
    }
    state = State.DONE;
  }

  private static Optional<String> currency(String code, int line) {
    if (code.isEmpty()) {
      return Optional.empty();
    }
    if (code.length() != 3 || !code.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z')) {
      throw new Bai2FormatException(line, "currency '" + Bai2Values.abbreviate(code) + "' is not an ISO 4217 code");
    }
    return Optional.of(code);
  }

  private static Optional<String> opt(String s) {
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }
}
