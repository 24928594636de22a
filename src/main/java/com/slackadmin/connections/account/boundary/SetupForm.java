package com.slackadmin.connections.account.boundary;

import com.slackadmin.connections.platform.PlainText;
import jakarta.mvc.binding.MvcBinding;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.FormParam;

/** The first-run setup form: the first ADMIN. */
public class SetupForm {

  @FormParam("username")
  @MvcBinding
  @PlainText
  @NotBlank(message = "Enter a username.")
  @Size(max = 64, message = "Use at most 64 characters.")
  private String username;

  @FormParam("displayName")
  @MvcBinding
  @PlainText
  @NotBlank(message = "Enter a display name.")
  @Size(max = 120, message = "Use at most 120 characters.")
  private String displayName;

  @FormParam("password")
  @MvcBinding
  @NotBlank(message = "Choose a password.")
  @Size(min = 12, message = "The password needs at least 12 characters.")
  private String password;

  @FormParam("passwordAgain")
  @MvcBinding
  private String passwordAgain;

  public boolean passwordsDiffer() {
    return password != null && !password.equals(passwordAgain);
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getPassword() {
    return password;
  }
}
