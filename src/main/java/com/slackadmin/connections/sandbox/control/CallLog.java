package com.slackadmin.connections.sandbox.control;

import com.slackadmin.connections.sandbox.entity.RecordedCall;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Every Web API and SCIM call that reached the sandbox, newest last, so tests can prove what was (and was
 * not) sent to Slack. Bounded, so a long-running demo does not grow without end. Never holds tokens.
 */
@ApplicationScoped
public class CallLog {

  static final int CAPACITY = 10_000;

  private final Deque<RecordedCall> calls = new ArrayDeque<>();

  public synchronized void record(RecordedCall call) {
    if (calls.size() == CAPACITY) {
      calls.removeFirst();
    }
    calls.addLast(call);
  }

  public synchronized List<RecordedCall> calls() {
    return List.copyOf(calls);
  }

  public synchronized void clear() {
    calls.clear();
  }
}
