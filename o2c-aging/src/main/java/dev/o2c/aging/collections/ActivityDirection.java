package dev.o2c.aging.collections;

/** Who started a collection activity. */
public enum ActivityDirection {
  /** The collector reached out to the customer. */
  OUTBOUND,
  /** The customer reached out, or answered an earlier outbound activity. */
  INBOUND
}
