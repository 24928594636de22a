package com.slackadmin.connections.account.boundary;

import com.slackadmin.connections.account.control.ApiTokens;
import com.slackadmin.connections.platform.PlainText;
import jakarta.mvc.binding.MvcBinding;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.FormParam;

/** Creating a personal API token: its name says where it is used, so that its owner knows what to revoke. */
public class ApiTokenForm {

  @FormParam("name")
  @MvcBinding
  @PlainText
  @NotBlank(message = "Name the token, e.g. after the script that uses it.")
  @Size(max = ApiTokens.MAX_NAME_LENGTH, message = "Use at most 80 characters.")
  private String name;

  public String getName() {
    return name;
  }
}
