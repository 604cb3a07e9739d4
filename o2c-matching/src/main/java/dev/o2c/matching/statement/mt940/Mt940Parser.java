package dev.o2c.matching.statement.mt940;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads MT940/MT942 messages field by field and hands them to a {@link Mt940Handler}. Holds one message
 * header and one statement line at a time, so memory does not grow with the file.
 *
 * <p>Throws {@link SwiftFormatException} for syntax errors and lets {@link IOException} through. A wrong
 * value inside one statement line (a {@code :61:} that does not parse, details of a {@code :61:} that
 * exceed the bound) is not thrown but given to {@link Mt940Handler#entryFailure}: the fields around it
 * are delimited by their tags, so the entry can be left out and the reading go on with the next tag;
 * the {@code :86:} fields of such an entry are then read past, and the entry counts nowhere.
 */
final class Mt940Parser {
  /** Bound on {@code :65:} fields and statement-level info lines kept per message. */
  static final int MAX_REPEATS = 1000;

  private final SwiftFieldReader fields;
  private final Mt940Handler handler;

  private int messages;

  // The message being read.
  private boolean open;
  private int startLine;
  private String reference;
  private String declaredType;
  private Optional<String> related;
  private Optional<String> account;
  private Optional<String> sequence;
  private Optional<SwiftBalance> opening;
  private boolean openingIntermediate;
  private List<FloorLimit> floorLimits;
  private Optional<OffsetDateTime> dateTime;
  private List<String> headerInfo;
  private Mt940Header header;
  private Optional<SwiftBalance> closing;
  private boolean closingIntermediate;
  private Optional<SwiftBalance> available;
  private List<SwiftBalance> forward;
  private Optional<EntrySum> debitSum;
  private Optional<EntrySum> creditSum;
  private List<String> trailerInfo;
  private boolean closed;
  private int entries;
  private int debitCount;
  private int creditCount;
  private BigDecimal debitTotal;
  private BigDecimal creditTotal;

  // The statement line waiting for its :86:.
  private boolean pendingOpen;
  /** The parsed :61:, or null when it failed and is being left out. */
  private StatementLine pending;
  private int pendingLine;
  private List<String> pendingDetails;
  private boolean pendingFree;
  private int pendingChars;

  Mt940Parser(Reader reader, Mt940Handler handler) {
    this.fields = new SwiftFieldReader(reader);
    this.handler = handler;
  }

  /** The line number of the last physical line read, for error messages. */
  int lineNumber() {
    return fields.lineNumber();
  }

  /** Reads to the end of input. */
  void run() throws IOException {
    SwiftField f;
    while ((f = fields.next()) != null) {
      accept(f);
    }
    finish(fields.lineNumber());
    if (messages == 0) {
      throw new SwiftFormatException(Math.max(1, fields.lineNumber()), "no MT940/MT942 message found (no :20: field)");
    }
  }

  private void accept(SwiftField f) {
    String tag = f.tag();
    if (tag.equals(SwiftField.END)) {
      finish(f.line());
      return;
    }
    if (tag.equals("20")) {
      finish(f.line());
      begin(f);
      return;
    }
    if (!open) {
      throw new SwiftFormatException(f.line(), "field :" + tag + ": outside a message (no :20: before it)");
    }
    switch (tag) {
      case "21" -> related = nonBlank(f.joined());
      case "25" -> account = nonBlank(f.joined());
      case "28", "28C" -> sequence = nonBlank(f.joined());
      case "13", "13D" -> dateTime = Optional.of(SwiftValues.dateTime(f));
      case "34F" -> {
        if (floorLimits.size() < 2) {
          floorLimits.add(SwiftValues.floorLimit(f));
        }
      }
      case "60F", "60M" -> {
        if (header != null) {
          throw new SwiftFormatException(f.line(), "opening balance :" + tag + ": after the statement lines");
        }
        opening = Optional.of(SwiftValues.balance(f));
        openingIntermediate = tag.equals("60M");
      }
      case "61" -> {
        ensureHeader();
        if (closed) {
          throw new SwiftFormatException(f.line(), "statement line :61: after the closing balance");
        }
        flushEntry();
        pendingOpen = true;
        pendingLine = f.line();
        pendingDetails = new ArrayList<>(2);
        pendingFree = false;
        pendingChars = 0;
        try {
          pending = StatementLine.parse(f);
        } catch (SwiftFormatException e) {
          // The next tag ends this entry whatever its content: leave it out if the handler goes on.
          pending = null;
          handler.entryFailure(header, e);
        }
      }
      case "86" -> {
        if (pendingOpen) {
          if (pending == null) {
            // The details of an entry left out: read past, never kept, so they cannot grow either.
            return;
          }
          // Every line counts at least once, so endless empty :86: fields cannot grow the entry either.
          for (String l : f.lines()) {
            pendingChars += l.length() + 1;
          }
          if (pendingChars > SwiftFieldReader.MAX_FIELD_CHARS) {
            pending = null;
            pendingDetails = new ArrayList<>(0);
            handler.entryFailure(header, new SwiftFormatException(f.line(), "details of the :61: on line "
                + pendingLine + " exceed " + SwiftFieldReader.MAX_FIELD_CHARS + " characters"));
            return;
          }
          pendingDetails.addAll(f.lines());
        } else if (header == null) {
          addBounded(headerInfo, f.lines());
        } else {
          addBounded(trailerInfo, f.lines());
        }
      }
      case "NS" -> {
        // Sberbank puts the details of a :61: into a non-standard :NS: field instead of :86:.
        if (pending != null && pendingDetails.isEmpty()) {
          pendingDetails.addAll(f.lines());
          pendingFree = true;
        }
      }
      case "62F", "62M" -> {
        ensureHeader();
        flushEntry();
        closing = Optional.of(SwiftValues.balance(f));
        closingIntermediate = tag.equals("62M");
        closed = true;
      }
      case "64" -> {
        ensureHeader();
        flushEntry();
        available = Optional.of(SwiftValues.balance(f));
      }
      case "65" -> {
        ensureHeader();
        flushEntry();
        if (forward.size() < MAX_REPEATS) {
          forward.add(SwiftValues.balance(f));
        }
      }
      case "90D", "90C" -> {
        ensureHeader();
        flushEntry();
        EntrySum sum = SwiftValues.entrySum(f);
        if (tag.equals("90D")) {
          debitSum = Optional.of(sum);
        } else {
          creditSum = Optional.of(sum);
        }
      }
      default -> {
        // Other tags (bank extensions) carry nothing the normalized statement needs.
      }
    }
  }

  private void begin(SwiftField f) {
    open = true;
    declaredType = fields.declaredType();
    messages++;
    startLine = f.line();
    reference = f.joined().strip();
    related = Optional.empty();
    account = Optional.empty();
    sequence = Optional.empty();
    opening = Optional.empty();
    openingIntermediate = false;
    floorLimits = new ArrayList<>(2);
    dateTime = Optional.empty();
    headerInfo = new ArrayList<>();
    header = null;
    closing = Optional.empty();
    closingIntermediate = false;
    available = Optional.empty();
    forward = new ArrayList<>();
    debitSum = Optional.empty();
    creditSum = Optional.empty();
    trailerInfo = new ArrayList<>();
    closed = false;
    entries = 0;
    debitCount = 0;
    creditCount = 0;
    debitTotal = BigDecimal.ZERO;
    creditTotal = BigDecimal.ZERO;
    pendingOpen = false;
    pending = null;
  }

  private void ensureHeader() {
    if (header == null) {
      header = new Mt940Header(reference, related, account, sequence, opening, openingIntermediate, floorLimits,
          dateTime, headerInfo, declaredType, startLine);
      handler.header(header);
    }
  }

  private void flushEntry() {
    if (!pendingOpen) {
      return;
    }
    pendingOpen = false;
    StatementLine line = pending;
    pending = null;
    if (line == null) {
      // Left out: the handler has been told, and the entry counts nowhere.
      return;
    }
    Optional<Details86> details = pendingDetails.isEmpty() ? Optional.empty()
        : Optional.of(pendingFree ? Details86.free(pendingDetails) : Details86.parse(pendingDetails));
    if (!handler.entry(header, line, details, pendingLine)) {
      return;
    }
    entries++;
    if (line.debit()) {
      debitCount++;
      debitTotal = debitTotal.add(line.amount());
    } else {
      creditCount++;
      creditTotal = creditTotal.add(line.amount());
    }
  }

  private void finish(int line) {
    if (!open) {
      return;
    }
    ensureHeader();
    flushEntry();
    handler.trailer(header, new Mt940Trailer(closing, closingIntermediate, available, forward, debitSum, creditSum,
        trailerInfo, entries, debitCount, debitTotal, creditCount, creditTotal, line));
    open = false;
  }

  private static void addBounded(List<String> target, List<String> lines) {
    for (String l : lines) {
      if (target.size() < MAX_REPEATS) {
        target.add(l);
      }
    }
  }

  private static Optional<String> nonBlank(String s) {
    String t = s.strip();
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }
}
