package com.slackadmin.connections.connection.control;

import java.util.List;

/**
 * One page of a longer list; pages count from 1. {@code counted}: {@code total} is exact; otherwise the list was
 * counted only up to a bound, {@code total} is that bound (there are more), and {@code more} says whether a
 * page follows this one.
 */
public record Page<T>(List<T> items, int number, int size, long total, boolean counted, boolean more) {

  /** A page of a list counted whole. */
  public Page(List<T> items, int number, int size, long total) {
    this(items, number, size, total, true, (long) number * size < total);
  }

  public int getNumber() {
    return number;
  }

  public List<T> getItems() {
    return items;
  }

  public long getTotal() {
    return total;
  }

  public boolean isCounted() {
    return counted;
  }

  /** The last page; for a list not counted whole, the last one known: this one, or the next. */
  public int getLastNumber() {
    return counted ? (int) Math.max(1, (total + size - 1) / size) : number + (more ? 1 : 0);
  }

  public boolean isHasPrevious() {
    return number > 1;
  }

  public boolean isHasNext() {
    return counted ? number < getLastNumber() : more;
  }
}
