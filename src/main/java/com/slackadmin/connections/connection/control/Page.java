package com.slackadmin.connections.connection.control;

import java.util.List;

/** One page of a longer list; pages count from 1. */
public record Page<T>(List<T> items, int number, int size, long total) {

  public int getNumber() {
    return number;
  }

  public List<T> getItems() {
    return items;
  }

  public long getTotal() {
    return total;
  }

  public int getLastNumber() {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  public boolean isHasPrevious() {
    return number > 1;
  }

  public boolean isHasNext() {
    return number < getLastNumber();
  }
}
