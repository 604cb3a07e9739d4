package dev.o2c.aging.dunning;

import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.PromiseToPay;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.money.Money;
import dev.o2c.core.money.MoneyTotals;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a dunning run looks at besides the policy and the day: the open items, the notices sent
 * before, the disputed amount per item, promises to pay, the credit each customer holds (unapplied cash
 * and money on account) and the customers the host blocked. Built with {@link #builder()}; only the
 * open items are needed. This instance is immutable.
 *
 * <pre>{@code
 * DunningInput input = DunningInput.builder()
 *     .openItems(ledger.now().openItems(acme))
 *     .history(recordedNotices)
 *     .disputedAmount(DocumentNumber.of("INV-7"), Money.of("EUR", "40.00"))
 *     .promises(promises)
 *     .credit(acme, ledger.now().unappliedCash(acme).plus(ledger.now().onAccount(acme)))
 *     .build();
 * }</pre>
 */
public final class DunningInput {
  private final List<OpenItem> openItems;
  private final List<DunningNotice> history;
  private final Map<DocumentNumber, Money> disputed;
  private final List<PromiseToPay> promises;
  private final Map<CustomerId, MoneyTotals> credit;
  private final Set<CustomerId> blocked;

  private DunningInput(Builder b) {
    this.openItems = List.copyOf(b.openItems);
    this.history = List.copyOf(b.history);
    this.disputed = Map.copyOf(b.disputed);
    this.promises = List.copyOf(b.promises);
    this.credit = Map.copyOf(b.credit);
    this.blocked = Set.copyOf(b.blocked);
  }

  /** {@return a builder with nothing in it} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Open items and nothing else: no history, disputes, promises, credit or blocks.
   *
   * @param openItems the open items
   * @return the input
   * @throws IllegalArgumentException if a document number appears twice
   */
  public static DunningInput of(Collection<OpenItem> openItems) {
    return builder().openItems(openItems).build();
  }

  /** {@return the open items, as given} */
  public List<OpenItem> openItems() {
    return openItems;
  }

  /** {@return the notices sent before, as given} */
  public List<DunningNotice> history() {
    return history;
  }

  /** {@return the disputed amount per item} */
  public Map<DocumentNumber, Money> disputedAmounts() {
    return disputed;
  }

  /** {@return the promises to pay, in any status (only open ones pause dunning)} */
  public List<PromiseToPay> promises() {
    return promises;
  }

  /**
   * The credit a customer holds against its items: unapplied cash and money on account.
   *
   * @param customer the customer
   * @return the credit per currency, positive for money held; zero if none was given
   */
  public MoneyTotals credit(CustomerId customer) {
    return credit.getOrDefault(customer, MoneyTotals.ZERO);
  }

  /** {@return the customers the host blocked from dunning} */
  public Set<CustomerId> blockedCustomers() {
    return blocked;
  }

  /** Builds a {@link DunningInput}. Not thread-safe. */
  public static final class Builder {
    private final List<OpenItem> openItems = new ArrayList<>();
    private final List<DunningNotice> history = new ArrayList<>();
    private final Map<DocumentNumber, Money> disputed = new HashMap<>();
    private final List<PromiseToPay> promises = new ArrayList<>();
    private final Map<CustomerId, MoneyTotals> credit = new HashMap<>();
    private final Set<CustomerId> blocked = new HashSet<>();

    private Builder() {}

    /**
     * Adds open items (cleared ones are ignored by the run).
     *
     * @param items the items
     * @return this builder
     */
    public Builder openItems(Collection<OpenItem> items) {
      items.forEach(item -> openItems.add(Objects.requireNonNull(item, "item")));
      return this;
    }

    /**
     * Adds notices sent before. Notices dated after the run's day are not looked at.
     *
     * @param notices the notices
     * @return this builder
     */
    public Builder history(Collection<DunningNotice> notices) {
      notices.forEach(n -> history.add(Objects.requireNonNull(n, "notice")));
      return this;
    }

    /**
     * Sets the amount in dispute on an item; the run dunns only the rest of its open amount.
     *
     * @param item the item
     * @param amount the disputed amount, zero or positive, in the item's currency
     * @return this builder
     * @throws IllegalArgumentException if the amount is negative
     */
    public Builder disputedAmount(DocumentNumber item, Money amount) {
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(amount, "amount");
      if (amount.isNegative()) {
        throw new IllegalArgumentException("disputed amount " + amount + " on " + item + " is negative");
      }
      disputed.put(item, amount);
      return this;
    }

    /**
     * Sets the amounts in dispute, per item.
     *
     * @param amounts the disputed amount per item, each zero or positive
     * @return this builder
     * @throws IllegalArgumentException if an amount is negative
     */
    public Builder disputedAmounts(Map<DocumentNumber, Money> amounts) {
      amounts.forEach(this::disputedAmount);
      return this;
    }

    /**
     * Adds promises to pay. An open promise pauses dunning of the items it names, or, naming none, of the
     * customer's items its amount covers.
     *
     * @param newPromises the promises
     * @return this builder
     */
    public Builder promises(Collection<PromiseToPay> newPromises) {
      newPromises.forEach(p -> promises.add(Objects.requireNonNull(p, "promise")));
      return this;
    }

    /**
     * Sets a customer's credit: unapplied cash and money on account, positive for money held.
     *
     * @param customer the customer
     * @param amounts the credit per currency
     * @return this builder
     */
    public Builder credit(CustomerId customer, MoneyTotals amounts) {
      credit.put(Objects.requireNonNull(customer, "customer"), Objects.requireNonNull(amounts, "amounts"));
      return this;
    }

    /**
     * Blocks customers from dunning.
     *
     * @param customers the customers
     * @return this builder
     */
    public Builder blockedCustomers(Collection<CustomerId> customers) {
      customers.forEach(c -> blocked.add(Objects.requireNonNull(c, "customer")));
      return this;
    }

    /**
     * Builds the input.
     *
     * @return the input
     * @throws IllegalArgumentException if a document number appears twice among the open items, or a
     *     disputed amount is in another currency than its item
     */
    public DunningInput build() {
      Map<DocumentNumber, OpenItem> seen = new HashMap<>();
      for (OpenItem item : openItems) {
        if (seen.put(item.documentNumber(), item) != null) {
          throw new IllegalArgumentException("open item " + item.documentNumber() + " appears twice");
        }
      }
      disputed.forEach((number, amount) -> {
        OpenItem item = seen.get(number);
        if (item != null && !item.openAmount().currency().equals(amount.currency())) {
          throw new IllegalArgumentException("disputed amount " + amount + " on " + number + " is not in the item's "
              + "currency " + item.openAmount().currency());
        }
      });
      return new DunningInput(this);
    }
  }
}
