package com.slackadmin.connections.platform;

import jakarta.inject.Named;
import jakarta.mvc.RedirectScoped;
import java.io.Serializable;

/** A one-line message shown on the page a POST redirects to. */
@RedirectScoped
@Named("messages")
public class Flash implements Serializable {

  private static final long serialVersionUID = 1L;

  private String notice;
  private String error;

  public void notice(String message) {
    this.notice = message;
  }

  public void error(String message) {
    this.error = message;
  }

  public String getNotice() {
    return notice;
  }

  public String getError() {
    return error;
  }
}
