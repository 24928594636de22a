package com.slackadmin.connections.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slackadmin.connections.browser.ConsolePageWalk.Seeded;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.mvc.Controller;
import jakarta.servlet.annotation.WebServlet;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The browser walk ({@link ConsolePageWalk}) opens every page a browser may GET: each {@code @GET} method of a
 * console controller that answers HTML, each servlet that answers GET, and each JSP page {@code web.xml} maps.
 * A page added without adding it to the walk fails here, without a browser.
 */
class EveryPageIsWalkedTest {

  static final String ROOT = "com.slackadmin.connections";

  @Test
  void everyGetPageIsInTheBrowserWalk() throws Exception {
    Set<String> declared = new TreeSet<>();
    declared.addAll(controllerPages());
    declared.addAll(servletPages());
    declared.addAll(webXmlPages());
    declared.removeAll(ConsolePageWalk.NOT_PAGES.keySet());

    Set<String> walked = new TreeSet<>(ConsolePageWalk.pages(new Seeded(1, 2, List.of("a-card"), "q", "U1")).keySet());
    walked.addAll(ConsolePageWalk.signedOutPages().keySet());

    Set<String> missed = new TreeSet<>(declared);
    missed.removeAll(walked);
    assertEquals(Set.of(), missed, "GET pages the browser walk does not open: add them to ConsolePageWalk");
    Set<String> gone = new TreeSet<>(walked);
    gone.removeAll(declared);
    assertEquals(Set.of(), gone, "pages in the walk that no controller, servlet or web.xml declares");
    assertTrue(declared.contains("/app/connections/{id}"), "the scan sees the controllers: " + declared);
  }

  /** {@code /app/...} paths of the console controllers' {@code @GET} methods that answer HTML (not a download). */
  private static Set<String> controllerPages() {
    Set<String> pages = new TreeSet<>();
    for (Class<?> type : productClasses()) {
      if (!type.isAnnotationPresent(Controller.class) || !type.isAnnotationPresent(Path.class)) {
        continue;
      }
      for (Method method : type.getDeclaredMethods()) {
        Produces produces = method.getAnnotation(Produces.class);
        if (!method.isAnnotationPresent(GET.class)
            || produces != null && Arrays.stream(produces.value()).noneMatch(m -> m.startsWith("text/html"))) {
          continue;
        }
        Path sub = method.getAnnotation(Path.class);
        pages.add(template("/app/" + type.getAnnotation(Path.class).value() + "/" + (sub == null ? "" : sub.value())));
      }
    }
    return pages;
  }

  /** The URL patterns of servlets that answer GET (declaring doGet or service). */
  private static Set<String> servletPages() {
    Set<String> pages = new TreeSet<>();
    for (Class<?> type : productClasses()) {
      WebServlet servlet = type.getAnnotation(WebServlet.class);
      if (servlet == null || !answersGet(type)) {
        continue;
      }
      pages.addAll(Arrays.asList(servlet.value()));
      pages.addAll(Arrays.asList(servlet.urlPatterns()));
    }
    return pages;
  }

  private static boolean answersGet(Class<?> servlet) {
    return Arrays.stream(servlet.getDeclaredMethods())
        .anyMatch(m -> m.getName().equals("doGet") || m.getName().equals("service"));
  }

  /** The URL patterns {@code web.xml} maps to JSP pages of their own (such as the privacy page). */
  private static Set<String> webXmlPages() throws Exception {
    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(java.nio.file.Path.of("src/main/webapp/WEB-INF/web.xml").toFile());
    Set<String> jspServlets = new TreeSet<>();
    NodeList servlets = xml.getElementsByTagName("servlet");
    for (int i = 0; i < servlets.getLength(); i++) {
      Element servlet = (Element) servlets.item(i);
      if (servlet.getElementsByTagName("jsp-file").getLength() > 0) {
        jspServlets.add(servlet.getElementsByTagName("servlet-name").item(0).getTextContent().trim());
      }
    }
    Set<String> pages = new TreeSet<>();
    NodeList mappings = xml.getElementsByTagName("servlet-mapping");
    for (int i = 0; i < mappings.getLength(); i++) {
      Element mapping = (Element) mappings.item(i);
      if (jspServlets.contains(mapping.getElementsByTagName("servlet-name").item(0).getTextContent().trim())) {
        NodeList patterns = mapping.getElementsByTagName("url-pattern");
        for (int j = 0; j < patterns.getLength(); j++) {
          pages.add(patterns.item(j).getTextContent().trim());
        }
      }
    }
    return pages;
  }

  /** {@code /app//connections/{id: [0-9]+}/} -> {@code /app/connections/{id}}. */
  static String template(String path) {
    String clean = path.replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
    return clean.length() > 1 && clean.endsWith("/") ? clean.substring(0, clean.length() - 1) : clean;
  }

  private static List<Class<?>> productClasses() {
    return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ROOT).stream().map(JavaClass::reflect).<Class<?>>map(c -> c).toList();
  }
}
