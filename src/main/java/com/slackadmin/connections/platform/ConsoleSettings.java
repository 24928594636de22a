package com.slackadmin.connections.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/**
 * Console-wide settings stored in the database, so that every node of a cluster reads the same value and a change
 * in the console takes effect without a restart. Each feature says what its settings mean and who may change them.
 */
@ApplicationScoped
@Transactional
public class ConsoleSettings {

  @PersistenceContext
  EntityManager em;

  @Inject
  Clock clock;

  /** The stored value; empty when nobody changed the setting. */
  public Optional<ConsoleSetting> find(String name) {
    return Optional.ofNullable(em.find(ConsoleSetting.class, name));
  }

  public void change(String name, String value, String changedBy) {
    ConsoleSetting stored = em.find(ConsoleSetting.class, name);
    if (stored == null) {
      em.persist(new ConsoleSetting(name, value, changedBy, clock.instant()));
    } else {
      stored.change(value, changedBy, clock.instant());
    }
  }
}
