package com.slackadmin.connections.platform;

import jakarta.inject.Named;
import jakarta.mvc.RedirectScoped;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/** A one-line message shown on the page a POST redirects to. */
@RedirectScoped
@Named("messages")
public class Flash implements Serializable {

  private static final long serialVersionUID = 1L;

  private String notice;
  private String error;
  private final Map<String, String> values = new HashMap<>();

  public void notice(String message) {
    this.notice = message;
  }

  public void error(String message) {
    this.error = message;
  }

  /** Keeps a form value across the redirect, so a refused form comes back with the user's input. */
  public void keep(String name, String value) {
    values.put(name, value);
  }

  public Map<String, String> getValues() {
    return values;
  }

  public String getNotice() {
    return notice;
  }

  public String getError() {
    return error;
  }
}
