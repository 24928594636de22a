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

  /** One table per set of flags; the last column is the ratio of the two WARs' medians. */
  String markdown(String app, String empty, int requests) {
    StringBuilder out = new StringBuilder();
    launches.forEach((flags, byWar) -> {
      List<Launch> ofApp = byWar.getOrDefault(app, List.of());
      List<Launch> ofEmpty = byWar.getOrDefault(empty, List.of());
      out.append(String.format(Locale.ROOT, "JVM flags: %s (%d rounds)%n%n", flags, ofApp.size()));
      out.append("| | ").append(app).append(" | ").append(empty).append(" | ratio |\n|---|---|---|---|\n");
      for (Metric metric : METRICS) {
        double a = median(ofApp, metric.value());
        double e = median(ofEmpty, metric.value());
        out.append(String.format(Locale.ROOT, "| %s | %s | %s | %.2fx |%n", String.format(metric.name(), requests),
            cell(ofApp, metric), cell(ofEmpty, metric), a / e));
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
