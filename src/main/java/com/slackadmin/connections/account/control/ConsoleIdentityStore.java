package com.slackadmin.connections.account.control;

import com.slackadmin.connections.account.entity.ConsoleUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;

/**
 * Checks console sign-ins against the users in the database. Every refusal looks the same to the caller
 * (wrong password, unknown user, disabled user, locked name), so nothing reveals which accounts exist.
 */
@ApplicationScoped
public class ConsoleIdentityStore implements IdentityStore {

  @Inject
  ConsoleUsers users;

  @Inject
  PasswordHasher passwords;

  @Inject
  SignInThrottle throttle;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential given)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    String username = given.getCaller() == null ? "" : given.getCaller().trim();
    String password = given.getPasswordAsString();
    if (username.isEmpty() || throttle.isLocked(username)) {
      passwords.spendTimeOfOneCheck(password);
      return CredentialValidationResult.INVALID_RESULT;
    }
    Optional<ConsoleUser> user = users.findByUsername(username);
    boolean valid = user.isPresent()
        ? passwords.matches(password, user.get().getPasswordHash()) && user.get().isEnabled()
        : spendTimeAndFail(password);
    if (!valid) {
      throttle.recordFailure(username);
      return CredentialValidationResult.INVALID_RESULT;
    }
    throttle.recordSuccess(username);
    return new CredentialValidationResult(user.get().getUsername(), Set.of(user.get().getRole().name()));
  }

  private boolean spendTimeAndFail(String password) {
    passwords.spendTimeOfOneCheck(password);
    return false;
  }

  @Override
  public Set<ValidationType> validationTypes() {
    return Set.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
  }

  @Override
  public Set<String> getCallerGroups(CredentialValidationResult validationResult) {
    return users.findByUsername(validationResult.getCallerPrincipal().getName())
        .filter(ConsoleUser::isEnabled)
        .map(u -> Set.of(u.getRole().name()))
        .orElse(Set.of());
  }
}
