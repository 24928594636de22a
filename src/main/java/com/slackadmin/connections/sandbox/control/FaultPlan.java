package com.slackadmin.connections.sandbox.control;

import com.slackadmin.connections.sandbox.entity.Fault;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Faults to answer the next calls of a target with: a Web API method name (e.g. {@code users.info}) or
 * {@code scim} for every SCIM call. Each call that takes one counts down; at zero the target behaves again.
 */
@ApplicationScoped
public class FaultPlan {

  public static final String SCIM = "scim";

  private record Planned(Fault fault, int remaining) {}

  private final Map<String, Planned> planned = new HashMap<>();

  public synchronized void plan(String target, Fault fault, int count) {
    if (count < 1) {
      planned.remove(target);
    } else {
      planned.put(target, new Planned(fault, count));
    }
  }

  public synchronized Optional<Fault> take(String target) {
    Planned next = planned.get(target);
    if (next == null) {
      return Optional.empty();
    }
    if (next.remaining() <= 1) {
      planned.remove(target);
    } else {
      planned.put(target, new Planned(next.fault(), next.remaining() - 1));
    }
    return Optional.of(next.fault());
  }

  /** What is planned, for the control page: target -> "KIND x remaining". */
  public synchronized Map<String, String> describe() {
    Map<String, String> description = new LinkedHashMap<>();
    planned.forEach((target, p) -> description.put(target, p.fault().kind() + " × " + p.remaining()));
    return description;
  }

  public synchronized void clear() {
    planned.clear();
  }
}
