package com.slackadmin.connections.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * This server among the nodes of a cluster. Its id names what the node holds in the database (a bulk run's
 * lease) and is new at every start: a node started again does not mistake what its earlier process held for
 * its own. Readable for people: process and host first.
 */
@ApplicationScoped
public class ThisNode {

  static final int MAX_LENGTH = 64;

  private final String id = newId();

  public String id() {
    return id;
  }

  static String newId() {
    byte[] random = new byte[4];
    new SecureRandom().nextBytes(random);
    String suffix = "/" + HexFormat.of().formatHex(random);
    String name = ProcessHandle.current().pid() + "@" + host();
    return name.substring(0, Math.min(name.length(), MAX_LENGTH - suffix.length())) + suffix;
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException unnamed) {
      return "localhost";
    }
  }
}
