package mx.ine.cspen.seguimiento.security.directory;

import java.util.Set;

/** A person as the directory describes them: user id, name, email and directory groups. */
record DirectoryAccount(
    String id, String firstName, String lastName, String email, Set<String> groups) {

  DirectoryAccount {
    groups = Set.copyOf(groups);
  }
}
