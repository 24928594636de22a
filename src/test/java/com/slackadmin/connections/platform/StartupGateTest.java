package com.slackadmin.connections.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.enterprise.event.Event;
import jakarta.servlet.ServletContext;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A refusal at start, by the platform's own theme check or by a feature's check on {@link Starting}, ends the
 * process with its one line and fails the deployment; a start that nobody refuses ends nothing.
 */
class StartupGateTest {

  private final List<String> exits = new ArrayList<>();

  private StartupGate gate(String themeName, Runnable featureChecks) {
    StartupGate gate = new StartupGate();
    gate.theme = new Theme();
    gate.theme.name = themeName;
    gate.starting = proxy(Event.class, (method, args) -> {
      featureChecks.run();
      return null;
    });
    gate.exit = new ProcessExit() {
      @Override
      public void refuse(StartRefusedException refused) {
        exits.add(refused.getMessage());
      }
    };
    return gate;
  }

  @Test
  void aStartNobodyRefusesEndsNothing() throws Exception {
    gate("default", () -> {}).open(war());
    assertEquals(List.of(), exits);
  }

  @Test
  void aFeatureRefusingEndsTheProcessAndTheDeployment() {
    StartRefusedException byFeature = new StartRefusedException("the key is wrong");
    StartRefusedException thrown = assertThrows(StartRefusedException.class, () -> gate("default", () -> {
      throw byFeature;
    }).open(war()));
    assertSame(byFeature, thrown);
    assertEquals(List.of("Refusing to start: the key is wrong"), exits);
  }

  @Test
  void anUnknownThemeEndsTheProcessBeforeAnyFeatureStarts() {
    List<String> started = new ArrayList<>();
    assertThrows(StartRefusedException.class, () -> gate("solarized", () -> started.add("feature")).open(war()));
    assertEquals(List.of(), started);
    assertEquals(1, exits.size());
    assertEquals(0, exits.get(0).indexOf("Refusing to start: CONSOLE_THEME=solarized names no theme"));
  }

  @Test
  void aRefusalIsOneLineWithoutAStackTrace() {
    StartRefusedException refused = new StartRefusedException("first line\n  second line\r\nthird ");
    assertEquals("Refusing to start: first line second line third", refused.getMessage());
    assertEquals(0, refused.getStackTrace().length);
    assertNull(refused.getCause());
  }

  /** A WAR with the default theme only. */
  private static ServletContext war() {
    return proxy(ServletContext.class, (method, args) -> switch (method) {
      case "getResourcePaths" -> Set.of("/themes/default/");
      case "getResource" -> "/themes/default/console.css".equals(args[0]) ? new java.net.URL("file:/x") : null;
      default -> null;
    });
  }

  private interface Answer {
    Object answer(String method, Object[] args) throws Exception;
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<?> type, Answer answer) {
    return (T) Proxy.newProxyInstance(StartupGateTest.class.getClassLoader(), new Class<?>[] {type},
        (proxy, method, args) -> answer.answer(method.getName(), args));
  }
}
