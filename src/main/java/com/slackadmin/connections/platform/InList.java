package com.slackadmin.connections.platform;

import jakarta.persistence.Query;
import java.util.List;
import java.util.StringJoiner;

/**
 * An {@code in (...)} list of a query as one parameter per value: {@code "c.id in " + ids.placeholders()}, then
 * {@code ids.bind(query)}. Hibernate 6 does not keep a query's plan when a parameter is bound to a collection,
 * and built it again at every execution: a tenth of the Connections page's CPU, for its four such queries. The
 * list is padded to one of a few lengths by repeating its last value, so that each query has a few plans, each
 * built once.
 */
public final class InList<T> {

  private static final int[] LENGTHS = {1, 2, 5, 10, 20, 50, 100, 200, 500};

  private final String name;
  private final List<T> values;
  private final int length;

  private InList(String name, List<T> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("An in list needs at least one value: " + name);
    }
    this.name = name;
    this.values = values;
    this.length = padded(values.size());
  }

  /** @param name the parameters' common prefix, unique in the query */
  public static <T> InList<T> of(String name, List<T> values) {
    return new InList<>(name, List.copyOf(values));
  }

  /** {@code (:name0, :name1, ...)}, as many as the padded length. */
  public String placeholders() {
    StringJoiner joined = new StringJoiner(", ", "(", ")");
    for (int i = 0; i < length; i++) {
      joined.add(":" + name + i);
    }
    return joined.toString();
  }

  public <Q extends Query> Q bind(Q query) {
    for (int i = 0; i < length; i++) {
      query.setParameter(name + i, values.get(Math.min(i, values.size() - 1)));
    }
    return query;
  }

  static int padded(int size) {
    for (int length : LENGTHS) {
      if (size <= length) {
        return length;
      }
    }
    return size;
  }
}
