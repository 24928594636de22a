package com.slackadmin.connections.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** The figures of every launch, by JVM flags and WAR, as a Markdown table of medians, ranges and ratios. */
final class StartupTable {

  /** One launch: time to the first 200, time of the requests after it, and the footprint after those. */
  record Launch(double firstOkSeconds, double requestsSeconds, Footprint footprint) {}

  private record Metric(String name, String format, ToDoubleFunction<Launch> value) {}

  private static final List<Metric> METRICS = List.of(
      new Metric("launch to first 200, s", "%.1f", Launch::firstOkSeconds),
      new Metric("%d requests, s", "%.1f", Launch::requestsSeconds),
      new Metric("RSS, MB", "%.0f", l -> l.footprint().rssKib() / 1024.0),
      new Metric("heap committed, MB", "%.0f", l -> l.footprint().heapCommittedKib() / 1024.0),
      new Metric("heap used, MB", "%.0f", l -> l.footprint().heapUsedKib() / 1024.0),
      new Metric("Metaspace used, MB", "%.0f", l -> l.footprint().metaspaceUsedKib() / 1024.0),
      new Metric("classes loaded", "%.0f", l -> l.footprint().classes()));

  private final Map<String, Map<String, List<Launch>>> launches = new LinkedHashMap<>();

  void add(String flags, String war, Launch launch) {
    launches.computeIfAbsent(flags, f -> new LinkedHashMap<>()).computeIfAbsent(war, w -> new ArrayList<>())
        .add(launch);
  }

  /**
   * One table per set of flags: a column per WAR, then the ratio of each WAR's median to the empty WAR's.
   */
  String markdown(List<String> wars, String empty, int requests) {
    List<String> measured = wars.stream().filter(w -> !w.equals(empty)).toList();
    StringBuilder out = new StringBuilder();
    launches.forEach((flags, byWar) -> {
      List<Launch> ofEmpty = byWar.getOrDefault(empty, List.of());
      out.append(String.format(Locale.ROOT, "JVM flags: %s (%d rounds)%n%n", flags, ofEmpty.size()));
      out.append("| |");
      wars.forEach(w -> out.append(' ').append(w).append(" |"));
      measured.forEach(w -> out.append(' ').append(w).append(" / empty |"));
      out.append("\n|---|").append("---|".repeat(wars.size() + measured.size())).append('\n');
      for (Metric metric : METRICS) {
        out.append("| ").append(String.format(metric.name(), requests)).append(" |");
        wars.forEach(w -> out.append(' ').append(cell(byWar.getOrDefault(w, List.of()), metric)).append(" |"));
        double e = median(ofEmpty, metric.value());
        measured.forEach(w -> out.append(String.format(Locale.ROOT, " %.2fx |",
            median(byWar.getOrDefault(w, List.of()), metric.value()) / e)));
        out.append('\n');
      }
      out.append('\n');
    });
    return out.toString();
  }

  private static String cell(List<Launch> launches, Metric metric) {
    List<Double> values = sorted(launches, metric.value());
    String f = metric.format();
    return String.format(Locale.ROOT, f + " [" + f + "-" + f + "]", median(values), values.get(0),
        values.get(values.size() - 1));
  }

  private static double median(List<Launch> launches, ToDoubleFunction<Launch> value) {
    return median(sorted(launches, value));
  }

  private static double median(List<Double> sorted) {
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static List<Double> sorted(List<Launch> launches, ToDoubleFunction<Launch> value) {
    return launches.stream().map(value::applyAsDouble).sorted().toList();
  }
}
