package com.slackadmin.connections.platform;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Payara Micro's data grid, its built-in Hazelcast, as the application uses it: values that every node of a
 * cluster sees and changes one at a time. A lone node has the grid too (Payara Micro starts it without
 * {@code --nocluster} joining anyone), so one code path serves one node and many; only a server started
 * with {@code --nohazelcast} has none, and then the values are kept in this process.
 *
 * <p>The values are small state shared across nodes (an org's Slack rate budget), never per-user state:
 * sessions are the container's to replicate.
 */
@ApplicationScoped
public class DataGrid {

  /** Where Payara binds its Hazelcast instance. */
  static final String JNDI_NAME = "payara/Hazelcast";
  /** How long a change waits for another node's change of the same key, and how long a dead holder blocks. */
  static final long LOCK_WAIT_SECONDS = 5;
  static final long LOCK_LEASE_SECONDS = 10;

  private static final Logger LOG = Logger.getLogger(DataGrid.class.getName());

  private HazelcastInstance hazelcast;
  private final Map<String, Map<String, Object>> local = new HashMap<>();

  public DataGrid() {
    // found in JNDI once deployed
  }

  /** On a grid of the caller's, such as a test's members. */
  public DataGrid(HazelcastInstance hazelcast) {
    this.hazelcast = hazelcast;
  }

  @PostConstruct
  void find() {
    if (hazelcast != null) {
      return;
    }
    try {
      if (new InitialContext().lookup(JNDI_NAME) instanceof HazelcastInstance found) {
        hazelcast = found;
      }
    } catch (NamingException | LinkageError none) {
      LOG.log(Level.INFO, "No data grid (Payara Micro started with --nohazelcast?): shared values stay in this"
          + " process");
    }
  }

  /** Whether this node has the data grid and it runs. */
  public boolean running() {
    return hazelcast != null && hazelcast.getLifecycleService().isRunning();
  }

  /** Whether the server has a data grid at all (false: values are this process's only). */
  public boolean present() {
    return hazelcast != null;
  }

  /** The grid's members this node sees, itself included; 0 without a grid. */
  public int members() {
    return running() ? hazelcast.getCluster().getMembers().size() : 0;
  }

  /**
   * Changes the value kept under {@code key} in the grid's map {@code map}, under the key's lock in the whole
   * cluster: no other node reads or changes it meanwhile. The lock is the grid's, released if this node dies.
   *
   * @param fresh the value when there is none yet
   * @param change changes the value in place and tells the caller what it needs
   * @throws IllegalStateException when the key stayed locked longer than {@link #LOCK_WAIT_SECONDS}
   */
  public <V extends Serializable, R> R change(String map, String key, Supplier<V> fresh, Function<V, R> change) {
    if (hazelcast == null) {
      return changeHere(map, key, fresh, change);
    }
    IMap<String, V> values = hazelcast.getMap(map);
    try {
      if (!values.tryLock(key, LOCK_WAIT_SECONDS, TimeUnit.SECONDS, LOCK_LEASE_SECONDS, TimeUnit.SECONDS)) {
        throw new IllegalStateException(map + "/" + key + " stayed locked in the data grid");
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted waiting for " + map + "/" + key, interrupted);
    }
    try {
      V value = values.get(key);
      if (value == null) {
        value = fresh.get();
      }
      R result = change.apply(value);
      values.set(key, value);
      return result;
    } finally {
      values.unlock(key);
    }
  }

  @SuppressWarnings("unchecked")
  private synchronized <V, R> R changeHere(String map, String key, Supplier<V> fresh, Function<V, R> change) {
    V value = (V) local.computeIfAbsent(map, name -> new HashMap<>()).computeIfAbsent(key, k -> fresh.get());
    return change.apply(value);
  }
}
