package com.slackadmin.connections.platform;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie: HttpOnly, and Secure whenever the console is served over https. Its SameSite=Lax comes
 * from {@code payara-web.xml}: Payara 6 does not send the attribute set here, which stays for containers that do.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    String publicUrl = ConfigProvider.getConfig(SessionCookieSettings.class.getClassLoader())
        .getOptionalValue("PUBLIC_URL", String.class).orElse("http://localhost:8080");
    SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setHttpOnly(true);
    cookie.setSecure(publicUrl.startsWith("https://"));
    cookie.setAttribute("SameSite", "Lax");
  }
}
