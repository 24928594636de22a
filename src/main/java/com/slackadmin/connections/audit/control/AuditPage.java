package com.slackadmin.connections.audit.control;

import com.slackadmin.connections.audit.entity.AuditEntry;
import java.util.List;

/**
 * One page of a connection's audit trail, newest first; pages count from 1. The getters serve the
 * {@code auditTrail} tag.
 */
public record AuditPage(List<AuditEntry> entries, int number, int size, long total) {

  public static final int SIZE = 50;

  static int lastNumber(long total, int size) {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  public List<AuditEntry> getEntries() {
    return entries;
  }

  public int getNumber() {
    return number;
  }

  public long getTotal() {
    return total;
  }

  public int getLastNumber() {
    return lastNumber(total, size);
  }

  public boolean isHasPrevious() {
    return number > 1;
  }

  public boolean isHasNext() {
    return number < getLastNumber();
  }
}
