/**
 * From bank statements to the receivables ledger: {@link dev.o2c.matching.ledger.StatementPostings}
 * turns incoming money into payments and returns into returns of the payments they take back, as
 * ledger commands for the host to post.
 */
@ValueStyle
package dev.o2c.matching.ledger;

import dev.o2c.core.value.ValueStyle;
