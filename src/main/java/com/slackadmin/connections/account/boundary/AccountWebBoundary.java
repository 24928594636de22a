package com.slackadmin.connections.account.boundary;

import com.slackadmin.connections.platform.WebBoundary;
import java.util.Set;

/** The account feature's console pages: setup, sign-in, teammates, profile, API tokens. */
public class AccountWebBoundary implements WebBoundary {

  @Override
  public Set<Class<?>> controllers() {
    return Set.of(SetupController.class, SignInController.class, TeammatesController.class, ProfileController.class,
        ApiTokensController.class);
  }
}
