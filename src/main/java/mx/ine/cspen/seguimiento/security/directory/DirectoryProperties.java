package mx.ine.cspen.seguimiento.security.directory;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in against the institute's directory (LDAP or Active Directory), {@code
 * seguimiento.directory.*} in application.yaml; off unless {@code enabled}. docs/operations.md
 * explains each setting with the values for Active Directory.
 *
 * @param enabled whether directory accounts may sign in
 * @param url one or more {@code ldap://} or {@code ldaps://} addresses, separated by spaces
 * @param baseDn the base of every search, e.g. {@code dc=ine,dc=mx}
 * @param bindDn the service account that searches the directory (empty: anonymous search)
 * @param bindPassword its password
 * @param userSearchBase where people are searched, relative to the base DN
 * @param userSearchFilter the filter that finds a person by the name typed at sign-in ({0})
 * @param userIdAttribute the attribute holding that name, which becomes the Camunda user id
 * @param groupSearchBase where groups are searched, relative to the base DN
 * @param groupSearchFilter the filter that finds a person's groups ({0}: the person's DN)
 * @param groupNameAttribute the attribute that names a group in {@code groups}
 * @param groups the mapping {@code directory-group=product-group; …}
 * @param referral JNDI's referral handling ({@code follow} for an Active Directory forest)
 * @param timeout connect and read timeout of every directory request
 */
@ConfigurationProperties("seguimiento.directory")
public record DirectoryProperties(
    @DefaultValue("false") boolean enabled,
    String url,
    String baseDn,
    String bindDn,
    String bindPassword,
    @DefaultValue("") String userSearchBase,
    @DefaultValue("(uid={0})") String userSearchFilter,
    @DefaultValue("uid") String userIdAttribute,
    @DefaultValue("givenName") String firstNameAttribute,
    @DefaultValue("sn") String lastNameAttribute,
    @DefaultValue("mail") String emailAttribute,
    @DefaultValue("") String groupSearchBase,
    @DefaultValue("(member={0})") String groupSearchFilter,
    @DefaultValue("cn") String groupNameAttribute,
    @DefaultValue("") String groups,
    @DefaultValue("") String referral,
    @DefaultValue("10s") Duration timeout) {}
