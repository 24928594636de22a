package com.slackadmin.connections.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.Query;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An in list's parameters: a few padded lengths, each parameter bound, the padding repeating the last value. */
class InListTest {

  @ParameterizedTest(name = "{0} values: {1} parameters")
  @CsvSource({"1, 1", "2, 2", "3, 5", "5, 5", "6, 10", "11, 20", "49, 50", "50, 50", "51, 100", "501, 501"})
  void aListIsPaddedToOneOfAFewLengths(int size, int length) {
    assertEquals(length, InList.padded(size));
  }

  @Test
  void eachPlaceholderIsBoundAndThePaddingRepeatsTheLastValue() {
    InList<Long> ids = InList.of("id", List.of(7L, 8L, 9L));
    assertEquals("(:id0, :id1, :id2, :id3, :id4)", ids.placeholders());

    Map<String, Object> bound = new LinkedHashMap<>();
    ids.bind(recording(bound));

    assertEquals(Map.of("id0", 7L, "id1", 8L, "id2", 9L, "id3", 9L, "id4", 9L), bound);
  }

  @Test
  void anEmptyListIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> InList.of("id", List.of()));
  }

  private static Query recording(Map<String, Object> bound) {
    return (Query) Proxy.newProxyInstance(Query.class.getClassLoader(), new Class<?>[] {Query.class},
        (proxy, method, args) -> {
          if (method.getName().equals("setParameter") && args.length == 2 && args[0] instanceof String name) {
            bound.put(name, args[1]);
          }
          return proxy;
        });
  }
}
