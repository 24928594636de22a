package com.slackadmin.connections.sandbox.control;

import com.slackadmin.connections.sandbox.entity.Person;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The directory's people in the order they joined, with look-ups by id, email and user name that cost the same
 * for ten thousand people as for ten: a bulk run reads or filters one account per row, and a scan per row would
 * make the run quadratic. Slack never deletes an account (SCIM {@code DELETE} deactivates), so people are only
 * added and a position, once given, stays: {@code users.list} cursors rely on that. Emails and user names are
 * unique only within what one token sees, so each key may name several people, kept in joining order. Not
 * thread-safe: the {@link SandboxWorld} lock guards it.
 */
final class People {

  private final List<Person> inOrder = new ArrayList<>();
  private final Map<String, Integer> positions = new HashMap<>();
  private final Map<String, List<Person>> byEmail = new HashMap<>();
  private final Map<String, List<Person>> byUserName = new HashMap<>();

  void add(Person person) {
    if (positions.containsKey(person.getId())) {
      throw new IllegalArgumentException("There is already a person " + person.getId());
    }
    positions.put(person.getId(), inOrder.size());
    inOrder.add(person);
    index(person);
  }

  /** Changes a person's attributes, keeping the email and user name look-ups true to the change. */
  void update(Person person, Consumer<Person> change) {
    unindex(person);
    try {
      change.accept(person);
    } finally {
      index(person);
    }
  }

  List<Person> all() {
    return Collections.unmodifiableList(inOrder);
  }

  int size() {
    return inOrder.size();
  }

  Person at(int position) {
    return inOrder.get(position);
  }

  /** Where the person joined, or -1 for nobody. */
  int positionOf(String id) {
    Integer position = id == null ? null : positions.get(id);
    return position == null ? -1 : position;
  }

  Optional<Person> byId(String id) {
    int position = positionOf(id);
    return position < 0 ? Optional.empty() : Optional.of(inOrder.get(position));
  }

  List<Person> withEmail(String email) {
    return byEmail.getOrDefault(key(email), List.of());
  }

  List<Person> withUserName(String userName) {
    return byUserName.getOrDefault(key(userName), List.of());
  }

  private void index(Person person) {
    insert(byEmail.computeIfAbsent(key(person.getEmail()), k -> new ArrayList<>(1)), person);
    insert(byUserName.computeIfAbsent(key(person.getUserName()), k -> new ArrayList<>(1)), person);
  }

  /** Keeps the people sharing a key in joining order, so the first match is the same before and after a change. */
  private void insert(List<Person> named, Person person) {
    int position = positions.get(person.getId());
    int at = named.size();
    while (at > 0 && positions.get(named.get(at - 1).getId()) > position) {
      at--;
    }
    named.add(at, person);
  }

  private void unindex(Person person) {
    remove(byEmail, key(person.getEmail()), person);
    remove(byUserName, key(person.getUserName()), person);
  }

  private static void remove(Map<String, List<Person>> index, String key, Person person) {
    List<Person> named = index.get(key);
    if (named != null) {
      named.remove(person);
      if (named.isEmpty()) {
        index.remove(key);
      }
    }
  }

  private static String key(String value) {
    return value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
  }
}
