package mx.ine.cspen.seguimiento.security.directory;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.ldap.DefaultSpringSecurityContextSource;
import org.springframework.security.ldap.authentication.BindAuthenticator;
import org.springframework.security.ldap.search.FilterBasedLdapUserSearch;
import org.springframework.security.ldap.userdetails.DefaultLdapAuthoritiesPopulator;

/**
 * The institute's directory, through Spring Security's LDAP support: finds the person by the name
 * typed at sign-in, checks the password by binding as that person (the password is never read or
 * kept), and reads the person's name, email and groups.
 */
class Directory {

  private static final Logger log = LoggerFactory.getLogger(Directory.class);

  enum Outcome {
    /** The password is the person's: {@link SignIn#account()} tells who they are. */
    AUTHENTICATED,
    /** The directory knows the person, and the password is not theirs. */
    REFUSED,
    /** The directory has no such person (any more). */
    NOT_FOUND,
    /** The directory could not be asked. */
    UNAVAILABLE
  }

  record SignIn(Outcome outcome, DirectoryAccount account) {

    static SignIn of(Outcome outcome) {
      return new SignIn(outcome, null);
    }
  }

  private final DirectoryProperties settings;
  private final FilterBasedLdapUserSearch people;
  private final BindAuthenticator passwords;
  private final DefaultLdapAuthoritiesPopulator groups;

  Directory(DirectoryProperties settings) {
    if (isBlank(settings.url()) || isBlank(settings.baseDn())) {
      throw new IllegalStateException(
          "The directory sign-in is enabled (DIRECTORY_ENABLED) without its address:"
              + " set DIRECTORY_URL and DIRECTORY_BASE_DN");
    }
    this.settings = settings;
    DefaultSpringSecurityContextSource source =
        new DefaultSpringSecurityContextSource(
            Arrays.asList(settings.url().trim().split("\\s+")), settings.baseDn());
    if (!isBlank(settings.bindDn())) {
      source.setUserDn(settings.bindDn());
      source.setPassword(settings.bindPassword() == null ? "" : settings.bindPassword());
    } else {
      source.setAnonymousReadOnly(true);
    }
    if (!isBlank(settings.referral())) {
      source.setReferral(settings.referral());
    }
    // A directory server that does not answer must not hold sign-ins (and their threads) forever.
    String millis = String.valueOf(settings.timeout().toMillis());
    source.setBaseEnvironmentProperties(
        Map.of(
            "com.sun.jndi.ldap.connect.timeout", millis, "com.sun.jndi.ldap.read.timeout", millis));
    source.afterPropertiesSet();

    people =
        new FilterBasedLdapUserSearch(
            settings.userSearchBase(), settings.userSearchFilter(), source);
    people.setSearchSubtree(true);
    passwords = new BindAuthenticator(source);
    passwords.setUserSearch(people);
    try {
      passwords.afterPropertiesSet();
    } catch (Exception e) {
      throw new IllegalStateException("Could not set up the directory sign-in", e);
    }
    groups = new DefaultLdapAuthoritiesPopulator(source, settings.groupSearchBase());
    groups.setGroupSearchFilter(settings.groupSearchFilter());
    groups.setGroupRoleAttribute(settings.groupNameAttribute());
    groups.setRolePrefix("");
    groups.setConvertToUpperCase(false);
    groups.setSearchSubtree(true);
    groups.setIgnorePartialResultException(true);
  }

  SignIn signIn(String name, String password) {
    try {
      try {
        people.searchForUser(name);
      } catch (UsernameNotFoundException e) {
        return SignIn.of(Outcome.NOT_FOUND);
      }
      DirContextOperations person;
      try {
        person =
            passwords.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(name, password));
      } catch (BadCredentialsException e) {
        return SignIn.of(Outcome.REFUSED);
      }
      Set<String> groupNames =
          groups.getGroupMembershipRoles(person.getNameInNamespace(), name).stream()
              .map(GrantedAuthority::getAuthority)
              .collect(Collectors.toSet());
      return new SignIn(
          Outcome.AUTHENTICATED,
          new DirectoryAccount(
              person.getStringAttribute(settings.userIdAttribute()),
              person.getStringAttribute(settings.firstNameAttribute()),
              person.getStringAttribute(settings.lastNameAttribute()),
              person.getStringAttribute(settings.emailAttribute()),
              groupNames));
    } catch (RuntimeException e) {
      // Connection refused, timeout, an unexpected answer: sign-in fails closed.
      log.error(
          "The directory at {} could not be asked about {}: {}",
          settings.url(),
          name,
          e.toString());
      return SignIn.of(Outcome.UNAVAILABLE);
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
