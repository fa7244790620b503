package mx.ine.cspen.seguimiento.session;

import mx.ine.cspen.seguimiento.security.CurrentUser;

/**
 * Published, inside the correction's transaction, once a session was corrected: its commitments
 * record it in their history (and may refuse it, which rolls the correction back).
 *
 * @param labelBefore the session as the annex wrote it before ("13/04/2024 Primera sesión
 *     ordinaria.")
 */
public record SessionCorrected(
    CommissionSession session, String labelBefore, String reason, CurrentUser user) {}
