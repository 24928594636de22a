package com.slackadmin.connections.notification.control;

import com.slackadmin.connections.account.entity.Role;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who is told about an event of a connection: its owner, the teammates it is shared with, and every ADMIN (they
 * see every connection) — of them, those who are enabled, each once. An event whose connection is gone reaches
 * the ADMINs. Pure.
 */
public final class Recipients {

  /** A teammate as this rule needs them. */
  public record Person(long id, Role role, boolean enabled) {}

  private Recipients() {}

  /**
   * @param ownerId the connection's owner, or null when the connection is gone
   * @param shareeIds the teammates it is shared with
   * @param people every console user
   * @return the ids of those to tell, in ascending order
   */
  public static Set<Long> of(Long ownerId, Collection<Long> shareeIds, Collection<Person> people) {
    Set<Long> ids = new TreeSet<>();
    for (Person person : people) {
      boolean concerned = person.role() == Role.ADMIN || Long.valueOf(person.id()).equals(ownerId)
          || shareeIds.contains(person.id());
      if (person.enabled() && concerned) {
        ids.add(person.id());
      }
    }
    return ids;
  }
}
