package com.slackadmin.connections.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a running JVM holds: resident memory from {@code /proc/<pid>/status} (Linux), the Java heap and
 * Metaspace from {@code jcmd GC.heap_info}, classes loaded (and not unloaded) from {@code jcmd PerfCounter.print}.
 * Sizes in KiB.
 */
record Footprint(long rssKib, long heapCommittedKib, long heapUsedKib, long metaspaceUsedKib, long classes) {

  /** A generation (Serial, Parallel) or the whole heap (G1): "... total 262144K, used 97021K ...". */
  private static final Pattern HEAP = Pattern.compile("total (\\d+)K, used (\\d+)K");
  private static final Pattern METASPACE = Pattern.compile("Metaspace\\s+used (\\d+)K");

  static Footprint of(long pid) throws IOException, InterruptedException {
    long rss = procStatus(pid, "VmRSS");
    String heapInfo = jcmd(pid, "GC.heap_info");
    long committed = 0;
    long used = 0;
    Matcher heap = HEAP.matcher(heapInfo);
    while (heap.find()) {
      committed += Long.parseLong(heap.group(1));
      used += Long.parseLong(heap.group(2));
    }
    Matcher metaspace = METASPACE.matcher(heapInfo);
    long metaspaceUsed = metaspace.find() ? Long.parseLong(metaspace.group(1)) : -1;
    String counters = jcmd(pid, "PerfCounter.print");
    long classes = counter(counters, "java.cls.loadedClasses") - counter(counters, "java.cls.unloadedClasses");
    return new Footprint(rss, committed, used, metaspaceUsed, classes);
  }

  private static long procStatus(long pid, String field) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
      if (line.startsWith(field + ":")) {
        return Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    throw new IllegalStateException(field + " not in /proc/" + pid + "/status");
  }

  private static long counter(String counters, String name) {
    Matcher value = Pattern.compile("(?m)^" + Pattern.quote(name) + "=(\\d+)$").matcher(counters);
    return value.find() ? Long.parseLong(value.group(1)) : -1;
  }

  private static String jcmd(long pid, String command) throws IOException, InterruptedException {
    Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
        String.valueOf(pid), command).redirectErrorStream(true).start();
    String output = new String(jcmd.getInputStream().readAllBytes());
    jcmd.waitFor();
    return output;
  }
}
