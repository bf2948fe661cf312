#pragma once

#include <QStringList>

namespace core {

class Dialect;

// Schema version 6 (issue 5): identities and their keys, approval policies per environment,
// signed approvals, and the deployment's requester role. On PostgreSQL (team mode) the server
// enforces the two-person rule itself:
//  - deployments.requested_role is stamped with session_user by a trigger;
//  - identities, identity_keys and approvals take no INSERT/UPDATE/DELETE from members: they are
//    written only through SECURITY DEFINER functions that stamp session_user
//    (switchyard_register_identity, switchyard_rotate_identity, switchyard_revoke_identity,
//    switchyard_record_approval); the last refuses self-approval and approvals recorded for
//    someone else's key other than as a signed file;
//  - audit_log and approvals grant no UPDATE or DELETE (and triggers refuse them even to owners);
//  - approval_policies and switchyard_schema are writable by the workspace owner only;
//  - NOTIFY switchyard_approvals / switchyard_deployments on every change, so open Switchyards
//    update without polling.
// On SQLite, triggers refuse self-approval and make approvals append-only.
QStringList approvalSchema(const Dialect &dialect);

} // namespace core
