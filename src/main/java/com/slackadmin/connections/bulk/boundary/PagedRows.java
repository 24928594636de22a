package com.slackadmin.connections.bulk.boundary;

import com.slackadmin.connections.bulk.entity.BulkRow;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** A run's rows a page at a time, each page read only when the one before has been used. */
final class PagedRows extends Spliterators.AbstractSpliterator<BulkRow> {

  private final IntFunction<List<BulkRow>> page;
  private final int size;
  private List<BulkRow> current = List.of();
  private int next;
  private int first;
  private boolean last;

  /** @param page the rows from a given first row (counting from 0), at most {@code size} of them */
  PagedRows(IntFunction<List<BulkRow>> page, int size) {
    super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
    this.page = page;
    this.size = size;
  }

  Stream<BulkRow> stream() {
    return StreamSupport.stream(this, false);
  }

  @Override
  public boolean tryAdvance(Consumer<? super BulkRow> action) {
    if (next == current.size()) {
      if (last) {
        return false;
      }
      current = page.apply(first);
      first += current.size();
      next = 0;
      last = current.size() < size;
      if (current.isEmpty()) {
        return false;
      }
    }
    action.accept(current.get(next++));
    return true;
  }
}
