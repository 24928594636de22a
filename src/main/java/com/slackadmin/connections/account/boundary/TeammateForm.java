package com.slackadmin.connections.account.boundary;

import com.slackadmin.connections.account.entity.Role;
import com.slackadmin.connections.platform.PlainText;
import jakarta.mvc.binding.MvcBinding;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.FormParam;

/** An ADMIN adding a teammate. */
public class TeammateForm {

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

  @FormParam("role")
  @MvcBinding
  @NotNull(message = "Choose a role.")
  private Role role;

  @FormParam("password")
  @MvcBinding
  @NotBlank(message = "Choose an initial password.")
  @Size(min = 12, message = "The password needs at least 12 characters.")
  private String password;

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public Role getRole() {
    return role;
  }

  public String getPassword() {
    return password;
  }
}
