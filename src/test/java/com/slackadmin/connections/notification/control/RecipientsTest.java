package com.slackadmin.connections.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.slackadmin.connections.account.entity.Role;
import com.slackadmin.connections.notification.control.Recipients.Person;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who is told about a connection's event. People: 1 ADMIN, 2 BUILDER (the owner), 3 BUILDER, 4 VIEWER, 5 ADMIN
 * disabled, 6 BUILDER disabled.
 */
class RecipientsTest {

  static final List<Person> PEOPLE = List.of(new Person(1, Role.ADMIN, true), new Person(2, Role.BUILDER, true),
      new Person(3, Role.BUILDER, true), new Person(4, Role.VIEWER, true), new Person(5, Role.ADMIN, false),
      new Person(6, Role.BUILDER, false));

  @ParameterizedTest(name = "owner {0}, sharees [{1}]: told [{2}]")
  @CsvSource(nullValues = "-", textBlock = """
      2, '',      '1 2'
      2, '3',     '1 2 3'
      2, '3 4',   '1 2 3 4'
      2, '4 6',   '1 2 4'
      6, '3',     '1 3'
      1, '',      '1'
      -, '',      '1'
      2, '2 1',   '1 2'
      """)
  void theOwnerTheShareesAndEveryAdminThatIsEnabledEachOnce(Long owner, String sharees, String told) {
    assertEquals(ids(told), Recipients.of(owner, ids(sharees), PEOPLE));
  }

  private static Set<Long> ids(String list) {
    return Arrays.stream(list.split(" ")).filter(s -> !s.isBlank()).map(Long::valueOf).collect(Collectors.toSet());
  }
}
