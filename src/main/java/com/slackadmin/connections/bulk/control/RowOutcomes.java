package com.slackadmin.connections.bulk.control;

import com.slackadmin.connections.connection.control.UseRefusal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A row's outcome in words for the run's page; the rows' download and the JSON API keep the codes. The refusals
 * are the connection feature's ({@link UseRefusal.Reason}), said as everywhere else; only the outcomes of bulk
 * runs alone are added here.
 */
public final class RowOutcomes {

  /** Every outcome a row may record, by its code. */
  public static final Map<String, String> WORDS = words();

  private RowOutcomes() {}

  private static Map<String, String> words() {
    Map<String, String> words = new LinkedHashMap<>();
    words.put("ok", "Done");
    words.put("dry_run", "Allowed (dry run)");
    words.put("not_found", "No such account");
    Arrays.stream(UseRefusal.Reason.values()).forEach(reason -> words.put(reason.code(), reason.words()));
    return Map.copyOf(words);
  }
}
