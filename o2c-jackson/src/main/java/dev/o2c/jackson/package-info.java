/**
 * JSON for o2c with Jackson 3 ({@code tools.jackson}): register {@link dev.o2c.jackson.O2cModule}
 * and every o2c value and ledger command, and the values a host stores or exchanges when it runs
 * o2c as a service (cash application decisions, dunning notices and results, dispute cases,
 * promise evaluations, collection activities and tasks), reads and writes in the form below. The form is a
 * contract: o2c-jdbc stores ledger logs in it, and tests pin it with golden strings.
 *
 * <h2>Scalars</h2>
 * <ul>
 *   <li><b>Money</b>: {@code {"amount":"12.30","currency":"EUR"}}. The amount is a JSON
 *       <em>string</em> holding a plain decimal ({@code -?digits[.digits]}, no exponent, no
 *       {@code +}, no grouping) and is written at the currency's scale ({@code "1200"} for JPY,
 *       {@code "1.250"} for KWD). On input fewer decimals are accepted ({@code "12.3"}); more
 *       decimals than the currency has (even zeros) are refused, and so is an amount given as a
 *       JSON number, which many readers turn into binary floating point.
 *   <li><b>Currencies</b> ({@code CurrencyUnit}): the ISO 4217 code, {@code "EUR"}.
 *   <li><b>Text ids</b> ({@code CustomerId}, {@code DocumentNumber}, {@code PaymentId}, {@code
 *       BankReference}, {@code DeductionId}, {@code PromiseId}): JSON strings, the id's text; also
 *       usable as map keys.
 *   <li><b>Number ids</b> ({@code ApplicationId}, {@code AdjustmentId}): JSON integers, since the
 *       ledger numbers them itself ({@code "id":17}); strings are refused. They are posting
 *       numbers, far below 2<sup>53</sup>, so JavaScript readers keep them exact.
 *   <li><b>Dates</b>: ISO-8601 strings, {@code "2026-03-31"}.
 *   <li><b>Payment terms</b>: the canonical notation of {@code PaymentTerms.toString()}, {@code
 *       "2/10 NET 30"}; input may use any notation {@code PaymentTerms.parse} reads.
 *   <li><b>Enums</b> (item kind, account role, side, cash bucket, deduction reason and status,
 *       adjustment type, operation, decision kind, skip reason, dispute status, activity type,
 *       direction and outcome, task kind and priority): the constant's name, {@code "INVOICE"}.
 *   <li><b>Collections ids</b> ({@code DisputeId}, {@code CollectorId}): JSON strings, the id's text.
 *   <li><b>Times</b> (an activity's time of day): ISO-8601 strings, {@code "14:30"}.
 *   <li><b>Scores</b> (a proposal's {@code confidence}, from 0 to 1): a JSON number, the one
 *       place o2c writes a binary fraction, since a score is not money.
 *   <li><b>Dunning fees</b>: their notation, {@code "none"}, {@code "5.00"}, {@code "2%"}, {@code
 *       "2% max 25.00"}.
 *   <li><b>Money totals</b>: an array of money objects, one per currency in code order, zero
 *       totals left out: {@code [{"amount":"12.50","currency":"EUR"},{"amount":"5.00","currency":"USD"}]}.
 * </ul>
 *
 * <h2>Objects</h2>
 * Values are objects whose field names are the accessor names of the o2c type ({@code
 * documentNumber}, {@code originalAmount}, ...). An absent {@code Optional} is left out (on input,
 * a missing field and {@code null} both mean absent), and so is an empty list (a missing list reads
 * as empty). Fields with a default ({@code OpenItem.openAmount}, {@code Payment.id}, {@code
 * Deduction.status}, {@code ApplyPayment.smallDifference}) are always written and take their
 * default when missing on input. A field the format does not know is refused, so a misspelt
 * optional field is an error rather than silently absent. Derived values ({@code
 * Application.cleared()}, {@code CustomerBalance.net()}) are not written.
 *
 * <pre>{@code
 * {"documentNumber":"INV-1001","customerId":"C-42","kind":"INVOICE","documentDate":"2026-03-02",
 *  "dueDate":"2026-04-01","originalAmount":{"amount":"1190.00","currency":"EUR"},
 *  "openAmount":{"amount":"1190.00","currency":"EUR"},"terms":"2/10 NET 30"}
 * }</pre>
 *
 * <p>A journal line's {@code reference} is a document number, payment id or deduction id depending
 * on the account; the line carries its kind in {@code "referenceType"} ({@link
 * dev.o2c.jackson.TextIdType}: {@code DOCUMENT_NUMBER}, {@code PAYMENT_ID}, {@code DEDUCTION_ID}).
 * A posting holds {@code number}, {@code operation}, {@code date}, {@code lines}, {@code items},
 * {@code payments}, {@code applications}, {@code adjustments} and {@code deduction}; a log entry
 * {@code sequence}, {@code command} and {@code posting}.
 *
 * <h2>Cash application, dunning and collections</h2>
 * The same rules: field names are the accessor names of {@code Decision}, {@code Proposal}, {@code
 * Allocation}, {@code AdviceJoin.Unjoined} (an advice that joined no payment and why; o2c-matching),
 * {@code DunningNotice}, {@code DunningLevel}, {@code DunningLine},
 * {@code DunningProposal}, {@code SkippedItem}, {@code DunningResult}, {@code ReminderLetter},
 * {@code LetterParty}, {@code DisputeCase}, {@code DisputeLine}, {@code DisputeEvent}, {@code
 * AuthorityCheck}, {@code PromiseEvaluation}, {@code PromiseInstalmentGrade}, {@code Activity},
 * {@code ActivityLog} ({@code {"entries":[...]}}), {@code Task} and {@code WorklistDispute}
 * (o2c-aging); derived values (a proposal's {@code applied}, a line's {@code total}) are not
 * written, and every money field of an allocation is. A dunning result's {@code nextEvaluations}
 * is an object from customer id to date, in customer order. A dispute case also writes its {@code
 * status}, derived from its history, for hosts that query stored cases; on input it may be left
 * out, and if given it must be the status the history ends in. A case is read back through {@code
 * DisputeCase.restore}, which refuses a history the workflow cannot make.
 *
 * <pre>{@code
 * {"customer":"C-42","item":"INV-1001","level":2,"date":"2026-03-12",
 *  "amount":{"amount":"1190.00","currency":"EUR"}}
 * }</pre>
 *
 * <h2>Commands</h2>
 * A ledger command is an object whose first field {@code "type"} is its {@code Operation} name,
 * followed by the command's fields. Reading {@code LedgerCommand} dispatches on the type; reading a
 * command class ({@code ApplyPayment}) refuses any other type. Dates the command takes from its
 * content ({@code PostItem} from the item's document date, {@code ReceivePayment} from the value
 * date, {@code ClosePeriod} from {@code through}) are not written again.
 *
 * <pre>{@code
 * {"type":"APPLY_PAYMENT","payment":"DE02120300000000202051/2026031200042","item":"INV-1001",
 *  "applied":{"amount":"1166.20","currency":"EUR"},"date":"2026-03-12",
 *  "smallDifference":{"amount":"0.00","currency":"EUR"}}
 * }</pre>
 *
 * <h2>Errors</h2>
 * Input that does not fit fails with a {@link tools.jackson.databind.DatabindException} naming the
 * path inside the value and the problem: {@code o2c JSON at 'payment.amount.amount': expected the
 * amount as a decimal string such as "12.30", got the number 12.3 ...}. Values that are well formed
 * but break an o2c rule (a due date before the document date) fail the same way, with the rule's
 * own message.
 */
package dev.o2c.jackson;
