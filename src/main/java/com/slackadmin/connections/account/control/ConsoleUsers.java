package com.slackadmin.connections.account.control;

import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.account.entity.OneTimeEvent;
import com.slackadmin.connections.account.entity.Role;
import com.slackadmin.connections.platform.NotPermittedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Console users: the first-run setup, teammates, roles, and who may manage them. */
@ApplicationScoped
@Transactional
public class ConsoleUsers {

  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,64}");
  /** One address, no display name, no spaces or angle brackets: what an SMTP envelope takes as it is. */
  private static final Pattern EMAIL = Pattern.compile("[^\\s@<>\"(),;:]+@[^\\s@<>\"(),;:]+\\.[^\\s@<>\"(),;:]+");
  static final int MAX_EMAIL_LENGTH = 254;

  @PersistenceContext
  EntityManager em;

  @Inject
  PasswordHasher passwords;

  @Inject
  Clock clock;

  /** True until the first ADMIN was created, by the setup page or at start-up. */
  public boolean isSetupRequired() {
    return em.find(OneTimeEvent.class, OneTimeEvent.FIRST_ADMIN_CREATED) == null;
  }

  /**
   * Creates the first ADMIN, once. The one-time event row is inserted in the same transaction, so a second
   * attempt, even a concurrent one, fails on its primary key instead of creating a second admin.
   */
  public ConsoleUser createFirstAdmin(String username, String displayName, String password) {
    if (!isSetupRequired()) {
      throw new SetupAlreadyDoneException();
    }
    em.persist(new OneTimeEvent(OneTimeEvent.FIRST_ADMIN_CREATED, clock.instant()));
    em.flush();
    return create(username, displayName, password, Role.ADMIN);
  }

  public ConsoleUser addTeammate(ConsoleUser actor, String username, String displayName, String password, Role role) {
    requireAdmin(actor);
    return create(username, displayName, password, role);
  }

  public void changeRole(ConsoleUser actor, long userId, Role role) {
    requireAdmin(actor);
    ConsoleUser user = require(userId);
    if (user.getRole() == Role.ADMIN && role != Role.ADMIN) {
      requireAnotherEnabledAdmin(user);
    }
    user.changeRole(role);
  }

  public void disable(ConsoleUser actor, long userId) {
    requireAdmin(actor);
    ConsoleUser user = require(userId);
    if (user.getId().equals(actor.getId())) {
      throw new AccountException(null, "You cannot disable yourself.");
    }
    if (user.getRole() == Role.ADMIN) {
      requireAnotherEnabledAdmin(user);
    }
    user.disable();
  }

  public void enable(ConsoleUser actor, long userId) {
    requireAdmin(actor);
    require(userId).enable();
  }

  public Optional<ConsoleUser> findByUsername(String username) {
    return em.createNamedQuery(ConsoleUser.BY_USERNAME, ConsoleUser.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  public Optional<ConsoleUser> findById(long id) {
    return Optional.ofNullable(em.find(ConsoleUser.class, id));
  }

  /** Enabled people, for choosing whom to share a connection with; names only reach the page. */
  public List<ConsoleUser> enabled() {
    return em.createNamedQuery(ConsoleUser.ALL, ConsoleUser.class).getResultStream()
        .filter(ConsoleUser::isEnabled).toList();
  }

  /** Enabled BUILDERs and ADMINs: the people who may own connections, so the targets of a transfer. */
  public List<ConsoleUser> possibleOwners() {
    return enabled().stream().filter(ConsoleAccess::mayOwnConnections).toList();
  }

  /** Stores the person's theme, or the console's default when {@code theme} is null. */
  public void chooseTheme(long userId, String theme) {
    require(userId).chooseTheme(theme);
  }

  /**
   * Stores where the person's email notifications go, and whether they want them. An empty address clears it
   * (and so the wish).
   *
   * @throws AccountException on the field {@code email} when the address is not one, or is missing while asked for
   */
  public void notifyByEmail(long userId, String address, boolean wanted) {
    String clean = address == null || address.isBlank() ? null : address.trim();
    if (clean != null && (clean.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(clean).matches())) {
      throw new AccountException("email", "Enter one email address, such as ada@example.com.");
    }
    if (clean == null && wanted) {
      throw new AccountException("email", "Enter the address the notifications should go to.");
    }
    require(userId).notifyByEmail(clean, wanted);
  }

  public List<ConsoleUser> all(ConsoleUser actor) {
    requireAdmin(actor);
    return em.createNamedQuery(ConsoleUser.ALL, ConsoleUser.class).getResultList();
  }

  private ConsoleUser create(String username, String displayName, String password, Role role) {
    String name = username == null ? "" : username.trim();
    if (!USERNAME.matcher(name).matches()) {
      throw new AccountException("username",
          "Use 3 to 64 letters, digits, dots, dashes, underscores or @ for the username.");
    }
    if (displayName == null || displayName.isBlank() || displayName.trim().length() > 120) {
      throw new AccountException("displayName", "Enter a display name of at most 120 characters.");
    }
    if (password == null || password.length() < PasswordHasher.MIN_LENGTH) {
      throw new AccountException("password",
          "The password needs at least " + PasswordHasher.MIN_LENGTH + " characters.");
    }
    if (findByUsername(name).isPresent()) {
      throw new AccountException("username", "That username is taken.");
    }
    ConsoleUser user = new ConsoleUser(name, displayName.trim(), passwords.hash(password), role, clock.instant());
    em.persist(user);
    return user;
  }

  private ConsoleUser require(long userId) {
    ConsoleUser user = em.find(ConsoleUser.class, userId);
    if (user == null) {
      throw new AccountException(null, "There is no such teammate.");
    }
    return user;
  }

  private void requireAnotherEnabledAdmin(ConsoleUser leaving) {
    long admins = em.createNamedQuery(ConsoleUser.COUNT_ENABLED_WITH_ROLE, Long.class)
        .setParameter("role", Role.ADMIN)
        .getSingleResult();
    if (admins <= 1 && leaving.isEnabled()) {
      throw new AccountException(null, "The console needs at least one enabled ADMIN.");
    }
  }

  private static void requireAdmin(ConsoleUser actor) {
    if (!ConsoleAccess.mayManageTeammates(actor)) {
      throw new NotPermittedException("Only an ADMIN manages teammates.");
    }
  }
}
