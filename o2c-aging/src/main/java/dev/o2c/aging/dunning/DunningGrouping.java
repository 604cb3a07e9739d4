package dev.o2c.aging.dunning;

/** How a dunning run groups the items it dunns into notices (letters). */
public enum DunningGrouping {
  /** One notice per customer, listing every dunnable item at its own level. */
  PER_CUSTOMER,
  /** One notice per item. */
  PER_ITEM
}
