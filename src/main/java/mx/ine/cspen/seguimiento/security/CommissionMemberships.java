package mx.ine.cspen.seguimiento.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The commissions a person's groups give them a part in: which group is each commission's
 * Secretaría Técnica, which its members, which areas are its. The commission catalogue answers it
 * (security does not depend on it).
 */
public interface CommissionMemberships {

  /** The person's part in each commission they belong to, in the catalogue's order. */
  List<CommissionRole> rolesOf(Set<String> groups);

  /** Every commission, as ids in the catalogue's order. */
  List<Long> allCommissionIds();

  /** The id of the commission with this code (letters compared without case), if any. */
  Optional<Long> idOf(String code);

  /** The code of the commission with this id. */
  String codeOf(long commissionId);

  /** The engine tenant of the commission with this id. */
  String tenantOf(long commissionId);
}
